"""A goal judged by the share of its target reached, printed after it under a heading that names achievement.

A report or page lists its goals under "Tavoitteiden toteutuminen", "Goal achievement" or "Måluppfyllelse" with
the share of each goal's target level reached at the item's end: "X – 130 %", "X: 60 %", "X 0 %", a progress bar
read as its text ("X <progress>45 %</progress>"). The share is the goal's status (``goalstatus.percent_status``:
100 % or more met, 0 % not, a share between in part), not a word of the goal. Under a heading that only names
goals ("Tavoitteet", "Mål") the same share is the goal's target level ("Andelen … stiger till 93 %"): there the
item keeps it (a plan judges nothing).
"""

from __future__ import annotations

import re

from hankegraafi.ingest.facts.goalstatus import percent_status
from hankegraafi.ingest.facts.model import Project
from hankegraafi.ingest.facts.text import Chunk

#: A share at an item's end, after a dash, a colon or a space: "– 130 %", ": 60 %", " 0 %", " 45,5 %".
_SHARE_TAIL = re.compile(r"(?<=\w)(?:\s*[–—:-]\s*|\s+)(?P<share>\d{1,3}(?:[.,]\d+)?\s*%)\s*\.?$")
#: Words that make a share the goal's own level, not its achievement ("stiger till 93 %", "nousee 60 %:iin" has
#: no bare share): a change, a target or a comparison before the figure.
_LEVEL_WORD = re.compile(
    r"\b(?:till|to|by|med|vähintään|alle|yli|over|under|minst|at\s+least|nousee|laskee|stiger|sjunker|rises|falls)\s*$",
    re.I,
)


def judge_by_shares(chunks: list[Chunk], project: Project) -> None:
    """The goals read from ``chunks`` (a section naming achievement) without a status, whose text ends in a bare
    share: the goal without the share, judged by it."""
    if not chunks:
        return
    first, last = chunks[0].first, chunks[-1].last
    for goal in project.goals:
        if goal.status != "unknown" or not (first <= goal.span.first <= last):
            continue
        tail = _SHARE_TAIL.search(goal.description)
        if tail is None or _LEVEL_WORD.search(goal.description[: tail.start()]):
            continue
        status = percent_status(tail.group("share").replace("\u00a0", " "))
        rest = goal.description[: tail.start()].strip()
        if status is not None and len(rest.split()) >= 2:
            goal.description, goal.status = rest, status
