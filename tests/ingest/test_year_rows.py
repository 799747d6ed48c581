"""A unit's money year by year without its categories (``money._year_rows``), and two wordings of real
sheets the vocabularies now hold ("Kehys" for the budget column, "Ajoneuvot" an investment cost).
Found in test14 e09 ("Vuosi | Budjetti € | Toteuma € | Toteuma %" over "2023", "2024 (1–6)", "Koko
hankeaika 2022–2025"), e12 ("Kehys 2024") and e18 ("Ajoneuvot")."""

from __future__ import annotations

from decimal import Decimal

from hankegraafi.ingest import tables
from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.facts.money import cost_category
from hankegraafi.ingest.readers import read_bytes

_PAGE = """# Perhekeskus verkossa

Pohjois-Savon hyvinvointialueen hanke tuo perhekeskuksen palvelut verkkoon Kuopiossa ja Iisalmessa.

## Talous

| Vuosi | Budjetti € | Toteuma € |
|---|---:|---:|
| 2023 | 200 000 | 180 000 |
| 2024 (1–6) | 250 000 | 90 000 |
| Koko hankeaika 2023–2025 | 700 000 | 270 000 |
"""


def test_a_row_per_year_is_each_years_total_and_the_whole_periods_the_cumulative() -> None:
    x = extract(read_bytes(_PAGE.encode(), file_name="sivu.md", max_bytes=100_000))
    made = {
        (s.kind, s.year): [(line.raw_label, line.category, dict(line.values)) for line in s.lines]
        for p in x.projects
        for s in p.costs
    }
    assert made[("annual", "2023")] == [
        ("2023", "total", {"budget": Decimal(200000), "actual": Decimal(180000)})
    ]
    assert made[("annual", "2024")][0][1:] == ("total", {"budget": Decimal(250000), "actual": Decimal(90000)})
    assert made[("cumulative", None)][0][1:] == (
        "total",
        {"budget": Decimal(700000), "actual": Decimal(270000)},
    )


def test_a_budget_frame_column_and_vehicles_as_an_investment() -> None:
    assert tables.column_role("Kehys 2024") == "budget"
    assert tables.column_role("Budgetram") == "budget"
    assert cost_category("Ajoneuvot") == "investment-costs"
    assert cost_category("Fordon") == "investment-costs"
    assert cost_category("Polttoaineet ja matkat") == "travel"  # fuel is travel, the first name of the two


def test_a_periods_actual_beside_the_actual_to_date_leaves_the_budget_with_the_one_to_date() -> None:
    from hankegraafi.ingest.facts.costkinds import period_actual as _period_actual

    header = [
        "Kustannukset (€)",
        "Kustannusarvio",
        "Toteuma 1–6/2023",
        "Toteuma yhteensä",
        "Ennuste 31.12.2025",
    ]
    roles = [None, "budget", "actual", "actual", "forecast"]
    assert _period_actual(header, roles) == [None, "budget", "period-actual", "actual", "forecast"]
    # Two actual columns of two years are two statements side by side: left as they are.
    years = ["Kululaji", "Budjetti 2023", "Toteuma 2023", "Budjetti 2024", "Toteuma 2024"]
    assert _period_actual(years, [None, "budget", "actual", "budget", "actual"]) == [
        None,
        "budget",
        "actual",
        "budget",
        "actual",
    ]
