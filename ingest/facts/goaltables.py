"""Goal tables in the pieces a document's text layer leaves of them.

A goal table is not always one table with a header: a form's row of choice boxes under
a goal ("☐ Toteutunut | ☒ Osittain | ☐ Ei toteutunut") is the goal's status; a goal
wrapped in its cell prints its tail as a row of its own ("20 prosenttiin | (16 %)"); a
wrapped goal or a page break cuts the table in two, the second part without a header
("Hämeenlinnaan ja Riihimäelle" between "Tavoite | Tilanne" and the rest); and a PDF's text
layer may give the rows as lines with the cells run together ("… varje veckaUppnåddes").
Each piece is read as a part of the table it belongs to (facts/goalforms.py reads whole tables).
"""

from __future__ import annotations

import re

from hankegraafi.ingest.facts.context import Context
from hankegraafi.ingest.facts.goalstatus import answer, is_choice_line, status_of, ticked_option
from hankegraafi.ingest.facts.model import Goal, Project, Span
from hankegraafi.ingest.segment import Element

#: Outline numbering, an item mark or a goal code before a goal's text ("4.1 Sähköinen ajanvaraus …",
#: "b) …", "T2 Kirjausmalli …"): the report's, not the goal's.
OUTLINE = re.compile(
    r"^\s*(?:\d{1,2}(?:\.\d{1,2})+\.?|[a-hA-H]\)|\d{1,2}\)|[A-ZÅÄÖ]{1,2}\d{1,2}(?:\.\d{1,2})*[.:)]?)\s+(?=\S)"
)
GOAL_SECTIONS = ("goals", "goal-results")


def _before(ctx: Context, element: Element) -> Element | None:
    """The element right before ``element`` in the document."""
    elements = ctx.seg.elements
    index = next((i for i, e in enumerate(elements) if e is element), 0)
    return elements[index - 1] if index > 0 else None


def choice_row(ctx: Context, element: Element, project: Project) -> bool:
    """A row of choice boxes under a goal's line ("A1 Kotihoito …" / "☐ Toteutunut  ☒ Osittain  ☐ Ei"),
    which aligned columns made a table: the goal above, judged by the option ticked."""
    if ctx.section not in GOAL_SECTIONS or len(element.rows) != 1:
        return False
    row = " ".join(cell.strip() for cell in element.rows[0])
    option = ticked_option(row) if is_choice_line(row) else None
    above = _before(ctx, element)
    if option is None or above is None or above.type != "text" or element.first - above.last > 2:
        return False
    goal = OUTLINE.sub("", above.text.strip()).strip(" *_").rstrip(".")
    if len(goal.split()) < 3 or any(g.description == goal for g in project.goals):
        return False
    status = status_of(option) or answer(option) or "unknown"
    project.goals.append(Goal(goal[:500], status, None, Span(above.first, element.last, f"{goal} {row}")))
    return True
