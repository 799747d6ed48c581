"""A cost table's column roles that the header leaves open, told by the numbers and the shape (split from
``ingest/tables.py``, at its size bound): a column of percentages is the utilisation, one of budget minus actual the
deviation (:func:`shape_roles`)."""

from __future__ import annotations

import re
from decimal import Decimal

from hankegraafi.ingest import tables
from hankegraafi.ingest.facts.text import adds_up, parse_amount


def shape_roles(
    roles: list[str | None], rows: list[list[str]], headers: list[str] | None = None
) -> list[str | None]:
    """Roles the header left open, told by the numbers: percentages, or budget minus actual.

    Only a column whose header says nothing (empty, or units only: "€", "%") is told so: a header
    with words the vocabulary does not know ("Jäljellä", "Käyttämättä", "Osuus") names a column
    of its own, which is no deviation even where its numbers are the difference.
    """
    out = _shares_under_money_words(list(roles), rows)
    roles = list(out)
    spent = _spent_periods(roles, rows, headers) if headers is not None else []
    for index, role in enumerate(roles):
        if role is not None or index == 0:
            continue
        if index in spent:
            out[index] = "actual"
            continue
        if (
            headers is not None
            and index < len(headers)
            and tables._WORD.search(tables._UNIT.sub(" ", headers[index]))
        ):
            continue
        cells = [row[index] for row in rows if index < len(row) and tables._DIGIT.search(row[index])]
        if not cells:
            continue
        if sum(1 for c in cells if "%" in c) * 2 >= len(cells):
            out[index] = "utilisation-percent"
            continue
        if _is_difference(index, roles, rows):
            out[index] = "deviation"
    return out


#: The roles of a column of sums in euros, which a column of per cents under the same word is not.
_MONEY_ROLES = frozenset({"budget", "granted", "actual", "forecast", "estimate", "committed"})


#: A cell that is a per cent alone ("76 %", "99,5%"), not a sum with its share beside it ("228 000 (76 %)").
_PER_CENT = re.compile(r"[-+−]?\d{1,3}(?:[,.]\d+)?\s*%")


def _percent_column(index: int, rows: list[list[str]]) -> bool | None:
    """Whether every filled cell of column ``index`` is a per cent alone; None when it has fewer than two."""
    cells = [row[index].strip(" *_") for row in rows if index < len(row) and tables._DIGIT.search(row[index])]
    return all(_PER_CENT.fullmatch(c) for c in cells) if len(cells) >= 2 else None


def _shares_under_money_words(roles: list[str | None], rows: list[list[str]]) -> list[str | None]:
    """A column headed by a money word whose every cell is a per cent, beside a column of sums in euros, is the
    utilisation ("Toteuma € | Toteuma" over "171 600 | 66 %", "Toteutunut / budjetti | Käytetty" over "701 850 /
    920 000 | 76 %"): authors reuse the spending's word for its share. A table of shares alone keeps its roles."""
    shares = [i for i, role in enumerate(roles) if i and role in _MONEY_ROLES and _percent_column(i, rows)]
    euros = [
        i for i, role in enumerate(roles) if i and role in _MONEY_ROLES and _percent_column(i, rows) is False
    ]
    if not shares or not euros:
        return roles
    return ["utilisation-percent" if i in shares else role for i, role in enumerate(roles)]


def _is_difference(index: int, roles: list[str | None], rows: list[list[str]]) -> bool:
    """Column ``index`` is, in every row that has it, the budget (or granted) minus the actual or its opposite."""
    plan = next((i for i, r in enumerate(roles) if i and r in ("budget", "granted")), None)
    done = next((i for i, r in enumerate(roles) if i and r == "actual"), None)
    if plan is None or done is None:
        return False
    seen = 0
    for row in rows:
        if max(index, plan, done) >= len(row):
            continue
        value, a, b = parse_amount(row[index]), parse_amount(row[plan]), parse_amount(row[done])
        if value is None or a is None or b is None:
            continue
        if abs(abs(value) - abs(a - b)) > Decimal(1):
            return False
        seen += 1
    return seen >= 2


#: The words of a column that adds up others ("Yht. 1–9/2025", "Totalt 1–6/2024", "Sum Q1–Q3"): no role of its own.
_TOTAL_HEAD = re.compile(r"\b(?:yht|yhteensä|totalt|sammanlagt|summa|total|sum|kertymä)\b\.?", re.I)


#: A part of a year in a column's head: a quarter or a half ("Q1/2025", "Kv2/2024", "H1", "2. nelj."), or months of
#: one year ("1–9/2025", "Yht. 1–6/2024").
_PART_OF_YEAR = re.compile(
    r"\b(?:Q|H|Kv|kvartal|quarter)\s?[1-4]\b|\b[1-4]\.?\s*(?:nelj|kv\b)|\b\d{1,2}\s*[–-]\s*\d{1,2}\s*/\s*(?:19|20)\d{2}\b",
    re.I,
)


def _spent_beside_plan(header: str, planned: bool) -> bool:
    """A header that names only a part of a year ("Q1/2025", "Kv2/2024", "1–9/2025", "Yht. 1–9/2025") in a table
    with a budget or a sum granted: what was spent in that period, against the plan beside it (a follow-up's quarters
    and their sum beside "Budjetti 2025", test41 ol11). A period alone in a table of no plan is no role; a year alone
    is none either (a plan's year columns are read by their own rule, ``money._by_year``). ``planned``: the table
    has a budget or granted column (asked once per table, not per column: a row of 60 000 tabs took minutes)."""
    if not planned:
        return False
    if not _PART_OF_YEAR.search(header):
        return False  # a year alone beside a budget may be a plan's next year ("Budjetti 2025 | 2026", R15-15)
    return not tables._WORD.search(_TOTAL_HEAD.sub(" ", tables._UNIT.sub(" ", header)))


def part_of_year(label: str) -> bool:
    """A label that names a part of a year ("Q1 2023", "H2/2024", "Kv3 2024", "1–6/2025")."""
    return _PART_OF_YEAR.search(label) is not None


#: The most columns of parts of a year a table has: the months of two years with their sums.
_MOST_PERIODS = 30


def _spent_periods(roles: list[str | None], rows: list[list[str]], headers: list[str]) -> list[int]:
    """The columns of parts of a year beside a plan (:func:`_spent_beside_plan`) when one of them is what the others
    add up to, by its total word ("Yht. 1–9/2025") or by the sums in every row: a follow-up's spending to date and its
    parts. Parts of a year with no such whole may be a plan's own split of its budget: no role."""
    planned = any(r in ("budget", "granted") for r in roles[1:])
    at = [
        i
        for i, role in enumerate(roles)
        if i and role is None and i < len(headers) and _spent_beside_plan(headers[i], planned)
    ]
    if not 2 <= len(at) <= _MOST_PERIODS:
        return []  # one period is no split; hundreds are no year's parts (and the sums below would take their square)
    if any(_TOTAL_HEAD.search(headers[i]) for i in at):
        return at
    if any(adds_up(rows, whole, [i for i in at if i != whole]) for whole in at):
        return at
    # the whole in a column that names no part of the year ("1-6/2024 | 7-12/2024 | Yht. 2024 | Budjetti 2024",
    # test42 om05; "H1 2025 | H2 2025 | FY 2025"): the one open column that adds up the parts in every row
    wholes = [i for i, role in enumerate(roles) if i and role is None and i not in at and adds_up(rows, i, at)]
    return sorted([*at, *wholes]) if len(wholes) == 1 else []
