"""CSV for spreadsheets: cells a spreadsheet would run as a formula are neutralised.

The catalogue's CSV (``/queries/NAME?format=csv``, ``hankegraafi query
--format csv``) is meant to be opened in Excel or LibreOffice, and its cells
hold text from ingested documents and uploaded graphs. Following OWASP's
"CSV Injection" guidance, a cell that starts with ``=``, ``+``, ``-``, ``@``,
a tab or a carriage return gets a leading apostrophe, which spreadsheets
read as "this is text". A plain decimal number ("-1200.50", "+3") is left as
it is: it cannot run anything, and budgets and deviations stay numbers.

``/sparql`` and ``hankegraafi sparql`` keep the SPARQL 1.1 CSV format as the
W3C Recommendation defines it: a value there is the value in the store.

A stored catalogue answer keeps this CSV too, row by row (:func:`spreadsheet_rows`, the bytes
:func:`neutralise_csv` makes of the results CSV), so that a large one is sent as stored: going
through the CSV reader and writer cost a second for the 15 MB of a default answer at 10^7 triples.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Iterator

from hankegraafi.store.results import Row
from hankegraafi.store.terms import json_to_csv

TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")


def neutralise_cell(value: str) -> str:
    """The cell as a spreadsheet will show it, never run it."""
    if value.startswith(TRIGGERS) and not _NUMBER.fullmatch(value):
        return "'" + value
    return value


def neutralise_csv(body: bytes) -> bytes:
    """A SPARQL CSV result (UTF-8, CRLF) with every cell passed through :func:`neutralise_cell`."""
    rows = csv.reader(io.StringIO(body.decode("utf-8"), newline=""))
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    for row in rows:
        writer.writerow([neutralise_cell(cell) for cell in row])
    return out.getvalue().encode("utf-8")


def _cell(text: str) -> str:
    """A cell as the CSV writer of :func:`neutralise_csv` writes it (quoted where CSV needs it)."""
    return '"' + text.replace('"', '""') + '"' if any(c in text for c in ',"\r\n') else text


def spreadsheet_header(variables: list[str]) -> bytes:
    """The first line of :func:`neutralise_csv` of a SELECT result's CSV."""
    return (",".join(_cell(neutralise_cell(v)) for v in variables) + "\r\n").encode("utf-8")


#: Where a cell of a CSV line may start with a trigger (a line without one is neutral as it is; a
#: comma inside a quoted cell can only make a line be looked at cell by cell).
_MAY_RUN = re.compile(rb'(?:^|,)"?[=+\-@\t\r]')


def spreadsheet_rows(variables: list[str], rows: Iterable[Row], lines: Iterable[bytes] = ()) -> Iterator[bytes]:
    """Each row's line of :func:`neutralise_csv` of a SELECT result's CSV (its cells the results
    CSV's values: an IRI, a literal's text, ``_:`` and a blank node's label, a triple's N-Triples).
    ``lines``: the rows' lines of the results CSV if written already (each is its own line here
    unless a cell may start with a trigger)."""
    written = iter(lines)
    for row in rows:
        line = next(written, None)
        if line is not None and not _MAY_RUN.search(line):
            yield line
            continue
        cells = []
        for var in variables:
            term = row.get(var)
            text = "" if term is None else json_to_csv(term)
            if text.startswith('"'):  # quoted by the results CSV: its value
                text = text[1:-1].replace('""', '"')
            cells.append(_cell(neutralise_cell(text)))
        yield (",".join(cells) + "\r\n").encode("utf-8")


__all__ = ["TRIGGERS", "neutralise_cell", "neutralise_csv", "spreadsheet_header", "spreadsheet_rows"]
