"""The document's own marks of a goal's achievement and what each means (moved out of goalstatus.py, at its
600-line limit): the legend read per document ("vihreä = tavoite saavutettu", "T = toteutunut, O = osittain"), and
the status a status cell's mark has in it."""

from __future__ import annotations

import re
from contextvars import ContextVar

#: The document's own marks of a goal's achievement and what each means, read from its legend lines
#: ("vihreä = tavoite saavutettu, keltainen = edennyt osittain", "T = toteutunut, O = osittain", "3 =
#: toteutunut, 2 = osittain, 1 = ei toteutunut"): set per document by the goal-forms family.
GOAL_LEGEND: ContextVar[dict[str, str]] = ContextVar("goal_legend", default={})  # noqa: B039 - never mutated


def legend_status(cell: str) -> str | None:
    """The status a status cell's mark has in the document's legend ("keltainen", "O", "2", "2/3"): the
    whole cell, or its first word in a cell of three words at most ("keltainen – viive")."""
    legend = GOAL_LEGEND.get()
    words = cell.split()
    if not legend or not words or len(words) > 3:
        return None
    whole = cell.strip().strip(".").casefold()
    first = words[0].strip(".,;:()").casefold()
    score = re.fullmatch(r"(\d{1,2})\s*/\s*\d{1,2}", whole)
    return legend.get(whole) or legend.get(first) or (legend.get(score.group(1)) if score else None)
