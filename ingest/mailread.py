"""Read an e-mail saved as a file (.eml) into lines: its header, its body and its attachments.

A steering group's memo or a status report often reaches a publisher as an e-mail: the report
forwarded in the body, or attached as a PDF, DOCX or workbook. Read as plain text, a saved message
was its MIME source: headers of routing, quoted-printable "=C3=A4" for "ä", base64 blocks. Python's
``email`` package (the standard library's MIME parser) decodes it; each part is then read by the
reader of its own kind (ingest/readers.py), so a table in the HTML body or an attached report is
read as the same file on its own would be.

- The message's subject and date first, as "Subject: …" lines (the rules that read e-mails printed as
  text read them); not its sender or recipients (personal data).
- The body: its HTML alternative when it has one (a report pasted into Outlook keeps its tables
  there; the plain alternative flattens them), else its plain text.
- A forwarded message attached whole (message/rfc822) is read the same way, to a depth of
  :data:`MAX_DEPTH`; every attachment of a kind the readers read follows under a heading of its file
  name ("Liite: tilanneraportti.pdf"); others are named in a warning.
"""

from __future__ import annotations

import binascii
import contextlib
import email
import email.policy
import io
import quopri
import re
import zipfile
from collections.abc import Callable, Collection, Iterator
from email.message import EmailMessage, Message
from pathlib import Path
from typing import Any

from hankegraafi.ingest import ooxml
from hankegraafi.ingest.readerror import IngestError

#: The readers' entry (``readers.read_bytes``: bytes, file name, limit, path -> a document with ``lines``,
#: ``headings`` and ``warnings``), given by the caller: the readers call this module.
Read = Callable[..., Any]

#: Messages forwarded inside messages read, at most: a loop of attachments ends here.
MAX_DEPTH = 3
#: Lines that may open a MIME part ("--boundary"), at most: more are refused before the message is parsed.
MAX_PARTS = 2_000
#: Attachments read, at most, in one message and the messages it forwards; the rest are named in a warning
#: (5 000 small attachments, each read whole with the whole budget, ran past 30 s: R1, stop 40).
MAX_ATTACHMENTS = 50
#: The charsets a plain-text part is decoded with as it declares; any other is left to the text reader's own
#: detection (Python's punycode decoder is worse than linear: 800 kB declared "punycode" ran past 50 s, R1).
CHARSETS = frozenset(
    {
        "iso-8859-1",
        "latin-1",
        "latin1",
        "iso-8859-15",
        "windows-1252",
        "cp1252",
        "utf-16",
        "utf-16le",
        "utf-16be",
        "windows-1257",
        "iso-8859-4",
        "iso-8859-2",
        "windows-1250",
        "koi8-r",
        "ascii",
    }
)
#: Longest attachment name shown in a line or a warning; a longer one keeps its start and its suffix.
MAX_NAME = 200
#: The header fields read, with the label each line starts with. Not the sender or the recipients: their
#: names and addresses are personal data, and a document's unread lines are shown on its page.
_HEADERS = ("Subject", "Date")


def eml_lines(
    data: bytes,
    where: Path,
    max_bytes: int,
    read: Read,
    readable: Collection[str],
    warnings: list[str] | None = None,
    headings: dict[int, int] | None = None,
) -> list[str]:
    """The message's header lines, its body's lines and each readable attachment's (a suffix in
    ``readable``, read by ``read``) under its name."""
    # The email package parses every part before any is read (20 000 parts: 6 s of CPU, R1). A part starts at a
    # line of its boundary, which begins "--": more such lines than MAX_PARTS bound the parts from above.
    if data.count(b"\n--") > MAX_PARTS:
        raise IngestError(
            where, f"is an e-mail of more than {MAX_PARTS} MIME parts: not read (no report has as many)"
        )
    reading = _Reading(where, max_bytes, read, readable, warnings, headings)
    reading.parts = data.count(b"\n--")
    reading.weigh_fields(data)
    try:
        reading.message(email.message_from_bytes(data, policy=email.policy.default), 0)
    except RecursionError as exc:  # parts nested a thousand deep: the email package recurses (R1, stop 40)
        raise IngestError(where, "is an e-mail whose parts are nested too deeply to read") from exc
    if reading.skipped and warnings is not None:
        warnings.append(
            f"{where.name}: attachments not read: {', '.join(reading.skipped[:10])}"
            f"{f' and {len(reading.skipped) - 10} more' if len(reading.skipped) > 10 else ''} "
            "(liitettä ei luettu / bilagan lästes inte)"
        )
    if not any(line.strip() for line in reading.lines):
        raise IngestError(where, "is an e-mail with no text in its body or attachments")
    return reading.lines


