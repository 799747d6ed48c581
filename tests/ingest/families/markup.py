"""How a family generator's document is written: its blocks in a file format, its tables in a markup.

:func:`render` writes a document given as blocks (title, headings, paragraphs, fields, lists, tables) as md, txt,
html, csv/tsv, eml or docx, with the tables of a text format in one of :data:`TABLE_MARKUPS` and its fields in one of
:data:`FIELD_STYLES`. The frame (frame.py) re-exports these names: generators use ``frame.render``.
"""

from __future__ import annotations

import csv
import datetime as dt
import html
import io
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
#: The file formats :func:`render` writes (the suffix of the document's name).
FORMATS = ("md", "txt", "html", "csv", "tsv", "eml", "docx")

#: How a table is written inside a text document (md, txt, eml). HTML and DOCX have their own table; a
#: csv or tsv file is all rows.
TABLE_MARKUPS = (
    "pipe-padded",  # | Kenttä     | Tieto |  with a |---| rule, cells padded to the column's width
    "pipe-bare",  # |Kenttä|Tieto|  with a |-|-| rule, no padding
    "tsv",  # one tab between cells
    "csv-comma",  # csv.writer with ','
    "csv-semicolon",  # csv.writer with ';' (Excel in Finnish)
    "spaces",  # cells padded with spaces to the column's width, two spaces apart
    "tabs",  # cells padded with tabs to 8-column stops
)

#: How a ``fields`` block (label → value) is written in a text document.
FIELD_STYLES = ("colon", "bold-colon", "next-line", "table")

#: A block of a document: ("title", text), ("heading", text), ("para", text), ("fields", [(label, value)]),
#: ("list", [items], numbered), ("table", [rows], caption or None).
Block = tuple


def _widths(rows: Sequence[Sequence[str]]) -> list[int]:
    return [max(len(r[i]) if i < len(r) else 0 for r in rows) for i in range(max(len(r) for r in rows))]


