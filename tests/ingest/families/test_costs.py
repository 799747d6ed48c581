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
    ("all", "all"): (96.8, 97.0),
    ("grids", "-"): (96.8, 97.0),
    ("grids", "one"): (97.0, 97.0),
    ("grids", "two"): (97.0, 97.0),
    ("head", "-"): (97.0, 97.0),
    ("head", "amount"): (97.0, 97.0),
    ("head", "kind"): (97.0, 97.0),
    ("head", "role"): (97.0, 97.0),
    ("head", "unit"): (85.2, 97.0),
    ("label", "alt"): (97.0, 97.0),
    ("label", "pref"): (96.7, 97.0),
    ("lang", "en"): (96.5, 97.0),
    ("lang", "fi"): (97.0, 97.0),
    ("lang", "sv"): (97.0, 97.0),
    ("layout", "annual"): (97.0, 97.0),
    ("layout", "estimate"): (94.1, 97.0),
    ("layout", "kinds-amounts"): (97.0, 97.0),
    ("layout", "kinds-parts"): (97.0, 97.0),
    ("layout", "kinds-years"): (97.0, 97.0),
    ("layout", "neg-feedback"): (0.0, 0.0),
    ("layout", "neg-tasks"): (0.0, 0.0),
    ("layout", "parts-amounts"): (97.0, 97.0),
    ("layout", "parts-annual"): (97.0, 97.0),
    ("layout", "years-kinds"): (97.0, 97.0),
    ("markup", "csv-comma"): (94.3, 97.0),
    ("markup", "csv-ragged"): (97.0, 97.0),
    ("markup", "csv-semicolon"): (97.0, 97.0),
    ("markup", "docx"): (97.0, 97.0),
    ("markup", "html"): (97.0, 97.0),
    ("markup", "list-slash"): (97.0, 97.0),
    ("markup", "md-bare"): (97.0, 97.0),
    ("markup", "md-padded"): (97.0, 97.0),
    ("markup", "tsv"): (97.0, 97.0),
    ("markup", "txt-spaces"): (97.0, 97.0),
    ("markup", "txt-tabs"): (97.0, 97.0),
    ("number", "decimals"): (95.5, 97.0),
    ("number", "dots"): (97.0, 97.0),
    ("number", "en-commas"): (97.0, 97.0),
    ("number", "narrow"): (97.0, 97.0),
    ("number", "nbsp"): (97.0, 97.0),
    ("number", "plain"): (97.0, 97.0),
    ("number", "space"): (97.0, 97.0),
    ("position", "first"): (97.0, 97.0),
    ("position", "last"): (96.5, 97.0),
    ("position", "middle"): (97.0, 97.0),
    ("total", "first"): (97.0, 97.0),
    ("total", "last"): (97.0, 97.0),
    ("total", "none"): (96.3, 97.0),
    ("unit", "1000€"): (97.0, 97.0),
    ("unit", "EUR-caption"): (97.0, 97.0),
    ("unit", "M€"): (95.5, 97.0),
    ("unit", "euroa-caption"): (97.0, 97.0),
    ("unit", "k€"): (97.0, 97.0),
    ("unit", "thousand-words"): (97.0, 97.0),
    ("unit", "t€"): (97.0, 97.0),
    ("unit", "€-cells"): (97.0, 97.0),
    ("unit", "€-head"): (97.0, 97.0),
}

#: Axis values under 97 today (recall, precision on seeds 0–119): what is left. Main's code before stop 52's
#: fixes (835c1e0e) read these seeds at 70.1/82.2 over all; estimate 49.3, kinds x parts 66.7, years x kinds 66.7,
#: parts x annual 0.0, csv-ragged 0.0, k€ 51.2, head unit 37.8, head amount 11.4 (recall, seeds 0–299).
KNOWN_GAPS: dict[tuple[str, str], tuple[float | None, float | None]] = {
    ("head", "unit"): (88.2, 100.0),
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
