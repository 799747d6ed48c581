"""Documents generated from fact specifications, crossing the surface forms real documents vary in.

``spec.py`` draws an invented project's facts from a seed; ``render.py`` writes them in one value
of each dimension (file format, cost-table orientation and unit, light and goal forms, label
wordings, the unit a report is about) with the gold those facts have. :func:`sample` fixes one
dimension's value and draws the others, so that a measurement per value (scripts/
measure_variants.py) shows a fault as a class of form ("every cost table with kinds as columns
is missed") rather than as one document.
"""

from __future__ import annotations

import random
import zlib
from pathlib import Path
from typing import Any

from bench.variants.render import ADDED, BASE, DIMENSIONS, EXCLUDED, STOP31, render
from bench.variants.spec import make_spec

__all__ = ["ADDED", "DIMENSIONS", "STOP31", "generate", "sample"]


def _excluded(v: dict[str, str]) -> bool:
    return any(all(v[k] == x for k, x in rule.items()) for rule in EXCLUDED)


def sample(dimension: str, value: str, index: int, seed: int) -> tuple[int, dict[str, str]]:
    """The spec seed and the variant of the ``index``-th document with ``dimension`` fixed at ``value``.

    The other dimensions are drawn from their :data:`~bench.variants.render.BASE` values; a dimension
    with one base value takes it without a draw, so that the documents of the values measured before a
    dimension was added stay the same."""
    key = zlib.crc32(f"{seed}:{dimension}:{value}:{index}".encode())
    rng = random.Random(key)
    while True:
        v = {
            d: (value if d == dimension else base[0] if len(base) == 1 else rng.choice(base))
            for d, base in BASE.items()
        }
        if not _excluded(v):
            return key, v


def generate(
    folder: Path, per_value: int, seed: int, dimensions: dict[str, tuple[str, ...]] | None = None
) -> list[tuple[Path, dict[str, Any]]]:
    """``per_value`` documents for each value of each dimension, written into ``folder`` with their gold."""
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for dimension, values in (dimensions or DIMENSIONS).items():
        for value in values:
            for index in range(per_value):
                key, v = sample(dimension, value, index, seed)
                spec = make_spec(key, part=v["unit_of"] == "part", by_year=v["cost_shape"] == "kinds-x-years")
                out.append(render(spec, v, folder, f"v{len(out):04d}"))
    return out
