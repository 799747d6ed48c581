"""Read a source document (.txt, .html, .pdf, .docx) into numbered lines of text.

Everything after this module works on lines, so each reader's only job is to
turn its format into the lines a person would see, and to refuse bad input with
one message that names the file and, where known, the line. Input that is only
partly bad is read with a warning rather than refused: a UTF-8 text with stray
cp1252 bytes (each decoded as cp1252, their byte offsets named), and a document
cut short (a PDF without its end, HTML without its closing tags, text ending in
mid-sentence or mid-table), of which the part that is there is read.
"""

from __future__ import annotations

import errno
import hashlib
import io
import logging
import os
import re
import stat
import threading
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hankegraafi.ingest.damaged import (
    check_text,
    decode_western,
    utf8_with_stray_bytes,
    utf16_without_bom,
    warn_html_cut,
)
from hankegraafi.ingest.docxread import docx_lines
from hankegraafi.ingest.htmlread import html_lines
from hankegraafi.ingest.jsonread import json_lines
from hankegraafi.ingest.mailread import eml_lines
from hankegraafi.ingest.mdheadings import markdown_headings_plain
from hankegraafi.ingest.mdhtml import markdown_html_tables, markdown_references
from hankegraafi.ingest.officeread import pptx_lines, xlsx_lines
from hankegraafi.ingest.ooxml import a_name, office_kind
from hankegraafi.ingest.owntitle import own_title
from hankegraafi.ingest.pdfcolumns import split_columns
from hankegraafi.ingest.pdfforms import form_layout_text
from hankegraafi.ingest.pdflayout import layout_text
from hankegraafi.ingest.pdfpages import joined_pages
from hankegraafi.ingest.plaintext import (
    currency_padding,
    join_hyphenated,
    keep_columns,
    markdown_visible,
    sheet_records,
    tabulate,
)
from hankegraafi.ingest.readerror import IngestError
from hankegraafi.ingest.salvage import salvage_pdf_text
from hankegraafi.ingest.textforms import as_read, file_name_of
from hankegraafi.xmlchars import without_forbidden

logger = logging.getLogger(__name__)

MEDIA_TYPES: dict[str, str] = {
    "text": "text/plain",
    "html": "text/html",
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    "eml": "message/rfc822",
}
#: The suffixes the readers read, and the reader of each: the one list of readable files (the
#: pipeline's folder walk, the bundled samples and the upload route take theirs from it).
SUFFIX_KIND = {
    ".txt": "text",
    ".text": "text",
    ".md": "text",
    ".csv": "text",  # an export; Excel writes it in cp1252, which the text reader decodes with a warning
    ".tsv": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".pdf": "pdf",
    ".docx": "docx",
    ".xlsx": "xlsx",  # a workbook, read as its CSV export would be (ingest/officeread.py)
    ".xlsm": "xlsx",
    ".pptx": "pptx",  # a deck: each slide's title and text in reading order
    ".eml": "eml",  # a saved e-mail: its header, body and readable attachments (ingest/mailread.py)
}
#: The files that are sheets: their rows are read as a sheet's, not as prose with commas (facts/delimited.py).
SHEET_SUFFIXES = (".csv", ".tsv", ".xlsx", ".xlsm")
#: The kinds that are Office Open XML archives (ingest/ooxml.py).
_OFFICE = ("docx", "xlsx", "pptx")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")  # never in real text, but tab, LF, CR, form feed


@dataclass(frozen=True)
class Document:
    """A read document: its lines (1-based by position) and the identity of its bytes."""

    file_name: str
    media_type: str
    sha256: str
    size: int
    lines: list[str] = field(repr=False)
    path: Path | None = None
    #: What the reader had to guess or could not read (stray bytes, a truncated end), one line each.
    warnings: list[str] = field(default_factory=list, compare=False)
    #: The outline the format marks and the lines no longer show: line number (1-based) -> the
    #: level of the heading it is (HTML h1-h6, a DOCX Title 0 and Heading N, a Markdown "#" line);
    #: levels compare within one document only. Empty for a format without one (text, PDF).
    headings: dict[int, int] = field(default_factory=dict, compare=False, repr=False)
    #: The title the file gives as metadata, outside its lines: an HTML page's <title>, an Office file's core
    #: title (owntitle.own_title); "" when none. Read only where the body names no project.
    own_title: str = field(default="", compare=False, repr=False)

    def line(self, number: int) -> str:
        """The text of line ``number`` (1-based)."""
        return self.lines[number - 1]

    @property
    def text(self) -> str:
        return "\n".join(self.lines)

    @property
    def kind(self) -> str:
        """The reader that produced the lines: text, html, pdf or docx."""
        return next((kind for kind, media in MEDIA_TYPES.items() if media == self.media_type), "text")


