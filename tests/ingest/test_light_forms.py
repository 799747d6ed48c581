"""Traffic lights in the forms of stop 27 (invented reports): a legend of codes or any symbol, colour
columns with a ticked box, a matrix of reporting periods, a colour named inside a sentence, a card
that prints its colour above the dimension.
"""

from __future__ import annotations

from hankegraafi.ingest import lighttext
from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.readers import read_bytes
from hankegraafi.ontology import registry

HEAD = "Tilanneraportti 2/2024\nHankkeen nimi: Valohanke\nHallinnoija: Kainuun hyvinvointialue\n\n"


def _lights(text: str, name: str = "valot.txt") -> dict[str, object]:
    x = extract(read_bytes(text.encode(), file_name=name, max_bytes=100_000))
    return {light.dimension: light.value or light.percent for p in x.projects for light in p.lights}


def test_a_legend_explains_codes_and_any_symbol() -> None:
    with lighttext.legend(["Merkit: V = vihreä, K = keltainen, P = punainen"]) as found:
        assert found == {"V": "on-plan", "K": "deviation", "P": "deviation"}
        assert lighttext.row_lights(["Kustannukset", "K", "Tulkkaus kallistui."]) == [("costs", "deviation")]
        assert lighttext.value_of("Vuosi") is None  # a capital word is no code of the legend
    with lighttext.legend(["Selitys: ◑ grön – enligt plan, ◐ gul – avvikelse"]) as found:
        assert found == {"◑": "on-plan", "◐": "deviation"}
        assert lighttext.row_lights(["Tidsplan", "◐", "En månad sen."]) == [("schedule", "deviation")]
    with lighttext.legend(["Hankkeen nimi: Valohanke. Aikataulu: vihreä"]) as found:
        assert found == {}  # one pair is no legend


def test_colour_columns_with_one_box_ticked() -> None:
    report = HEAD + (
        "Ulottuvuus\tVihreä\tKeltainen\tPunainen\n"
        "Aikataulu\t[ ]\t[X]\t[ ]\n"
        "Riskit\t☒\t☐\t☐\n"
        "Henkilöstö\t[ ]\t[ ]\t[ ]\n"
    )
    assert _lights(report) == {"schedule": "deviation", "risks": "on-plan"}


def test_a_matrix_of_periods_gives_the_latest_period() -> None:
    oldest_first = (
        HEAD + "Osa-alue\t2/2024\t3/2024\nAikataulu\tvihreä\tpunainen\nKustannukset\tkeltainen\tvihreä\n"
    )
    assert _lights(oldest_first) == {"schedule": "deviation", "costs": "on-plan"}
    newest_first = (
        HEAD + "Osa-alue\tQ3/2024\tQ2/2024\nAikataulu\tvihreä\tpunainen\nKustannukset\tkeltainen\tvihreä\n"
    )
    assert _lights(newest_first) == {"schedule": "on-plan", "costs": "deviation"}


def test_a_colour_named_inside_a_sentence() -> None:
    assert lighttext.row_lights(["Riskit", "Toimitus siirtyi, mikä nostaa riskitason punaiseksi."]) == [
        ("risks", "deviation")
    ]
    assert lighttext.row_lights(["Henkilöstö", "Tiimi pysyi koossa koko jakson ajan (vihreä)."]) == [
        ("staff", "on-plan")
    ]
    # A sentence weighing two colours rates nothing; nor does one that names none.
    assert lighttext.colour_in("Viime jaksolla punainen, nyt vihreä.") is None
    assert lighttext.row_lights(["Riskit", "Toimittajan aikataulu voi venyä, jos sopimus viivästyy."]) == []


def test_a_card_prints_its_colour_above_the_dimension() -> None:
    report = (
        HEAD + "KELTAINEN\n\nKustannukset\n\nLaitteet kallistuivat.\n\nVIHREÄ\n\nAikataulu\n\nAlkoi ajallaan.\n"
    )
    assert _lights(report) == {"costs": "deviation", "schedule": "on-plan"}
    assert lighttext.card_light("Vihreä", "Kustannukset: 40 000 euroa") is None


V = "https://w3id.org/hankegraafi/vocab/"
PREFIXES = "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n@prefix hg: <https://w3id.org/hankegraafi/ontology#> .\n"


