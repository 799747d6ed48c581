"""Goals each on their own line with their status alone on the line after it.

A definition list, bold goal lines or cards print a goal and its status on two lines
("X" / "Delvis uppnått – …"); a block of a goals section made wholly of such pairs is
read pair by pair (moved from goalforms.py, which was at the 600-line limit).
"""

from __future__ import annotations

import re

from hankegraafi.ingest.facts.context import Context
from hankegraafi.ingest.facts.goallabels import goal_labels
from hankegraafi.ingest.facts.goalstatus import line_status, status_reason
from hankegraafi.ingest.facts.goaltables import OUTLINE
from hankegraafi.ingest.facts.model import Goal, Project, Span
from hankegraafi.ingest.facts.placeholders import placeholder
from hankegraafi.ingest.facts.text import Chunk


def line_text(ctx: Context, no: int) -> str:
    return next(iter(ctx.line_texts(no, no)), "")


#: A line that explains marks ("✔ = toteutui, ◐ = osittain"): a legend, no goal's status (R19-12).
_EXPLAINS = re.compile(r"\S\s*=\s*\S.*\S\s*=\s*\S")


def status_line_pairs(ctx: Context, chunks: list[Chunk], project: Project) -> None:
    """Goals each on their own line with their status alone on the next ("X" / "Delvis
    uppnått – …"), as a definition list or bold goal lines print them: each goal, judged
    by the line after it.

    A block of consecutive lines of a goals section made wholly of such pairs is read so
    (however the lines were cut into paragraphs); running text, whose lines do not
    alternate so, is left to the goals family.
    """
    numbers = sorted({no for c in chunks if not (c.bullet or c.numbered) for no in range(c.first, c.last + 1)})
    blocks: list[list[int]] = []
    for no in numbers:
        if blocks and no == blocks[-1][-1] + 1:
            blocks[-1].append(no)
        else:
            blocks.append([no])
    for block in [*blocks, *_card_runs(ctx, blocks)]:
        lines = [(no, line_text(ctx, no).strip()) for no in block]
        lines = [(no, text) for no, text in lines if text]
        if len(lines) < 2 or len(lines) % 2:
            continue
        pairs = [(lines[i], lines[i + 1]) for i in range(0, len(lines), 2)]
        judged = [
            (
                no,
                _unlabelled(OUTLINE.sub("", goal.strip("*_ ")).rstrip(".").strip()),
                said,
                line_status(said),
                at,
            )
            for (no, goal), (at, said) in pairs
        ]
        if any(
            status is None
            or len(goal.split()) < 2
            or goal.endswith(":")
            or line_status(goal)
            or _EXPLAINS.search(said)
            for _, goal, said, status, _ in judged
        ):
            continue
        for no, goal, said, status, at in judged:  # the span to the status's line: a card's badge lines apart
            if placeholder(goal) or any(g.description == goal for g in project.goals):
                continue
            reason = status_reason(said) if status not in ("achieved", "unknown") else None
            project.goals.append(Goal(goal[:500], status or "unknown", reason, Span(no, at, f"{goal} {said}")))


def _unlabelled(goal: str) -> str:
    """A goal's text without its label ("Mål 2 — Telefonkön halveras" → "Telefonkön halveras")."""
    m = goal_labels().line.match(goal)
    return m.group("goal").strip() if m is not None else goal


def _card_runs(ctx: Context, blocks: list[list[int]]) -> list[list[int]]:
    """Runs of one-line blocks with only blank lines between them: goals as cards or headings, each
    with its status badge below ("<h3>X</h3><span>Toteutunut</span>"), which a page prints one line
    apart. Such a run is read as pairs as a block of consecutive lines is."""
    runs: list[list[int]] = []
    for block in blocks:
        if len(block) != 1:
            runs.append([])
            continue
        previous = runs[-1][-1] if runs and runs[-1] else None
        if previous is not None and all(not line_text(ctx, k).strip() for k in range(previous + 1, block[0])):
            runs[-1].append(block[0])
        else:
            runs.append([block[0]])
    return [run for run in runs if len(run) >= 2]