def open_regular(path: Path) -> io.BufferedReader:
    """``path`` opened for reading, or OSError when it is not a regular file.

    Opened without blocking and checked on the open descriptor, so that a
    FIFO or device put in place of a file is never read (a FIFO would wait
    for a writer, ``/dev/zero`` would never end).
    """
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise OSError(errno.EINVAL, "not a regular file, not read", str(path))
        os.set_blocking(fd, True)
        return open(fd, "rb", closefd=True)  # the caller closes it
    except BaseException:
        os.close(fd)
        raise


def read_document(path: Path, *, max_bytes: int) -> Document:
    """Read ``path`` into a :class:`Document`; raise :class:`IngestError` on bad input."""
    path = Path(path)
    try:
        with open_regular(path) as fh:
            size = os.fstat(fh.fileno()).st_size
            if size > max_bytes:
                raise IngestError(path, f"is {size} bytes, over the limit of {max_bytes} bytes")
            data = fh.read(max_bytes + 1)
    except OSError as exc:
        raise IngestError(path, f"cannot be read ({exc.strerror or exc})") from exc
    return read_bytes(data, file_name=file_name_of(path), path=path, max_bytes=max_bytes)


def read_bytes(data: bytes, *, file_name: str, max_bytes: int, path: Path | None = None) -> Document:
    """Read a document held in memory (an upload); the file name tells the kind."""
    where = path or Path(file_name)
    if len(data) > max_bytes:
        raise IngestError(where, f"is {len(data)} bytes, over the limit of {max_bytes} bytes")
    if not data.strip():
        raise IngestError(where, "is empty")
    kind = _detect_kind(data, file_name, where)
    warnings: list[str] = []
    headings: dict[int, int] = {}
    if kind == "text":
        export = Path(file_name).suffix.lower() in (".csv", ".tsv")
        lines = _text_lines(data, where, warnings, headings, export=export)
        if Path(file_name).suffix.lower() in (".md", ".markdown"):
            lines = markdown_visible(lines)  # comments and footnote marks are not shown
            lines = markdown_html_tables(lines)  # a raw HTML <table> as the pipe table it shows
            lines = markdown_references(lines)  # "&nbsp;", "&euro;": the characters they are
            lines = markdown_headings_plain(lines)  # "Title\n=====" and "## Title ##" as "# Title", "## Title"
            headings = headings or markdown_headings(lines)
        elif Path(file_name).suffix.lower() in (".csv", ".tsv"):
            lines = sheet_records(lines)  # a quoted cell's line breaks are the cell's
    elif kind == "html":
        lines = html_lines(data, where, warnings, headings)
        warn_html_cut(data, where, warnings)
    elif kind == "pdf":
        lines = _pdf_lines(data, where, warnings, max_bytes)
    elif kind == "xlsx":
        lines = xlsx_lines(data, where, max_bytes, warnings)
    elif kind == "pptx":
        lines = pptx_lines(data, where, warnings, headings, max_chars=max_bytes)
    elif kind == "eml":
        lines = eml_lines(data, where, max_bytes, read_bytes, SUFFIX_KIND, warnings, headings)
    else:
        lines = docx_lines(data, where, warnings, headings, max_chars=max_bytes)
    if not any(line.strip() for line in lines):
        raise IngestError(where, f"has no text ({kind})")
    if (size := sum(map(len, lines)) + len(lines) - 1) > max_bytes:  # a DOCX or PDF unpacks past its bytes
        raise IngestError(where, f"its text is {size} characters, over the limit of {max_bytes} ({kind})")
    # One spelling (textforms); text encoded twice, lost letters, a cut end; no character XML cannot hold.
    lines = [
        without_forbidden(line) for line in check_text(list(map(as_read, lines)), kind, where, warnings, data)
    ]
    # The caller reports them with the document (the command line's summary, the HTTP answer, the
    # stored coverage); at WARNING the command line printed each twice. Kept for --verbose.
    for warning in warnings:
        logger.info("%s", warning)
    return Document(
        file_name=file_name,
        media_type=MEDIA_TYPES[kind],
        sha256=hashlib.sha256(data).hexdigest(),
        size=len(data),
        lines=lines,
        path=path,
        warnings=warnings,
        headings=headings,
        own_title=own_title(data, kind),
    )


