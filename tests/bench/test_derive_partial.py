"""bench.derive_partial's table: the medians of each side's runs per write and step, side by side."""

from __future__ import annotations

from bench.derive_partial import table


def test_the_table_gives_medians_side_by_side_with_their_ratio() -> None:
    runs = [
        {
            "side": "old",
            "ingest": {"stored page lists": 10.0, "derived step": 60.0},
            "remove": {"derived step": 50.0},
        },
        {
            "side": "new",
            "ingest": {"stored page lists": 2.0, "derived step": 52.0},
            "remove": {"derived step": 45.0},
        },
        {
            "side": "old",
            "ingest": {"stored page lists": 12.0, "derived step": 64.0},
            "remove": {"derived step": 54.0},
        },
        {
            "side": "new",
            "ingest": {"stored page lists": 4.0, "derived step": 54.0},
            "remove": {"derived step": 47.0},
        },
    ]
    lines = table(runs).splitlines()
    assert lines[2] == "| ingest | stored page lists | 11.00 | 3.00 | 0.27 |"
    assert lines[3] == "| ingest | derived step | 62.00 | 53.00 | 0.85 |"
    assert lines[4] == "| remove | derived step | 52.00 | 46.00 | 0.88 |"
    assert (
        table([r for r in runs if r["side"] == "new"]).splitlines()[2]
        == "| ingest | stored page lists | - | 3.00 | - |"
    )
