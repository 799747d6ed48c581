"""A PDF the reader stops in is refused naming the page where it stopped, and a page over the PDF
library's bounds (a stream unpacking to 400 MB from 400 kB) is said to be possibly that, not only
"corrupt". Found by attack (stop 35): 'flatebomb.pdf: is a corrupt PDF (Limit reached while
decompressing. 315892 bytes remaining.)' named no page of a many-page file.
"""

from __future__ import annotations

import zlib

from tests.ingest.test_regressions import _pdf, refused

GOOD = b"BT /F1 12 Tf 10 10 Td (Tavoitteet) Tj ET"


def _two_pages(second: bytes) -> bytes:
    return _pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R 6 0 R] /Count 2 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R "
            b"/Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length %d >>\nstream\n%s\nendstream" % (len(GOOD), GOOD),
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 7 0 R "
            b"/Resources << /Font << /F1 5 0 R >> >> >>",
            second,
        ]
    )


def test_a_page_unpacking_past_the_bound_is_named_with_the_bound() -> None:
    bomb = zlib.compress(GOOD + b" " * 200_000_000, 9)
    stream = b"<< /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream" % (len(bomb), bomb)
    error = refused(_two_pages(stream), "pommi.pdf", seconds=60)
    assert "corrupt PDF, or one over the PDF reader's limits on page 2" in error.reason, error.reason


def test_a_damaged_page_is_named() -> None:
    stream = b"<< /Length %d /Filter /ASCII5Decode >>\nstream\n%s\nendstream" % (len(GOOD), GOOD)
    error = refused(_two_pages(stream), "suodin.pdf", seconds=30)
    assert "corrupt PDF on page 2" in error.reason, error.reason
