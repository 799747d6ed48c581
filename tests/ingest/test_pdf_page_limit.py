"""A PDF's text limit is checked page by page (ingest/readers._pdf_lines).

Many pages sharing one content stream make a small file of a great deal of text: the limit refuses it
by the page that passes it, not after every page was extracted (A4's attack, stop 32's finding 8).
"""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader, PdfWriter
from reportlab.pdfgen import canvas

from hankegraafi.ingest.readers import IngestError, read_bytes


def _pages(count: int) -> bytes:
    out = io.BytesIO()
    page = canvas.Canvas(out, invariant=1)
    for number in range(40):
        page.drawString(40, 800 - 18 * number, f"Rivi {number}: kotihoidon etäkäynnit ja palveluohjaus")
    page.save()
    one = PdfReader(io.BytesIO(out.getvalue())).pages[0]
    writer = PdfWriter()
    for _ in range(count):
        writer.add_page(one)  # one content stream, written once
    many = io.BytesIO()
    writer.write(many)
    return many.getvalue()


def test_a_pdf_of_many_shared_pages_is_refused_by_the_page_that_passes_the_limit() -> None:
    data = _pages(400)
    with pytest.raises(
        IngestError, match=r"kirja\.pdf: its text is over 200000 characters by page (\d+) \(pdf\)"
    ) as info:
        read_bytes(data, file_name="kirja.pdf", max_bytes=200_000)
    page = int(str(info.value).rsplit("by page ", 1)[1].split()[0])
    assert len(data) < 200_000 and page < 150  # a small file, stopped near the limit, not after 400 pages


def test_a_pdf_within_the_limit_is_read_whole() -> None:
    document = read_bytes(_pages(3), file_name="kirja.pdf", max_bytes=100_000)
    assert sum(line.startswith("Rivi 0:") for line in document.lines) == 3