_MARKDOWN_HEADING = re.compile(r"^(#{1,6})\s+\S")


def markdown_headings(lines: list[str]) -> dict[int, int]:
    """The level of each Markdown heading line ("## Tavoitteet": 2), by line number (1-based)."""
    return {n: len(m.group(1)) for n, line in enumerate(lines, start=1) if (m := _MARKDOWN_HEADING.match(line))}


def _detect_kind(data: bytes, file_name: str, where: Path) -> str:
    """The kind from the file's own bytes first; the suffix decides only for text and HTML."""
    suffix = Path(file_name).suffix.lower()
    by_suffix = SUFFIX_KIND.get(suffix)
    if data.startswith(b"%PDF-"):
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        if by_suffix not in (None, *_OFFICE):
            raise IngestError(where, f"is a ZIP archive, not a {suffix} file")
        # The archive's own main part says which Office file it is; a named one it is not is refused by its
        # reader's check (ingest/ooxml.py) with what is missing.
        return office_kind(data) or by_suffix or "docx"
    if by_suffix == "pdf":
        raise IngestError(where, "is not a PDF (no %PDF- header): corrupt or misnamed")
    if by_suffix in _OFFICE:
        raise IngestError(where, f"is not {a_name(by_suffix)} (not a ZIP archive): corrupt or misnamed")
    if by_suffix in ("text", "html", "eml"):
        return by_suffix
    head = data[:2048].lstrip().lower()
    if head.startswith((b"<!doctype html", b"<html")) or b"<body" in head:
        return "html"
    if by_suffix is None and suffix:
        # An unknown suffix is accepted only when the bytes are plainly text.
        try:
            data.decode("utf-8")
        except UnicodeDecodeError:
            raise IngestError(
                where, f"unrecognised kind {suffix!r}: expected .txt, .html, .pdf, .docx, .xlsx or .pptx"
            ) from None
    return "text"


#: Byte-order marks of the Unicode encodings, longest first, with the codec that reads the text after it.
_UNICODE_MARKS = (
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)


def _decode(data: bytes, where: Path, warnings: list[str] | None = None) -> str:
    """Decode text bytes: UTF-8 (with or without BOM), UTF-16 or UTF-32 by BOM, else detected.

    UTF-8 with a few stray bytes of an 8-bit encoding (a line pasted from an old
    file) keeps its UTF-8 and reads each stray byte as cp1252, with a warning
    naming the byte offsets, rather than turning the whole text into mojibake.
    """
    # UTF-32's little-endian mark begins with UTF-16's: the longer marks are tried first (a UTF-32
    # text had been read as UTF-16, every letter followed by a NUL, and refused as binary).
    for mark, encoding in _UNICODE_MARKS:
        if data.startswith(mark):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as exc:
                name = encoding.upper()
                raise IngestError(where, f"is not decodable as {name} despite its BOM") from exc
    nul = data.find(b"\x00")
    if nul >= 0 and (wide := utf16_without_bom(data, where, warnings)) is not None:
        return wide  # "Unicode" text saved without its byte-order mark
    if nul >= 0:
        raise IngestError(where, "is binary, not text (NUL byte)", line=data.count(b"\n", 0, nul) + 1)
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        utf8_error = exc
    mixed = utf8_with_stray_bytes(data, where, warnings)
    if mixed is not None:
        return mixed
    # Not UTF-8: one of the Western 8-bit encodings (ingest/damaged.py scores them).
    text = decode_western(data, where, warnings)
    if text is None:
        line = data.count(b"\n", 0, utf8_error.start) + 1
        raise IngestError(where, "is not decodable as UTF-8 or a Western 8-bit encoding", line=line)
    return text


def _text_lines(
    data: bytes,
    where: Path,
    warnings: list[str] | None = None,
    headings: dict[int, int] | None = None,
    *,
    export: bool = False,
) -> list[str]:
    """The text's lines; a JSON export's as the report it holds (:mod:`~hankegraafi.ingest.jsonread`),
    its headings' levels into ``headings``. A sheet's ``export`` (.csv, .tsv) keeps its tabs as cells'."""
    text = _decode(data, where, warnings)
    exported = json_lines(text)
    if exported is not None:
        if headings is not None:
            headings.update(exported[1])
        return exported[0]
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    for number, line in enumerate(lines, start=1):
        controls = _CONTROL.findall(line)
        if len(controls) > 2:
            raise IngestError(where, "is binary, not text (control characters)", line=number)
    return tabulate(join_hyphenated([_CONTROL.sub("", line).rstrip() for line in lines]), export=export)


