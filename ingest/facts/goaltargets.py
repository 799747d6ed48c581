"""A goal judged by its outcome against its target, in a goal table that states no achievement in words.

An indicator table gives a goal its target and what was reached, each a figure ("Tavoite | Mittari |
Tavoitearvo | Toteutunut arvo" over "X | % käynneistä | 30 % | 30 %", "Mål | Målvärde | Utfall" over
"Y | 200 | 35", "Objective | Target | Actual"). The achievement is the outcome against the target: reached
(at least the target; at most, for a goal of less: "jonot lyhenevät", "väntetiden kortas", a target
"alle 14 vrk") is achieved, nothing reached (0) not achieved, anything between in part. A figure of the
outcome column is then no percentage of achievement ("30 %" of visits is no "30 % achieved"). Read only
where both cells of the row are figures; any other row is left to the status words (goalforms.py).
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

#: A target's column: the level aimed at.
_TARGET = re.compile(
    r"^(?:tavoite(?:arvo|taso|luku|määrä)|tavoiteltu\s+(?:arvo|taso)|målvärde|målnivå|mål\s*värde"
    r"|target(?:\s+(?:value|level))?)\b"
    # a goal word with the year or date it is to be reached by: "Tavoite 2025", "Målsättning 2025", "Goal for 2025"
    r"|^(?:tavoite|tavoitteena|tavoitetila|målsättning|målet|mål|goal|objective|aim)\s+(?:(?:vuodelle|vuonna|år|för|for|by|in)\s+)?"
    r"(?:\d{1,2}[./])?\d{4}\b",
    re.I,
)
#: A baseline's column: the level the goal starts from ("Lähtötaso 2023", "Utgångsläge", "Baseline 2022").
BASELINE = re.compile(
    r"^(?:lähtötaso|lähtöarvo|lähtötilanne|nykytaso|utgångsläge|utgångsvärde|utgångsnivå|baseline|starting\s+(?:level|point))\b",
    re.I,
)
#: An outcome's column: the level reached (not a column of status words, which the vocabulary knows).
_OUTCOME = re.compile(
    r"^(?:toteutunut(?:\s+(?:arvo|taso|määrä))?|toteuma|toteutuma|saavutettu\s+(?:arvo|taso)|nykytaso|tulos"
    r"|utfall|uppnått(?:\s+värde)?|uppnådd\s+nivå|resultat|outcome|actual(?:\s+value)?|achieved(?:\s+value)?|reached|result"
    r"|saavutettu|saavutettu\s+taso)"
    # the date it was read on: "6/2025", "2024", "by August 2025", "mennessä"
    r"(?:\s+\(?(?:by|in|at|till|per|mennessä)?\s*(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{1,2}[./]\d{2,4}|q[1-4]\s*/\s*\d{4}"
    r"|[^\W\d]+\s+\d{4}|\d{4})\)?)?$",
    re.I,
)
#: A goal of less: a queue, a wait or a harm that is to shrink.
_LESS = re.compile(
    r"vähen|lyhen|laske|pienen|puolit|alene|karsiu|minsk|korta|sjunk|halver|reduc|decreas|fewer|shorter|lower",
    re.I,
)
#: A target stated as a ceiling ("alle 14 vrk", "enintään 3", "< 10", "högst 2", "max 5").
_CEILING = re.compile(
    r"^\s*(?:alle|enintään|korkeintaan|max\.?|maks\.?|<|≤|högst|under|at\s+most)\b|^\s*[<≤]", re.I
)
_FIGURE = re.compile(r"[-−+]?\d[\d\s\u00a0]*(?:[.,]\d+)?")


def _figure(cell: str) -> Decimal | None:
    """The cell's one figure ("30 %", "7 vrk", "1 200", "-20 %"); None for a cell with words of its own
    beside a figure or with two figures ("2 / 3", "käytössä")."""
    text = cell.strip()
    found = _FIGURE.findall(text)
    if len(found) != 1:
        return None
    rest = _FIGURE.sub("", text, count=1)
    if len(re.findall(r"[^\W\d_]{2,}", rest)) > 2:
        return None
    raw = re.sub(r"[\s\u00a0]", "", found[0]).replace("−", "-").replace(",", ".")
    try:
        return Decimal(raw)
    except InvalidOperation:
        return None


def _earlier_level(header: list[str], target_col: int, outcome_col: int) -> int | None:
    """A column before the target's dated with an earlier year than the target's ("Nivå 2023" before "Mål 2025"):
    the level the goal starts from, whatever its word."""
    year = re.search(r"\b(?:19|20)\d\d\b", header[target_col])
    for i, h in enumerate(header[:target_col]):
        own = re.search(r"\b(?:19|20)\d\d\b", h)
        if i != outcome_col and own is not None and year is not None and own.group() < year.group():
            return i
    return None


def target_columns(header: list[str]) -> tuple[int, int] | None:
    """The target column and the outcome column of an indicator table's header, or None."""
    return _columns(header)


def _columns(header: list[str]) -> tuple[int, int] | None:
    targets = [i for i, h in enumerate(header) if _TARGET.match(h.strip())]
    outcomes = [i for i, h in enumerate(header) if _OUTCOME.match(h.strip())]
    if len(targets) != 1 or not outcomes:
        return None
    return targets[0], outcomes[-1]


def target_status(header: list[str], row: list[str], goal_col: int, status_col: int | None) -> str | None:
    """The achievement of the row's goal, its outcome against its target; None unless the table has one
    target column and an outcome column, no column of status words beside them ("Tavoitetaso | Toteuma |
    Arvio": the assessment judges), and both cells of the row are figures."""
    columns = _columns(header)
    if columns is None:
        return None
    target_col, outcome_col = columns
    if status_col is not None and status_col != outcome_col:
        return None
    if max(target_col, outcome_col, goal_col) >= len(row):
        return None
    target, outcome = _figure(row[target_col]), _figure(row[outcome_col])
    if target is None or outcome is None:
        return None
    measure = " ".join(cell for i, cell in enumerate(row) if i not in (target_col, outcome_col))
    less = bool(_LESS.search(measure)) or bool(_CEILING.match(row[target_col])) or target < 0
    baseline = next((i for i, h in enumerate(header) if BASELINE.match(h.strip())), None)
    if baseline is None:
        baseline = _earlier_level(header, target_col, outcome_col)  # "Nivå 2023 | Mål 2025 | Uppnått 2025"
    start = _figure(row[baseline]) if baseline is not None and baseline < len(row) else None
    less = less or (start is not None and target < start)  # "Odotus (vrk) | 21 | 10 | 9": aimed below its start
    if (outcome <= target) if less else (outcome >= target):
        return "achieved"
    if not less and outcome == 0 and target > 0:
        return "not-achieved"
    return "partly-achieved"
