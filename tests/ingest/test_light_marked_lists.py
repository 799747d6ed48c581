"""Lists of dimensions whose deviating ones a legend's mark picks out (issue 13, stop 37, L9; test23 s22 s82;
tune u730-u732). Invented text."""

from __future__ import annotations

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.lightmarked import legend_marks, marked_lists
from hankegraafi.ingest.readers import read_bytes


def _units(text: str, name: str) -> dict[str, dict[str, object]]:
    x = extract(read_bytes(text.encode(), file_name=name, max_bytes=100_000))
    return {p.name: {light.dimension: light.value for light in p.lights} for p in x.projects if p.lights}


def test_the_legend_names_its_mark() -> None:
    assert legend_marks(["Lihavoidut osa-alueet poikkeavat suunnitelmasta."]) == (True, frozenset())
    assert legend_marks(["Med (#) märkta områden avviker; övriga följer planen."]) == (
        False,
        frozenset({"#", "(#)"}),
    )
    assert legend_marks(["Items flagged ▼ are off plan."]) == (False, frozenset({"▼"}))
    # Footnote marks, each a deviation; a scale's legend gives the mark of its deviating grade only.
    assert legend_marks(["† liten avvikelse, ‡ stor avvikelse."]) == (False, frozenset({"†", "‡"}))
    assert legend_marks(["Tecken: ✔ enligt plan · ✘ avviker från planen"]) == (False, frozenset({"✘"}))
    # A legend that denies, or says the mark means something else, names no mark of a deviation.
    assert legend_marks(["– = ei poikkeamaa"]) is None
    assert legend_marks(["Tähdellä (*) merkityt käsitellään liitteessä."]) is None


def test_a_marked_dimension_deviates_the_others_are_on_plan() -> None:
    lines = [
        "Med (#) märkta områden avviker; övriga följer planen.",
        "",
        "Delprojekt 1: Hemvård – tidsplan, kostnader (#), personal",
        "Delprojekt 2: Rehab – tidsplan (#); kostnader",
    ]
    assert marked_lists(lines) == [
        (3, "Delprojekt 1: Hemvård", [("schedule", "on-plan"), ("costs", "deviation"), ("staff", "on-plan")]),
        (4, "Delprojekt 2: Rehab", [("schedule", "deviation"), ("costs", "on-plan")]),
    ]


def test_no_list_is_read_without_a_mark_in_its_run_or_of_things_no_dimension() -> None:
    lines = [
        "Katsauksessa: aikataulu, kustannukset, henkilöstö",
        "",
        "",
        "",
        "Tähdellä (*) merkityt osa-alueet poikkeavat suunnitelmasta.",
        "Tulossa: seminaari*, ohjausryhmä, webinaari",
        "Aikataulu* viivästyi, koska kustannukset nousivat.",
    ]
    assert marked_lists(lines) == []


def test_lists_under_their_parts_in_a_report() -> None:
    text = (
        "# Kotona pidempään – tilannekatsaus 9/2025\n\nEtelä-Savon hyvinvointialue · 30.9.2025\n\n"
        "Osa-alueet, joiden perässä on (!), poikkeavat suunnitelmasta.\n\n"
        "- Osahanke 1: Kotikuntoutus – aikataulu · kustannukset (!) · henkilöstö\n"
        "- Osahanke 2: Etähoiva – aikataulu (!) · kustannukset · henkilöstö\n"
    )
    units = _units(text, "katsaus.md")
    assert units["Osahanke 1: Kotikuntoutus"] == {
        "schedule": "on-plan",
        "costs": "deviation",
        "staff": "on-plan",
    }
    assert units["Osahanke 2: Etähoiva"] == {"schedule": "deviation", "costs": "on-plan", "staff": "on-plan"}


def test_a_mark_the_legend_gives_another_meaning_rates_nothing() -> None:
    text = (
        "# Kylien hyvinvointipisteet – väliraportti\n\nKainuun hyvinvointialue · 20.11.2025\n\n"
        "Tähdellä (*) merkityt osa-alueet käsitellään tarkemmin liitteessä 2.\n\n"
        "- Osa-alueet: aikataulu* · kustannukset · henkilöstö*\n"
    )
    assert _units(text, "raportti.md") == {}


def test_a_legends_mark_after_the_label_rates_in_a_page_too() -> None:
    page = (
        "Etusivu › Toimintamallit › Etäkuntoutus kotiin\n\n# Etäkuntoutus kotiin\n\n"
        "Kuvaus | Kehittämisen polku | Arviointi\n\n**Toimintamallin nimi**\nEtäkuntoutus kotiin\n\n"
        "## Arviointi\n\nMerkinnät: ✚ parempi kuin suunniteltu · ✔ suunnitelman mukainen · ✘ heikompi (poikkeama)\n\n"
        "Aikataulu ✘\nKustannukset ✔\n\n## Koulutus\n\nKoulutus ✔\n"
    )
    assert _units(page, "malli.md") == {"Etäkuntoutus kotiin": {"schedule": "deviation", "costs": "on-plan"}}
    # Without a legend the mark says nothing in a page.
    assert (
        _units(
            page.replace(
                "Merkinnät: ✚ parempi kuin suunniteltu · ✔ suunnitelman mukainen · ✘ heikompi (poikkeama)", ""
            ),
            "malli.md",
        )
        == {}
    )


def test_a_matrix_of_units_with_other_columns_among_the_dimensions() -> None:
    text = (
        "Tilanneraportti 3/2025\nHankkeen nimi: Arjen turva Lapissa\nLapin hyvinvointialue\n\n"
        "Osahankkeiden tila: vihreä = suunnitelman mukaan, keltainen = poikkeama.\n\n"
        "Osahanke\tMyönnetty €\tAikataulu\tKustannukset\tVastuuhenkilö\n"
        "Etäkotihoito\t300 000\tvihreä\tkeltainen\tpäällikkö\n"
        "Kotisairaala\t200 000\tkeltainen\tvihreä\tylilääkäri\n\n"
        "Osahanke\tAlkaa\tAikataulu\tKustannukset €\tVastuuhenkilö\n"
        "Etäkotihoito\t1.1.2025\t2025–2026\t300 000\tpäällikkö\n"
    )
    units = _units(text, "raportti.txt")
    assert units["Etäkotihoito"] == {"schedule": "on-plan", "costs": "deviation"}
    assert units["Kotisairaala"] == {"schedule": "deviation", "costs": "on-plan"}
    # A corner that names no unit: a cost table's "Kustannuslaji | Vuosi | Kustannukset | Aikataulu" is no matrix.
    other = text.replace("Osahanke\tMyönnetty", "Kustannuslaji\tMyönnetty")
    assert "Kotisairaala" not in _units(other, "raportti.txt")


def test_rows_by_a_bare_letter_under_a_part_word_name_no_unit() -> None:
    text = (
        "Tilanneraportti 2/2024\nHankkeen nimi: Yöhoito etänä\nPirkanmaan hyvinvointialue\n\n"
        "V = vihreä (suunnitelman mukaan), K = keltainen, P = punainen\n\n"
        "Osahanke\tKausi\tAikataulu\tKustannukset\n"
        "A\t1/2024\tK\tV\nA\t2/2024\tV\tV\nB\t2/2024\tP\tK\n"
    )
    # "A" and "B" are no names: whose the rows' lights are is not said (the parts are N7's to make).
    assert "A" not in _units(text, "raportti.txt")
