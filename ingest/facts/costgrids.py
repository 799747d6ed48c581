"""Cost tables whose money roles stand over years: "Budget | | Utfall |" over "2024 | 2025 | 2024 | 2025 (1–5)".

A two-row header whose upper cells name the role and span the years below (an HTML ``colspan``, a DOCX merged
cell, a sheet's empty cells right of the role) is, once joined ("Budget 2024 | Budget 2025 | Utfall 2024 |
…", ``tables.join_header``), a grid of roles by years (``tables.role_year_grid``): each year's columns are
that year's statement, the budget and the actual side by side, not one cumulative table of two budgets.
"""

from __future__ import annotations

import dataclasses
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
