"""Reading damaged documents: stray 8-bit bytes in UTF-8, and the part of a document cut short.

Kept apart from the readers (ingest/readers.py), which call these when a file
is not whole: each function returns what can be read and says what was wrong,
so that the reader warns instead of refusing the document or garbling it.
"""

from __future__ import annotations

import base64
import itertools
import re
import zlib
from pathlib import Path

HTML_END = re.compile(rb"</\s*(?:body|html)\s*>", re.I)
_SENTENCE_END = re.compile(r"""[.!?:;)\]"'”»…%€]$""")
_OPEN_END = re.compile(
    r"(?:[,\-–(/&+]|\b(?:ja|sekä|tai|eli|että|jotta|kun|och|samt|eller|and|or|the|of))$", re.I
)


_LIST_ITEM = re.compile(r"^\s*(?:[-•·*–]|\d{1,2}[.)])\s")


def cut_short(lines: list[str]) -> str | None:
    """How the text's last line shows the document was cut short, or None when it ends as texts do.

    A heading or list item ends without a full stop, so only plain signs count: a
    last line ending in a comma, dash or conjunction; a last sentence of eight or
    more words with no end punctuation after a paragraph that had one; a table
    row with fewer cells than the rows above it.
    """
    rows = [line for line in lines if line.strip()]
    if len(rows) < 3:
        return None
    last, before = rows[-1].rstrip(), rows[-2].rstrip()
    if not re.search(r"\w", last):
        return None  # "-" under a heading: a section left empty, not a cut
    if "\t" in last and "\t" in before:
        if last.count("\t") < before.count("\t") and before.count("\t") == rows[-3].count("\t"):
            return "in the middle of a table row"
        return None
    if _LIST_ITEM.match(last) or re.search(r"(?:\d|€|euroa?|kpl|%)$", last, re.I):
        return None  # a list item or a sum ends without a full stop
    if _OPEN_END.search(last):
        return "in the middle of a sentence"
    prose = [r for r in rows[:-1] if len(r.split()) >= 8]
    if (
        len(last.split()) >= 8
        and not _SENTENCE_END.search(last)
        and prose
        and sum(1 for r in prose if _SENTENCE_END.search(r.rstrip())) >= len(prose) / 2
    ):
        return "in the middle of a sentence"
    return None


def utf8_with_stray_bytes(data: bytes, where: Path, warnings: list[str] | None) -> str | None:
    """``data`` as UTF-8 with each invalid byte read as cp1252, or None when it is not UTF-8 at all.

    It is UTF-8 when it has valid multi-byte sequences, at least one for every ten
    stray bytes: a text in an 8-bit encoding forms one only by chance (a capital
    with a grave accent before a typographic quote), among many stray bytes.
    A multi-byte sequence cut off at the very end means the text was cut short.
    """
    text = data.decode("utf-8", errors="surrogateescape")
    stray = sum(1 for c in text if "\udc80" <= c <= "\udcff")
    valid = sum(1 for c in text if c > "\x7f" and not "\udc80" <= c <= "\udcff")
    if valid == 0 or valid < stray // 10:
        return None
    out: list[str] = []
    offsets: list[int] = []
    position = 0
    for char in text:
        if "\udc80" <= char <= "\udcff":
            byte = ord(char) - 0xDC00
            offsets.append(position)
            decoded = bytes([byte]).decode("cp1252", errors="replace")
            out.append(decoded)
            position += 1
        else:
            out.append(char)
            position += len(char.encode("utf-8"))
    # A multi-byte sequence cut off at the very end: its lead byte and 0-2 continuation bytes.
    tail = 0
    for k in (1, 2, 3):
        if k <= len(data) and data[-k] >= 0xC0 and all(0x80 <= b < 0xC0 for b in data[len(data) - k + 1 :]):
            tail = k if set(range(len(data) - k, len(data))) <= set(offsets) else 0
            break
    if tail:
        del out[-tail:]
        offsets = offsets[:-tail]
        if warnings is not None:
            warnings.append(
                f"{where.name}: the text ends in the middle of a UTF-8 character: the document may be cut "
                "short; what is there was read (katkennut dokumentti / avbrutet dokument)"
            )
    if offsets and warnings is not None:
        shown = ", ".join(str(o) for o in offsets[:10]) + (
            f" … ({len(offsets)} in all)" if len(offsets) > 10 else ""
        )
        warnings.append(
            f"{where.name}: not valid UTF-8 at byte offset{'s' if len(offsets) > 1 else ''} {shown}; "
            "read as cp1252 there, the rest as UTF-8 (virheellisiä merkkejä / felaktiga tecken)"
        )
    return "".join(out)


_STREAM = re.compile(rb"<<(?P<dict>(?:[^<>]|<<[^<>]*>>|<[0-9A-Fa-f\s]*>)*)>>\s*stream\r?\n")
_PDF_TOKEN = re.compile(
    rb"\((?:\\.|[^\\()]|\((?:\\.|[^\\()])*\))*\)|<[0-9A-Fa-f\s]*>|\[|\]|/[^\s/\[\]()<>]+|[-+.\d]+|[A-Za-z'\"*]+",
    re.S,
)
_PDF_ESCAPES = {b"n": b"\n", b"r": b"\r", b"t": b"\t", b"b": b"\b", b"f": b"\f"}


