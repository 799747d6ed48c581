"""bench.first_write's table: the medians of each side's runs per phase, side by side."""

from __future__ import annotations

from bench.first_write import table


def test_the_table_gives_medians_side_by_side_with_their_ratio() -> None:
    runs = [
        {"side": "old", "imports": 0.3, "new store first": 1.0, "new store again": 0.6},
        {"side": "new", "imports": 0.3, "new store first": 0.8, "new store again": 0.3},
        {"side": "old", "imports": 0.5, "new store first": 1.2, "new store again": 0.4},
        {"side": "new", "imports": 0.5, "new store first": 1.0, "new store again": 0.5},
    ]
    lines = table(runs).splitlines()
    assert "| imports | 0.400 | 0.400 | 1.00 |" in lines
    assert "| new store first | 1.100 | 0.900 | 0.82 |" in lines
    assert "| new store again | 0.500 | 0.400 | 0.80 |" in lines
    assert "| ingest first | - | - | - |" in lines
