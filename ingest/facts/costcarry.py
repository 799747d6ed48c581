"""A cost table's carried sums: the row at a page's foot that carries the sums so far to the next page ("Siirto",
"Siirto seuraavalle sivulle", "Att transportera", "Carried forward") and the row at the next page's head that brings
them ("Siirto edelliseltä sivulta", "Transport", "Brought forward"). A ledger's or a printed report's habit in any
language: the row repeats sums of other rows, it is no cost of its own (test48 os14, test31 ic06).

Told by its word and its sums both: the row's every sum is the sum of the rows above it in its table, or, at the
head of a table, of the rows of a table before it. A row of such a word whose sums are its own ("Siirto
seuraavalle vuodelle | 20 000", money moved to a later year; "Transport | 4 000", travel) stays; so does one that
repeats a single row above it ("Henkilöstökulut | 20 000" over "Transport | 20 000", R22-2), and "Siirrot kunnille"
(transfers) is no carried word.
"""

from __future__ import annotations

import re
from decimal import Decimal

from hankegraafi.ingest.facts.model import CostLine, CostStatement

#: The words of a carried row, fi / sv / en, whole at the label's start.
_CARRIED = re.compile(
    r"^(?:siirto(?!\w)|siirretään|edellisen\s+sivun\s+(?:summa|loppusumma)|sivun\s+summa|att\s+transportera"
    r"|transport(?:eras|erat)?|överfört|överförs|(?:balance\s+|sub-?total\s+)?(?:carried|brought|carry)\s+forward"
    r"|[cb]/f)\b",
    re.I,
)
#: The columns compared: the sums, not a share or a difference.
_NOT_SUMS = frozenset({"utilisation-percent", "deviation"})


def carried_label(label: str) -> bool:
    """The label begins with a word of carried sums ("Siirto", "Att transportera", "Brought forward")."""
    return _CARRIED.match(label.strip(" *_:")) is not None


def _sums(lines: list[CostLine], top: bool) -> dict[str, Decimal]:
    """Per column, the sum of the table's rows but its totals: every row (a flat table, whatever group the
    vocabulary files a row under), or ``top``: the rows no other row groups (a table of groups and their items)."""
    out: dict[str, Decimal] = {}
    for line in lines:
        if line.category != "total" and not (top and line.parent is not None):
            for column, value in line.values.items():
                out[column] = out.get(column, Decimal(0)) + value
    return out


#: The fewest rows whose sums a carried row repeats: the "sum" of one row is that row, no evidence (R22-2).
_FEWEST = 2


def _repeats(values: dict[str, Decimal], lines: list[CostLine]) -> bool:
    """Every sum of ``values`` is its column's sum of ``lines`` (within a euro), flat or by groups; one compared, and
    two rows or more summed."""
    compared = [c for c in values if c not in _NOT_SUMS]
    if not compared or sum(1 for line in lines if line.category != "total") < _FEWEST:
        return False
    return any(
        all(c in sums and abs(sums[c] - values[c]) <= 1 for c in compared)
        for sums in (_sums(lines, top=False), _sums(lines, top=True))
    )


def without_carried(statement: CostStatement, before: list[CostStatement]) -> None:
    """``statement`` with its carried rows left out (their children's parent indices kept right); ``before``: the
    unit's statements read already, whose sums a row at the head of this table may bring."""
    kept: list[CostLine] = []
    moved: dict[int, int] = {}
    for index, line in enumerate(statement.lines):
        if line.category is None and carried_label(line.raw_label):
            above = _repeats(line.values, kept)
            head = not kept and any(_repeats(line.values, s.lines) for s in before)
            if above or head:
                continue
        moved[index] = len(kept)
        kept.append(line)
    if len(kept) == len(statement.lines):
        return
    for line in kept:
        if line.parent is not None:
            line.parent = moved.get(line.parent)
    statement.lines = kept
