"""Traffic lights of stop 30 (issue 13, invented text): legends that name a mark twice, signs as marks,
a legend's words in the past tense, lists of lights after a label of any words, a field label over a list
of lights.
"""

from __future__ import annotations

from hankegraafi.ingest import lighttext
from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.lightvalues import legend_meanings, legend_pairs, value_of
from hankegraafi.ingest.readers import read_bytes

HEAD = "Tilanneraportti 1/2025\nHankkeen nimi: Merkkihanke\nHallinnoija: Kainuun hyvinvointialue\n\n"


def _lights(text: str, name: str = "valot.txt") -> dict[str, object]:
    x = extract(read_bytes(text.encode(), file_name=name, max_bytes=100_000))
    return {light.dimension: light.value or light.percent for p in x.projects for light in p.lights}


def test_a_mark_explained_twice_keeps_its_first_value() -> None:
    # The second "V" glosses the first; before, it replaced green by nothing and the legend was lost.
    pairs = legend_pairs("Valot (V = vihreä, K = keltainen, P = punainen; V = aikataulussa pysytty)")
    assert ("V", "vihreä") in pairs and pairs[-1][0] == "V"
    assert legend_meanings(pairs) == {"V": "on-plan", "K": "deviation", "P": "deviation"}
    with lighttext.legend(["Trafikljus (G = grön, R = röd; G = i fas med planen)"]) as found:
        assert found == {"G": "on-plan", "R": "deviation"}
        assert lighttext.row_lights(["Tidsplan", "G"]) == [("schedule", "on-plan")]


def test_signs_are_marks_only_where_an_equals_sign_explains_them() -> None:
    with lighttext.legend(["Merkit: + = suunnitelman mukaan, - = poikkeaa suunnitelmasta"]) as found:
        # A legend's hyphen is the table's en dash or minus sign too.
        assert found == {"+": "on-plan", "-": "deviation", "–": "deviation", "−": "deviation"}
        assert lighttext.row_lights(["Aikataulu", "+", "kaksi tiimiä aloitti"]) == [("schedule", "on-plan")]
        assert lighttext.row_lights(["Riskit", "–", "toimittaja vaihtuu"]) == [("risks", "deviation")]
    # Without "=" a sign is a bullet or a range: no legend.
    assert legend_pairs("- vihreä - keltainen") == []
    with lighttext.legend(["- Aikataulu - vihreä", "- Riskit - keltainen"]) as found:
        assert found == {}
    text = HEAD + "Osa-alue\tMerkki\nAikataulu\t+\nHenkilöstö\t-\n(+ = kunnossa, - = vaatii toimia)\n"
    assert _lights(text) == {"schedule": "on-plan", "staff": "deviation"}


def test_a_legend_in_past_tense_or_a_noun() -> None:
    # The vocabulary's cues (status.ttl): a legend or a card says what happened, not how it goes.
    assert value_of("poikkesi suunnitelmasta") == "deviation"
    assert value_of("ylitys 4 %") == "deviation"
    assert value_of("vaatii toimia") == "deviation"
    assert value_of("avvek från planen") == "deviation"
    assert value_of("kuten suunniteltiin") == "on-plan"
    assert value_of("som planerat") == "on-plan"
    text = (
        "Loppuraportti\nHankkeen nimi: Korttihanke\n\nAikataulu\n\n✔ valmis\n\nKustannukset\n\n✖ ylitys\n\n"
        "✔ = kuten suunniteltiin, ✖ = poikkesi\n"
    )
    assert _lights(text) == {"schedule": "on-plan", "costs": "deviation"}


def test_a_list_of_lights_after_a_label_in_any_words() -> None:
    # The label names no lights ("Lähtötilanne …", "Styrgruppens bedömning …"): the list says itself.
    line = "Lähtötilanne (edellisen kauden arvio): aikataulu – vihreä, kustannukset – keltainen, riskit – keltainen."
    assert lighttext.line_lights(line) == [
        ("schedule", "on-plan"),
        ("costs", "deviation"),
        ("risks", "deviation"),
    ]
    assert lighttext.line_lights("Styrgruppens bedömning i mars: tidsplan grön, kostnader gul") == [
        ("schedule", "on-plan"),
        ("costs", "deviation"),
    ]
    # One light after such a label is a remark, not a rating; a dimension twice is no list of lights.
    assert lighttext.line_lights("Huomio: aikataulu viivästyi kesällä") == []
    assert lighttext.line_lights("Muistio: aikataulu vihreä, aikataulu keltainen") == []
    # A label that names lights still gives one ("Liikennevalot: aikataulu vihreä").
    assert lighttext.line_lights("Liikennevalot: aikataulu vihreä") == [("schedule", "on-plan")]


