"""UTF-16 text saved without its byte-order mark is read with a warning, binary data stays refused.

Such a file has a NUL beside every Latin letter and was refused as "binary, not text"
(ingest/damaged.utf16_without_bom decides by decoding it).
"""

from __future__ import annotations

import random

import pytest

from hankegraafi.ingest.readers import IngestError, read_bytes

TEXT = (
    "Hankkeen nimi\tPäijät-Hämeen perhekeskus\n"
    "Toteuttaja: Päijät-Hämeen hyvinvointialue\n"
    "Hanke kehittää perhekeskuksen palveluja; kustannus 5 000 € – ”valmis”.\n"
)


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("name", ["hanke.txt", "hanke.csv"])
def test_utf16_without_bom_is_read_with_a_warning(encoding: str, name: str) -> None:
    document = read_bytes(TEXT.encode(encoding), file_name=name, max_bytes=1_000_000)
    assert document.lines[:3] == TEXT.splitlines()
    assert any("UTF-16" in w and encoding.upper() in w for w in document.warnings), document.warnings


def test_one_line_of_latin_text_is_read_in_its_own_byte_order() -> None:
    """'Ha' in UTF-16LE read big-endian is two CJK ideographs: the byte order with Latin letters wins."""
    line = "Hanke kehittää kotihoitoa"
    for encoding in ("utf-16-le", "utf-16-be"):
        assert read_bytes(line.encode(encoding), file_name="a.txt", max_bytes=1000).lines[0] == line


@pytest.mark.parametrize("seed", range(20))
def test_binary_data_with_nul_bytes_stays_refused_with_its_line(seed: int) -> None:
    rng = random.Random(seed)
    data = bytes(rng.randrange(256) for _ in range(4000)) + b"\x00\x00"
    with pytest.raises(IngestError, match=r"line \d+: is binary, not text \(NUL byte\)"):
        read_bytes(b"Hanke\n" + data, file_name="hanke.txt", max_bytes=1_000_000)


@pytest.mark.parametrize(
    "data",
    [
        b"Hanke: Testi\n\x00\x00 Pirkanmaan hyvinvointialue\n",  # UTF-8 with NULs in it
        b"Hanke: Testi\n\x00 Pirkanmaan hyvinvointialue\n",  # one NUL: reads as UTF-16 of other scripts
        b"Hanke: Testi\n \x00Pirkanmaan hyvinvointialue\n",
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00" * 64,
        "Hanke\x00".encode("utf-16-le"),  # decodes, but a NUL is no character of text
    ],
)
def test_text_with_nul_characters_is_still_binary(data: bytes) -> None:
    with pytest.raises(IngestError, match="is binary, not text"):
        read_bytes(data, file_name="hanke.txt", max_bytes=1_000_000)


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_an_html_page_in_utf16_without_bom_is_read_with_a_warning(encoding: str) -> None:
    """The HTML parser took such a page for an 8-bit one: every other character a U+FFFD, stored so."""
    page = (
        "<html><body><main><h1>Kotihoidon etäpalvelut -hanke</h1>"
        "<p>Pirkanmaan hyvinvointialue kehittää.</p></main></body></html>"
    )
    document = read_bytes(page.encode(encoding), file_name="sivu.html", max_bytes=1_000_000)
    assert [line for line in document.lines if line] == [
        "Kotihoidon etäpalvelut -hanke",
        "Pirkanmaan hyvinvointialue kehittää.",
    ]
    assert any("UTF-16" in w for w in document.warnings), document.warnings
