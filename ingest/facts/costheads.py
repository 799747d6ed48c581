"""A cost table's kind told by the heading farther up (split from ``costkinds``, which ``tables`` imports): a plan's
years under "## 3 Cost estimate by investment and phase" are its estimate."""

from __future__ import annotations

import re

from hankegraafi.ingest import tables
from hankegraafi.ingest.facts.context import Context
from hankegraafi.ingest.segment import Element


def under_estimate_heading(ctx: Context, element: Element) -> bool:
    """The nearest heading above a table names a cost estimate ("## 3 Cost estimate by investment and phase (EUR)"
    over the investments' captions and their year tables, test31 ic23), in a document that is no report (a report's
    years are annual statements under any heading)."""
    above = [n for n in ctx.doc.headings if n < element.first]
    if not above or ctx.seg.kind in ("status-report", "final-report"):
        return False
    # a report by its title ("Tilanneraportti 1/2025")
    head = [line for line in ctx.doc.lines[:12] if line.strip()][:3]
    heading = ctx.doc.lines[max(above) - 1]
    return not any(_REPORT.search(line) for line in head) and tables.names_estimate(heading)


#: A document's title that names a report of what was done: its years are annual statements (tune u1808).
_REPORT = re.compile(r"raportti|rapport|report\b|katsaus|översikt|uppföljning|seuranta|review\b", re.I)
