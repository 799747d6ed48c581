"""A legend of thresholds with a band between them, and a dimension's percentage rated by it (issue 13, stop 46).

"90 % tai yli = suunnitelman mukainen; 70–89 % = lievä poikkeama; alle 70 % = merkittävä poikkeama" (test37
oh02), "≥ 90 % = suunnitelman mukaan | 70–89 % = lievä poikkeama | < 70 % = merkittävä poikkeama" in cells
of their own (test35 of11): the middle band had settled no number, so an "85 %" was no light. A band whose
meaning is no rating ("50–79 % = arvioidaan syksyllä uudelleen") settles nothing. And a two-column table
"Osa-alue | Toteuma" over "Kustannukset | 72 %" under such a legend rates the dimension; it is no progress
percentage. Invented text (tune u1403-u1405).
"""

from __future__ import annotations

from hankegraafi.ingest import lightvalues
from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.lightthresholds import by_threshold, threshold_pairs
from hankegraafi.ingest.readers import read_bytes


def test_the_band_between_two_thresholds_is_read() -> None:
    line = "Tulkinta: vähintään 85 % = suunnitelman mukaan, 60–84 % = lievä poikkeama, alle 60 % = vakava poikkeama."
    assert threshold_pairs(line) == [
        (">=85", "suunnitelman mukaan"),
        ("60..84", "lievä poikkeama"),
        ("<60", "vakava poikkeama"),
    ]
    legend = lightvalues.document_legend([line])
    assert by_threshold(legend, "72 %") == "deviation"
    assert by_threshold(legend, "91") == "on-plan"


def test_legend_items_in_cells_of_their_own_end_at_the_cell() -> None:
    line = (
        "Bedömning\t90 % eller mer = enligt plan\t75–89 % = lindrig avvikelse\tunder 75 % = allvarlig avvikelse"
    )
    assert threshold_pairs(line) == [
        (">=90", "enligt plan"),
        ("75..89", "lindrig avvikelse"),
        ("<75", "allvarlig avvikelse"),
    ]


def test_one_threshold_leaves_the_bands_to_the_scale() -> None:
    """With one threshold the ranges are a scale's grades (lightvalues.score_pairs), not bands of a percentage."""
    assert threshold_pairs("8–10 = suunnitelman mukaan, 7 tai alle = poikkeama", least=1) == [
        ("<=7", "poikkeama")
    ]


def _lights(text: str, name: str) -> set[tuple[str, str | None]]:
    result = extract(read_bytes(text.encode(), file_name=name, max_bytes=1_000_000))
    return {(light.dimension, light.value) for project in result.projects for light in project.lights}


def test_a_percentage_in_a_two_column_table_is_rated_by_the_legend() -> None:
    text = "\n".join(
        [
            "PIRKANMAAN HYVINVOINTIALUE",
            "Tilannekatsaus 2/2025",
            "",
            "Hanke: Ikäihmisten kotikuntoutus Pirkanmaalla",
            "",
            "Tulkinta: vähintään 85 % = suunnitelman mukaan, 60–84 % = lievä poikkeama, alle 60 % = vakava poikkeama.",
            "",
            "Osa-alue\tToteuma",
            "Aikataulu\t88 %",
            "Kustannukset\t72 %",
            "Hyödyt\t55 %",
        ]
    )
    lights = _lights(text, "katsaus.txt")
    assert {("schedule", "on-plan"), ("costs", "deviation"), ("benefits", "deviation")} <= lights, lights


def test_a_band_that_means_no_rating_settles_nothing() -> None:
    text = "\n".join(
        [
            "# Väliraportti 1.1.–30.6.2024",
            "",
            "**Hanke:** Perheiden digituki Keski-Suomessa",
            "**Toteuttaja:** Keski-Suomen hyvinvointialue",
            "",
            "Toteuma: vähintään 80 % = suunnitelman mukaan; 50–79 % = arvioidaan syksyllä uudelleen; alle 50 % = poikkeama.",
            "",
            "| Osa-alue | Toteuma |",
            "|---|---|",
            "| Aikataulu | 84 % |",
            "| Kustannukset | 63 % |",
            "| Henkilöstö | 41 % |",
        ]
    )
    lights = _lights(text, "raportti.md")
    assert {("schedule", "on-plan"), ("staff", "deviation")} <= lights, lights
    assert not any(dimension == "costs" for dimension, _ in lights), lights


def test_a_declared_scale_with_only_its_plans_band_given_deviates_elsewhere() -> None:
    """Stop 51 (test42 om09 "Itsearvio (asteikko 1/5-5/5; 4/5 tai 5/5 = suunnitelmassa)"): the scores of the
    declared range the legend leaves out are deviations; a score named but not paired leaves the scale unread."""
    legend = lightvalues.document_legend(["Itsearvio (asteikko 1/5-5/5; 4/5 tai 5/5 = suunnitelmassa)"])
    assert legend == {"4": "on-plan", "5": "on-plan", "1": "deviation", "2": "deviation", "3": "deviation"}
    assert lightvalues.document_legend(["Bedömning (skala 1–4): 4 = enligt plan"])["2"] == "deviation"
    assert lightvalues.document_legend(["Self-assessment on a scale of 1 to 10; 8, 9 and 10 = on plan"]) == {}
    # A feedback scale's top grade rates no plan.
    assert lightvalues.document_legend(["Asiakaspalaute (asteikko 1–5; 5 = erittäin tyytyväinen)"]) == {}
