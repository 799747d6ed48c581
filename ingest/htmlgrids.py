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


def _layout(table: Tag) -> bool:
    """A table that lays a page out rather than holding data: marked so (role=presentation or none, as
    WAI-ARIA says), or one whose own cells hold a heading or another table (an e-mail newsletter's
    frame, an old site's columns). A cell of several paragraphs is still a data cell (Word's HTML)."""
    if _role(table) in ("presentation", "none"):
        return True
    for cell in table.find_all(["td", "th"]):
        if cell.find_parent("table") is table and cell.find([*_HEADINGS, "table"]) is not None:
            return True
    return False


def layout_tables(body: Tag) -> None:
    """Read a layout table's cells as the blocks they hold, not as one row: an e-mail newsletter framed
    by a table was one line of all its text (test25 l14). A data table inside one stays a table."""
    for table in body.find_all("table"):
        if not _layout(table):
            continue
        for part in table.find_all(["tr", "td", "th", "tbody", "thead", "tfoot"]):
            if part.find_parent("table") is table:
                part.name = "div"
        table.name = "div"
