"""A document's own title given as metadata (ingest/owntitle.py, N25 stop 53): an HTML page's <title>, an Office
file's core title. The readers' lines never hold it; readers.Document carries it as ``own_title``."""

from __future__ import annotations

import io
import zipfile

from hankegraafi.ingest.owntitle import own_title
from hankegraafi.ingest.readers import read_bytes


def _page(head: str, body: str = "<h1>Loppuraportti 2025</h1><p>Teksti.</p>") -> bytes:
    return f"<!DOCTYPE html><html><head>{head}</head><body>{body}</body></html>".encode()


def _office(core: str) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")
        archive.writestr("docProps/core.xml", core)
    return buffer.getvalue()


_CORE = (
    '<?xml version="1.0" encoding="UTF-8"?><cp:coreProperties '
    'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>{}</dc:title></cp:coreProperties>'
)


def test_an_html_pages_title_is_its_own_title() -> None:
    assert own_title(
        _page("<title>Kotona  kuntoon &amp; muut | Etelä-Savon hyvinvointialue</title>"), "html"
    ) == ("Kotona kuntoon & muut | Etelä-Savon hyvinvointialue")
    assert own_title(_page(""), "html") == ""
    assert own_title(_page("", "<svg><title>Vihreä</title></svg>"), "html") == ""  # a drawing's title


def test_an_office_files_core_title_is_its_own_title() -> None:
    assert own_title(_office(_CORE.format("Nattpatrull i hemvården")), "docx") == "Nattpatrull i hemvården"
    assert own_title(_office(_CORE.format("")), "docx") == ""
    assert own_title(b"not a zip", "docx") == ""
    hostile = '<?xml version="1.0"?><!DOCTYPE t [<!ENTITY e "x">]><t>&e;</t>'
    assert own_title(_office(hostile), "docx") == ""  # defusedxml refuses the entity


def test_the_lines_never_hold_it() -> None:
    doc = read_bytes(_page("<title>Kotona kuntoon</title>"), file_name="sivu.html", max_bytes=10**6)
    assert doc.own_title == "Kotona kuntoon"
    assert not any("Kotona kuntoon" in line for line in doc.lines)
