"""Goals listed with a code or a numbered label and judged later by it ("T1 … / T2 …", then "Arvio: T1 toteutunut. T2
ei toteudu …"; "Mål 1: …", then "Mål 1 uppnåddes …"; "G1 …", then "Assessment: G1 achieved. G2 partly achieved …").

A report lists its goals under their codes and gives its verdicts further down in running text, each sentence
opening with a goal's code (after a label such as "Arvio:" or "Bedömning 12/2024:"). The verdict belongs to the
goal of that code, not to a new goal: the sentence "Tavoite 1 toteutui: …" is no goal of its own. A code is the
report's own ("T1", "M2", "KR1.1", "G3", "Tavoite 2", "Mål 3", "Objective 1"), and only codes of goals the document
listed are read: a sentence with a code and no status ("Mål 2 diskuterades i styrgruppen", "The G2 working group
met") judges nothing, and a code in the middle of a sentence opens no verdict.
"""

from __future__ import annotations

import re

from hankegraafi.ingest.facts.context import Context
from hankegraafi.ingest.facts.goalstatus import answer, goal_status, status_of, status_reason
from hankegraafi.ingest.facts.model import Goal
from hankegraafi.ingest.facts.text import sentences

_CODE = r"(?:(?i:tavoite|mål|goal|objective|delmål|osatavoite)\s+\d{1,2}(?:\.\d{1,2})*|[A-ZÅÄÖ]{1,2}\d{1,2}(?:\.\d{1,2})*)"
#: A goal's line that opens with its code: "T1 Kyläavustaja …", "- M2 …", "Tavoite 1: …", "**G3** …".
_CODED_LINE = re.compile(rf"^\s*(?:[-*•]\s+)?[*_]*(?P<code>{_CODE})[*_]*\s*[.:)–-]?\s+(?P<rest>\S.*)$")
#: A verdict opening with a code, after a label of at most five words and a colon ("Arvio:", "Bedömning 12/2024:").
_VERDICT = re.compile(rf"^(?:[^.:;]{{1,40}}:\s*)?(?P<code>{_CODE})(?![\w.]\d)\s*:?\s*(?P<rest>\S.*)$")


#: Where a clause that opens with a code begins inside a sentence: after a comma, a semicolon or "ja" / "och" / "and".
_CLAUSE_BREAK = re.compile(rf"(?:,|;|\s(?:ja|sekä|och|samt|and))\s+(?={_CODE}\s)")
#: A heading's line within the text ("2 Läget", "Assessment"): short, with no sentence's end; it parts paragraphs.
_HEADING = re.compile(r"^(?:\d{1,2}\.?\s+)?[^\W\d][^.!?:;,]{0,40}$")


def _key(code: str) -> str:
    return re.sub(r"\s+", " ", code.strip().casefold())


def _coded(ctx: Context, goal: Goal) -> str | None:
    """The code that the goal's own line (of the lines its span covers) opens with, the line going on with the goal's
    words."""
    head = goal.description.strip()[:12].casefold()
    if not head:
        return None
    for no in range(max(goal.span.first, 1), min(goal.span.last, len(ctx.doc.lines)) + 1):
        m = _CODED_LINE.match(ctx.doc.lines[no - 1])
        if m is not None and head in m.group("rest").casefold():
            return _key(m.group("code"))
    return None


def judge_by_codes(ctx: Context) -> None:
    """Each listed goal with a code and no status, judged by a later sentence opening with its code; goals read
    from those sentences themselves are dropped."""
    for project in ctx.projects:
        coded: dict[str, Goal] = {}
        shared: set[str] = set()
        for goal in project.goals:
            code = _coded(ctx, goal)
            first = coded.setdefault(code, goal) if code is not None else None
            if (
                code is not None
                and first is not None
                and first is not goal
                and _one_block(ctx, first.span.first, goal.span.first)
            ):
                shared.add(code)
        # A code that keys two goals or more of one list or table is their part's ("TP1 | X | toteutunut", "TP1 | Y |
        # kesken": test46 oq13), no goal's own: the later goal of that part is no verdict on the first. A line further
        # down that opens with the code ("Tavoite 1 toteutui: …" below the list, test23 s36) is the verdict.
        coded = {code: goal for code, goal in coded.items() if code not in shared}
        if len(coded) < 2:
            continue
        after = max(goal.span.last for goal in coded.values())
        verdict_lines: dict[int, str] = {}
        paragraph: list[tuple[int, str]] = []
        for no in range(after + 1, len(ctx.doc.lines) + 2):
            line = ctx.doc.lines[no - 1].strip() if no <= len(ctx.doc.lines) else ""
            if line and not _HEADING.match(line):
                paragraph.append((no, line))
                continue
            _judge_paragraph(paragraph, coded, verdict_lines)
            paragraph = []
        if verdict_lines:
            project.goals = [
                g
                for g in project.goals
                if any(g is c for c in coded.values())
                or not (
                    g.span.first in verdict_lines
                    and g.description.strip()[:12].casefold() in verdict_lines[g.span.first]
                )
            ]


def _one_block(ctx: Context, first: int, later: int) -> bool:
    """Lines ``first`` to ``later`` are one block: no blank line between them (a list's items, a table's rows)."""
    return first <= later and all(ctx.doc.lines[no - 1].strip() for no in range(first, later + 1))


def _judge_paragraph(
    paragraph: list[tuple[int, str]], coded: dict[str, Goal], verdict_lines: dict[int, str]
) -> None:
    if not paragraph:
        return
    text = " ".join(line for _, line in paragraph)
    if not any(code.split()[-1].casefold() in text.casefold() for code in coded):
        return
    # "…: tavoite 2 on saavutettu, tavoite 1 on kesken (…) ja tavoite 3 on siirretty syksyyn": a clause per code
    clauses = [(c, s) for s in sentences(text) for c in _CLAUSE_BREAK.split(s)]
    for sentence, whole in clauses:
        m = _VERDICT.match(sentence.strip())
        goal = coded.get(_key(m.group("code"))) if m else None
        if m is None or goal is None:
            continue
        said = re.sub(
            r"\s*\([^()]*\)$", "", m.group("rest").strip(" .")
        )  # "on kesken (kaksi neljästä auki)": a note
        status = goal_status(said) or status_of(said.split(",")[0]) or answer(said.split(",")[0])
        if status is None or status == "unknown":
            continue
        if goal.status == "unknown":
            goal.status = status
            goal.reason = goal.reason or (status_reason(said) if status != "achieved" else None)
        lowered = whole.casefold()
        for no, line in paragraph:
            if line.casefold() in lowered or lowered[:40] in line.casefold():
                verdict_lines[no] = lowered