# --- PDF ----------------------------------------------------------------------------------


class _LibraryNotes(logging.Handler):
    """The warnings pypdf logs while this thread reads one PDF, kept for the document's own warning.

    pypdf reports what it repaired (a cross-reference table pointing past the end, a font missing
    from a page's resources) through its loggers; they reached the command line's error output as
    ``WARNING pypdf._reader: incorrect startxref pointer(2)``, naming no file, above the summary.
    While a PDF is read they stop at the ``pypdf`` logger and become one warning naming the file.
    """

    _lock = threading.Lock()
    _reading = 0

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.thread = threading.get_ident()
        self.notes: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        if record.thread == self.thread and len(self.notes) < 100:
            self.notes.append(record.getMessage()[:200])

    def __enter__(self) -> _LibraryNotes:
        library = logging.getLogger("pypdf")
        with self._lock:
            type(self)._reading += 1
            library.propagate = False
        library.addHandler(self)
        return self

    def __exit__(self, *_: object) -> None:
        library = logging.getLogger("pypdf")
        library.removeHandler(self)
        with self._lock:
            type(self)._reading -= 1
            if not self._reading:
                library.propagate = True

    def warn(self, where: Path, warnings: list[str] | None) -> None:
        notes = list(dict.fromkeys(self.notes))
        if notes and warnings is not None:
            warnings.append(
                f"{where.name}: the PDF is damaged or unusual and was read as far as it goes (pypdf: "
                f"{'; '.join(notes[:5])}{' …' if len(notes) > 5 else ''}) (vaurioitunut PDF / skadad PDF)"
            )


class _Upright:
    """A page printed turned (``/Rotate`` 90, 180 or 270: a landscape page of a wide cost table) read upright.

    pypdf's layout text leaves out text drawn turned ("Rotated text discovered. Output will be
    incomplete."): the table of such a page was lost whole (test31 ic44's cost annex). Its rotation is
    moved into a copy of its content first, so its lines read as the page is seen. The document is copied
    once, at its first turned page. The upright text is taken only where it holds more than the page's text
    as read (pypdf reads some turned pages whole already); a page that cannot be turned is read as it is.
    """

    def __init__(self, reader: Any) -> None:
        self.reader = reader
        self.copy: Any = None

    def fuller(self, index: int, read: str, notes: list[str]) -> str:
        """The page's text: ``read`` (its layout text as read), or its upright text where that has more; then
        pypdf's note that it left turned text out is no longer true of the page, and goes from ``notes``."""
        turned = self.text(index)
        if turned is None or _letters(turned) <= _letters(read):
            return read
        notes[:] = [note for note in notes if not note.startswith("Rotated text discovered")]
        return turned

    def text(self, index: int) -> str | None:
        from pypdf import PdfWriter
        from pypdf.errors import LimitReachedError, PyPdfError

        page = self.reader.pages[index]
        try:
            turned = int(page.get("/Rotate", 0) or 0) % 360
        except (TypeError, ValueError):
            return None
        if not turned:
            return None
        try:
            if self.copy is None:
                self.copy = PdfWriter(clone_from=self.reader)
            upright = self.copy.pages[index]
            upright.transfer_rotation_to_content()
            return str(upright.extract_text(extraction_mode="layout") or "") or None
        except LimitReachedError:
            raise
        except (PyPdfError, ValueError, KeyError, TypeError, IndexError, AttributeError):
            return None


def _letters(text: str) -> int:
    return len(text) - sum(map(text.count, " \t\n\r"))


def _form_text(page: object, where: Path, warnings: list[str] | None) -> str | None:
    """A fillable form's page with its answers where they stand (ingest/pdfforms.py); None when it has no
    filled field, or when its fields cannot be read (the page is then read as printed, with a warning)."""
    from pypdf.errors import PyPdfError

    try:
        return form_layout_text(page)
    except (PyPdfError, ValueError, TypeError, KeyError, AttributeError, IndexError) as exc:
        if warnings is not None:
            warnings.append(
                f"{where.name}: the answers in its form fields could not be read ({type(exc).__name__}); "
                "the page's printed text was (lomakkeen kenttiä ei luettu / formulärfälten lästes inte)"
            )
        return None


