"""A table aligned with spaces whose columns stand only two spaces apart, read by the columns it lines up.

A text table printed by a program (``column -t``, a data frame, a report tool's plain-text export) pads each cell
to its column's width and leaves two spaces before the next: the widest cell of a column is then two spaces from
the next column's cells, and a column of short marks ("V  K  V", "x  -  x", "ok  ok  late") stands two spaces
apart throughout. ingest/plaintext.py splits a line at gaps of three spaces or more, and at two-space gaps only in
a row that ends in an amount (``_narrow_rows``): such a table of lights or goal states stayed one cell per row
(scripts/metamorph.py ``pipe_table_as_aligned``: 11 of 45 documents lost lights, goals or cells).

:func:`aligned_columns` reads a run of two lines or more (a header and a row at least) that part at their gaps
of two spaces or more into as many cells each, three or more, whose columns line up: every cell after the first
starts where the cell above it starts, or ends where it ends (a right-aligned figure), the first line's cells
(a header) over them; the run begins a block (an empty line before it: a header of other columns over it,
test2 h06's "Investointi  Tila" over "Investointi 1  Hoitovelan purku  …", says the gaps are not its columns;
a total of fewer cells may follow it), and no cell ends or begins as a value going on ("22 800 /  30 000", test22 q11). Such lines are written with tabs between the cells, the form the table readers read.
Negatives: prose whose sentences are two spaces apart (the gaps do not line up from line to line), a two-column
"Label  value" card (ingest/fieldrows.py's), a line with a tab or a pipe (another reader's).
"""

from __future__ import annotations

import re

#: A cell of a line parted at gaps of two spaces or more: words a space apart.
_CELL = re.compile(r"\S+(?: \S+)*")
#: Longest line read as a row.
_MAX_LINE = 500
#: Fewest cells a row of such a table has (two are a card's "Label  value": ingest/fieldrows.py).
_MIN_CELLS = 3

Spans = list[tuple[int, int]]


def _spans(line: str) -> Spans | None:
    if len(line) > _MAX_LINE or "\t" in line or "|" in line or "  " not in line.strip():
        return None
    spans = [(m.start(), m.end()) for m in _CELL.finditer(line)]
    return spans if len(spans) >= _MIN_CELLS else None


def _over(header: Spans, row: Spans) -> bool:
    """The header's cells stand over the row's: each overlaps the column of its place."""
    return all(h0 < r1 and r0 < h1 for (h0, h1), (r0, r1) in zip(header[1:], row[1:], strict=True))


#: A cell that ends so goes on in the next one ("22 800 /  30 000": a value padded inside), or begins so.
_JOINS_NEXT = re.compile(r"[/+=(,:–-]$")
_JOINS_LAST = re.compile(r"^[/),:%–-]")


def _joined(spans: Spans, line: str) -> bool:
    cells = [line[start:stop] for start, stop in spans]
    return any(_JOINS_NEXT.search(cell) for cell in cells[:-1]) or any(
        _JOINS_LAST.match(cell) for cell in cells[1:]
    )


def aligned_columns(lines: list[str]) -> dict[int, list[str]]:
    """{line: cells} of the rows of such tables (module doc)."""
    if not any("  " in line for line in lines):
        return {}
    spans = [_spans(line) for line in lines]
    found: dict[int, list[str]] = {}
    index = 0
    while index < len(lines) - 1:
        first, ref = spans[index], spans[index + 1]
        if first is None or ref is None or len(first) != len(ref) or not _over(first, ref):
            index += 1
            continue
        # Per column after the first, how it lines up: its cells' starts, or their ends (right-aligned).
        modes = [{"start", "end"} for _ in ref[1:]]
        end = index + 2
        while end < len(lines) and (row := spans[end]) is not None and len(row) == len(ref):
            kept = [
                mode & ({"start"} if cell[0] == top[0] else set())
                | mode & ({"end"} if cell[1] == top[1] else set())
                for mode, cell, top in zip(modes, row[1:], ref[1:], strict=True)
            ]
            if not all(kept):
                break
            modes = kept
            end += 1
        if (index and lines[index - 1].strip()) or any(
            _joined(spans[at] or [], lines[at]) for at in range(index, end)
        ):
            index = end
            continue  # a line over the run (a header of other columns), or a value cut by the gap
        if end - index == 2 and not all(
            h[0] == r[0] or h[1] == r[1] for h, r in zip(first[1:], ref[1:], strict=True)
        ):
            index += 1
            continue  # a header and one row: its cells start or end where the row's do
        for at in range(index, end):
            found[at] = [lines[at][start:stop] for start, stop in spans[at] or []]
        index = end
    return found


#: A sum closed by its currency: "120 000 €", "80 000 EUR", "1 250,50 €", "12 500 euroa".
_SUM = r"[-−]?\d{1,3}(?:[ \u00a0.,]\d{3})*(?:[.,]\d{1,2})?\s?(?:€|EUR|euroa)"
#: A row of a label and two sums or more, each closed by its currency, a space apart ("Henkilöstökulut 120 000 €
#: 80 000 €"): a table's row whose gaps a PDF's text layer or a mail gave as single spaces.
_SUMS_ROW = re.compile(rf"(?P<label>[^\W\d_][^\t|]*?)\s(?P<sums>{_SUM}(?:\s{_SUM})+)\s*")
_ONE_SUM = re.compile(_SUM)


def currency_rows(lines: list[str]) -> dict[int, list[str]]:
    """{line: cells} of a table pasted from a PDF or a mail, its cells a space apart (the red team's R18-8): two
    rows or more in a row, each a label and as many sums each closed by its currency ("Henkilöstökulut 120 000 €
    80 000 €"), under a header of one word a column ("Kustannuslaji Budjetti Toteuma"): the currency closes
    each sum, so the row parts where it does. A header of more words than columns, a row of one sum ("Myönnetty
    avustus 120 000 €") or of sums without their currency ("Palkat 120 000 80 000": which digits group?) stays."""
    if not any("€" in line or "EUR" in line or "euro" in line for line in lines):
        return {}
    found: dict[int, list[str]] = {}
    index = 1
    while index < len(lines):
        width = _sums_width(lines[index])
        end = index
        while width and end < len(lines) and _sums_width(lines[end]) == width:
            end += 1
        header = lines[index - 1].split()
        if width and end - index >= 2 and len(header) == width + 1 and not re.search(r"\d", lines[index - 1]):
            found[index - 1] = header
            for at in range(index, end):
                if row := _SUMS_ROW.fullmatch(lines[at].strip()):
                    found[at] = [row["label"].strip(), *(m.group(0) for m in _ONE_SUM.finditer(row["sums"]))]
        index = max(end, index + 1)
    return found


def _sums_width(line: str) -> int:
    """How many sums a row of such a table has (two or more), or 0."""
    if len(line) > _MAX_LINE or "\t" in line or "|" in line:
        return 0
    row = _SUMS_ROW.fullmatch(line.strip())
    return len(_ONE_SUM.findall(row["sums"])) if row else 0
