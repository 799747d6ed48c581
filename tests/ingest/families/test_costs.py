"""The cost-table family's generator (tests/ingest/families/costs.py) on a fixed seed: recall and precision of
the cost cells per axis value, each at least its floor (the figure measured less a margin of 3, never 100 % by
fiat). ``KNOWN_GAPS`` are the axis values whose figure is low today, with it: a class not yet read.

Print the figures: ``python tests/ingest/families/costs.py --n 120``.
"""

from __future__ import annotations

import functools

import pytest

from tests.ingest.families import costs

N = 120

#: (axis, value) → (recall floor, precision floor), from the generator's figures on seeds 0–119 less 3.
FLOORS: dict[tuple[str, str], tuple[float, float]] = {
    ("all", "all"): (82.1, 91.3),
    ("label", "alt"): (87.1, 91.3),
    ("label", "pref"): (78.2, 91.3),
    ("lang", "en"): (78.8, 84.2),
    ("lang", "fi"): (77.9, 90.8),
    ("lang", "sv"): (88.1, 97.0),
    ("layout", "annual"): (77.7, 90.1),
    ("layout", "estimate"): (97.0, 97.0),
    ("layout", "kinds-amounts"): (86.4, 97.0),
    ("layout", "kinds-parts"): (72.9, 81.5),
    ("layout", "kinds-years"): (84.2, 97.0),
    ("layout", "neg-feedback"): (0.0, 0.0),
    ("layout", "neg-tasks"): (0.0, 0.0),
    ("layout", "parts-amounts"): (62.7, 85.5),
    ("layout", "years-kinds"): (92.4, 92.4),
    ("markup", "csv-comma"): (97.0, 97.0),
    ("markup", "csv-ragged"): (0.0, 0.0),
    ("markup", "csv-semicolon"): (97.0, 97.0),
    ("markup", "docx"): (69.4, 69.4),
    ("markup", "html"): (80.3, 80.3),
    ("markup", "md-bare"): (71.6, 78.5),
    ("markup", "md-padded"): (97.0, 97.0),
    ("markup", "tsv"): (88.1, 92.7),
    ("markup", "txt-spaces"): (93.9, 93.9),
    ("markup", "txt-tabs"): (97.0, 97.0),
    ("number", "decimals"): (78.7, 90.5),
    ("number", "dots"): (91.4, 97.0),
    ("number", "en-commas"): (77.7, 77.7),
    ("number", "narrow"): (78.3, 88.0),
    ("number", "nbsp"): (80.1, 89.1),
    ("number", "plain"): (80.7, 97.0),
    ("number", "space"): (90.8, 97.0),
    ("position", "first"): (79.2, 86.4),
    ("position", "last"): (83.8, 95.7),
    ("position", "middle"): (82.4, 89.7),
    ("total", "first"): (85.2, 90.3),
    ("total", "last"): (74.8, 89.5),
    ("total", "none"): (90.3, 95.0),
    ("unit", "1000€"): (81.8, 81.8),
    ("unit", "EUR-caption"): (97.0, 97.0),
    ("unit", "M€"): (82.8, 94.2),
    ("unit", "euroa-caption"): (97.0, 97.0),
    ("unit", "k€"): (40.8, 59.5),
    ("unit", "thousand-words"): (82.0, 97.0),
    ("unit", "t€"): (75.7, 83.0),
    ("unit", "€-cells"): (73.9, 91.3),
    ("unit", "€-head"): (86.6, 97.0),
}

#: Axis values read poorly today (recall, precision on seeds 0–119): classes left for later.
KNOWN_GAPS: dict[tuple[str, str], tuple[float | None, float | None]] = {
    ("layout", "parts-amounts"): (65.7, 88.5),
    ("markup", "csv-ragged"): (0.0, None),
    ("unit", "k€"): (43.8, 62.5),
}


@functools.cache
def _result() -> dict:
    return costs.run(range(N))


@pytest.mark.parametrize("key", sorted(FLOORS), ids=lambda k: f"{k[0]}={k[1]}")
def test_floor(key: tuple[str, str]) -> None:
    tally = _result()["tallies"]["cost cells"][key]
    recall_floor, precision_floor = FLOORS[key]
    recall, precision = tally.recall(), tally.precision()
    assert recall is None or recall >= recall_floor, f"{key} recall {recall:.1f} < {recall_floor}"
    assert precision is None or precision >= precision_floor, (
        f"{key} precision {precision:.1f} < {precision_floor}"
    )


def test_negatives_read_no_cells() -> None:
    """A ledger, a feedback grid and a task list of the family's look hold no cost cells."""
    for layout in costs.NEGATIVES:
        result = costs.run(range(3), force={"layout": layout})
        assert result["tallies"]["cost cells"][("all", "all")].extracted == 0, layout


def test_generator_is_deterministic() -> None:
    assert costs.make(7).gold == costs.make(7).gold
    assert costs.make(7).blocks == costs.make(7).blocks