def table_text(rows: Sequence[Sequence[str]], markup: str) -> str:
    """``rows`` (the first is the header) written in ``markup`` (one of :data:`TABLE_MARKUPS`)."""
    rows = [[str(c) for c in r] for r in rows]
    if markup in ("pipe-padded", "pipe-bare"):
        padded = markup == "pipe-padded"
        widths = _widths(rows) if padded else [1] * len(rows[0])

        def line(cells: Sequence[str]) -> str:
            if padded:
                return "| " + " | ".join(c.ljust(w) for c, w in zip(cells, widths, strict=False)) + " |"
            return "|" + "|".join(cells) + "|"

        rule = (
            ("| " + " | ".join("-" * max(3, w) for w in widths) + " |")
            if padded
            else "|" + "|".join("-" * len(widths)) + "|"
        )
        return "\n".join([line(rows[0]), rule, *(line(r) for r in rows[1:])])
    if markup == "tsv":
        return "\n".join("\t".join(r) for r in rows)
    if markup in ("csv-comma", "csv-semicolon"):
        out = io.StringIO()
        csv.writer(out, delimiter="," if markup == "csv-comma" else ";", lineterminator="\n").writerows(rows)
        return out.getvalue().rstrip("\n")
    if markup == "spaces":
        widths = _widths(rows)
        return "\n".join("  ".join(c.ljust(w) for c, w in zip(r, widths, strict=False)).rstrip() for r in rows)
    if markup == "tabs":
        widths = [(w // 8 + 1) * 8 for w in _widths(rows)]
        lines = []
        for r in rows:
            cells = []
            for c, w in zip(r[:-1], widths, strict=False):
                cells.append(c + "\t" * max(1, -(-(w - len(c)) // 8)))
            lines.append("".join(cells) + r[-1])
        return "\n".join(lines)
    raise ValueError(f"unknown table markup {markup!r}: one of {TABLE_MARKUPS}")


def _fields_as_text(pairs: Sequence[tuple[str, str]], style: str, fmt: str, markup: str) -> list[str]:
    if style == "table":  # a two-column table, its first field the header row (as a form pasted from Word)
        return [table_text([list(p) for p in pairs], markup)]
    if style == "next-line":
        return [f"{label}\n{value}" for label, value in pairs]
    if style == "bold-colon" and fmt == "md":
        return ["\n".join(f"**{label}:** {value}  " for label, value in pairs)]
    return ["\n".join(f"{label}: {value}" for label, value in pairs)]


def _text(blocks: Sequence[Block], fmt: str, markup: str, field_style: str) -> str:
    md = fmt == "md"
    parts: list[str] = []
    for block in blocks:
        kind = block[0]
        if kind == "title":
            parts.append(f"# {block[1]}" if md else block[1])
        elif kind == "heading":
            parts.append(f"## {block[1]}" if md else block[1])
        elif kind == "para":
            parts.append(block[1])
        elif kind == "fields":
            parts.extend(_fields_as_text(block[1], field_style, fmt, markup))
        elif kind == "list":
            numbered = len(block) > 2 and block[2]
            parts.append("\n".join(f"{i}. {t}" if numbered else f"- {t}" for i, t in enumerate(block[1], 1)))
        elif kind == "table":
            caption = block[2] if len(block) > 2 else None
            parts.append((f"{caption}\n\n" if caption else "") + table_text(block[1], markup))
        else:
            raise ValueError(f"unknown block {kind!r}")
    return "\n\n".join(parts) + "\n"


def _html(blocks: Sequence[Block], subject: str | None, field_style: str) -> str:
    e = html.escape
    body: list[str] = []
    for block in blocks:
        kind = block[0]
        if kind == "title":
            body.append(f"<h1>{e(block[1])}</h1>")
        elif kind == "heading":
            body.append(f"<h2>{e(block[1])}</h2>")
        elif kind == "para":
            body.append(f"<p>{e(block[1])}</p>")
        elif kind == "fields":
            if field_style == "table":
                rows = "".join(f"<tr><th>{e(k)}</th><td>{e(v)}</td></tr>" for k, v in block[1])
                body.append(f"<table>{rows}</table>")
            elif field_style == "next-line":
                items = "".join(f"<dt>{e(k)}</dt><dd>{e(v)}</dd>" for k, v in block[1])
                body.append(f"<dl>{items}</dl>")
            else:
                body.extend(f"<p><b>{e(k)}:</b> {e(v)}</p>" for k, v in block[1])
        elif kind == "list":
            tag = "ol" if len(block) > 2 and block[2] else "ul"
            body.append(f"<{tag}>" + "".join(f"<li>{e(t)}</li>" for t in block[1]) + f"</{tag}>")
        elif kind == "table":
            caption = f"<caption>{e(block[2])}</caption>" if len(block) > 2 and block[2] else ""
            head, *rest = block[1]
            rows = "<tr>" + "".join(f"<th>{e(str(c))}</th>" for c in head) + "</tr>"
            rows += "".join("<tr>" + "".join(f"<td>{e(str(c))}</td>" for c in r) + "</tr>" for r in rest)
            body.append(f"<table>{caption}{rows}</table>")
        else:
            raise ValueError(f"unknown block {kind!r}")
    title = f"<title>{e(subject)}</title>" if subject else ""
    return (
        f'<!DOCTYPE html>\n<html lang="fi"><head><meta charset="utf-8">{title}</head>\n<body>\n'
        + "\n".join(body)
        + "\n</body></html>\n"
    )


def _sheet(blocks: Sequence[Block], delimiter: str) -> str:
    rows: list[list[str]] = []
    for block in blocks:
        kind = block[0]
        if kind in ("title", "heading", "para"):
            rows.append([block[1]])
        elif kind == "fields":
            rows.extend([k, v] for k, v in block[1])
        elif kind == "list":
            rows.extend([t] for t in block[1])
        elif kind == "table":
            if len(block) > 2 and block[2]:
                rows.append([block[2]])
            rows.extend([str(c) for c in r] for r in block[1])
        rows.append([])
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, lineterminator="\n").writerows(rows)
    return out.getvalue()


def _docx(blocks: Sequence[Block], subject: str | None, field_style: str) -> bytes:
    sys.path.insert(0, str(REPO / "tests" / "ingest" / "corpus" / "generate"))
    try:
        import binaries_common as bc
    finally:
        sys.path.pop(0)
    d = bc.docx_document("Hanketoimisto", dt.datetime(2024, 6, 1, 12, 0))
    if subject:
        d.core_properties.title = subject
    for block in blocks:
        kind = block[0]
        if kind == "title":
            d.add_heading(block[1], level=1)
        elif kind == "heading":
            d.add_heading(block[1], level=2)
        elif kind == "para":
            d.add_paragraph(block[1])
        elif kind == "fields":
            if field_style == "table":
                bc.table(d, [tuple(p) for p in block[1]])
            else:
                for k, v in block[1]:
                    d.add_paragraph(f"{k}: {v}")
        elif kind == "list":
            style = "List Number" if len(block) > 2 and block[2] else "List Bullet"
            for t in block[1]:
                d.add_paragraph(t, style=style)
        elif kind == "table":
            if len(block) > 2 and block[2]:
                d.add_paragraph(block[2])
            bc.table(d, [tuple(str(c) for c in r) for r in block[1]])
    raw = io.BytesIO()
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "d.docx"
        bc.save(d, out, (2024, 6, 1, 12, 0, 0))
        raw.write(out.read_bytes())
    return raw.getvalue()


def render(
    blocks: Sequence[Block],
    fmt: str,
    *,
    markup: str = "pipe-padded",
    field_style: str = "colon",
    subject: str | None = None,
) -> bytes:
    """``blocks`` written as a file of format ``fmt`` (:data:`FORMATS`).

    ``markup`` is the tables' markup in a text format (md, txt, eml); ``field_style`` how a ``fields`` block is
    written (:data:`FIELD_STYLES`); ``subject`` the document's own title outside its body: HTML's <title>, an
    e-mail's Subject header, a DOCX's core title (other formats have none).
    """
    if fmt in ("md", "txt"):
        return _text(blocks, fmt, markup, field_style).encode("utf-8")
    if fmt == "html":
        return _html(blocks, subject, field_style).encode("utf-8")
    if fmt in ("csv", "tsv"):
        return _sheet(blocks, "\t" if fmt == "tsv" else ";" if markup == "csv-semicolon" else ",").encode(
            "utf-8"
        )
    if fmt == "eml":
        head = (
            "From: hanketoimisto@example.invalid\nTo: ohjausryhma@example.invalid\n"
            f"Subject: {subject or ''}\nDate: Mon, 3 Jun 2024 09:00:00 +0300\nMIME-Version: 1.0\n"
            'Content-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: 8bit\n\n'
        )
        return (head + _text(blocks, "txt", markup, field_style)).encode("utf-8")
    if fmt == "docx":
        return _docx(blocks, subject, field_style)
    raise ValueError(f"unknown format {fmt!r}: one of {FORMATS}")