def _pdf_lines(
    data: bytes, where: Path, warnings: list[str] | None = None, max_bytes: int | None = None
) -> list[str]:
    """The text layer, page by page; runs of three or more spaces become tabs (table cells).

    ``max_bytes`` is checked as the pages are read, not after: a small file of many pages sharing
    one content stream (300 000 pages in 20 MB) would otherwise cost minutes of extraction before
    the text limit refused it. The characters counted are the non-space ones, which the final text
    keeps whatever the layout's padding.

    A PDF cut short has lost its cross-reference table and usually its page tree
    (written last), so pypdf cannot open it; the content streams that are whole
    are then read directly (:func:`~hankegraafi.ingest.salvage.salvage_pdf_text`) with a warning.
    """
    from pypdf import PdfReader
    from pypdf.errors import LimitReachedError, PyPdfError

    if b"%%EOF" not in data[-2048:]:
        salvaged = salvage_pdf_text(data)
        if not any(line.strip() for line in salvaged):
            raise IngestError(where, "is a truncated PDF (no %%EOF marker at the end) with no readable text")
        if warnings is not None:
            warnings.append(
                f"{where.name}: a truncated PDF (no %%EOF marker at the end): the text of its "
                f"{sum(1 for line in salvaged if not line) + 1} whole page(s) was read, the rest is missing "
                "(katkennut PDF / avbruten PDF)"
            )
        return salvaged
    notes = _LibraryNotes()
    at = ""
    try:
        with notes:
            reader = PdfReader(io.BytesIO(data), strict=False)
            if reader.is_encrypted:
                raise IngestError(where, "is an encrypted PDF")
            pages: list[str] = []
            seen = 0
            upright = _Upright(reader)
            for pdf_page in reader.pages:
                at = f" on page {len(pages) + 1}"  # where reading stopped, for the error below
                text = _form_text(pdf_page, where, warnings) or upright.fuller(
                    len(pages), layout_text(pdf_page), notes.notes
                )
                seen += _letters(text)
                if max_bytes is not None and seen > max_bytes:
                    raise IngestError(
                        where, f"its text is over {max_bytes} characters by page {len(pages) + 1} (pdf)"
                    )
                pages.append(text)
        notes.warn(where, warnings)
    except IngestError:
        raise
    except RecursionError as exc:
        raise IngestError(
            where, f"is a corrupt PDF (objects nested or referring to themselves too deeply){at}"
        ) from exc
    except LimitReachedError as exc:
        # pypdf's bounds: a stream unpacking past its limit or too many tokens (a compression bomb,
        # a page far larger than any report's), or objects in a cycle (damage): it cannot tell which.
        raise IngestError(where, f"is a corrupt PDF, or one over the PDF reader's limits{at} ({exc})") from exc
    except (
        PyPdfError,
        ValueError,
        KeyError,
        TypeError,
        AttributeError,
        IndexError,
        ZeroDivisionError,
        NotImplementedError,  # a stream filter or predictor pypdf does not implement
        zlib.error,
    ) as exc:
        raise IngestError(where, f"is a corrupt PDF{at} ({exc})") from exc
    if not pages:
        raise IngestError(where, "is a PDF with no pages")
    page_lines: list[list[str]] = []
    for page in pages:
        raw_lines = [currency_padding(raw.rstrip()) for raw in page.split("\n")]  # "EUR      0": one cell
        raw_lines = split_columns(raw_lines)  # a newsletter's two columns one after the other
        tabbed = [re.sub(r" {3,}", "\t", raw.strip()) for raw in raw_lines]
        # A row that leaves cells blank keeps its columns (a mark under the third colour column).
        page_lines.append([line.strip(" ") for line in keep_columns(raw_lines, tabbed)])
    lines = joined_pages(page_lines)  # the running header and footer once, a table over a page break whole
    # Layout mode pads with empty lines; keep at most one in a row.
    compact: list[str] = []
    for line in lines:
        if line or (compact and compact[-1]):
            compact.append(line)
    while compact and not compact[-1]:
        compact.pop()
    return join_hyphenated(compact)


__all__ = ["MEDIA_TYPES", "Document", "IngestError", "read_bytes", "read_document"]
