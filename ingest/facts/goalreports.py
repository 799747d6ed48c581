"""A goal's sentence followed by its report after a report's label ("X. Tilanne: kesken (510 asiakasta)").

Split from goalstatus.py (the line limit): the report's status is read by goalstatus.status_of.
"""

from __future__ import annotations

import re

from hankegraafi.ingest.facts.goalstatus import status_of, status_reason

#: A line reporting on the goal above it ("Tilanne: Toteutunut osittain …"): no goal of its own.
REPORT_LINE = re.compile(
    # a report's result in emphasis too ("*Result: partly met*", "_Tulos: toteutui osittain_": test50 ou17)
    r"^[*_]{0,2}(?:tilanne|tila|toteutuminen|arvio|status|läge|utfall|måluppfyllelse|bedömning|tulos|resultat|result"
    r"|outcome)"
    # dated: "Arvio 10/2024: …", "Läge 30.9.2024: …", or by a month's name and the year ("Arvio joulukuu 2023: …")
    r"(?:\s+\d{1,2}[./](?:\d{1,2}[./])?\d{2,4}|,?\s+[^\W\d_]{3,12}\s+\d{4})?\s*:",
    re.I,
)


#: Where a report's label in a capital begins after a goal's words on one line ("X Result: met", "X Tilanne: kesken"):
#: the item's second line run on after its first.
_SEAM = re.compile(
    r"(?<=\w)\s+(?=(?=[A-ZÅÄÖ])(?i:tilanne|toteutuminen|arvio|status|läge|utfall|bedömning|tulos|resultat"
    r"|result|outcome)\s*:\s*\S)"
)


def report_after(said: list[str]) -> tuple[str, str, str | None] | None:
    """(goal, status, reason) of an item whose goal sentence is followed by its report after a report's label
    ("X. Tilanne: kesken (510 asiakasta)", "X. Status: too early to tell"): the status the report states,
    unknown included; None when no sentence after the first is such a report or it states no status."""
    if len(said) == 1 and (seam := _SEAM.search(said[0])) is not None:
        said = [
            said[0][: seam.start()],
            said[0][seam.end() :],
        ]  # "X Result: met in May": the item's lines run together
    at = next((i for i in range(1, len(said)) if REPORT_LINE.match(said[i].strip())), None)
    if at is None:
        return None
    report = " ".join(s.strip() for s in said[at:])
    label = REPORT_LINE.match(report)  # "Result: met": the words after the label
    status = status_of(report) or (status_of(report[label.end() :].strip(" *_")) if label else None)
    goal = " ".join(s.strip() for s in said[:at]).rstrip(".").strip()
    if status is None or not goal:
        return None
    return goal, status, status_reason(report) if status not in ("achieved", "unknown") else None
