"""An HTML page's encoding is decided by its bytes where they decide it, as a text file's is.

The page's own declaration (``<meta charset>``, ``<meta http-equiv>``, the XML declaration) is a
claim a careless publisher's tools leave stale: an editor saving UTF-8 keeps a template's
``charset=iso-8859-1``; an old cp1252 page is served from a template declaring UTF-8. Obeying the
claim over the bytes made every "ä" "Ã¤" and every "€" two control characters (the sum lost), or
every letter of a cp1252 page U+FFFD. The declaration decides only bytes that are no UTF-8.
"""

from __future__ import annotations

import pytest

from hankegraafi.ingest.readers import read_bytes

BODY = "<body><h1>Hyvinvointialueen päätös</h1><p>Kustannus 5 000 € – Pohjois-Savo, Åbo</p></body></html>"
LINES = ["Hyvinvointialueen päätös", "", "Kustannus 5 000 € – Pohjois-Savo, Åbo"]


def read(data: bytes):
    return read_bytes(data, file_name="sivu.html", max_bytes=1_000_000)


@pytest.mark.parametrize(
    "head",
    [
        '<html><head><meta charset="iso-8859-1"></head>',
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>',
        '<?xml version="1.0" encoding="ISO-8859-15"?><html>',
        '<html><head><meta charset="utf-16"></head>',
    ],
)
def test_a_utf8_page_declaring_another_charset_is_read_as_utf8_with_a_warning(head: str) -> None:
    doc = read((head + BODY).encode())
    assert doc.lines == LINES
    (warning,) = doc.warnings
    assert warning.startswith("sivu.html: the page declares its encoding as ")
    assert "but its bytes are UTF-8: read as UTF-8" in warning


@pytest.mark.parametrize("head", ['<html><head><meta charset="utf-8"></head>', "<html>"])
def test_a_cp1252_page_declaring_utf8_or_nothing_loses_no_letter(head: str) -> None:
    doc = read((head + BODY).encode("cp1252"))
    assert doc.lines == LINES
    (warning,) = doc.warnings
    assert warning.startswith("sivu.html: mis-encoded text: not valid UTF-8; the whole text was read as cp1252")


@pytest.mark.parametrize(
    ("charset", "encoding"),
    [("iso-8859-1", "cp1252"), ("windows-1252", "cp1252"), ("iso-8859-15", "iso8859_15")],
)
def test_an_8bit_page_declaring_its_charset_is_read_in_it_without_a_warning(
    charset: str, encoding: str
) -> None:
    body = BODY.replace(" –", " -") if encoding == "iso8859_15" else BODY
    doc = read((f'<html><head><meta charset="{charset}"></head>' + body).encode(encoding))
    assert doc.lines[0] == LINES[0]
    assert doc.lines[2].startswith("Kustannus 5 000 € ")
    assert doc.warnings == []


@pytest.mark.parametrize("charset", ["base64", "zlib", "rot13", "unicode_escape", "no-such-charset"])
def test_a_declared_codec_that_is_no_charset_is_not_obeyed(charset: str) -> None:
    doc = read((f'<html><head><meta charset="{charset}"></head>' + BODY).encode("cp1252"))
    assert doc.lines == LINES


def test_a_utf8_page_declaring_utf8_has_no_warning() -> None:
    doc = read(('<html><head><meta charset="UTF-8"></head>' + BODY).encode())
    assert doc.lines == LINES
    assert doc.warnings == []
