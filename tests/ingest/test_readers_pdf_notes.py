"""What the PDF library repaired while reading a file is that file's warning, not a stray log line.

Found by attack (stop 34): a PDF whose cross-reference offset points past its end was read, and
``hankegraafi ingest`` printed ``WARNING pypdf._reader: incorrect startxref pointer(2)`` and
``WARNING pypdf._reader: parsing for Object Streams`` above its summary, naming no file.
"""

from __future__ import annotations

import logging

import pytest

from hankegraafi.ingest.readers import read_bytes

BROKEN_XREF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
    b"3 0 obj<</Type/Page/Parent 2 0 R/Contents 4 0 R/Resources<</Font<</F1 5 0 R>>>>>>endobj\n"
    b"4 0 obj<</Length 44>>stream\nBT /F1 12 Tf 72 712 Td (Hanke Kainuu) Tj ET\nendstream endobj\n"
    b"5 0 obj<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>endobj\n"
    b"xref\n0 6\n0000000000 65535 f \ntrailer<</Root 1 0 R/Size 6>>\nstartxref\n9999999\n%%EOF\n"
)


def test_a_repaired_pdf_is_read_with_one_warning_naming_it(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING):
        doc = read_bytes(BROKEN_XREF, file_name="rikki.pdf", max_bytes=1_000_000)
    assert doc.lines == ["Hanke Kainuu"]
    (warning,) = doc.warnings
    assert warning.startswith(
        "rikki.pdf: the PDF is damaged or unusual and was read as far as it goes (pypdf: "
    )
    assert "incorrect startxref pointer" in warning
    assert not [r for r in caplog.records if r.name.startswith("pypdf")]  # no stray line naming no file
    assert logging.getLogger("pypdf").propagate  # put back after the read