#: The header fields the email package parses as it reads a message and its parts (and this module as it reads them).
PARSED_FIELDS = frozenset(
    {b"content-type", b"content-disposition", b"content-transfer-encoding", b"subject", b"date"}
)
#: Most bytes of one such field (unfolded), and of all of them in one message (with the messages it forwards). The
#: parser's time grows with the square of a field's length and, per byte, is high for encoded words and parameters
#: (900 fields of 1 kB of encoded words: 10.7 s); a message's part headers are ~150 bytes each.
MAX_FIELD = 8_000
MAX_FIELD_WEIGHT = 64_000
_FIELD_START = re.compile(rb"([!-9;-~]+)[ \t]*:")


def _parsed_fields(data: bytes) -> Iterator[tuple[str, int]]:
    """(name, length) of each field of :data:`PARSED_FIELDS` in the header blocks of ``data``: the block at
    its start and each after a line opening with "--" (a boundary), to the next empty line. One pass."""
    in_header, name, length = True, b"", 0
    for line in data.split(b"\n"):
        line = line.rstrip(b"\r")
        if in_header and line[:1] in (b" ", b"\t") and name:
            length += len(line)
            continue
        if name:
            yield name.decode("ascii", "replace"), length
            name, length = b"", 0
        if not line:
            in_header = False
        elif line.startswith(b"--"):
            in_header = True
        elif in_header and (start := _FIELD_START.match(line)) and start.group(1).lower() in PARSED_FIELDS:
            name, length = start.group(1), len(line)
    if name:
        yield name.decode("ascii", "replace"), length


def _utf8(data: bytes) -> bool:
    """Whether the bytes are UTF-8 with some non-ASCII letter: then a declared 8-bit charset is wrong (UTF-8's
    byte pairs are rarely 8-bit text), and decoding by it made mojibake the text reader had to repair."""
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return not data.isascii()


def one_line(name: str) -> str:
    """An attachment's file name as one line of text: its whitespace runs (line breaks, U+2028 …) one
    space, at most :data:`MAX_NAME` characters with its suffix kept.

    The name is the sender's text (RFC 2231 ``filename*=utf-8''raportti%0ASubject%3A…`` decodes to line
    breaks): put in a line whole, one line held several and a span's text line breaks under one line
    number (R9, stop 45). The subject and date lines were already folded so."""
    text = " ".join(name.split())
    if len(text) <= MAX_NAME:
        return text
    suffix = Path(text).suffix[:16]
    return f"{text[: MAX_NAME - len(suffix) - 1]}…{suffix}"


