"""A table built of elements with ARIA roles is read as a table.

Web frameworks draw tables without ``<table>``: ``<div role="table">`` holding ``<div role="row">``
rows of ``<div role="cell">`` (or ``columnheader``, ``rowheader``, ``gridcell``) cells, as WAI-ARIA
defines them for assistive technology. Read as blocks, each cell became a line of its own, and no
reader saw a row (test23 s44: a cost table, lights and goals). A row whose cells carry their roles
becomes a ``<tr>`` of ``<td>``/``<th>`` cells, its table a ``<table>``, the form the HTML reader
reads. An element with ``role="row"`` and no cell roles below it (layout) is left as it is. A
``role="table"`` whose rows carry no role is read when its rows are regular (:func:`_unmarked_rows`).
"""

from __future__ import annotations

import re
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
    for holder in [tag for tag in body.find_all(lambda tag: tag.has_attr("role")) if _role(tag) in _TABLES]:
        if holder.name != "table":
            _unmarked_rows(holder)


#: Fewest rows and cells a declared table whose rows carry no role needs to be read as one.
_UNMARKED_ROWS, _UNMARKED_CELLS = 2, 2


def _unmarked_rows(holder: Tag) -> None:
    """A ``role="table"`` whose rows and cells carry no role (test26 o02: ``<div role="table">`` of
    ``<div class="dt-row">`` rows of ``<div class="dt-cell">`` cells) is the table its author declared:
    its child elements are the rows and theirs the cells, when every row has the same two or more
    cells, none of which holds a block of rows of its own. Anything less regular is left as blocks."""
    rows = holder.find_all(True, recursive=False)
    if len(rows) < _UNMARKED_ROWS or any(_role(row) for row in rows):
        return
    cells = [row.find_all(True, recursive=False) for row in rows]
    width = len(cells[0])
    if width < _UNMARKED_CELLS or any(len(row) != width for row in cells):
        return
    if any(isinstance(child, str) and child.strip() for row in rows for child in row.children):
        return  # a row with text of its own beside its cells is no row of cells
    if any(
        cell.find(["table", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6"]) for row in cells for cell in row
    ):
        return
    for row, row_cells in zip(rows, cells, strict=True):
        row.name = "tr"
        for cell in row_cells:
            cell.name = "td"
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


#: Elements that make a block: a cell holding one is no cell of a row of divs.
_BLOCKS = frozenset(
    {"div", "p", "table", "ul", "ol", "li", "dl", "section", "article", "aside", "form", "fieldset", "pre"}
    | set(_HEADINGS)
)
#: Cells a row of divs holds, at least, to be read as a table's row. A pair (a label and its value)
#: reads as well as two lines, which the field and light rules read (test7 y08, tune u106): a grid of
#: three or more columns (a cost table's kind, budget, actual) is what was lost.
_GRID_CELLS = 3
#: A cell's text, at most: a row of divs holds a label, a figure or a sentence per cell, not pages.
_CELL_TEXT = 300


def _holds_block(tag: Tag) -> bool:
    """Whether a block element stands anywhere inside ``tag``: a walk that stops at the first (bs4's ``find``
    first walks to the subtree's last element, every time)."""
    from bs4 import Tag as _Tag

    stack = list(tag.children)
    while stack:
        node = stack.pop()
        if isinstance(node, _Tag):
            if node.name in _BLOCKS:
                return True
            stack.extend(node.children)
    return False


def _div_row(tag: Tag) -> int:
    """How many cells ``tag`` holds as a row of divs, or 0: two or more child elements, each with no
    block inside it and a short text, and no text of its own between them."""
    from bs4 import NavigableString
    from bs4 import Tag as _Tag

    if tag.name != "div" or tag.has_attr("role"):
        return 0
    if sum(1 for child in tag.children if isinstance(child, _Tag)) < _GRID_CELLS:
        return 0  # first, so a chain of nested divs costs no search of each one's subtree (quadratic in depth)
    cells = 0
    for child in tag.children:
        if isinstance(child, NavigableString):
            if child.strip() and type(child) is NavigableString:
                return 0  # words of its own between the cells: running text, not a row
            continue
        if not isinstance(child, _Tag) or _holds_block(child):
            return 0
        if len(child.get_text(" ", strip=True)) > _CELL_TEXT:
            return 0
        cells += 1
    return cells if cells >= _GRID_CELLS else 0


#: A cell that is a figure: an amount, a share or a count, with its unit ("212,0 t€", "97 %", "1 100 000").
_FIGURE = re.compile(r"[-+−–(]?\s*\d[\d\s.,\u00a0\u202f]*\s*(?:%|€|t€|k€|M€|e|eur|euroa?)?\)?", re.IGNORECASE)


def _has_figure(row: Tag) -> bool:
    """Whether a row of divs holds a cell that is a figure."""
    return any(
        _FIGURE.fullmatch(cell.get_text(" ", strip=True)) for cell in row.find_all(True, recursive=False)
    )


def div_tables(body: Tag) -> None:
    """Rows of divs drawn as a table by CSS (a "grid" of ``<div><div>Kululaji</div><div>Budjetti</div>
    </div>`` rows, test27 i05): two or more sibling divs in a row, each holding the same number of
    cells (three or more elements with no block inside and a short text), become a table's rows, as a
    reader sees them on the page. Read as blocks each cell was a line of its own and no reader saw a
    row: a table of figures (test27 i05's costs in "212,0 t€"). Only a run whose rows mostly hold a
    figure is one: cards of words laid out in a row (a colour, a dimension, a comment: tune u106; a goal,
    its status and a note: test25 l31) read as the lines the light and goal rules read. A run of one
    row, rows of unequal counts and pairs (a label and its value) are left alone."""
    from bs4 import Tag as _Tag

    parents: dict[int, Tag] = {}
    for div in body.find_all("div"):
        parent = div.parent
        if isinstance(parent, _Tag) and parent.name not in ("td", "th", "tr"):
            parents.setdefault(id(parent), parent)
    for parent in parents.values():
        run: list[Tag] = []
        width = 0
        for child in [*parent.find_all(True, recursive=False), None]:
            cells = _div_row(child) if child is not None else 0
            if cells and (not run or cells == width):
                run.append(child)  # type: ignore[arg-type]
                width = cells
                continue
            if len(run) >= 2 and 2 * sum(map(_has_figure, run)) >= len(run):
                _make_table(run)
            run, width = ([child], cells) if cells and child is not None else ([], 0)


def _make_table(rows: list[Tag]) -> None:
    """Wrap ``rows`` (sibling divs of cells) in a table, each a row of cells."""
    from bs4 import Tag as _Tag

    first = rows[0]
    soup = first
    while soup.parent is not None:
        soup = soup.parent
    table = soup.new_tag("table")
    first.insert_before(table)
    for row in rows:
        row.extract()
        row.name = "tr"
        for cell in row.find_all(True, recursive=False):
            if isinstance(cell, _Tag):
                cell.name = "td"
        table.append(row)
