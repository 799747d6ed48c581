"""A spreadsheet saved as delimited text (CSV with ";" or ","): its rows read as the table rows they are.

A cost follow-up or a status report kept in Excel reaches the ingest as a ``.csv`` file: the
reader gives its lines as text, "Hanke;Lapsiperheiden palveluohjaus;;;" and
"Palvelujen ostot;\\"60 000\\";\\"41 250\\";;\\"150 000\\"". Such a document is segmented again
with its cells split as the other readers give table cells (tab-separated; quoted cells
unquoted, the empty cells a sheet leaves at the end of a row dropped), so its fields,
lights and cost tables are read by the same rules as any table — also two tables side by
side in one row, which ``ingest/tables.py`` reads as groups of columns. Only a file saved as a
sheet (``.csv``, ``.tsv``) is read so, and only when most of its lines are such rows: prose with
commas in a ``.txt`` is no sheet.
"""

from __future__ import annotations

import csv
import dataclasses

from hankegraafi.ingest.facts.context import Context, Family
from hankegraafi.ingest.segment import Element, segment

#: Share of the non-empty lines that must be delimited rows before a text counts as a sheet.
SHEET_SHARE = 0.6
#: Fewest cells (delimiters + 1) a line needs to count as a row of a sheet.
MIN_CELLS = 3


def delimiter_of(lines: list[str]) -> str | None:
    """ ";" or "," when most non-empty lines are rows of at least three cells split by it; else None.

    A tab-separated text is already cells; a comma is a sheet's delimiter only when no line
    has a semicolon, since prose has commas.
    """
    rows = [line for line in lines if line.strip()]
    if len(rows) < MIN_CELLS or any("\t" in line for line in rows):
        return None
    for mark in (";", ","):
        if mark == "," and any(";" in line for line in rows):
            return None
        split = sum(1 for line in rows if line.count(mark) >= MIN_CELLS - 1)
        if split >= SHEET_SHARE * len(rows):
            return mark
    return None


def tabbed(line: str, mark: str) -> str:
    """One row of a sheet as tab-separated cells, quotes removed, empty cells at the end dropped."""
    cells = next(csv.reader([line], delimiter=mark), [])
    cells = [cell.strip() for cell in cells]
    while cells and not cells[-1]:
        cells.pop()
    return "\t".join(cells)


#: The file names a sheet is saved under: prose with commas in a .txt is no sheet.
SHEET_SUFFIXES = (".csv", ".tsv")


def pasted_rows(lines: list[str]) -> list[int]:
    """Indexes of the lines of a sheet pasted into a text: runs of at least three lines of as many
    ";"-separated cells (at least three), no tab among them ("Kululaji;Myönnetty;Toteutunut;;").

    Only the semicolon, which prose seldom repeats on three lines running; a run of rows must
    agree on its number of cells, as a sheet's export does.
    """
    out: list[int] = []
    run: list[int] = []
    width = 0
    for index, line in enumerate([*lines, ""]):
        cells = len(next(csv.reader([line], delimiter=";"), [])) if ";" in line and "\t" not in line else 0
        if cells >= MIN_CELLS and (not run or cells == width):
            run.append(index)
            width = cells
            continue
        if len(run) >= MIN_CELLS:
            out += run
        run, width = ([index], cells) if cells >= MIN_CELLS else ([], 0)
    return out


def _begin(ctx: Context, elements: list[Element]) -> None:
    if not ctx.doc.file_name.lower().endswith(SHEET_SUFFIXES):
        pasted = set(pasted_rows(ctx.doc.lines))
        if pasted:
            # A sheet pasted into a report or an e-mail: those rows become cells, the text stays.
            _again(
                ctx,
                elements,
                [tabbed(line, ";") if i in pasted else line for i, line in enumerate(ctx.doc.lines)],
            )
        return
    mark = delimiter_of(ctx.doc.lines)
    if mark is None:
        return
    _again(ctx, elements, [tabbed(line, mark) for line in ctx.doc.lines])


def _again(ctx: Context, elements: list[Element], lines: list[str]) -> None:
    """The document segmented again with ``lines`` (rows as tab-separated cells)."""
    again = segment(lines)
    ctx.doc = dataclasses.replace(ctx.doc, lines=lines)
    ctx.seg.lines, ctx.seg.removed = again.lines, again.removed
    elements[:] = again.elements  # the walk reads this list


FAMILY = Family("delimited", begin=_begin)
