"""Reading what is left of a PDF or DOCX cut off in its bytes, without the libraries that need it whole.

Kept apart from :mod:`hankegraafi.ingest.damaged` (which judges a text's encoding and its end):
pypdf and python-docx refuse a file without its end, so the content streams of a PDF's whole
pages and the start of a DOCX's ``word/document.xml`` are read here directly, so that the reader
can keep what is there with a warning (readers.py calls these).
"""

from __future__ import annotations

import base64
import itertools
import re
import struct
import zlib

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


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def salvage_docx_text(data: bytes, limit: int = 64_000_000) -> list[str]:
    """The paragraphs and table rows of a DOCX cut short, from its document part's local entry.

    A ZIP written in order keeps its directory at the very end, so a cut file cannot be
    opened; but ``word/document.xml`` comes early, and as much of it as is there is
    inflated and read with a forgiving parser: paragraphs as lines, table rows as
    tab-separated lines. Empty when the document part is not there. At most ``limit`` bytes are
    inflated, as for a whole DOCX (a cut file must not unpack to more than a whole one may).
    """
    from lxml import etree

    for match in re.finditer(rb"PK\x03\x04", data):
        at = match.start()
        if len(data) < at + 30:
            break
        _, _, flags, method, _, _, _, size, _, name_len, extra_len = struct.unpack(
            "<4sHHHHHIIIHH", data[at : at + 30]
        )
        if data[at + 30 : at + 30 + name_len] != b"word/document.xml":
            continue
        start = at + 30 + name_len + extra_len
        body = data[start : start + size] if size and not flags & 0x08 else data[start:]
        try:
            xml = zlib.decompressobj(-15).decompress(body, limit) if method == 8 else body[:limit]
        except zlib.error:
            return []
        root = etree.fromstring(xml, etree.XMLParser(recover=True, resolve_entities=False, no_network=True))
        if root is None:
            return []
        lines: list[str] = []
        for block in root.iter(f"{_W}p", f"{_W}tr"):
            if block.tag == f"{_W}tr":
                lines.append("\t".join("".join(c.itertext()).strip() for c in block.iter(f"{_W}tc")))
            elif not any(a.tag in (f"{_W}tc",) for a in block.iterancestors()):
                lines.append("".join(t.text or "" for t in block.iter(f"{_W}t")).rstrip())
        return lines
    return []


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