def test_a_new_colour_or_phrase_is_one_vocabulary_line() -> None:
    row = ["Aikataulu", "Brandgul"]  # "Orange" is a label since stop 30
    assert lighttext.row_lights(row) == []
    with registry.extended(PREFIXES + f'<{V}light-value/deviation> skos:hiddenLabel "Brandgul"@sv .'):
        assert lighttext.row_lights(row) == [("schedule", "deviation")]
        assert lighttext.colour_in("Tidsplanen bedöms som brandgul.") == "deviation"
    phrase = ["Riskit", "pysyvät aisoissa"]
    assert lighttext.row_lights(phrase) == []
    with registry.extended(PREFIXES + f'<{V}light-value/on-plan> hg:cue "aisoissa"@fi .'):
        assert lighttext.row_lights(phrase) == [("risks", "on-plan")]
    assert lighttext.row_lights(row) == [] and lighttext.row_lights(phrase) == []


def test_dotted_leaders_as_a_pdf_keeps_them() -> None:
    with lighttext.legend([]):
        assert lighttext.line_lights("Aikataulu ........ 75 % (keltainen)") == [("schedule", "deviation")]
        assert lighttext.line_lights("Valmiusaste ..... 60 %") == [("progress", "60%")]
        assert lighttext.line_lights("Hankkeen nimi ...... Valohanke") == []


def test_a_card_with_a_coloured_symbol_above_the_dimension() -> None:
    report = HEAD + "🟡\n\nKustannukset\n\nLaitteet kallistuivat.\n\n🟢\n\nAikataulu\n\nAlkoi ajallaan.\n"
    assert _lights(report) == {"costs": "deviation", "schedule": "on-plan"}


def test_periods_as_rows_under_a_header_of_dimensions_give_the_latest_period() -> None:
    report = HEAD + "Jakso\tAikataulu\tKustannukset\n1/2024\tvihreä\tkeltainen\n2/2024\tkeltainen\tvihreä\n"
    assert _lights(report) == {"schedule": "deviation", "costs": "on-plan"}
    newest_first = (
        HEAD + "Jakso\tAikataulu\tKustannukset\n2/2024\tkeltainen\tvihreä\n1/2024\tvihreä\tkeltainen\n"
    )
    assert _lights(newest_first) == {"schedule": "deviation", "costs": "on-plan"}


def test_options_on_lines_of_their_own() -> None:
    report = HEAD + (
        "Aikataulu\n☐ Vihreä\n☒ Keltainen\n☐ Punainen\n\nKustannukset\n[x] Vihreä\n[ ] Keltainen\n[ ] Punainen\n"
    )
    assert _lights(report) == {"schedule": "deviation", "costs": "on-plan"}
    assert lighttext.value_of("☐ Vihreä") is None  # an option not ticked rates nothing
    assert lighttext.value_of("☒ Keltainen") == "deviation"


def test_a_legend_gives_each_mark_the_phrase_after_it() -> None:
    with lighttext.legend(["Selite: OK = etenee suunnitellusti, HUOM = jäljessä suunnitelmasta"]) as found:
        assert found == {"OK": "on-plan", "HUOM": "deviation"}
        assert lighttext.row_lights(["Aikataulu", "HUOM", "Tilat valmistuvat syksyllä."]) == [
            ("schedule", "deviation")
        ]


def test_several_lights_on_one_line() -> None:
    with lighttext.legend([]):
        for line in (
            "🟢 Aikataulu 🟡 Kustannukset 🔴 Riskit",
            "Aikataulu 🟢  Kustannukset 🟡  Riskit 🔴",
            "Aikataulu: vihreä | Kustannukset: keltainen | Riskit: punainen",
            "Aikataulu vihreä – Kustannukset keltainen – Riskit punainen",
        ):
            assert lighttext.line_lights(line) == [
                ("schedule", "on-plan"),
                ("costs", "deviation"),
                ("risks", "deviation"),
            ], line
        # A light with its reason after a dash stays one light.
        assert lighttext.line_lights("Aikataulu: keltainen – muutto siirtyi.") == [("schedule", "deviation")]


def test_a_dimension_followed_by_words_about_it() -> None:
    assert lighttext.dimension_of("Aikataulu ja eteneminen") == "schedule"
    assert lighttext.dimension_of("Henkilöstö (resurssit)") == "staff"
    assert lighttext.dimension_of("Palvelujen ostot ja muut") is None
    assert lighttext.row_lights(["Kustannukset ja talous", "keltainen"]) == [("costs", "deviation")]


