"""A sheet's cost table behind a column that names its section (issue 13, stop 45).

A sheet exported from a form or a planner keeps a first column that labels no row: the section's name in
every row ("Osio;Kustannuslaji;Jakson budjetti" over "Kustannukset;Henkilöstökustannukset;212000,00", test36
og10) or nothing under a caption ("Budget (EUR, whole project …);Budget line;Approved" over ";Staff costs;
780000", test25 l21). Its rows were read by that column: every cost "Kustannukset" (other costs), or none.
Invented text.
"""

from __future__ import annotations

from decimal import Decimal

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.facts.costcats import cost_category
from hankegraafi.ingest.readers import read_bytes


def _costs(text: str, name: str) -> list[tuple[str, str | None, str | None, dict[str, Decimal]]]:
    result = extract(read_bytes(text.encode(), file_name=name, max_bytes=1_000_000))
    return [
        (s.kind, s.year, line.category, dict(line.values))
        for project in result.projects
        for s in project.costs
        for line in s.lines
    ]


SECTIONED = "\r\n".join(
    [
        "Seurantaraportti 1/2025;;;",
        "Hanke;Perhekeskus Porvoossa;;",
        "Hallinnoija;Itä-Uudenmaan hyvinvointialue;;",
        "Raportointijakso;1.1.2025-30.6.2025;;",
        ";;;",
        "Osa;Kululaji;Budjetti 2025;Toteuma 2025",
        "Talous;Palkat;200000;98000",
        "Talous;Matkat;5000;2100",
        "Talous;Yhteensä;205000;100100",
    ]
)


def test_a_section_named_in_every_row_labels_no_cost() -> None:
    costs = _costs(SECTIONED, "seuranta.csv")
    assert ("annual", "2025", "staff-costs", {"budget": Decimal(200000), "actual": Decimal(98000)}) in costs
    assert ("annual", "2025", "travel", {"budget": Decimal(5000), "actual": Decimal(2100)}) in costs
    assert not any(category == "other-costs" for _, _, category, _ in costs), costs


def test_an_empty_first_column_under_a_caption_gives_the_caption_to_the_table() -> None:
    text = "\r\n".join(
        [
            '"Project","Home care at night in Vaasa",""',
            '"Report","Status 3/2025",""',
            '"Organisation","Ostrobothnia Wellbeing Services County",""',
            "",
            '"Costs (EUR, cumulative since project start)","Cost line","Budget","Actual"',
            '"","Staff costs","300000","120500.50"',
            '"","Travel","9000","4100"',
            '"","Total","309000","124600.50"',
        ]
    )
    costs = _costs(text, "export.csv")
    assert (
        "cumulative",
        None,
        "staff-costs",
        {"budget": Decimal(300000), "actual": Decimal("120500.50")},
    ) in costs
    assert ("cumulative", None, "total", {"budget": Decimal(309000), "actual": Decimal("124600.50")}) in costs


def test_a_constant_column_of_ratings_stays_a_table_of_lights() -> None:
    """Negative: a section's name before rows of ratings, no sums: the rows are read as they stand."""
    text = "\r\n".join(
        [
            "Väliraportti;Arjen turva Iisalmessa;;",
            "Raportointijakso;1.1.2024-30.6.2024;;",
            ";;;",
            "Osio;Mittari;Arvio;Perustelu",
            "Tilannevalot;Aikataulu;vihreä;",
            "Tilannevalot;Henkilöstö;punainen;kaksi tointa auki",
        ]
    )
    result = extract(read_bytes(text.encode(), file_name="valiraportti.csv", max_bytes=1_000_000))
    lights = {(light.dimension, light.value) for project in result.projects for light in project.lights}
    assert {("schedule", "on-plan"), ("staff", "deviation")} <= lights, lights


def test_personnel_costs_are_the_staffs_costs() -> None:
    """A vocabulary label (cost-categories.ttl): "Personnel costs" as "Staff costs" (test36 og08)."""
    assert cost_category("Personnel costs") == "staff-costs"
    assert cost_category("Own staff costs") == "own-staff-costs"
