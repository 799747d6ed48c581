"""Parts declared as rows of a table among other rows: the rows become a table of part rows of their own.

Class read (test41 ol13, test31 ic39, test29 ib04): a report declares its parts in its head's table of label
and value rows or in a table of their own, one row a part, and its lights matrix and cost tables then key the
parts by their word and number or by a short code. The row gives the part's line in one of three forms, in
any word the ``project-part`` vocabulary holds or the document numbers its parts in (``partlists``):

- the whole line in the first cell, the rest a description or the partners ("Kehittämislinja 1: X | JAMK
  arvioi …", "Delprojekt A – Y | Novia utbildar …");
- the word and number in the first cell and the name in the second ("Osahanke 1 | Kotiutustiimi");
- a short code in the first cell and the line in the second ("KT1 | Kehittämisteema 1: X").

Two rows or more of one kind of part, one after another and numbered apart, are given again before their table
as a table of part rows ("Word N: Name | rest"), which ``read_lists`` and ``parttables`` read as listed parts
(the current part stays the whole); the table stays as it was for the other readers. The negative side: a run of one row (a report about one part names it
in a field: ``partlines._part_field``), a row of sums (a table of the parts' money is read as it stands), a
work package (a task of the whole) and a table whose every row already is a part's line are left as they are.
"""

from __future__ import annotations

import re

from hankegraafi.ingest.facts.goalstatus import status_of
from hankegraafi.ingest.facts.partrows import NAME_COLUMN
from hankegraafi.ingest.facts.partwords import match_part_line, name_like
from hankegraafi.ingest.segment import Element, match_light

#: A short code that keys a part in the tables ("KT1", "OP2", "A1", "TP-3").
_CODE = re.compile(r"(?-i:[A-ZÅÄÖ]{1,4})-?\d{1,2}|(?-i:[A-ZÅÄÖ])")
#: A cell with an amount or a share ("1 760 000,00", "480 000 euro", "54 %", "0,48"): a row of money, no
#: declaration.
_AMOUNT = re.compile(r"\d[\d \u00a0\u202f]*[.,]\d|\d{3}|\d\s\d{3}|[%€]")
#: Fewest part rows that make a declaration.
_FEWEST = 2


def _found(line: str) -> tuple[str, str, str, str] | None:
    """A part's line that names the part: a kind other than a work package, a number and a name."""
    found = match_part_line(line)
    return found if found is not None and found[0] != "work-package" and found[2] and found[3] else None


def row_part(row: list[str], header: list[str] | None = None) -> tuple[str, str, list[str]] | None:
    """(kind, line "Word N: Name", the cells after it) for a table's row that declares a part; else None.

    The cell beside a bare word and number ("Osahanke 1 | X") names the part unless it is a status or a light
    ("Käynnissä", "Vihreä"), or a header over it labels its column as no name ("Osa | Tila", "Osa |
    Vastuuhenkilö", "Osa | Vastuutaho": red team R15-23)."""
    cells = [c.strip(" *_") for c in row]
    while cells and not cells[-1]:
        cells.pop()
    if not cells or not cells[0] or any(_AMOUNT.search(c) for c in cells[1:]):
        return None
    if (found := _found(cells[0])) is not None:
        return found[0], cells[0], cells[1:]
    if len(cells) < 2 or not cells[1]:
        return None
    bare = match_part_line(cells[0])
    if (
        bare is not None
        and bare[0] != "work-package"
        and bare[2]
        and not bare[3]
        and name_like(cells[1])
        and not _found(cells[1])
        and status_of(cells[1]) is None
        and match_light(f"Aikataulu: {cells[1]}") is None
        and not (header and len(header) > 1 and not NAME_COLUMN.fullmatch(header[1].strip(" *_")))
    ):
        line = f"{cells[0]}: {cells[1]}"
        return (bare[0], line, cells[2:]) if _found(line) is not None else None
    if _CODE.fullmatch(cells[0]) and (found := _found(cells[1])) is not None:
        return found[0], cells[1], cells[2:]
    return None


def _runs(rows: list[list[str]]) -> list[tuple[int, int, list[tuple[str, str, list[str]]]]]:
    """(start, end, parts) of each run of part rows of one kind, numbered apart, two rows or more."""
    out: list[tuple[int, int, list[tuple[str, str, list[str]]]]] = []
    at = 0
    while at < len(rows):
        run: list[tuple[str, str, list[str]]] = []
        end = at
        header = rows[0] if at == 1 and _header(rows[0], rows[1]) else None
        while (
            end < len(rows)
            and (part := row_part(rows[end], header)) is not None
            and (not run or part[0] == run[0][0])
        ):
            run.append(part)
            end += 1
        numbers = {found[2] for _, line, _ in run if (found := _found(line)) is not None}
        if len(run) >= _FEWEST and len(numbers) == len(run):
            out.append((at, end, run))
        at = max(end, at + 1)
    return out


def _header(row: list[str], below: list[str]) -> bool:
    """The table's first row is a header over the part rows below it: its first cell the start of the parts'
    word ("Osa | Tila" over "Osahanke 1 | Käynnissä"); a head's field ("Kunnat | X") is none."""
    first = row[0].strip(" *_").casefold() if row else ""
    return len(first) >= 3 and bool(below) and below[0].strip(" *_").casefold().startswith(first)


def _table(element: Element, start: int, end: int, rows: list[list[str]] | None = None) -> list[Element]:
    """Rows ``start:end`` of the table as a table of their own (``rows`` in their place), none if empty."""
    lines = element.row_lines[start:end]
    rows = rows if rows is not None else element.rows[start:end]
    if not rows or len(lines) != len(rows):
        return []
    text = "\n".join("\t".join(row) for row in rows)
    return [Element("table", lines[0], lines[-1], text, rows=rows, row_lines=lines, title=element.title)]


def split_part_rows(elements: list[Element]) -> None:
    """Each run of rows declaring parts (:func:`row_part`) is given as a table of part rows of its own before
    its table, in place; the table itself stays as it was for every other reader (its fields, a light or cost
    column beside the parts)."""
    index = 0
    while index < len(elements):
        element = elements[index]
        if element.type != "table" or len(element.rows) != len(element.row_lines) or len(element.rows) > 60:
            index += 1
            continue
        runs = _runs(element.rows)
        whole = len(runs) == 1 and runs[0][1] - runs[0][0] == len(element.rows)
        if not runs or (
            whole
            and all(
                line == row[0].strip(" *_") for (_, line, _), row in zip(runs[0][2], element.rows, strict=False)
            )
        ):
            index += 1
            continue  # no declaration, or a table of part lines already read as one
        declared = [
            table
            for start, end, run in runs
            for table in _table(element, start, end, [[line, *(rest or [""])] for _, line, rest in run])
        ]
        elements[index:index] = declared
        index += len(declared) + 1
