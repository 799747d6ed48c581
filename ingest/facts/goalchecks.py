"""Goals led by their marks: "✔ Yöhoito kattaa kaikki kunnat", a checklist "[x] X" / "[ ] Y", "🟢 X" / "🔴 Y".

Moved out of goalforms.py (near the 600-line limit) with the marked goals' reading, and the checklist added: a
goals paragraph each of whose lines begins with a mark is a list typed without its list markers, each line one goal
judged by its mark (R19-6), the document's legend first where it explains the marks ("☐ = kesken"). A paragraph's
legend line ("(✔ = toteutui, ◐ = …)" right under the goals) is no goal and hides none (test45 op18).
"""

from __future__ import annotations

import re

from hankegraafi.ingest.facts.context import Context
from hankegraafi.ingest.facts.goalmarks import goal_legend
from hankegraafi.ingest.facts.goalpairs import line_text
from hankegraafi.ingest.facts.goals import legend_line
from hankegraafi.ingest.facts.goalstatus import answer, status_of
from hankegraafi.ingest.facts.model import Goal, Project
from hankegraafi.ingest.facts.text import Chunk

#: Status symbols that begin a goal's line: ✔ met, ◐ in part, ✖ not met.
SYMBOL_LINE = re.compile(r"(?:^|\s)(?=[✔✓☑✅◐◑⚠✖✗✘❌☒]\s)")
#: A checklist line's mark: a box ticked or empty ("[x]", "[ ]", "☑", "☐") or a status symbol or coloured circle.
_LED = re.compile(r"^(?P<mark>\[\s*[xX✓✔]?\s*\]|[✔✓☑✅◐◑⚠✖✗✘❌☒☐🟢🟡🟠🔴])\ufe0f?\s+(?P<goal>\S.*)$")
_TICKED = re.compile(r"^(?:\[\s*[xX✓✔]\s*\]|☑)$")
_EMPTY = re.compile(r"^(?:\[\s*\]|☐)$")


def read_marked(ctx: Context, chunk: Chunk, project: Project) -> None:
    """The goals a goals paragraph's marks begin: a checklist's lines, else each goal a status symbol leads."""
    lines = [line_text(ctx, no).strip() for no in range(chunk.first, chunk.last + 1)]
    told = [goal_legend([line]) or legend_line(line) for line in lines] if len(lines) > 1 else [False]
    kept = [line for line, legend in zip(lines, told, strict=True) if line and not legend]
    if len(kept) >= 2 and all(_LED.match(line) for line in kept):
        _checklist(ctx, kept, chunk, project)
        return
    if not any(told):
        texts = [] if goal_legend([chunk.text]) else [chunk.text]
    else:  # the goals above their legend, each line a mark begins ("X. ◑" is another form's)
        texts = [line for line in kept if SYMBOL_LINE.match(line)]
    for text in texts:
        for part in SYMBOL_LINE.split(text):
            symbol_goal(part.strip(), chunk, project)


def _checklist(ctx: Context, lines: list[str], chunk: Chunk, project: Project) -> None:
    """Each line "<mark> X" a goal X judged by its mark: the document's legend, else the mark's own sense; an empty
    box beside ticked ones is a goal not met, alone it judges nothing."""
    legend = goal_legend(ctx.doc.lines)
    marks = [m.group("mark") for m in map(_LED.match, lines) if m is not None]
    ticked = any(_TICKED.match(mark) for mark in marks)
    for line, mark in zip(lines, marks, strict=True):
        goal = line[len(mark) :].strip(" \ufe0f")
        key = re.sub(r"\s+", "", mark).casefold()
        status = legend.get(mark.casefold()) or legend.get(key)
        if status is None and (_EMPTY.match(key) or _TICKED.match(key)):
            status = "achieved" if _TICKED.match(key) else "not-achieved" if ticked else None
        status = status or answer(mark)
        if len(goal.split()) < 2 or goal[:1] in "=:" or any(g.description == goal for g in project.goals):
            continue
        project.goals.append(Goal(goal[:500], status or "unknown", None, chunk.span))


def symbol_goal(text: str, chunk: Chunk, project: Project) -> None:
    """ "✔ Yöhoito kattaa kaikki kunnat": a goal whose mark gives its status.

    A legend of the marks ("✗ ei toteutunut, prosentti kertoo …", "✓ = etenee suunnitellusti, ! = …")
    explains a status, no goal.
    """
    status = answer(text[:1]) if text else None
    goal = text[1:].strip()
    if status is None or len(goal.split()) < 3 or any(g.description == goal for g in project.goals):
        return
    if goal[:1] in "=:":
        return  # the mark explained: a legend
    if status_of(re.split(r"[,;.]", goal, maxsplit=1)[0]) is not None:
        return
    project.goals.append(Goal(goal[:500], status, None, chunk.span))
