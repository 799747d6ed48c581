"""Cost tables whose money roles stand over years: "Budget | | Utfall |" over "2024 | 2025 | 2024 | 2025 (1–5)".

A two-row header whose upper cells name the role and span the years below (an HTML ``colspan``, a DOCX merged
cell, a sheet's empty cells right of the role) is, once joined ("Budget 2024 | Budget 2025 | Utfall 2024 |
…", ``tables.join_header``), a grid of roles by years (``tables.role_year_grid``): each year's columns are
that year's statement, the budget and the actual side by side, not one cumulative table of two budgets.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable

from hankegraafi.ingest import tables
from hankegraafi.ingest.facts.context import Context
from hankegraafi.ingest.facts.costkinds import table_context
from hankegraafi.ingest.segment import Element


def by_grid(
    ctx: Context,
    element: Element,
    grid: dict[str, list[int]],
    costs: Callable[..., None],
    category: Callable[[str], str | None],
) -> bool:
    """The statements of a grid of roles by years, one a year (an estimate's where the title names one);
    only over rows of cost categories and outside a plan's financial benefits. ``costs`` reads a table's
    columns (``money._costs``), ``category`` a row label's cost category."""
    named = [category(row[0]) for row in element.rows[1:] if row and row[0].strip()]
    if ctx.section == "financial-benefits" or not any(key not in (None, "total") for key in named):
        return False  # rows of no cost category but a total: visits, a county's service areas
    title = " ".join([element.title or "", *table_context(ctx, element)])
    kind = "estimate" if tables.names_estimate(title) else "annual"
    for year, keep in grid.items():
        rows = [[row[i] if i < len(row) else "" for i in (0, *keep)] for row in element.rows]
        roles = [None, *(tables.column_role(element.header[i]) for i in keep)]
        costs(ctx, dataclasses.replace(element, rows=rows), roles, year_hint=year, kind_hint=kind)
    return True


#: A row label that ends in a column's role after a dash, a comma or a colon, or in brackets: "Own staff costs –
#: budget", "Henkilöstökulut, toteuma", "Personalkostnader (utfall)".
_ROLE_TAIL = re.compile(r"^(?P<label>.+?)(?:\s*[–—-]\s+|\s*[,:]\s+|\s+\()(?P<role>[^\W\d_][^()]{1,30}?)\)?\s*$")


def pivoted(
    element: Element, role: Callable[[str], str | None], category: Callable[[str], str | None]
) -> Element:
    """The table with the roles its row labels name turned into columns: rows "Own staff costs – budget" and
    "Own staff costs – actual" under "2024 | 2025" (or one "Belopp" column) are one row "Own staff costs" under
    "budget 2024 | actual 2024 | budget 2025 | actual 2025", a grid of roles by years (:func:`by_grid`) or a
    table of roles. Only when every labelled row ends in a money role, two roles or more, the labels before
    them cost categories; counts with a target and an outcome ("Asiakkaat – tavoite") stay as they are."""
    rows = element.rows
    split = [_ROLE_TAIL.match(row[0].strip()) if row and row[0].strip() else None for row in rows[1:]]
    labelled = [(row, m) for row, m in zip(rows[1:], split, strict=True) if row and row[0].strip()]
    if len(labelled) < 4 or not all(m and role(m.group("role")) for _, m in labelled):
        return element
    pairs = [(m.group("label"), role(m.group("role"))) for _, m in labelled if m]
    roles = list(dict.fromkeys(r for _, r in pairs))
    if len(roles) < 2 or not all(category(label) for label, _ in pairs):
        return element
    width = max(len(row) for row in rows)
    heads = [rows[0][i] if i < len(rows[0]) else "" for i in range(1, width)]
    header = [rows[0][0], *(f"{r} {h}".strip() for h in heads for r in roles)]
    out: dict[str, list[str]] = {}
    for (row, _), (label, r) in zip(labelled, pairs, strict=True):
        line = out.setdefault(label, [label, *[""] * (len(header) - 1)])
        for i in range(1, width):
            line[1 + (i - 1) * len(roles) + roles.index(r)] = row[i] if i < len(row) else ""
    lines = [
        element.row_lines[0],
        *[element.row_lines[min(1 + i, len(element.row_lines) - 1)] for i in range(len(out))],
    ]
    return dataclasses.replace(element, rows=[header, *out.values()], row_lines=lines)


#: A budget's head that says it was changed: the budget in force ("Reviderad budget", "Revised budget (6/2025)",
#: "Muutettu budjetti", "Tarkistettu budjetti", "Uusi budjetti", "Ny budget").
_REVISED = re.compile(
    r"\b(?:revid\w*|revised|reviderad\w*|ändrad\w*|muutettu|tarkistettu|päivitetty|uusi|ny|new|updated)\b", re.I
)
#: A date or a month a head names ("(6/2025)", "2/2024", "30.6.2024"): the decision's, not a year of the table.
_HEAD_DATE = re.compile(r"\(?\b\d{1,2}\s*/\s*(?:19|20)\d{2}\)?|\b\d{1,2}\.\d{1,2}\.(?:19|20)\d{2}\b")


def revised(element: Element, columns: list[str | None]) -> tuple[Element, list[str | None]] | None:
    """A table of a budget and its revision ("Ursprunglig budget | Ändringsbeslut 2/2024 | Reviderad budget |
    Utfall"): the revised budget is the budget; the original and the change are no column of the statement,
    and the revision's date no year of the table. None unless two budget columns or more stand in the table and
    the head of exactly one of them says it was changed."""
    header = element.header
    budgets = [i for i, c in enumerate(columns) if i and c == "budget" and i < len(header)]
    new = [i for i in budgets if _REVISED.search(header[i])]
    if len(budgets) < 2 or len(new) != 1:
        return None
    keep = [
        0,
        *(i for i in range(1, len(columns)) if columns[i] is not None and (i not in budgets or i in new)),
    ]
    rows = [[row[i] if i < len(row) else "" for i in keep] for row in element.rows]
    rows[0][keep.index(new[0])] = _HEAD_DATE.sub(" ", header[new[0]]).strip()
    return dataclasses.replace(element, rows=rows), [columns[i] for i in keep]
