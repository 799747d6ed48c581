"""Goals judged by their numbers in a later section: "1. X" / "2. Y" under the goals, then "Tavoite 1: toteutunut"
/ "Mål 2: delvis uppnått" / "Objective 1: achieved" under "## Arvio", or a numbered list of verdicts alone ("1.
Toteutunut." / "2. Osittain toteutunut.") under "## Tavoitteiden toteutuminen" (red team R19-36).

The verdict goes to the project's goal of that number (its goals in the order listed); the verdict line is no goal
of its own. A line whose text after the number is more than a verdict ("Tavoite 1: Kotikuntoutus laajenee") is a
goal's label, read by the goals family as before. Each chunk's own lines only are read (no pass over the document).
"""

from __future__ import annotations

import re

from hankegraafi.ingest.facts.context import Context
from hankegraafi.ingest.facts.goalstatus import answer_status, exact_label, line_status
from hankegraafi.ingest.facts.model import Project
from hankegraafi.ingest.facts.text import Chunk

#: "Tavoite 1: toteutunut", "Mål 2 – delvis uppnått", "Objective 1: achieved": a goal's word, its number, a verdict.
_BY_WORD = re.compile(
    r"^\s*(?:[-*•]\s+)?(?:tavoite|osatavoite|mål|delmål|objective|goal|aim)\s+(?P<n>\d{1,2})\s*[:.)–—-]\s*(?P<v>\S.*)$",
    re.I,
)
#: "1. Toteutunut.": a numbered list's item that is a verdict alone.
_BY_ITEM = re.compile(r"^\s*(?P<n>\d{1,2})[.)]\s+(?P<v>\S.*)$")
#: The most words a verdict alone has ("osittain toteutunut", "ei toteutunut, siirtyy").
_VERDICT_WORDS = 4


def verdict_alone(text: str) -> str | None:
    """The verdict a text is, whole or with its reason after a comma or a dash ("ei toteutunut, siirtyy"); a goal's
    name with its verdict in brackets ("Omaishoitajien vertaistuki verkossa (kesken)") is a goal, not a verdict."""
    text = text.strip().rstrip(".")
    head = re.split(r"\s+[–—-]\s+|[,;(]", text, maxsplit=1)[0]
    # an answer's word is a verdict too ("Tavoite 3: Osittain, vain Kuhmossa", test48 os03)
    known = exact_label(head) or answer_status(head)
    return line_status(text) if 0 < len(text.split()) <= _VERDICT_WORDS and known else None


def verdicts_by_number(ctx: Context, chunks: list[Chunk]) -> tuple[list[Chunk], list[tuple[int, str]]]:
    """``chunks`` without those whose every line judges a goal by its number, and those verdicts (number, status)
    in order, for :func:`judge_by_number` once the section's goals are read."""
    kept: list[Chunk] = []
    verdicts: list[tuple[int, str]] = []
    for chunk in chunks:
        if not (chunk.numbered or _WORD_START.match(chunk.text)):
            kept.append(chunk)
            continue
        lines = [line for line in ctx.line_texts(chunk.first, chunk.last) if line.strip()]
        found = [_BY_WORD.match(line) or (_BY_ITEM.match(line) if chunk.numbered else None) for line in lines]
        read = [
            (int(m["n"]), verdict)
            for m in found
            if m is not None and (verdict := verdict_alone(m["v"])) is not None
        ]
        if read and len(read) == len(lines):
            verdicts.extend(read)
        else:
            kept.append(chunk)
    return kept, verdicts


#: A chunk that may open with a goal's word and number (a cheap test before its lines are read).
_WORD_START = re.compile(r"^\s*(?:[-*•]\s+)?(?:tavoite|osatavoite|mål|delmål|objective|goal|aim)\s+\d", re.I)


def judge_by_number(verdicts: list[tuple[int, str]], project: Project) -> None:
    """Each verdict to the project's goal of its number (the goals in the order listed), when every number names
    a goal not judged yet."""
    goals = project.goals
    if verdicts and all(1 <= n <= len(goals) and goals[n - 1].status == "unknown" for n, _ in verdicts):
        for n, verdict in verdicts:
            goals[n - 1].status = verdict
