"""Sums in an accounting format keep their cells (issue 13, stop 39; test26 o18).

A cost table printed from a sheet puts the currency at the left of its cell and the figure at the
right ("EUR 640 000" over "EUR      0"). Read by its gaps, "EUR" and "0" were two columns, and every
row with a short sum fell out of line. Invented text.
"""

from __future__ import annotations

import io
import re

from hankegraafi.ingest.plaintext import currency_padding
from hankegraafi.ingest.readers import read_bytes

TABLE = [
    "KULUT 30.6.2024",
    "                          Budjetti      Toteutunut     Sidottu",
    "  Palkat                  EUR 310 000   EUR 188 200    EUR 12 000",
    "  Matkat                  EUR  20 000   EUR   4 550    EUR      0",
    "  Yhteensä                EUR 330 000   EUR 192 750    EUR 12 000",
]


def test_the_padding_moves_before_the_currency_and_the_line_keeps_its_width() -> None:
    padded = currency_padding(TABLE[3])
    assert re.split(r" {3,}", padded.strip()) == ["Matkat", "EUR 20 000", "EUR 4 550", "EUR 0"]
    assert len(padded) == len(TABLE[3]) and padded.index("Matkat") == TABLE[3].index("Matkat")
    assert (
        currency_padding("Köp av tjänster   190 000 €  141 500 €") == "Köp av tjänster   190 000 €  141 500 €"
    )


def test_a_text_tables_rows_keep_a_sum_a_cell() -> None:
    lines = read_bytes("\n".join(TABLE).encode(), file_name="kulut.txt", max_bytes=1_000_000).lines
    assert lines[3].split("\t")[1:] == ["EUR 20 000", "EUR 4 550", "EUR 0"]


def test_a_pdfs_rows_keep_a_sum_a_cell() -> None:
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    page = canvas.Canvas(out, invariant=1)
    page.setFont("Courier", 10)
    for number, line in enumerate(TABLE):
        page.drawString(40, 800 - 14 * number, line)
    page.save()
    lines = read_bytes(out.getvalue(), file_name="kulut.pdf", max_bytes=1_000_000).lines
    matkat = next(line for line in lines if line.startswith("Matkat"))
    assert matkat.split("\t")[1:] == ["EUR 20 000", "EUR 4 550", "EUR 0"]
