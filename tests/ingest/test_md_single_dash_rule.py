"""A Markdown rule under the header with single dashes ("|---|:-:|:-:|", "| - | - |": GFM asks one dash a cell) is
the rule, not a row: taken for a row, it stood as the header of the rows below it, and a light matrix keyed by part
columns ("| Dimension | Workstream 1 | Workstream 2 |", test39 oj16; "| | Insats 1 | Insats 2 |", test27 i14) was
read as a matrix of periods, the last column's values filed under the project (``labels.table_cells``). Invented
here in other areas and words (tune u1540, u1541); the negative is a matrix of quarters under such a rule, whose
latest column is the project's (tune u1542)."""

from __future__ import annotations

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.labels import table_cells
from hankegraafi.ingest.readers import read_bytes


def test_single_dash_rules_are_rules_and_a_dash_in_a_row_is_a_cell() -> None:
    assert table_cells("|---|:-:|:-:|") == []
    assert table_cells("| - | - | - |") == []
    assert table_cells("|:-|-:|") == []
    assert table_cells("| Riskit | - | vihreä |") == ["Riskit", "-", "vihreä"]


def _lights(text: str) -> set[tuple[str, str, str | None]]:
    x = extract(read_bytes(text.encode(), file_name="status.md", max_bytes=100_000))
    return {(p.name, light.dimension, light.value) for p in x.projects for light in p.lights}


def test_part_columns_under_a_single_dash_rule_rate_each_part() -> None:
    text = """# Tilanneraportti 1/2025 — Kotihoidon yöpartio Lapissa

Lapin hyvinvointialue · raportointijakso 1.1.–31.3.2025

Hankkeessa on kaksi osahanketta:

- Osahanke 1: Yöpartio
- Osahanke 2: Turvapuhelimet

| Ulottuvuus | Osahanke 1 | Osahanke 2 |
|:-|:-:|:-:|
| Aikataulu | vihreä | keltainen |
| Kustannukset | keltainen | vihreä |
"""
    assert _lights(text) == {
        ("Osahanke 1: Yöpartio", "schedule", "on-plan"),
        ("Osahanke 1: Yöpartio", "costs", "deviation"),
        ("Osahanke 2: Turvapuhelimet", "schedule", "deviation"),
        ("Osahanke 2: Turvapuhelimet", "costs", "on-plan"),
    }


def test_period_columns_under_a_single_dash_rule_give_the_latest() -> None:
    text = """# Tilannekatsaus kevät 2025: Kotihoidon yöpartio Lapissa

Lapin hyvinvointialue · päivitetty 2.5.2025

| | Q4/2024 | Q1/2025 |
|-|:-:|:-:|
| Aikataulu | keltainen | vihreä |
| Kustannukset | vihreä | keltainen |
"""
    assert {(dim, value) for _, dim, value in _lights(text)} == {
        ("schedule", "on-plan"),
        ("costs", "deviation"),
    }
