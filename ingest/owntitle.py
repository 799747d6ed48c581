"""A document's own title given as metadata, outside its text: an HTML page's ``<title>``, an Office file's core
title (``docProps/core.xml``'s ``dc:title``, which Word, PowerPoint and Excel fill from File > Properties).

The readers' lines never hold it (a browser shows the <title> in its tab, Word in its properties), so a report
whose body is titled only by its kind and date ("Final report 2025") names its project there alone (R17-13, the
names generator's ``position=subject-only``). :class:`readers.Document` carries it as ``own_title``; the title's
readers (generictitle.subject_named) use it only where the body names no project, as an e-mail's subject. Both
are read with a real parser (the standard library's HTMLParser, defusedxml), from a bounded head of the file.
"""

from __future__ import annotations

import io
import zipfile
from html.parser import HTMLParser

from defusedxml import ElementTree

from hankegraafi.ingest.ooxml import DAMAGED

#: How much of a page is searched for its <title>: the head comes first.
_HTML_HEAD_BYTES = 65_536
#: The largest core-properties part read: a few hundred bytes in any real file.
_CORE_BYTES = 65_536
#: The longest title kept: a page's or a file's title, no running text.
_MAX_TITLE = 300
_DC_TITLE = "{http://purl.org/dc/elements/1.1/}title"


class _TitleParser(HTMLParser):
    """The text of the first <title>, outside <svg> (whose <title> is a drawing's, read by htmlread)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.inside = False
        self.done = False
        self.svg = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "svg":
            self.svg += 1
        elif tag == "title" and not self.svg and not self.done:
            self.inside = True
        elif tag == "body":
            self.done = True

    def handle_endtag(self, tag: str) -> None:
        if tag == "svg":
            self.svg = max(0, self.svg - 1)
        elif tag == "title" and self.inside:
            self.inside, self.done = False, True

    def handle_data(self, data: str) -> None:
        if self.inside:
            self.parts.append(data)


def _html_title(data: bytes) -> str:
    parser = _TitleParser()
    try:
        parser.feed(data[:_HTML_HEAD_BYTES].decode("utf-8", errors="replace"))
    except (AssertionError, ValueError):  # a malformed declaration: no title
        return ""
    return " ".join("".join(parser.parts).split())


def _core_title(data: bytes) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            info = archive.getinfo("docProps/core.xml")
            if info.file_size > _CORE_BYTES:
                return ""
            root = ElementTree.fromstring(archive.read(info))
    except (KeyError, zipfile.BadZipFile, ElementTree.ParseError, *DAMAGED):
        return ""
    except Exception:  # defusedxml refuses entities and DTDs: no title from a hostile part
        return ""
    found = root.find(_DC_TITLE)
    return " ".join((found.text or "").split()) if found is not None else ""


def own_title(data: bytes, kind: str) -> str:
    """The title ``data`` (a file of reader ``kind``) gives as metadata; "" when none or not read."""
    title = (
        _html_title(data) if kind == "html" else _core_title(data) if kind in ("docx", "pptx", "xlsx") else ""
    )
    return title if len(title) <= _MAX_TITLE else ""
