"""A cost table cut in two: the rows after a page break or a rule line belong to the header before it.

A PDF's table goes on over the page: its header stays on the first page, and the next page
starts with the running header, a page mark or nothing, then more category rows with amounts
("Toimitilakulut | 300 | 300", "Yhteensä | 1 800 | 1 650"). Without a header of their own those
rows would be no table at all. When a headerless table of cost categories follows a cost table
of the same reporting unit within a few lines, its rows are read under that table's header and
its lines join the statements the first part made.

A plain-text table may also be cut right under its header: a rule line of dashes or equals signs
("=====  =====") is no row of cells, so the header stands alone as a table of one row. Such a
header is held (:func:`hold`) and the rows below the rule are read under it (:func:`headed`).
So is a table whose rows are grouped under part rows ("Investointi 1: X" with its other cells
empty): the segmenter makes each group row a part of its own, which cuts the table; every
group's rows are read under the one header, as the part's statement.

The other way round, two tables a blank line apart may come as one: the segmenter joins a
table's rows over a blank line, so a goal table ("TAVOITE | TILA") and the cost table after it
("KUSTANNUKSET 1.1.–31.8.2024 | SUUNN. | TOT.") are one element. A row after a blank line that
names two money columns or more, with a cost category other than the total under it, under rows
that hold no amount and no money column, begins a table of its own (:func:`split`); a table of
trainings planned and held ("KOULUTUKSET | SUUNN. | TOT.") names no cost category and stays.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from weakref import WeakKeyDictionary

from hankegraafi.ingest import tables
from hankegraafi.ingest.facts import costscales
from hankegraafi.ingest.facts.context import Context
from hankegraafi.ingest.facts.costkinds import table_context
from hankegraafi.ingest.facts.model import CostStatement, Project
from hankegraafi.ingest.facts.partwords import match_part_line
from hankegraafi.ingest.segment import Element

#: Most lines between the end of a table and its continuation (a page's footer, header and margins).
MAX_GAP = 10


@dataclasses.dataclass
class _Read:
    """The last cost table read: where it ended, its header, whose statements it made, its caption."""

    last: int
    header: list[str]
    unit: Project
    statements: list[CostStatement]
    caption: str = ""


_LAST: WeakKeyDictionary[Context, _Read] = WeakKeyDictionary()
#: A header standing alone, and the last line of the rows read under it so far.
_HELD: WeakKeyDictionary[Context, tuple[Element, int]] = WeakKeyDictionary()
_AMOUNT = re.compile(r"\d")
#: A line that only draws a rule under a header: dashes, equals signs, box-drawing characters.
_RULE = re.compile(r"[-=_+:|~\s\u2500-\u257f]*[-=_~\u2500-\u257f]{3,}[-=_+:|~\s\u2500-\u257f]*")


#: A page's running line in a table's last row: its page number, "2 (2)", "2/3", "Sivu 2", "Page 2 of 3".
_PAGE_NUMBER = re.compile(
    r"(?:(?:sivu|sida|page|s\.)\s*\d{1,3}|\d{1,3}\s*\(\d{1,3}\)|\d{1,3}\s*/\s*\d{1,3})(?:\s*(?:/|of|av)\s*\d{1,3})?",
    re.I,
)


def without_running_lines(element: Element) -> Element:
    """``element`` less its last rows that are a page's running header or footer glued to it across the
    page's margin ("Kostnadsslag | Budget | Utfall" over "Lägesrapport 1/2024 | 2 (2)"): a row narrower
    than the header whose last cell is a page number. A header at a page's foot is then one standing
    alone, whose rows come on the next page (``headed``)."""
    rows = list(element.rows)
    while len(rows) > 1 and len(rows[-1]) < len(rows[0]) and _PAGE_NUMBER.fullmatch(rows[-1][-1].strip()):
        rows.pop()
    if len(rows) == len(element.rows):
        return element
    lines = [line for line in element.text.split("\n") if line.strip()][: len(rows)]
    return dataclasses.replace(
        element,
        rows=rows,
        row_lines=element.row_lines[: len(rows)],
        last=element.row_lines[len(rows) - 1],
        text="\n".join(lines),
    )


def hold(ctx: Context, element: Element) -> None:
    """``element`` is a header standing alone (one row naming columns): the rows under its rule may follow."""
    _HELD[ctx] = (element, element.last)


def _group_row(line: str) -> bool:
    """A row that only names a part ("Osahanke 1: X" with its other cells empty): a group of the table."""
    cells = [c.strip() for c in line.split("\t")]
    return bool(cells[0]) and not any(cells[1:]) and match_part_line(cells[0]) is not None


def headed(
    ctx: Context, element: Element, is_category: Callable[[str], str | None] | None = None
) -> Element | None:
    """``element``'s rows under the header held just above it, when only blank or rule lines part them,
    or the row of the part the rows are grouped under (then the header stays held for the next group),
    or a page's break: a header left alone at a page's foot, its rows on the next page after the running
    footer, header and a "(taulukko jatkuu)" (short lines, within ``MAX_GAP``), the rows mostly cost
    categories (``is_category``); a table between that is no such rows (the next page's running header
    "Raportti 1/2024 | 2 (2)") leaves the header held.

    The rows must start with amounts in the first row (no header of their own) and be no wider than
    the header; the table keeps the header's line and title.
    """
    held = _HELD.pop(ctx, None)
    if held is None or not element.rows or len(held[0].rows) != 1:
        return None
    header, after = held
    between = ctx.doc.lines[after : element.first - 1]
    groups = [line for line in between if line.strip() and _group_row(line)]
    head = tables.with_corner([list(header.header), *element.rows])[0]  # a header without its corner cell
    body = any(_AMOUNT.search(c) for c in element.rows[0][1:]) and not any(
        len(row) > len(head) for row in element.rows
    )
    if between and not all(
        not line.strip() or _RULE.fullmatch(line.strip()) or _group_row(line) for line in between
    ):
        if element.first - after > MAX_GAP or any(len(line) > 120 for line in between) or is_category is None:
            return None
        named = sum(1 for row in element.rows if row and is_category(row[0]))
        if not body or named * 2 < len(element.rows):
            _HELD[ctx] = held  # a page's running header between: the rows may come after it
            return None
    elif not between or (not groups and not any(_RULE.fullmatch(line.strip()) for line in between)):
        return None
    if not body:
        return None
    if groups:
        _HELD[ctx] = (header, element.last)  # the next part's rows come under the same header
    return dataclasses.replace(
        element,
        first=header.first,
        text=header.text + "\n" + element.text,
        rows=[head, *element.rows],
        row_lines=[header.first, *element.row_lines],
        title=header.title or element.title,
    )


def remember(ctx: Context, element: Element, made: list[CostStatement]) -> None:
    """``element`` was read as a cost table making ``made``: rows after a page break may continue it."""
    if made:
        caption = element.title or next(iter(table_context(ctx, element)), "")
        _LAST[ctx] = _Read(element.last, list(element.header), ctx.unit, list(made), caption)


def continued(ctx: Context, element: Element, is_category: object) -> Element | None:
    """``element``'s rows under the header of the cost table it continues, or None when it continues none.

    Rows before the first row with amounts (a running header, "Lapin hyvinvointialue | Raportti")
    are left out; the rest must hold a cost category (``is_category``) and be no wider than the header.
    """
    before = _LAST.get(ctx)
    if before is None or before.unit is not ctx.unit or element.first - before.last > MAX_GAP:
        return None
    start = next((i for i, row in enumerate(element.rows) if any(_AMOUNT.search(c) for c in row[1:])), None)
    if start is None:
        return None
    body, lines = element.rows[start:], element.row_lines[start:]
    if any(len(row) > len(before.header) for row in body):
        return None
    if not callable(is_category):
        return None
    if sum(1 for row in body if row and is_category(row[0])) * 2 < len(body):
        return None  # mostly other rows ("Kustannusmalli | Kertakorvaus 20 %"): a table of its own, no continuation
    title = element.title
    own = " ".join([title or "", *table_context(ctx, element)])
    head = element.rows[:start]  # rows before the sums: a running header, or a head of the block's own
    if (
        before.caption
        and not (costscales.in_euros(own) or costscales.scale_of(own) or costscales.counted(own))
        and not any(tables.years_of(row) or any(tables.column_role(c) for c in row[1:]) for row in head)
    ):
        # The rest of the table says nothing of its own ("(taulukko jatkuu)", a running header): the caption over
        # its first part speaks for it, its scale ("(tuhatta euroa)", "(EUR thousand)") and its kind. A block
        # with a caption or a head of its own ("Lainatut välineet (kpl)", "Väline | 2024 | 2025") keeps them.
        title = before.caption
    return dataclasses.replace(element, rows=[before.header, *body], row_lines=[lines[0], *lines], title=title)


def merge(ctx: Context, made: list[CostStatement], parent_of: Callable[[str], str | None]) -> None:
    """Move the lines of ``made`` into the statements of the table they continue, of the same kind and year.

    A line whose group row was on the page before ("Toimitilakulut" under "Muut kustannukset") takes
    that row as its parent (``parent_of``: a category's parent category). A statement that continues
    none of them (person-days under a table of euros, another year) is dropped: rows without a
    header of their own are read only as the rest of a table, never as a table with a borrowed
    header, whose total line would not be theirs.
    """
    before = _LAST.get(ctx)
    if before is None:
        for statement in made:
            ctx.unit.costs.remove(statement)
        return
    for statement in made:
        target = next(
            (
                s
                for s in before.statements
                if (s.kind, s.year, s.unit) == (statement.kind, statement.year, statement.unit)
            ),
            None,
        )
        if target is None:
            ctx.unit.costs.remove(statement)
            continue
        offset = len(target.lines)  # a line's parent is its index in the statement's lines
        for line in statement.lines:
            parent = None if line.parent is None else line.parent + offset
            group = parent_of(line.category) if parent is None and line.category else None
            if group is not None:
                parent = next((i for i in range(offset - 1, -1, -1) if target.lines[i].category == group), None)
            target.lines.append(dataclasses.replace(line, parent=parent))
        ctx.unit.costs.remove(statement)


#: A cell that is only a number or a sum ("412 000", "-7.000,00", "56 %"): money, not words.
_NUMBER_CELL = re.compile(r"[-−+]?\d[\d \u00a0\u202f.,]*\s*(?:€|%|t€|eur)?", re.I)


def split(
    elements: list[Element], column: Callable[[str], str | None], is_category: Callable[[str], object]
) -> None:
    """Tables joined over a blank line, a cost table's header after the blank, become two tables, in place. The
    first may name one money column itself: a goal table's verdict column "Toteutuma 31.12.2024" (its cells are
    no sums, which the rows above are checked for)."""
    index = 0
    while index < len(elements):
        element = elements[index]
        index += 1
        if element.type != "table" or sum(1 for c in element.header[1:] if column(c)) >= 2:
            continue
        for at in range(1, len(element.rows)):
            apart = at < len(element.row_lines) and element.row_lines[at] - element.row_lines[at - 1] > 1
            below, above = element.rows[at + 1 :], element.rows[:at]
            if (
                not apart
                or sum(1 for c in element.rows[at][1:] if column(c)) < 2
                or not any(r and is_category(r[0]) not in (None, "total") for r in below)
                or any(_NUMBER_CELL.fullmatch(c.strip()) for r in above for c in r[1:])
            ):
                continue
            lines = element.row_lines
            first = dataclasses.replace(
                element,
                rows=above,
                row_lines=lines[:at],
                last=lines[at - 1],
                text="\n".join("\t".join(r) for r in above),
            )
            second = dataclasses.replace(
                element,
                rows=element.rows[at:],
                row_lines=lines[at:],
                first=lines[at],
                text="\n".join("\t".join(r) for r in element.rows[at:]),
            )
            elements[index - 1 : index] = [first, second]
            break


def rejoin_rows(
    elements: list[Element], column: Callable[[str], str | None], is_category: Callable[[str], object]
) -> None:
    """A cost table's row the segmenter took for a field joins its table again, in place, with the rows after it:
    a row whose label is like a field's key ("Laitteet | 250 000" read as "Liitteet") on the line right after a
    cost table's last row, its label a cost category and its value a sum, and a headerless table of the rows
    that follow it on the next line. Else the table would end at that row and lose it."""
    index = 1
    while index < len(elements):
        field, table = elements[index], elements[index - 1]
        cells = [c for c in field.text.split("\t") if c.strip()]
        if (
            field.type != "field"
            or table.type != "table"
            or field.first != table.last + 1
            or len(cells) != 2
            or is_category(cells[0]) is None
            or not _NUMBER_CELL.fullmatch(cells[1].strip())
            or not any(column(c) for c in table.header[1:])
        ):
            index += 1
            continue
        rows, lines, last = [*table.rows, cells], [*table.row_lines, field.first], field.last
        taken = 1
        after = elements[index + 1] if index + 1 < len(elements) else None
        if (
            after is not None
            and after.type == "table"
            and after.first == field.last + 1
            and not any(column(c) for c in after.header[1:])
            and all(r and is_category(r[0]) is not None for r in after.rows)
        ):
            rows, lines, last, taken = [*rows, *after.rows], [*lines, *after.row_lines], after.last, 2
        joined = dataclasses.replace(
            table, rows=rows, row_lines=lines, last=last, text="\n".join("\t".join(r) for r in rows)
        )
        elements[index - 1 : index + taken] = [joined]


#: A head cell that names a year or a span of months ("2024", "2025 (1-7)", "1–6/2025"): the mark of a header row.
_YEAR_HEAD = re.compile(r"^(?:19|20)\d{2}\b|\b\d{1,2}\s*[–-]\s*\d{1,2}\s*/\s*(?:19|20)\d{2}\b")


def stacked(element: Element) -> list[Element] | None:
    """The tables of a sheet stacked with no blank row between them, parted where a later row repeats the header's
    year heads ("Kostnader per år (euro) | 2024 | 2025 (1-7)" … "Besök per år (antal) | 2024 | 2025 (1-7)"): each
    read on its own, so that the visits under the second head are not rows of the cost table; else None."""
    head = [cell.strip() for cell in element.header[1:]]
    if len(element.rows) < 4 or not head or not all(_YEAR_HEAD.search(cell) for cell in head):
        return None
    cut = next(
        (i for i in range(2, len(element.rows)) if [c.strip() for c in element.rows[i][1:]] == head),
        None,
    )
    if cut is None or match_part_line(element.rows[0][0]) or match_part_line(element.rows[cut][0]):
        return None  # blocks a part each ("Investointi 2 | 2022 | 2023"): the parts' reading, not two tables
    parts = []
    for rows, lines in (
        (element.rows[:cut], element.row_lines[:cut]),
        (element.rows[cut:], element.row_lines[cut:]),
    ):
        text = "\n".join("\t".join(row) for row in rows)
        parts.append(
            dataclasses.replace(element, rows=rows, row_lines=lines, first=lines[0], last=lines[-1], text=text)
        )
    if parts[1].title == parts[0].title:
        parts[1] = dataclasses.replace(parts[1], title="")
    return parts
