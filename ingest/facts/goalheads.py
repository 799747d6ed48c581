"""A goal on a line of its own, judged by the first words of the paragraph below it.

Final reports, status reports and project pages give each goal as a heading or a line of its own (a
labelled "Tavoite 2: X", an outline number "4.1 X", a bare number "1 X", a web page's heading) and judge
it in the paragraph right below, whose first sentence or clause is the verdict: "Tavoite saavutettiin
kesäkuussa 2024.", "Toteutui osittain: …", "Ei toteutunut hankkeen aikana; …", "Status: Achieved. …",
"Måluppfyllelse: Delvis uppnått.", "Saavutettiinko tavoite: Kyllä". A form printed as a definition list
gives the labels on lines of their own ("Tavoite" / X / "Tilanne" / "Toteutunut"): a label alone on its
line is read with the line after it. A numbered goal line may carry its own verdict after a dash ("1 X –
Uppnått") with its explanation on the lines below.

The class is the shape, not the words: the goal is the line (label, number and marks off), the verdict a
phrase of the goal-status scale (facts/goalstatus.py), a status column's label before it the vocabulary's
(``goal-column`` in ``ontology/vocab/kinds.ttl``), a goal's label the vocabulary's (``goal-label``). In a
goals section two such goals or more are read, or one labelled or numbered; elsewhere only labelled goals.
A goal another reader made of the same lines (the heading without its verdict, the verdict as a goal of
its own, the two run together) gives way to the goal read here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from hankegraafi.ingest import cues
from hankegraafi.ingest.facts.context import Context
from hankegraafi.ingest.facts.goallabels import goal_labels
from hankegraafi.ingest.facts.goalstatus import (
    answer_status,
    goal_legend,
    line_status,
    status_of,
    status_reason,
)
from hankegraafi.ingest.facts.goalverdicts import verdict
from hankegraafi.ingest.facts.model import Goal, Project, Span
from hankegraafi.ingest.facts.text import BULLET, Chunk, sentences

#: Marks of emphasis and headings around a line's words ("### X", "**X**").
_MARKUP = re.compile(r"^[#*_\s]+|[*_\s]+$")
#: An outline number ("4.1 ", "2.3.1. "), or a bare number before a capital ("1 Digital …").
_NUMBER = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})+\.?|\d{1,2}[.)]?)\s+(?=[A-ZÅÄÖ])")
#: A label before its value on one line: up to four words and a colon, or a question ("Saavutettiinko tavoite:").
_LABEL = re.compile(r"^(?P<label>[^\W\d][\w-]*(?:\s+[\w-]+){0,3})\s*\??\s*:\s*(?P<rest>\S.*)$")
#: Where a verdict's first clause ends.
_CLAUSE_END = re.compile(r"[.;:!?]\s|[.;:!?]$|,\s|\s[–—-]\s")
#: A goal and its verdict after a dash on the goal's own numbered line ("1 X – Uppnått").
_DASH_TAIL = re.compile(r"^(?P<goal>.{8,}?)\s+[–—-]\s+(?P<status>[^–—-]{2,60}?)\.?$")


@dataclass
class _Line:
    first: int
    last: int
    text: str


@dataclass
class _Head:
    goal: str
    marked: bool  # labelled or numbered: a goal by its form, not only by its place
    status: str | None  # the verdict on the goal's own line, if any


def _status_label(label: str) -> bool:
    """A label of a status column ("Tilanne", "Måluppfyllelse", "Saavutettiinko tavoite"): the vocabulary's."""
    low = label.strip().lower()
    return any(pattern.match(low) for _, pattern in cues.ranked("goal-column"))


def opening_verdict(text: str) -> str | None:
    """The status the first sentence or clause of a paragraph gives a goal just named; None when it
    begins otherwise."""
    line = BULLET.sub("", _MARKUP.sub("", text)).strip()
    labelled = _LABEL.match(line)
    if labelled is not None and (found := line_status(labelled.group("label"))) is not None:
        return found  # "Toteutui osittain: kahdessa kunnassa": the status, then what it was
    if labelled is not None and _status_label(labelled.group("label")):
        line = labelled.group("rest").strip()
        said = _CLAUSE_END.split(line, maxsplit=1)[0].strip()
        return status_of(said) or answer_status(said) or line_status(said)
    first = sentences(line)[0] if line else ""
    found = verdict(first)  # "Tavoite toteutui osittain: …", "Målet uppnåddes inte."
    if found is not None:
        return found
    said = _CLAUSE_END.split(line, maxsplit=1)[0].strip()
    if not said or len(said.split()) > 6:
        return None
    return line_status(said)