class _Reading:
    """One message read into :attr:`lines`, with what the readers' entry needs for each part."""

    def __init__(
        self,
        where: Path,
        max_bytes: int,
        read: Read,
        readable: Collection[str],
        warnings: list[str] | None,
        headings: dict[int, int] | None,
    ) -> None:
        self.where, self.max_bytes, self.read, self.readable = where, max_bytes, read, readable
        self.warnings, self.headings = warnings, headings
        self.lines: list[str] = []
        self.skipped: list[str] = []  # attachments of kinds not read, or past MAX_ATTACHMENTS
        self.attachments = 0
        # What the archives read so far unpack to (all members; all but media): the message's share of
        # the one bound an Office file has, so fifty attachments cost what one may (R6, stop 44).
        self.unpacked = self.xml = 0
        self.parts = 0  # lines that may open a MIME part, in the message and the forwarded ones it decodes
        self.weight = 0  # bytes of the header fields the parser reads (see weigh_fields)

    def weigh_fields(self, data: bytes) -> None:
        """Refuse the message before it is parsed if its parsed header fields would cost too much.

        The email package's parser of a structured field (Content-Type, Content-Disposition, an encoded
        Subject) takes time growing with the square of the field's length, and much per encoded word or
        parameter: a 220 kB filename of encoded words took 10 s, 16 000 parameters of a Content-Type 6 s,
        900 part headers of 1 kB 10.7 s, and a 20 MB message may hold many (R9, stop 45). The fields it
        parses are measured in every header block (the message's first, and each after a line opening
        with "--"): one over :data:`MAX_FIELD` bytes, or all over :data:`MAX_FIELD_WEIGHT`, refuse the
        message naming the field."""
        for name, length in _parsed_fields(data):
            self.weight += length
            if length > MAX_FIELD:
                raise IngestError(
                    self.where,
                    f"is an e-mail with a {name} header field of {length} bytes: not read (at most {MAX_FIELD})",
                )
            if self.weight > MAX_FIELD_WEIGHT:
                raise IngestError(
                    self.where,
                    f"is an e-mail whose long header fields ({name} and others) would take too long to read: not read",
                )

    def message(self, message: Message, depth: int) -> None:
        if not isinstance(message, EmailMessage):
            raise IngestError(self.where, "is not an e-mail message")
        for field in _HEADERS:
            value = message.get(field)
            if value:
                self.lines.append(f"{field}: {' '.join(str(value).split())}")
        if self.lines:
            self.lines.append("")
        body = message.get_body(preferencelist=("html", "plain"))
        if body is not None:
            self.part(body, "viesti.html" if body.get_content_type() == "text/html" else "viesti.txt", True)
        for attachment in message.iter_attachments():
            name = one_line(attachment.get_filename() or "")
            if attachment.get_content_type() == "message/rfc822":
                inner = self.forwarded(attachment) if depth + 1 < MAX_DEPTH else None
                if inner is not None:
                    said = f": {name}" if name else ""
                    self.lines += [
                        "",
                        f"Välitetty viesti / Vidarebefordrat meddelande / Forwarded message{said}",
                        "",
                    ]
                    self.message(inner, depth + 1)
                else:  # past the depth, or not readable: said, as any attachment not read
                    self.skipped.append(name or "(message/rfc822)")
                continue
            suffix = Path(name).suffix.lower()
            if suffix in self.readable and suffix != ".eml" and self.attachments < MAX_ATTACHMENTS:
                self.attachments += 1
                self.lines += ["", f"Liite / Bilaga / Attachment: {name}"]
                if self.headings is not None:
                    self.headings[len(self.lines)] = 1
                self.lines.append("")
                self.part(attachment, name, False)
            else:  # an attachment with no name is said by its type (it had been dropped unsaid: R9, stop 45)
                self.skipped.append(name or f"({attachment.get_content_type()})")

    def forwarded(self, part: Message) -> Message | None:
        """The message a message/rfc822 part forwards, or None if it holds none.

        Sent base64 or quoted-printable (RFC 2046 allows neither; some mailers do it), the email package
        parses the ENCODED text as the message: its base64 lines became lines of the document (R9, stop
        45). Decoded and parsed again here, its MIME parts counted in the message's one bound."""
        inner = part.get_payload()
        inner = inner[0] if isinstance(inner, list) and inner else inner
        if not isinstance(inner, Message):
            return None
        coding = str(part.get("Content-Transfer-Encoding", "")).strip().lower()
        if coding not in ("base64", "quoted-printable"):
            return inner
        try:
            if coding == "base64":
                text = inner.get_payload()
                data = binascii.a2b_base64(text.encode("ascii")) if isinstance(text, str) else b""
            else:
                data = quopri.decodestring(inner.as_bytes())
        except (binascii.Error, UnicodeError, ValueError):
            return None
        self.parts += data.count(b"\n--")
        if self.parts > MAX_PARTS:
            raise IngestError(
                self.where,
                f"is an e-mail of more than {MAX_PARTS} MIME parts: not read (no report has as many)",
            )
        self.weigh_fields(data)
        decoded = email.message_from_bytes(data, policy=email.policy.default)
        return decoded if data.strip() else None

    def part(self, part: Message, name: str, outline: bool) -> None:
        """One part read by the reader of its kind; its headings (``outline``: the body's) shifted to
        where its lines start."""
        data = part.get_payload(decode=True)
        if not isinstance(data, bytes) or not data.strip():
            return
        charset = (part.get_content_charset() or "").lower()
        kind = part.get_content_type()
        said = kind == "text/html" and b"charset" in data[:4096].lower()
        if kind in ("text/plain", "text/html") and charset in CHARSETS and not said and not _utf8(data):
            # the charset the message declares for its text, which the bytes do not say themselves (an HTML
            # part that says its own in a <meta> is read by it: an HTML part without one had been guessed,
            # with a "mis-encoded" warning, R9 stop 45); unknown or wrong: the text reader detects one
            with contextlib.suppress(LookupError, UnicodeDecodeError):
                data = data.decode(charset).encode("utf-8")
        if not self.within_unpacked(data, name):
            return
        left = self.max_bytes - sum(map(len, self.lines)) - len(self.lines)
        if left <= 0:
            raise IngestError(
                self.where, f"is an e-mail whose parts hold more than {self.max_bytes} characters"
            )
        try:
            doc = self.read(data, file_name=name, max_bytes=left, path=self.where)
        except IngestError as exc:
            if self.warnings is not None:
                self.warnings.append(
                    f"{self.where.name}: {name} not read: {exc.reason} (osaa ei luettu / delen lästes inte)"
                )
            return
        start = len(self.lines)
        self.lines += doc.lines
        if outline and self.headings is not None:
            self.headings.update({start + line: level for line, level in doc.headings.items()})
        if self.warnings is not None:
            self.warnings += [w for w in doc.warnings if w not in self.warnings]

    def within_unpacked(self, data: bytes, name: str) -> bool:
        """Whether a part that is a ZIP archive (DOCX, XLSX, PPTX, ODF) fits what the message's archives
        may still unpack to: each Office file is bounded by ingest/ooxml.py's limits, and a message of
        many is held to the same limits in all (fifty 100 kB DOCX attachments each unpacking to 26 MB of
        XML were each parsed whole before their text was refused: 0.35 s apiece, R4 and R6)."""
        if not data.startswith(b"PK"):
            return True
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                members = archive.infolist()[: ooxml.MAX_PARTS + 1]
        except (zipfile.BadZipFile, *ooxml.DAMAGED):
            return True  # the part's own reader says what is wrong with it
        whole = sum(m.file_size for m in members)
        xml = sum(m.file_size for m in members if not m.filename.lower().endswith(ooxml.MEDIA_SUFFIXES))
        if self.unpacked + whole <= ooxml.MAX_UNPACKED_BYTES and self.xml + xml <= ooxml.MAX_XML_BYTES:
            self.unpacked, self.xml = self.unpacked + whole, self.xml + xml
            return True
        if self.warnings is not None:
            self.warnings.append(
                f"{self.where.name}: {name} not read: the message's attachments would unpack to more than "
                f"{ooxml.MAX_XML_BYTES} bytes of XML or {ooxml.MAX_UNPACKED_BYTES} in all, an Office file's "
                "limits (osaa ei luettu / delen lästes inte)"
            )
        return False


__all__ = ["CHARSETS", "MAX_ATTACHMENTS", "MAX_DEPTH", "MAX_NAME", "MAX_PARTS", "Read", "eml_lines", "one_line"]