def test_a_field_label_over_a_list_of_lights_keeps_its_lights() -> None:
    # "Tila" / "Status" is a field's label; the light under it is no value of the field (segment._is_structural).
    text = (
        HEAD
        + "Tila\n\n- Aikataulu: etenee (vihreä)\n- Riskit: kohonneet (punainen)\n\nSeuraava raportti kesäkuussa.\n"
    )
    assert _lights(text, "tila.md") == {"schedule": "on-plan", "risks": "deviation"}
    # A field's own value is still its value.
    x = extract(read_bytes((HEAD + "Tila\nKäynnissä\n").encode(), file_name="tila.txt", max_bytes=100_000))
    assert not [light for p in x.projects for light in p.lights]


def test_grades_of_a_scale_in_words() -> None:
    # "hyvä / tyydyttävä / heikko": the best grade is on plan, the others a deviation (status.ttl cues).
    assert [value_of(w) for w in ("hyvä", "tyydyttävä", "heikko", "bra", "svag", "good", "poor")] == [
        "on-plan",
        "deviation",
        "deviation",
        "on-plan",
        "deviation",
        "on-plan",
        "deviation",
    ]
    assert value_of("hyvää työtä") is None and value_of("heikkous") is None  # other words, not the grade
    # A grade is the value's first word only: inside a phrase or a sentence it rates nothing.
    assert value_of("yhteistyö on hyvä") is None
    assert lighttext.sentence_light("Aikataulu on hyvä.") is None
    line = "Aikataulu: hyvä · Kustannukset: heikko (asteikko hyvä / heikko)"
    assert lighttext.line_lights(line) == [("schedule", "on-plan"), ("costs", "deviation")]


def test_everyday_words_of_an_assessment() -> None:
    # Words a report's assessment uses besides colours (status.ttl cues); their negations are on plan.
    said = {
        "viivettä noin kuukausi": "deviation",
        "ei viivettä": "on-plan",
        "ongelmia sijaisten saamisessa": "deviation",
        "ei ongelmia": "on-plan",
        "budjetin mukaiset": "on-plan",
        "kulut alittuivat": "deviation",
        "OK": "on-plan",
        "problem med vikarier": "deviation",
        "inga problem": "on-plan",
        "enligt tidsplanen": "on-plan",
        "off track": "deviation",
        "on time": "on-plan",
    }
    assert {text: value_of(text) for text in said} == said
    assert value_of("Okänd") is None  # "OK" only as a word of its own


def test_a_phrase_first_in_a_long_value_is_its_value() -> None:
    # A long cell gives its start only: a phrase of the vocabulary there, a reason after it.
    assert value_of("över budget, licenserna blev dyrare än beräknat", first_word=True) == "deviation"
    assert lighttext.row_lights(["Kostnader", "över budget, licenserna dyrare"]) == [("costs", "deviation")]
    # A reason that only mentions such words later gives nothing in that mode.
    assert value_of("licenserna blev dyrare, alltså över budget", first_word=True) is None


def test_the_economy_and_the_outputs_as_dimensions() -> None:
    assert [lighttext.dimension_of(w) for w in ("Talous", "Ekonomi", "Tuotokset", "Prestationer")] == [
        "costs",
        "costs",
        "output-scope",
        "output-scope",
    ]
    text = HEAD + "Osa-alue\tTila\nTalous\tkeltainen\nTuotokset\tvihreä\n\n"
    assert _lights(text) == {"costs": "deviation", "output-scope": "on-plan"}
    # A cost table headed "Talous (€)" is no light and keeps its amounts.
    table = HEAD + "Talous (€)\tBudjetti\tToteutunut\nHenkilöstökulut\t2 410 000\t1 356 200\n"
    x = extract(read_bytes(table.encode(), file_name="talous.txt", max_bytes=100_000))
    assert not [light for p in x.projects for light in p.lights]
    assert [line.values for p in x.projects for s in p.costs for line in s.lines] == [
        {"budget": 2410000, "actual": 1356200}
    ]


def test_a_dimension_a_dash_and_what_is_said_of_it() -> None:
    # The dash stands for the colon: a colour the rest names rates it, else a phrase of the vocabulary.
    assert lighttext.line_lights("Aikataulu – kotikäynnit alkoivat tammikuussa kuten sovittiin (vihreä)") == [
        ("schedule", "on-plan")
    ]
    assert lighttext.line_lights("Henkilöstö – etenee suunnitellusti") == [("staff", "on-plan")]
    # The colour, not a word of the reason, is the rating; a rest that rates nothing gives no light.
    assert lighttext.line_lights("Aikataulu – pieni viive, ei vaikutusta (vihreä)") == [("schedule", "on-plan")]
    assert lighttext.line_lights("Aikataulu – ks. liite 3") == []
    assert lighttext.line_lights("Koulutus – kaksi ryhmää (vihreä)") == []  # no dimension before the dash
    # A longer text that starts with a dimension's word is no label: a legend of grades names "Laatu" too.
    legend = "Laatu ja hyödyt asteikolla A (suunnitelman mukaan) – B (lievä poikkeama) – C (vakava poikkeama)"
    assert lighttext.line_lights(legend) == []