def test_this_reports_column_beside_the_last_ones() -> None:
    now_first = HEAD + "Osa-alue\tTilanne nyt\tEdellinen raportti\nAikataulu\tvihreä\tkeltainen\n"
    assert _lights(now_first) == {"schedule": "on-plan"}
    now_last = HEAD + "Osa-alue\tEdellinen raportti\tTilanne nyt\nAikataulu\tvihreä\tkeltainen\n"
    assert _lights(now_last) == {"schedule": "deviation"}


def test_a_new_symbol_is_one_vocabulary_line() -> None:
    assert lighttext.row_lights(["Aikataulu", "🟤"]) == []
    with registry.extended(PREFIXES + f'<{V}light-value/deviation> skos:hiddenLabel "🟤" .'):
        assert lighttext.row_lights(["Aikataulu", "🟤"]) == [("schedule", "deviation")]
        assert lighttext.colour_named("🟤 Kustannukset")


def test_progress_with_a_colour_is_its_percentage() -> None:
    with lighttext.legend([]):
        assert lighttext.line_lights("Edistyminen: 60 % (keltainen)") == [("progress", "60%")]
        assert lighttext.row_lights(["Valmiusaste", "45 % – hieman jäljessä"]) == [("progress", "45%")]
        # Another dimension's percentage with a colour is rated by the colour.
        assert lighttext.line_lights("Aikataulu ........ 75 % (keltainen)") == [("schedule", "deviation")]


def test_a_cost_tables_column_heads_under_a_dimension_title_are_no_light() -> None:
    # "Poikkeama" / "Avvikelse" is a light's value and a cost table's deviation column: beside or under a
    # title that names a dimension ("4. Kustannukset"), the column heads are the table's header.
    assert lighttext.row_lights(["Kustannukset", "Budjetti", "Toteutunut", "Poikkeama"]) == []
    assert lighttext.row_lights(["Kostnader", "", "Beviljat", "Avvikelse"]) == []
    assert lighttext.row_lights(["Kustannukset", "Poikkeama", "Laskutus viivästyi."]) == [
        ("costs", "deviation")
    ]
    text = (
        HEAD + "4. Kustannukset\n"
        "                      Budjetti        Toteutunut       Poikkeama\n"
        "   Matkakulut         12 000,00        9 400,00        -2 600,00\n"
        "   Yhteensä           12 000,00        9 400,00        -2 600,00\n"
    )
    assert _lights(text) == {}
    x = extract(read_bytes(text.encode(), file_name="valot.txt", max_bytes=100_000))
    lines = {line.category: line.values for p in x.projects for s in p.costs for line in s.lines}
    assert lines["travel"] == {"budget": 12000, "actual": 9400, "deviation": -2600}


def test_several_lights_on_one_line_between_dots() -> None:
    # Each piece between middle dots or full stops is a light of its own; a legend in brackets is no piece.
    dotted = "Aikataulu ◉ vihreä · Kustannukset ◉ keltainen · Riskit ◉ vihreä"
    assert lighttext.line_lights(dotted) == [
        ("schedule", "on-plan"),
        ("costs", "deviation"),
        ("risks", "on-plan"),
    ]
    stops = "Aikataulu: vihreä. Henkilöstö: punainen. (vihreä = suunnitelman mukaan, punainen = poikkeama)"
    assert lighttext.line_lights(stops) == [("schedule", "on-plan"), ("staff", "deviation")]
    # A piece that is no light (a sentence among them) leaves the line to the other rules: the colon rule
    # reads the first label only.
    assert lighttext.line_lights("Aikataulu: vihreä. Kustannukset: vihreä. Hanke etenee.") == [
        ("schedule", "on-plan")
    ]


def test_a_legend_explains_a_negated_word_mark() -> None:
    # "ei toteutunut" / "uppfylldes inte" is a mark of its own, not the mark "toteutunut" / "uppfylldes".
    with lighttext.legend(["(toteutui = suunnitelman mukaan, ei toteutunut = poikkeama)"]) as found:
        assert found == {"toteutui": "on-plan", "ei toteutunut": "deviation"}
        assert lighttext.row_lights(["Henkilöstö", "ei toteutunut"]) == [("staff", "deviation")]
        assert lighttext.row_lights(["Aikataulu", "toteutui"]) == [("schedule", "on-plan")]
    with lighttext.legend(["uppfylldes = enligt plan, uppfylldes inte = avvikelse"]):
        assert lighttext.line_lights("Kostnader: uppfylldes inte") == [("costs", "deviation")]
