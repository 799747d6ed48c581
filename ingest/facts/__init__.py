"""Fact families: one module per family of facts, run in the order of :data:`FAMILIES`.

Each module defines a :class:`~hankegraafi.ingest.facts.context.Family` (its hooks)
and the extractor (``ingest/extract.py``) walks the segmented document calling them.
A new family is a module and one line here. The order matters where families share
state: within a sentence, dependencies are read before the sentence votes for its
county (places and organisations), so a county named for the first time is still
a dependency candidate; a table goes to the first family that takes it (risks
before money).
"""

from __future__ import annotations

from functools import cache
from typing import Any

from hankegraafi.ingest.facts.context import Context, Family


@cache
def families() -> tuple[Family, ...]:
    """The families in the order they run, imported on first use: a module a family imports (the
    generic reader, its fallbacks) may be imported first without a cycle through this package."""
    from hankegraafi.ingest import generic
    from hankegraafi.ingest.facts import (
        blocks,
        collaboration,
        continuations,
        delimited,
        dependencies,
        funding,
        goalforms,
        goalleads,
        goals,
        identity,
        innokyla,
        lights,
        money,
        organisations,
        partcells,
        parts,
        places,
        programmes,
        projectname,
        returned,
        risks,
    )

    return (
        delimited.FAMILY,  # first: a sheet saved as CSV is segmented again before any family reads it
        innokyla.FAMILY,
        generic.FAMILY,
        identity.FAMILY,
        generic.LATE,
        projectname.FAMILY,
        blocks.FAMILY,  # after the names: a page's project blocks, each its own project
        places.FAMILY,
        lights.FAMILY,
        goals.FAMILY,
        goalforms.FAMILY,
        goalleads.FAMILY,
        parts.FAMILY,
        lights.LATE,
        partcells.LATE,  # after the parts are named: a cost table's rows keyed by parts
        risks.FAMILY,
        dependencies.TABLES,
        money.FAMILY,
        returned.FAMILY,
        dependencies.FAMILY,
        programmes.FAMILY,
        collaboration.FAMILY,
        continuations.FAMILY,
        organisations.FAMILY,
        funding.FAMILY,
        dependencies.FUNDERS,  # after the funder is known
    )


def __getattr__(name: str) -> Any:
    """``FAMILIES``, built when first asked for (PEP 562)."""
    if name == "FAMILIES":
        return families()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["FAMILIES", "Context", "Family", "families"]