def salvage_pdf_text(data: bytes) -> list[str]:
    """The text of each whole content stream of a truncated PDF, one page per stream, in order.

    Enough of the text operators for the PDFs that office tools and reportlab
    write (single-byte fonts): ``cm`` with ``q``/``Q``, ``Tm``, ``Td``/``TD``,
    ``T*``, ``TL``, ``Tj``/``TJ``/``'``. Strings on one baseline are one line,
    a wide gap between them a tab; streams whose text is not readable are left out.
    """
    pages: list[list[str]] = []
    for match in _STREAM.finditer(data):
        end = data.find(b"endstream", match.end())
        if end < 0:
            break  # the stream the file was cut in
        raw = data[match.end() : end].strip()
        filters = re.findall(rb"/(ASCII85Decode|FlateDecode|A85|Fl)\b", match.group("dict"))
        try:
            for name in filters:
                if name in (b"ASCII85Decode", b"A85"):
                    raw = base64.a85decode(raw.removesuffix(b"~>").strip(), adobe=False)
                else:
                    raw = zlib.decompress(raw)
        except (ValueError, zlib.error):
            continue
        if b"BT" not in raw or b"/Subtype" in match.group("dict"):
            continue  # not a page's content (an image, a font, a form)
        lines = _content_lines(raw)
        text = "".join(lines)
        if text and sum(c.isprintable() for c in text) >= 0.9 * len(text):
            pages.append(lines)
    out: list[str] = []
    for page in pages:
        out += [*page, ""]
    return out[:-1] if out else []


def _pdf_string(token: bytes) -> bytes:
    if token.startswith(b"<"):
        digits = re.sub(rb"\s", b"", token[1:-1])
        return bytes.fromhex((digits + b"0" * (len(digits) % 2)).decode("ascii"))
    body = token[1:-1]
    out = bytearray()
    i = 0
    while i < len(body):
        c = body[i : i + 1]
        if c == b"\\" and i + 1 < len(body):
            nxt = body[i + 1 : i + 2]
            octal = re.match(rb"[0-7]{1,3}", body[i + 1 : i + 4])
            if octal:
                out.append(int(octal.group(), 8) & 0xFF)
                i += 1 + len(octal.group())
                continue
            out += _PDF_ESCAPES.get(nxt, b"" if nxt in b"\r\n" else nxt)
            i += 2
            continue
        out += c
        i += 1
    return bytes(out)


def _content_lines(content: bytes) -> list[str]:
    """Lines of one content stream: strings placed by the text and graphics state, grouped by baseline."""
    placed: list[tuple[float, float, str]] = []
    stack: list[tuple[float, float]] = []
    ctm = (0.0, 0.0)
    tm = [0.0, 0.0]
    line_start = [0.0, 0.0]
    leading = 0.0
    operands: list[bytes] = []
    array: list[bytes] | None = None

    def number(i: int) -> float:
        try:
            return float(operands[i])
        except (IndexError, ValueError):
            return 0.0

    def show(strings: list[bytes]) -> None:
        text = "".join(_pdf_string(t).decode("cp1252", errors="replace") for t in strings)
        if text.strip():
            placed.append((round(ctm[1] + tm[1], 0), ctm[0] + tm[0], text))

    for match in _PDF_TOKEN.finditer(content):
        token = match.group()
        if token == b"[":
            array = []
        elif token == b"]":
            operands.append(b"[]")
        elif token.startswith((b"(", b"<")):
            (array if array is not None else operands).append(token)
        elif re.fullmatch(rb"[-+.\d]+", token) or token.startswith(b"/"):
            if array is None:
                operands.append(token)
        else:
            op = token
            if op == b"q":
                stack.append(ctm)
            elif op == b"Q":
                ctm = stack.pop() if stack else (0.0, 0.0)
            elif op == b"cm" and len(operands) >= 6:
                ctm = (ctm[0] + number(-2), ctm[1] + number(-1))
            elif op == b"BT":
                tm, line_start = [0.0, 0.0], [0.0, 0.0]
            elif op == b"Tm" and len(operands) >= 6:
                tm, line_start = [number(-2), number(-1)], [number(-2), number(-1)]
            elif op in (b"Td", b"TD") and len(operands) >= 2:
                if op == b"TD":
                    leading = -number(-1)
                line_start = [line_start[0] + number(-2), line_start[1] + number(-1)]
                tm = list(line_start)
            elif op == b"TL" and operands:
                leading = number(-1)
            elif op in (b"T*", b"'", b'"'):
                line_start = [line_start[0], line_start[1] - leading]
                tm = list(line_start)
                if op != b"T*":
                    show([t for t in operands if t.startswith((b"(", b"<"))][-1:])
            elif op == b"Tj":
                show([t for t in operands if t.startswith((b"(", b"<"))][-1:])
            elif op == b"TJ" and array is not None:
                show(array)
            operands, array = [], None if op != b"[" else array
    lines: list[str] = []
    for y in sorted({y for y, _, _ in placed}, reverse=True):
        row = sorted((x, t) for yy, x, t in placed if yy == y)
        cells = [row[0][1]]
        for (x0, t0), (x1, t1) in itertools.pairwise(row):
            gap = x1 - (x0 + 5 * len(t0))  # about 5 points a character at 10 points
            cells.append(("\t" if gap > 15 else " ") + t1)
        lines.append(re.sub(r"[ \t]+$", "", "".join(cells)).strip())
    return lines


__all__ = ["HTML_END", "cut_short", "salvage_pdf_text", "utf8_with_stray_bytes"]
