"""A goal's sentence followed by its report after a report's label ("X. Tilanne: kesken (510 asiakasta)").

Split from goalstatus.py (the line limit): the report's status is read by goalstatus.status_of.
"""

from __future__ import annotations

import re

from hankegraafi.ingest.facts.goalstatus import status_of, status_reason

#: A line reporting on the goal above it ("Tilanne: Toteutunut osittain …"): no goal of its own.
REPORT_LINE = re.compile(
    r"^(?:tilanne|tila|toteutuminen|arvio|status|läge|utfall|måluppfyllelse|bedömning)"
    # dated: "Arvio 10/2024: …", "Läge 30.9.2024: …", or by a month's name and the year ("Arvio joulukuu 2023: …")
    r"(?:\s+\d{1,2}[./](?:\d{1,2}[./])?\d{2,4}|,?\s+[^\W\d_]{3,12}\s+\d{4})?\s*:",
    re.I,
)


def report_after(said: list[str]) -> tuple[str, str, str | None] | None:
    """(goal, status, reason) of an item whose goal sentence is followed by its report after a report's label
    ("X. Tilanne: kesken (510 asiakasta)", "X. Status: too early to tell"): the status the report states,
    unknown included; None when no sentence after the first is such a report or it states no status."""
    at = next((i for i in range(1, len(said)) if REPORT_LINE.match(said[i].strip())), None)
    if at is None:
        return None
    report = " ".join(s.strip() for s in said[at:])
    status = status_of(report)
    goal = " ".join(s.strip() for s in said[:at]).rstrip(".").strip()
    if status is None or not goal:
        return None
    return goal, status, status_reason(report) if status not in ("achieved", "unknown") else None
