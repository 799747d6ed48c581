"""Text with a byte-order mark is read in the encoding the mark names: UTF-32's little-endian mark
(FF FE 00 00) begins with UTF-16's (FF FE), so a UTF-32 text was read as UTF-16, a NUL after every
letter, and refused as "binary, not text (control characters)". Found by attack (stop 35).
"""

from __future__ import annotations

import pytest

from hankegraafi.ingest.readers import IngestError, read_bytes

TEXT = "Hankkeen nimi\tPäijät-Hämeen perhekeskus\nHanke kehittää perhekeskuksen palveluja; 5 000 €.\n"


@pytest.mark.parametrize("encoding", ["utf-32", "utf-32-le", "utf-32-be", "utf-16", "utf-16-le", "utf-16-be"])
def test_text_with_a_byte_order_mark_is_read_in_its_encoding(encoding: str) -> None:
    data = TEXT.encode(encoding)
    if not encoding.endswith(("32", "16")):  # the -le/-be codecs write no mark: add it
        data = "\ufeff".encode(encoding) + data
    document = read_bytes(data, file_name="hanke.txt", max_bytes=1_000_000)
    assert document.lines[:2] == TEXT.splitlines()


def test_a_utf32_mark_before_bytes_that_are_no_utf32_is_refused_by_name() -> None:
    with pytest.raises(IngestError) as caught:
        read_bytes(b"\xff\xfe\x00\x00" + b"\xff\xff\xff\x7f", file_name="hanke.txt", max_bytes=1000)
    assert "UTF-32" in str(caught.value) and "BOM" in str(caught.value)