def test_codes_explained_by_a_meaning_in_brackets() -> None:
    legend = "Arvio asteikolla A (suunnitelman mukaan) – B (lievä poikkeama) – C (vakava poikkeama)"
    with lighttext.legend([legend]) as found:
        assert found == {"A": "on-plan", "B": "deviation", "C": "deviation"}
        assert lighttext.row_lights(["Aikataulu", "B"]) == [("schedule", "deviation")]
    # A short name with its long form in brackets is no legend: the long form is no value.
    with lighttext.legend(["Rahoittaja STM (sosiaali- ja terveysministeriö), EU (Euroopan unioni)"]) as found:
        assert found == {}


def test_a_question_names_its_dimension() -> None:
    # "Toteutuiko aikataulu? | Kyllä": the question's one dimension word, the answer by the legend.
    with lighttext.legend(["Kyllä = toteutui suunnitellusti, Ei = poikkesi suunnitelmasta."]):
        assert lighttext.row_lights(["Pysyivätkö kustannukset budjetissa?", "Kyllä"]) == [("costs", "on-plan")]
        assert lighttext.row_lights(["Saavutettiinko tuotokset laajuudeltaan?", "Ei"]) == [
            ("output-scope", "deviation")
        ]
    # Without a legend "Kyllä" says nothing; a statement that is no question is no label anywhere.
    assert lighttext.row_lights(["Toteutuiko aikataulu?", "Kyllä"]) == []
    with lighttext.legend(["Kyllä = toteutui suunnitellusti, Ei = poikkesi suunnitelmasta."]):
        assert lighttext.row_lights(["Aikataulun laatiminen", "Kyllä"]) == []


def test_a_form_item_code_and_an_arrow_for_a_colon() -> None:
    with lighttext.legend(["(1 = suunnitelman mukaan, 2 = pieni poikkeama, 3 = merkittävä poikkeama)"]):
        assert lighttext.line_lights("6a aikataulu => 1") == [("schedule", "on-plan")]
        assert lighttext.line_lights("6d henkilöstö => 3") == [("staff", "deviation")]
    assert [lighttext.dimension_of(t) for t in ("5a riskit", "2.3 Riskit", "b) Kostnader")] == [
        "risks",
        "risks",
        "costs",
    ]


def test_a_value_in_square_brackets_before_its_dimension() -> None:
    assert lighttext.row_lights(["[vihreä]", "aikataulu"]) == [("schedule", "on-plan")]
    assert lighttext.line_lights("[keltainen] kustannukset - ohjelmistolisenssin hinta nousi") == [
        ("costs", "deviation")
    ]
    assert lighttext.line_lights("[Liite 2] Aikataulu") == []  # a bracket that is no value


def test_a_legend_mark_right_after_the_dimension() -> None:
    with lighttext.legend(["↗ etenee suunnitellusti · ↘ vaatii huomiota"]) as found:
        assert found == {"↗": "on-plan", "↘": "deviation"}
        assert lighttext.line_lights("Aikataulu↗ etenee") == [("schedule", "on-plan")]
        assert lighttext.line_lights("Riskit↘ vaatii huomiota") == [("risks", "deviation")]
        assert lighttext.line_lights("Koulutus↗ kaksi ryhmää") == []  # no dimension before the mark
    assert lighttext.line_lights("Aikataulu↗ etenee") == []  # a mark no legend explains says nothing


def test_orange_is_a_deviation() -> None:
    # "Orange" in Swedish and English, as "Oranssi" in Finnish (status.ttl, a colour of the deviation).
    with lighttext.legend(["(G = grön, O = orange, R = röd)"]) as found:
        assert found == {"G": "on-plan", "O": "deviation", "R": "deviation"}
        assert lighttext.row_lights(["Tidtabell", "O"]) == [("schedule", "deviation")]
    assert value_of("orange") == "deviation"


def test_a_colour_named_in_the_reason_is_the_rating() -> None:
    # The words of a reason ("viive", "ongelmia") do not outweigh the colour the line gives.
    assert value_of("pieni viive, ei vaikutusta (vihreä)") == "on-plan"
    assert lighttext.line_lights("Kustannukset: ei ongelmia, mutta lisenssit kallistuvat (keltainen)") == [
        ("costs", "deviation")
    ]
    assert value_of("vihreä tai keltainen") == "on-plan"  # both kinds: the first, as before


def test_a_heading_run_into_its_paragraph_is_no_part_of_the_first_sentence() -> None:
    # "Kokonaisarvio" over "Hyödyt ovat … vihreällä": the sentence starts with its dimension, as written.
    text = (
        HEAD
        + "Aikataulu: vihreä\n\nKokonaisarvio\nHyödyt ovat toistaiseksi vihreällä, sillä asiakkaat ovat tyytyväisiä.\n"
    )
    assert _lights(text) == {"schedule": "on-plan", "benefits": "on-plan"}
    # A first line longer than a heading is the paragraph's own: nothing is cut.
    prose = (
        HEAD + "Aikataulu: vihreä\n\nYhteenveto hankkeen etenemisestä kevään aikana\nHyödyt ovat vihreällä.\n"
    )
    assert _lights(prose) == {"schedule": "on-plan"}
