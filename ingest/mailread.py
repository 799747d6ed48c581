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

import contextlib
import email
import email.policy
from collections.abc import Callable, Collection
from email.message import EmailMessage, Message
from pathlib import Path
from typing import Any

from hankegraafi.ingest.readerror import IngestError

#: The readers' entry (``readers.read_bytes``: bytes, file name, limit, path -> a document with ``lines``,
#: ``headings`` and ``warnings``), given by the caller: the readers call this module.
Read = Callable[..., Any]

#: Messages forwarded inside messages read, at most: a loop of attachments ends here.
MAX_DEPTH = 3
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
    reading = _Reading(where, max_bytes, read, readable, warnings, headings)
    reading.message(email.message_from_bytes(data, policy=email.policy.default), 0)
    if not any(line.strip() for line in reading.lines):
        raise IngestError(where, "is an e-mail with no text in its body or attachments")
    return reading.lines


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
        skipped: list[str] = []
        for attachment in message.iter_attachments():
            name = attachment.get_filename() or ""
            if attachment.get_content_type() == "message/rfc822":
                inner = attachment.get_payload()
                inner = inner[0] if isinstance(inner, list) and inner else inner
                if depth + 1 < MAX_DEPTH and isinstance(inner, Message):
                    said = f": {name}" if name else ""
                    self.lines += [
                        "",
                        f"Välitetty viesti / Vidarebefordrat meddelande / Forwarded message{said}",
                        "",
                    ]
                    self.message(inner, depth + 1)
                continue
            suffix = Path(name).suffix.lower()
            if suffix in self.readable and suffix != ".eml":
                self.lines += ["", f"Liite / Bilaga / Attachment: {name}"]
                if self.headings is not None:
                    self.headings[len(self.lines)] = 1
                self.lines.append("")
                self.part(attachment, name, False)
            elif name:
                skipped.append(name)
        if skipped and self.warnings is not None:
            self.warnings.append(
                f"{self.where.name}: attachments of kinds not read: {', '.join(skipped[:10])} "
                "(liitettä ei luettu / bilagan lästes inte)"
            )

    def part(self, part: Message, name: str, outline: bool) -> None:
        """One part read by the reader of its kind; its headings (``outline``: the body's) shifted to
        where its lines start."""
        data = part.get_payload(decode=True)
        if not isinstance(data, bytes) or not data.strip():
            return
        charset = (part.get_content_charset() or "").lower()
        if part.get_content_type() == "text/plain" and charset not in ("", "utf-8", "us-ascii"):
            # the charset the message declares for its plain text, which the bytes do not say themselves (an
            # HTML part says its own in its <meta>); unknown or wrong: the text reader detects one
            with contextlib.suppress(LookupError, UnicodeDecodeError):
                data = data.decode(charset).encode("utf-8")
        try:
            doc = self.read(data, file_name=name, max_bytes=self.max_bytes, path=self.where)
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


__all__ = ["MAX_DEPTH", "Read", "eml_lines"]
