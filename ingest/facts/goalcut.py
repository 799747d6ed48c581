"""A goal on the last line of a document cut short in a list is not whole: it is left out.

A text, PDF or page the reader found cut off in the middle of a list item ("the text ends in the middle of a list
item: the document may be cut short": the items before it end as the last one does not) ends in the middle of
whatever it was writing; a goal item on that last line ("3) Kaikki sote-keskukset tarjoavat chat-palvelun –
siirtynyt vuodel") is a fragment, neither the goal the report stated nor its verdict. The goals before it are whole
and kept. A table row cut in its last cell keeps its goal, whose own cells are whole ("X;kesken;"Chat on auki …"),
and a last line the reader only guesses is an open sentence ("… – Uppnåddes delvis" after a heading) keeps its goal,
as does a document not cut short, whatever its last line looks like.
"""

from __future__ import annotations

from hankegraafi.ingest.facts.context import Context
from hankegraafi.ingest.facts.costkinds import cut_line

#: The reader's words for a cut inside a list (damaged.cut_short).
_CUT_IN_ITEMS = ("in the middle of a list item",)


def without_cut_goals(ctx: Context) -> None:
    """Leave out every goal whose lines reach the last line of a document cut short in a list."""
    if not any(cut in w for w in ctx.doc.warnings for cut in _CUT_IN_ITEMS):
        return
    cut = cut_line(ctx)
    if cut is None:
        return
    for project in ctx.projects:
        project.goals = [g for g in project.goals if not g.span.first <= cut <= max(g.span.first, g.span.last)]
