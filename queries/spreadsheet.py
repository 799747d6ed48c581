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
"""

from __future__ import annotations

import csv
import io
import re

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


__all__ = ["TRIGGERS", "neutralise_cell", "neutralise_csv"]
