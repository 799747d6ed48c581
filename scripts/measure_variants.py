"""Precision and recall per fact category per surface-form value, on documents generated from fact specs.

bench/variants writes invented projects' facts in every value of each dimension (file
format, cost-table shape, orientation, unit and number format, light and goal forms, label
wordings, whole project or a part, the grant's form), ``--per-value`` documents per value with the
other dimensions drawn at random, into a temporary folder. Each document is measured by
scripts/measure_extraction.py's own scoring (measure_document), and the scores are summed per
dimension value over every generated document (each document counts for its value of every
dimension). A fault of one form shows as a low figure in one row: "every cost table with kinds as
columns is missed", not one document. The worst pairs of values show where two forms together fail.

    .venv/bin/python scripts/measure_variants.py [--per-value 6] [--seed 31] [--dimension lights]
    .venv/bin/python scripts/measure_variants.py --details lights=number   # misses of one value
    .venv/bin/python scripts/measure_variants.py --keep /tmp/variants      # keep the documents
    .venv/bin/python scripts/measure_variants.py --values stop31           # stop 31's sample only

A value added after stop 31 (``name_place``, ``parts_form``, the newer ``lights`` and ``light_place``
forms) is generated only with its own dimension fixed, so the documents of the older values are what
they were; with ``--values all`` the rows of the older values also count the newer values' documents.
"""

from __future__ import annotations

import argparse
import itertools
import logging
import sys
import tempfile
import time
from collections.abc import Iterable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(REPO), str(REPO / "scripts")]

from measure_extraction import Outcome, Score, measure_document  # noqa: E402

from bench.variants import ADDED, DIMENSIONS, STOP31, generate  # noqa: E402

#: The categories a generated document has gold for, with short column names.
SHOWN = {
    "project name": "name",
    "county": "county",
    "municipalities": "munic",
    "funder": "funder",
    "money": "money",
    "organisations": "orgs",
    "dependency entities": "deps",
    "cost cells": "cells",
    "cost cells, unit aside": "cells~",
    "traffic lights": "lights",
    "traffic lights, unit aside": "lights~",
    "goals + status": "goals+st",
}
#: ("~": the same facts with the unit's name aside: a fact right there and wrong in the column before is
#: read right and filed under a unit named wrongly.)
#: Categories whose worst pairs of values are printed.
PAIRED = ("cost cells", "traffic lights", "goals + status", "money", "project name")


def measured(
    folder: Path,
    per_value: int,
    seed: int,
    only: str | None = None,
    dimensions: dict[str, tuple[str, ...]] | None = None,
) -> list[tuple[dict, Outcome]]:
    """(variant, outcome) of every generated document (of ``dimensions``' values, or of one dimension)."""
    dims = {only: DIMENSIONS[only]} if only else dimensions or DIMENSIONS
    return [
        (gold["variant"], measure_document(path, gold))
        for path, gold in generate(folder, per_value, seed, dims)
    ]


def summed(outcomes: Iterable[Outcome]) -> dict[str, Score]:
    total = {c: Score() for c in SHOWN}
    for o in outcomes:
        for c in SHOWN:
            if c in o.scores:
                total[c].add(o.scores[c])
    return total


def per_value(results: list[tuple[dict, Outcome]]) -> dict[tuple[str, str], dict[str, Score]]:
    """Scores per (dimension, value) over every document with that value."""
    return {
        (d, value): summed(o for v, o in results if v[d] == value)
        for d, values in DIMENSIONS.items()
        for value in values
    }


def _cell(score: Score) -> str:
    r, p = score.recall, score.precision
    if r is None and p is None:
        return "   –   "
    return f"{'-' if r is None else round(100 * r):>3}/{'-' if p is None else round(100 * p):<3}"


def render(results: list[tuple[dict, Outcome]], seed: int, n: int, pairs: int = 6) -> str:
    """Recall/precision (%) per category for each value of each dimension, then the worst pairs."""
    lines = [
        f"{len(results)} generated documents, seed {seed}, {n} per value (each counted for its value of every dimension)",
        "cells are recall/precision in per cent",
        f"{'':28}{'docs':>5} " + " ".join(f"{short:>8}" for short in SHOWN.values()),
    ]
    all_scores = summed(o for _v, o in results)
    lines.append(f"{'all':28}{len(results):>5} " + " ".join(f"{_cell(all_scores[c]):>8}" for c in SHOWN))
    table = per_value(results)
    for d, values in DIMENSIONS.items():
        lines.append(d)
        for value in values:
            count = sum(1 for v, _o in results if v[d] == value)
            lines.append(
                f"  {value:26}{count:>5} " + " ".join(f"{_cell(table[(d, value)][c]):>8}" for c in SHOWN)
            )
    named = [(v, o) for v, o in results if o.scores["project name"].found == o.scores["project name"].annotated]
    lines.append("")
    lines.append(
        f"given every project name read ({len(named)} documents): a fact keyed by a name missed is no fault of its form"
    )
    table = per_value(named)
    for d, values in DIMENSIONS.items():
        lines.append(d)
        for value in values:
            count = sum(1 for v, _o in named if v[d] == value)
            lines.append(
                f"  {value:26}{count:>5} " + " ".join(f"{_cell(table[(d, value)][c]):>8}" for c in SHOWN)
            )
    lines.append("")
    lines.append(f"worst pairs of values (recall, at least 3 documents; the {pairs} lowest per category)")
    for category in PAIRED:
        found = []
        for (d1, vs1), (d2, vs2) in itertools.combinations(DIMENSIONS.items(), 2):
            for a, b in itertools.product(vs1, vs2):
                chosen = [o for v, o in results if v[d1] == a and v[d2] == b]
                score = summed(chosen)[category]
                if len(chosen) >= 3 and score.annotated and score.recall is not None:
                    found.append((score.recall, len(chosen), f"{d1}={a} & {d2}={b}"))
        found.sort()
        lines.append(
            f"  {category}: " + "; ".join(f"{name} {100 * r:.0f}% ({k})" for r, k, name in found[:pairs])
        )
    return "\n".join(lines)


def details(results: list[tuple[dict, Outcome]], which: str) -> str:
    """What was missed and wrong in the documents of one value ("dimension=value")."""
    d, value = which.split("=", 1)
    lines = []
    for v, o in results:
        if v[d] != value:
            continue
        lines.append(f"{o.name} {' '.join(f'{k}={x}' for k, x in v.items() if k != d)}")
        for c in SHOWN:
            s = o.scores.get(c)
            if s is None:
                continue
            lines += [f"    {c} missed: {m}" for m in s.missed] + [f"    {c} wrong:  {w}" for w in s.wrong]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--per-value", type=int, default=6, help="documents per value of each dimension (%(default)s)"
    )
    parser.add_argument("--seed", type=int, default=31, help="the generator's seed (%(default)s)")
    parser.add_argument("--dimension", choices=sorted(DIMENSIONS), help="generate for one dimension only")
    parser.add_argument(
        "--values",
        choices=("all", "stop31", "added"),
        default="all",
        help="every value, the values measured at stop 31 (its floors' sample), or those added since",
    )
    parser.add_argument("--details", metavar="DIM=VALUE", help="print the misses of one value's documents")
    parser.add_argument("--keep", type=Path, help="write the documents into this folder and keep them")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.ERROR)
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="variants-") as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        chosen = {"all": DIMENSIONS, "stop31": STOP31, "added": ADDED}[args.values]
        results = measured(folder, args.per_value, args.seed, args.dimension, chosen)
    print(render(results, args.seed, args.per_value))
    if args.details:
        print()
        print(details(results, args.details))
    print(f"\n{time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
