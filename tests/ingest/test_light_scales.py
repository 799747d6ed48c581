"""A document's own scale of light values (stop 33, issue 13; invented reports): a legend that abbreviates
colour words with a dot, joins two codes to one meaning, puts its marks in Markdown emphasis or parts its
items by a middle dot, a scale whose top says "suunnitelmassa", a matrix of this and the last period read
under the legend, and a section number before a dimension that is no score of the scale. Found by test14
(e06, e02, e07, e01, e16, e05) and test10 a05 / test12 c14; pinned by tune u420-u425.
"""

from __future__ import annotations

from hankegraafi.ingest import lighttext
from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.lightvalues import LEGEND, document_legend, legend_pairs, value_of
from hankegraafi.ingest.readers import read_bytes

HEAD = "Tilanneraportti 1/2025\nHanke: Asteikkohanke\nHallinnoija: Lapin hyvinvointialue\n\n"


def _lights(text: str, name: str = "valot.txt") -> dict[str, object]:
    x = extract(read_bytes(text.encode(), file_name=name, max_bytes=100_000))
    return {light.dimension: light.value or light.percent for p in x.projects for light in p.lights}


def _values(legend: str, cells: list[str]) -> list[str | None]:
    token = LEGEND.set(document_legend([legend]))
    try:
        return [value_of(cell) for cell in cells]
    finally:
        LEGEND.reset(token)


def test_a_colour_word_abbreviated_with_a_dot_is_the_colour_its_legend_says() -> None:
    legend = "Lyhenteet: vihr. = vihreä, kelt. = keltainen, pun. = punainen"
    assert _values(legend, ["vihr.", "kelt.", "pun."]) == ["on-plan", "deviation", "deviation"]
    assert _lights(HEAD + legend + "\n- Aikataulu: kelt.\n- Kustannukset: vihr.\n") == {
        "schedule": "deviation",
        "costs": "on-plan",
    }


def test_two_codes_joined_before_one_meaning_both_mean_it() -> None:
    legend = "Skala A–D: A och B = enligt plan, C och D = avvikelse"
    assert document_legend([legend]) == {"A": "on-plan", "B": "on-plan", "C": "deviation", "D": "deviation"}
    assert _values("Asteikko: A ja B = etenee suunnitellusti, C tai D = poikkeama", ["A", "C"]) == [
        "on-plan",
        "deviation",
    ]


def test_a_word_mark_in_markdown_emphasis_is_explained() -> None:
    legend = "Selite: _onnistui_ = vihreä, _myöhässä_ = keltainen, *pysähtyi* = punainen"
    assert _values(legend, ["onnistui", "pysähtyi"]) == ["on-plan", "deviation"]


def test_a_middle_dot_parts_a_legends_items_and_is_no_mark() -> None:
    legend = (
        "Asteikko: hyvä = suunnitelman mukaan · kohtalainen = lievä poikkeama · heikko = merkittävä poikkeama"
    )
    assert ("·", "kohtalainen = lievä poikkeama") not in legend_pairs(legend)
    assert _values(legend, ["kohtalainen", "heikko", "hyvä"]) == ["deviation", "deviation", "on-plan"]


def test_a_scale_whose_top_is_in_plan_is_a_legend() -> None:
    report = HEAD + (
        "Tilannearvio (asteikko 1–3: 3 = suunnitelmassa, 2 = lievä poikkeama, 1 = vakava poikkeama)\n"
        "Aikataulu\t3\nKustannukset\t2\n"
    )
    assert _lights(report) == {"schedule": "on-plan", "costs": "deviation"}


def test_a_matrix_of_this_and_the_last_period_is_read_under_the_legend() -> None:
    report = HEAD + (
        "Selite: V = vihreä, K = keltainen, P = punainen\n"
        "Osa-alue\tTämä kausi\tEdellinen kausi\tKommentti\n"
        "Aikataulu\tV\tK\tviivästys saatiin kiinni\n"
        "Henkilöstö\tK\tV\n"
    )
    assert _lights(report) == {"schedule": "on-plan", "staff": "deviation"}


def test_a_section_number_before_a_dimension_is_no_score() -> None:
    scale = "Asteikko: 5 = erinomainen, 4 = hyvä, 3 = tyydyttävä, 2 = heikko, 1 = pysähtynyt; 4–5 suunnitelman mukaan, 1–3 poikkeama"
    with lighttext.legend([scale]):
        assert lighttext.line_lights("2 Aikataulu") == []
        assert lighttext.row_lights(["Aikataulu", "2"]) == [("schedule", "deviation")]
    report = HEAD + scale + "\nAikataulu\t5\nKustannukset\t2\n\n2 Aikataulu\n\nTyö eteni syksyllä.\n"
    assert _lights(report) == {"schedule": "on-plan", "costs": "deviation"}


def test_a_units_row_lists_its_lights_in_one_cell_parted_by_bars() -> None:
    row = ["Delprojekt 1: Digitala tjänster", "Tidplan – gult | Kostnader – grönt | Personal – rött"]
    with lighttext.legend([]):
        found = lighttext.find("\t".join(row), row, None, None)
    assert found == (False, [("schedule", "deviation"), ("costs", "on-plan"), ("staff", "deviation")])
    assert lighttext.line_lights("Tidplan – gult | Kostnader – grönt") == [
        ("schedule", "deviation"),
        ("costs", "on-plan"),
    ]


def test_a_number_is_the_value_the_legends_thresholds_give_it() -> None:
    legend = "TILANNEARVIO (%; vähintään 80 = suunnitelman mukaan, alle 80 = poikkeama)"
    assert document_legend([legend]) == {">=80": "on-plan", "<80": "deviation"}
    assert _values(legend, ["90", "75 %", "80"]) == ["on-plan", "deviation", "on-plan"]
    assert _values("Key: ≥ 90 % = on track, < 70 % = off track", ["95", "80", "60"]) == [
        "on-plan",
        None,
        "deviation",
    ]
    report = HEAD + (
        "Måluppfyllelse (minst 90 % = enligt plan, under 90 % = avvikelse)\n"
        "Område\tUppfyllelse %\nTidsplan\t95\nKostnader\t72\n"
    )
    assert _lights(report) == {"schedule": "on-plan", "costs": "deviation"}


def test_a_plans_block_under_a_heading_of_lights_rates_in_words() -> None:
    plan = (
        "HANKESUUNNITELMA 2023\n\nHankkeen nimi: Saaristohanke\nHallinnoija: Lapin hyvinvointialue\n\n"
        "Tilannekuva 15.3.2023\nAikataulu – etenee suunnitellusti\nHenkilöstö – vajetta kahdessa tiimissä\n\n"
        "Riskit\nRekrytointi voi viivästyä kesällä.\n"
    )
    assert _lights(plan) == {"schedule": "on-plan", "staff": "deviation"}


def test_one_sentence_rating_three_dimensions_clause_by_clause() -> None:
    memo = (
        "Muistio\n\nKotihoidon etäyhteys -hanke\n\nHanketta hallinnoi Kymenlaakson hyvinvointialue.\n\n"
        "Tilanne lyhyesti: aikataulu on viivästynyt kuukaudella, kustannukset\n"
        "ovat budjetissa ja henkilöstötilanne on hallinnassa.\n"
    )
    assert _lights(memo) == {"schedule": "deviation", "costs": "on-plan", "staff": "on-plan"}
    two = memo.replace(" ja henkilöstötilanne on hallinnassa", "")
    assert _lights(two) == {}  # two clauses in a generic text: running text, not a list of ratings
