"""A table built of elements with ARIA roles is read as a table.

Web frameworks draw tables without ``<table>``: ``<div role="table">`` holding ``<div role="row">``
rows of ``<div role="cell">`` (or ``columnheader``, ``rowheader``, ``gridcell``) cells, as WAI-ARIA
defines them for assistive technology. Read as blocks, each cell became a line of its own, and no
reader saw a row (test23 s44: a cost table, lights and goals). A row whose cells carry their roles
becomes a ``<tr>`` of ``<td>``/``<th>`` cells, its table a ``<table>``, the form the HTML reader
reads. An element with ``role="row"`` and no cell roles below it (layout) is left as it is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # bs4 is imported by the HTML reader when a page is read, not at start
    from bs4 import Tag

_HEADER_CELLS = frozenset({"columnheader", "rowheader"})
_CELLS = _HEADER_CELLS | {"cell", "gridcell"}
_TABLES = frozenset({"table", "grid", "treegrid"})


def _role(tag: Tag) -> str:
    return str(tag.get("role") or "").strip().lower()


def role_tables(body: Tag) -> None:
    """Turn ARIA rows and their cells under ``body`` into table rows and cells, in place."""
    rows = [tag for tag in body.find_all(lambda tag: tag.has_attr("role")) if _role(tag) == "row"]
    for row in rows:
        cells = [child for child in row.find_all(True, recursive=False) if _role(child) in _CELLS]
        if not cells:
            continue
        for cell in cells:
            cell.name = "th" if _role(cell) in _HEADER_CELLS else "td"
        row.name = "tr"
        holder = row.find_parent(lambda tag: _role(tag) in _TABLES)
        if holder is not None and holder.name != "table":
            holder.name = "table"


_HEADINGS = ["h1", "h2", "h3", "h4", "h5", "h6"]
_TABLE_PARTS = ["tr", "td", "th", "tbody", "thead", "tfoot"]
#: Ancestors looked at, at most, for the cell a heading or table stands in, and for a row's or cell's
#: table: a page nested thousands deep costs its size, not its size times its depth.
_NEAR = 12


def _nearest(tag: Tag, names: tuple[str, ...], stop: tuple[str, ...] = ()) -> Tag | None:
    """The nearest ancestor named one of ``names`` within :data:`_NEAR` steps, none past a ``stop``."""
    for steps, parent in enumerate(tag.parents):
        if steps >= _NEAR or parent.name in stop:
            return None
        if parent.name in names:
            return parent
    return None


def layout_tables(body: Tag) -> None:
    """Read a layout table's cells as the blocks they hold, not as one row: an e-mail newsletter framed
    by a table was one line of all its text (test25 l14). A table lays a page out when it is marked so
    (role=presentation or none, as WAI-ARIA says) or when its own cells hold a heading or another table
    (a newsletter's frame, an old site's columns); a cell of several paragraphs is still a data cell
    (Word's HTML). A data table inside a frame stays a table. One pass over the page's headings and
    tables, each looking a few steps up (a page of 2 000 nested tables: linear, not quadratic)."""
    framing: set[int] = set()
    tables = body.find_all("table")
    for inner in body.find_all([*_HEADINGS, "table"]):
        cell = _nearest(inner, ("td", "th"), stop=("table",))
        holder = _nearest(cell, ("table",)) if cell is not None else None
        if holder is not None:
            framing.add(id(holder))
    layout = {id(t) for t in tables if id(t) in framing or _role(t) in ("presentation", "none")}
    if not layout:
        return
    parts = [p for p in body.find_all(_TABLE_PARTS) if id(_nearest(p, ("table",))) in layout]
    for part in parts:
        part.name = "div"
    for table in tables:
        if id(table) in layout:
            table.name = "div"