def goal_head(text: str) -> _Head | None:
    """The goal a line of its own states, without its label or number; None for a line that is no goal
    (a sentence, a status, a label alone)."""
    line = BULLET.sub("", _MARKUP.sub("", text)).strip()
    marked = False
    labelled = goal_labels().line.match(line) or goal_labels().plain.match(line)
    if labelled is not None:
        line, marked = labelled.group("goal").strip(), True
    numbered = _NUMBER.match(line)
    if numbered is not None:
        line, marked = line[numbered.end() :].strip(), True
    line = _MARKUP.sub("", line)
    status = None
    tail = _DASH_TAIL.match(line) if marked else None
    if tail is not None and (found := line_status(tail.group("status"))) is not None:
        line, status = tail.group("goal").strip(), found
    words = line.split()
    if (
        not 2 <= len(words) <= 20
        or not line[:1].isupper()
        or line.endswith((":", ";", ",", "?", "–", "—", "-"))
    ):
        return None
    if line.endswith((".", "!")) and not (marked and len(sentences(line)) == 1):
        return None  # a sentence of running text, not a goal's line
    if line_status(line) is not None or opening_verdict(line) is not None or goal_legend([line]):
        return None
    return _Head(line.rstrip(".").strip(), marked, status)


def _lines(ctx: Context, chunks: list[Chunk]) -> list[_Line]:
    """The chunks' lines in order, a label alone on its line read with the line after it."""
    numbers = sorted({no for c in chunks for no in range(c.first, c.last + 1)})
    raw = [(no, text.strip()) for no in numbers for text in ctx.line_texts(no, no)]
    raw = [(no, text) for no, text in raw if text]
    out: list[_Line] = []
    i = 0
    while i < len(raw):
        no, text = raw[i]
        alone = text.rstrip(":").strip()
        is_label = (
            ":" not in alone
            and len(alone.split()) <= 3
            and (goal_labels().plain.match(f"{alone}: xxxx") is not None or _status_label(alone))
        )
        if is_label and i + 1 < len(raw) and goal_head(alone) is None and line_status(alone) is None:
            out.append(_Line(no, raw[i + 1][0], f"{alone}: {raw[i + 1][1]}"))
            i += 2
            continue
        out.append(_Line(no, no, text))
        i += 1
    return out


def _starts_paragraph(lines: list[_Line], i: int, taken: set[int]) -> bool:
    if i == 0 or (i - 1) in taken:
        return True
    before = lines[i - 1]
    return before.last + 1 < lines[i].first or before.text.rstrip().endswith((".", "!", "?", ":"))


def headed_goals(ctx: Context, chunks: list[Chunk], project: Project, in_goals: bool) -> None:
    """Read the goals each on a line of its own with its verdict below (or on its numbered line), and
    let them take the place of what other readers made of the same lines."""
    lines = _lines(ctx, chunks)
    found: list[tuple[_Head, str, str, int, int]] = []  # head, status, verdict text, first, last line
    taken: set[int] = set()
    i = 0
    while i < len(lines):
        head = goal_head(lines[i].text) if _starts_paragraph(lines, i, taken) else None
        if head is None:
            i += 1
            continue
        below = lines[i + 1] if i + 1 < len(lines) else None
        status = opening_verdict(below.text) if below is not None else None
        if status is not None and below is not None:
            found.append((head, status, below.text, lines[i].first, below.last))
            taken |= {i, i + 1}
            i += 2
            continue
        if head.status is not None:
            found.append((head, head.status, lines[i].text, lines[i].first, lines[i].last))
            taken.add(i)
        i += 1
    if not found:
        return
    if not in_goals:
        found = [f for f in found if _labelled(lines, f[3])]
    elif len(found) < 2:
        found = [f for f in found if f[0].marked]
    for head, status, said, first, last in found:
        kept = [
            g
            for g in project.goals
            if first <= g.span.first <= last
            and g.description.casefold() == head.goal.casefold()
            and g.status not in ("unknown", None)
        ]
        if kept:
            continue
        project.goals[:] = [g for g in project.goals if not (first <= g.span.first and g.span.last <= last)]
        reason = status_reason(said) if status not in ("achieved", "unknown") else None
        project.goals.append(Goal(head.goal[:500], status, reason, Span(first, last, f"{head.goal} {said}")))


def _labelled(lines: list[_Line], first: int) -> bool:
    """The goal's line carries a goal label ("Tavoite: X", "Mål 2. X"): a goal wherever it stands."""
    line = next((ln for ln in lines if ln.first == first), None)
    if line is None:
        return False
    text = BULLET.sub("", _MARKUP.sub("", line.text)).strip()
    return bool(goal_labels().line.match(text) or goal_labels().plain.match(text))
