"""Cost tables of stop 50's families (C3), read whatever the form: a scale word or letter beside the currency on
either side, period columns with no role word beside a plan, and a grant beside a table of years."""

from __future__ import annotations

from decimal import Decimal

import pytest

from hankegraafi.ingest import columnshapes
from hankegraafi.ingest.facts import costkinds, costscales
from tests.ingest.costcells import cost_lines as _costs


@pytest.mark.parametrize(
    ("text", "scale"),
    [
        ("Costs 2024 (€k)", 1000),
        ("Budjetti 2024 t€", 1000),
        ("Kostnader (tusental €)", 1000),
        ("EURk", 1000),
        ("kEUR", 1000),
        ("(1 000 €)", 1000),
        ("Spending to date (EUR m)", 1_000_000),
        ("MEUR", 1_000_000),
        ("Kosten (Mio. €)", 1_000_000),
        ("milj. €", 1_000_000),
        # sums, not scales: a figure before the unit, a figure after the currency
        ("21 000 €", None),
        ("Hankkeelle on myönnetty 1,2 M€ vuosille 2024–2025.", None),
        ("Myönnetty avustus EUR 1 000 000", None),
        ("Budjett €", None),
        ("€ 2024", None),
    ],
)
def test_a_scale_beside_the_currency_on_either_side(text: str, scale: int | None) -> None:
    assert costscales.scale_of(text) == (Decimal(scale) if scale else None)


def test_period_columns_beside_a_plan_are_spent_and_their_parts_drop() -> None:
    header = ["Kostnadsslag", "Kv1/2024", "Kv2/2024", "Totalt 1–6/2024", "Budget 2024"]
    rows = [["Personal", "10", "20", "30", "80"], ["Resor", "1", "2", "3", "9"]]
    roles = columnshapes.shape_roles([None, None, None, None, "budget"], rows, header)
    assert roles == [None, "actual", "actual", "actual", "budget"]
    assert costkinds.period_actual(header, roles, rows) == [None, None, None, "actual", "budget"]
    # no plan beside them: a period alone is no role
    assert columnshapes.shape_roles([None, None, None], [r[:3] for r in rows], header[:3]) == [None, None, None]
    # years that add up to their total are statements of their own
    years = ["Kululaji", "2023", "2024", "Yhteensä", "Budjetti"]
    cells = [["A", "1", "2", "3", "5"], ["B", "2", "2", "4", "5"]]
    assert costkinds.period_actual(years, [None, "actual", "actual", "actual", "budget"], cells)[1:3] == [
        "actual",
        "actual",
    ]


def test_the_grant_beside_a_table_of_years_stands_with_their_total() -> None:
    text = (
        "# Slutrapport\n\n**Projekt:** Ungdomarnas chatt i Vanda\n**Välfärdsområde:** Vanda och Kervo välfärdsområde\n\n"
        "Projektet utvecklade en chatt.\n\n"
        "| Kostnadsslag | Utfall 2023 | Utfall 2024 | Utfall totalt | Beviljat | Användningsgrad % |\n"
        "|---|--:|--:|--:|--:|--:|\n"
        "| Personalkostnader | 100 000 | 200 000 | 300 000 | 400 000 | 75 |\n"
        "| Totalt | 100 000 | 200 000 | 300 000 | 400 000 | 75 |\n"
    )
    costs = _costs(text, "slutrapport.md")
    assert (
        "cumulative",
        None,
        "total",
        {"actual": 300000, "granted": 400000, "utilisation-percent": 75},
    ) in costs
    assert ("annual", "2023", "total", {"actual": 100000}) in costs
    # a plan's years and their total: the share column stays out of the estimate
    plan = (
        text.replace("Slutrapport", "Hankesuunnitelma")
        .replace("Utfall ", "")
        .replace("Utfall totalt", "Totalt")
    )
    assert all("granted" not in values for _, _, _, values in _costs(plan, "plan.md"))


def test_a_sum_returned_printed_as_money_without_its_unit() -> None:
    text = (
        "SLUTRAPPORT\nProjekt\tHemvård på distans i Västnyland\nVälfärdsområde\tVästra Nylands välfärdsområde\n"
        "Beviljat\t640 000,00\nÅterbetalas\t18 750,00\nÅterbetalas senast\t30.6.2025\n\t\n"
        "Projektet utvecklade hemvård på distans.\n"
    )
    costs = _costs(text, "slutrapport.tsv")
    assert ("returned", None, "total", {"budget": Decimal("18750.00")}) in costs
    assert [c for c in costs if c[0] == "returned"] == [
        ("returned", None, "total", {"budget": Decimal("18750.00")})
    ]
