"""What the corpus generator scripts share: deterministic PDF and DOCX writing (invented text only).

Two runs write the same bytes: reportlab's invariant mode for the PDFs; fixed core properties and
one fixed time stamp on every zip entry for the DOCX files. A script imports these and keeps only
its folder, its time stamp and its documents' text.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from collections.abc import Callable
from pathlib import Path


def fi(n: float, decimals: int = 0) -> str:
    """A sum as Finnish documents write it: 1 234 567 or 1 234 567,50."""
    return f"{n:,.{decimals}f}".replace(",", " ").replace(".", ",")


def pct(part: float, whole: float) -> int:
    """A share in whole per cent, as a utilisation column writes it."""
    return round(100 * part / whole)


#: A page's running header or footer: (page number, pages) → (x, text) pieces.
Running = Callable[[int, int], list[tuple[int, str]]]


def pdf(out: Path, pages: list[list[str]], columns: list[int], header: Running, footer: Running) -> None:
    """Pages of text lines; "#" starts a table row of "|"-separated cells, "!" a bold line."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas as pdfcanvas

    c = pdfcanvas.Canvas(str(out), pagesize=A4, invariant=1)
    _width, height = A4
    for number, page in enumerate(pages, start=1):
        c.setFont("Helvetica", 8)
        for x, text in header(number, len(pages)):
            c.drawString(x, height - 28, text)
        for x, text in footer(number, len(pages)):
            c.drawString(x, 26, text)
        y = height - 64
        for line in page:
            if line.startswith("#"):
                c.setFont("Helvetica", 9)
                for x, text in zip(columns, line[1:].split("|"), strict=False):
                    c.drawString(x, y, text)
            elif line.startswith("!"):
                c.setFont("Helvetica-Bold", 11)
                c.drawString(40, y, line[1:])
            else:
                c.setFont("Helvetica", 10)
                c.drawString(40, y, line)
            y -= 14
        c.showPage()
    c.save()


def docx_document(author: str, created: dt.datetime):
    """A DOCX document whose core properties are fixed by ``author`` and ``created``."""
    import docx

    d = docx.Document()
    d.core_properties.created = created
    d.core_properties.modified = created
    d.core_properties.last_printed = created
    d.core_properties.author = author
    d.core_properties.last_modified_by = author
    d.core_properties.revision = 1
    return d


def table(d, rows: list[tuple[str, ...]]):
    """A grid table of ``rows`` (the first is the header row)."""
    grid = d.add_table(rows=0, cols=len(rows[0]))
    grid.style = "Table Grid"
    for row in rows:
        cells = grid.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.text = text
    return grid


def bold(d, text: str) -> None:
    """A paragraph of one bold run."""
    d.add_paragraph().add_run(text).bold = True


def save(d, out: Path, zip_time: tuple[int, int, int, int, int, int]) -> None:
    """Save with every zip entry stamped ``zip_time``, so that a rerun writes the same bytes."""
    raw = io.BytesIO()
    d.save(raw)
    raw.seek(0)
    with zipfile.ZipFile(raw) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=zip_time)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, src.read(item.filename))


def restamp(raw: io.BytesIO, out: Path, when: dt.datetime) -> None:
    """Copy a saved zip (an XLSX or PPTX written to ``raw``) with every entry stamped ``when`` and the core
    properties' created and modified times set to it: openpyxl and python-pptx write the save time there."""
    stamp = when.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    raw.seek(0)
    with zipfile.ZipFile(raw) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=when.timetuple()[:6])
            info.compress_type = zipfile.ZIP_DEFLATED
            data = src.read(item.filename)
            if item.filename == "docProps/core.xml":
                data = re.sub(
                    rb"(<dcterms:(?:modified|created)[^>]*>)[^<]*(</dcterms:(?:modified|created)>)",
                    rb"\g<1>" + stamp + rb"\g<2>",
                    data,
                )
            dst.writestr(info, data)
