"""A cost sheet in long form whose year comes first, before the kind ("Vuosi | Kustannuslaji | Suunniteltu |
…" over "2023 | Henkilöstökulut | …": test38 oi17, oi03): each year's rows are that year's table
(``facts/yearrows.year_column``), the column of years no column of codes to drop (``money._normalised``).
Invented here in other areas and words (tune u1460, u1461); the negatives are a year a row with sums after it
and a year first over rows of visits (tune u1462)."""

from __future__ import annotations

from decimal import Decimal

from hankegraafi.ingest.facts.money import cost_category
from hankegraafi.ingest.facts.yearrows import year_column
from tests.ingest.costcells import cost_cells

_MD = """# Lägesrapport 1/2025

Projekt: Hemrehabilitering på distans i Norra Karelen
Välfärdsområde: Norra Karelens välfärdsområde

## Kostnader per år

| År | Kostnadsslag | Budget | Utfall |
|---|---|---:|---:|
| 2024 | Köp av tjänster | 50 000 | 48 200 |
| 2024 | Totalt | 50 000 | 48 200 |
| 2025 | Köp av tjänster | 60 000 | 12 400 |
| 2025 | Totalt | 60 000 | 12 400 |
"""


def test_years_first_over_kinds_are_a_table_a_year() -> None:
    cells = cost_cells(_MD, "rapport.md")
    assert ("annual", "2024", "service-purchases", "actual", Decimal(48200)) in cells
    assert ("annual", "2025", "total", "budget", Decimal(60000)) in cells
    assert not {c for c in cells if c[0] != "annual"}


def test_the_column_of_years_is_found_first_only_in_long_form() -> None:
    long_form = [
        ["Vuosi", "Kululaji", "Budjetti"],
        ["2023", "Palkat", "10 000"],
        ["2023", "Yhteensä", "10 000"],
    ]
    assert year_column(long_form, cost_category) == 0
    assert year_column(long_form) is None  # no judge of the kinds: no column of years first
    a_row_a_year = [["Vuosi", "Budjetti", "Toteuma"], ["2023", "520 000", "488 300"], ["2024", "610 000", "1"]]
    assert year_column(a_row_a_year, cost_category) is None  # sums after the year: the year is the row's label
    once_each = [["Vuosi", "Kululaji", "Budjetti"], ["2023", "Palkat", "10 000"], ["2024", "Palkat", "12 000"]]
    assert year_column(once_each, cost_category) is None  # no year comes again: no table a year to split


def test_a_row_a_year_stays_each_years_total() -> None:
    text = """# Hankesivu

Hanke: Sähköinen perhekeskus Kainuussa
Hyvinvointialue: Kainuun hyvinvointialue

| Vuosi | Budjetti € | Toteuma € |
|---|---:|---:|
| 2023 | 200 000 | 180 000 |
| 2024 | 250 000 | 90 000 |
"""
    cells = cost_cells(text, "sivu.md")
    assert ("annual", "2023", "total", "actual", Decimal(180000)) in cells
    assert ("annual", "2024", "total", "budget", Decimal(250000)) in cells
