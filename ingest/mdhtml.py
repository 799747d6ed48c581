"""An HTML table inside a Markdown file, read as the Markdown table it shows.

CommonMark passes raw HTML through: a table pasted from a web page, a wiki or Word into a Markdown file
("<table>\\n<tr><th>Kustannuslaji</th><th>Budjetti</th></tr>\\n<tr><td>Palkat</td><td>214 000</td></tr>
\\n</table>") renders as the same table as its pipe form ("| Kustannuslaji | Budjetti |"). The .md branch
passed its tags through as text, and every reader of a table (cost cells, lights, goals, fields) found none:
scripts/metamorph.py's ``pipe_table_as_html`` (stop 53) lost facts in 42 of the 47 development documents with a
pipe table. :func:`markdown_html_tables` reads each such block with an HTML parser (BeautifulSoup over lxml, as the
HTML reader does) and writes its rows as pipe rows: the first row the header, a delimiter row under it, a
spanning cell followed by an empty cell per extra column (``plaintext.spread``), a caption as a line above. A
block with a table inside a table, not closed, or inside a code fence (HTML shown as code) stays as it is.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import Any

#: An HTML block that opens with a table (CommonMark's HTML block of type 6 may be indented up to three spaces).
_OPEN = re.compile(r"^ {0,3}<table\b", re.I)
_CLOSE = re.compile(r"</table\s*>", re.I)
#: A code fence's line: inside a fenced block a table's tags are code shown as they are.
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
#: Most lines one table block may run over.
_MAX_LINES = 5000


def markdown_html_tables(lines: list[str]) -> list[str]:
    """``lines`` with each HTML table block as pipe rows (module doc), each block on as many lines as it had
    (empty lines after the table make up the rest), so that the lines after it keep their numbers; a table
    whose rows were written on fewer lines than they are stays as it is."""
    if not any("<table" in line.lower() for line in lines):
        return lines
    closes = [at for at, line in enumerate(lines) if _CLOSE.search(line)]
    out: list[str] = []
    index = 0
    fence = ""
    while index < len(lines):
        if opening := _FENCE.match(lines[index]):
            mark = opening.group(1)
            fence = "" if fence and mark.startswith(fence[0]) and len(mark) >= len(fence) else fence or mark
        if fence or not _OPEN.match(lines[index]):
            out.append(lines[index])
            index += 1
            continue
        # The first line at or after this one that closes a table (found once for all: linear in the lines).
        after = bisect.bisect_left(closes, index)
        end = closes[after] if after < len(closes) else len(lines)
        rows = (
            _pipe_rows("\n".join(lines[index : end + 1]))
            if end - index < _MAX_LINES and end < len(lines)
            else None
        )
        if rows is not None:
            after_table = _CLOSE.split(lines[end], maxsplit=1)[1].strip()
            rows += [after_table] if after_table else []
        if rows is None or len(rows) > end + 1 - index:
            # Not closed, or its rows written on fewer lines than they are: as it is, so that the lines after it
            # keep their numbers (a fact is cited at its line).
            out.append(lines[index])
            index += 1
            continue
        out += rows + [""] * (end + 1 - index - len(rows))
        index = end + 1
    return out


def _pipe_rows(block: str) -> list[str] | None:
    from bs4 import BeautifulSoup

    from hankegraafi.ingest.plaintext import spread

    try:
        soup = BeautifulSoup(block, "lxml")
    except Exception:  # lxml raises several types on garbage
        return None
    tables = soup.find_all("table")
    if len(tables) != 1:
        return None
    table = tables[0]

    def text(cell: object) -> str:
        return " ".join(cell.get_text(" ").split()).replace("|", "\\|")  # type: ignore[attr-defined]

    trs = [tr.find_all(["td", "th"], recursive=False) for tr in table.find_all("tr")]
    rows = _under_row_spans([(spread(cells, text), _row_spans(cells)) for cells in trs])
    heads = next((i for i, cells in enumerate(trs) if any(c.name != "th" for c in cells)), len(trs))
    if heads == 2 < len(rows):
        # two header rows ("Vuosi 2024" spanning "Budjetti | Toteutunut"): one head a column, as a reader of the
        # page sees it, the group's words before the column's (a Markdown table has one header row; test50 ou12)
        joined = [
            " ".join(w for w in pair if w) for pair in zip(_carried(rows[0], trs[0]), rows[1], strict=False)
        ]
        rows = [joined, *rows[2:]]
    rows = [row for row in rows if any(row)]
    if not rows:
        return None
    width = max(map(len, rows))
    rows = [row + [""] * (width - len(row)) for row in rows]
    out = [text(caption) for caption in table.find_all("caption") if text(caption)]
    out += [_row(rows[0]), "|" + "|".join(["---"] * width) + "|"]
    return out + [_row(row) for row in rows[1:]]


def _carried(row: list[str], cells: Sequence[Any]) -> list[str]:
    """The first header row with each group's words over every column it spans (``colspan``), not the first only."""
    out = list(row)
    at = 0
    for cell in cells:
        wide = str(cell.get("colspan") or "1").strip()
        width = min(int(wide), 20) if wide.isdigit() and int(wide) > 1 else 1
        out[at + 1 : at + width] = [out[at]] * len(out[at + 1 : at + width])
        at += width
    return out


def _row_spans(cells: Sequence[Any]) -> list[int]:
    """Per spread column of a row, how many rows below its cell also covers (``rowspan`` - 1)."""
    out: list[int] = []
    for cell in cells:
        wide, tall = (str(cell.get(a) or "1").strip() for a in ("colspan", "rowspan"))
        width = min(int(wide), 20) if wide.isdigit() and int(wide) > 1 else 1
        out += [min(int(tall), 50) - 1 if tall.isdigit() and int(tall) > 1 else 0] * width
    return out


def _under_row_spans(rows: list[tuple[list[str], list[int]]]) -> list[list[str]]:
    """The rows with an empty cell where a cell of a row above still stands (``rowspan``): "Kustannuslaji" spanning
    the two header rows leaves the second row's "Budjetti | Toteutunut" under the columns they head, not one to the
    left (test50 ou12)."""
    out: list[list[str]] = []
    pending: dict[int, int] = {}  # column -> rows it is still covered for
    for cells, spans in rows:
        row: list[str] = []
        at = 0
        for cell, span in zip(cells, spans, strict=False):
            while pending.get(len(row), 0) > 0:
                pending[len(row)] -= 1
                row.append("")
            if span:
                pending[len(row)] = span
            row.append(cell)
            at += 1
        row += cells[at:]
        while pending.get(len(row), 0) > 0:
            pending[len(row)] -= 1
            row.append("")
        out.append(row)
    return out


def _row(cells: list[str]) -> str:
    return "|" + "|".join(f" {cell} " if cell else " " for cell in cells) + "|"


#: A character reference as CommonMark reads one: a named entity, a decimal or a hexadecimal one, each closed by ';'
#: ("&nbsp;", "&#160;", "&#xA0;", "&euro;"); "&" alone or "&nbsp" without its ';' is text.
_REFERENCE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
#: An inline code span ("`&nbsp;`" shows the reference as written).
_CODE_SPAN = re.compile(r"(`+).*?(?<!`)\1(?!`)")


def markdown_references(lines: list[str]) -> list[str]:
    """``lines`` with the character references CommonMark decodes as the characters they are ("120&nbsp;000 €",
    "&euro;", "&#160;": the red team's R18-21, a page converted to Markdown keeps them), outside a code fence and
    an inline code span. A reference to a pipe inside a table's row is the cell's pipe ("\\|"), no cell's edge;
    a reference to no character (an unknown name) stays as written. Line for line."""
    if not any("&" in line for line in lines):
        return lines
    out: list[str] = []
    fence = ""
    for line in lines:
        if opening := _FENCE.match(line):
            mark = opening.group(1)
            fence = "" if fence and mark.startswith(fence[0]) and len(mark) >= len(fence) else fence or mark
        if fence or "&" not in line or opening:
            out.append(line)
            continue
        row = line.lstrip().startswith("|")
        pieces = []
        at = 0
        for code in [*_CODE_SPAN.finditer(line), None]:
            text = line[at : code.start() if code else len(line)]
            pieces.append(_REFERENCE.sub(_decode_row if row else _decode, text))
            if code is not None:
                pieces.append(code.group(0))
                at = code.end()
        out.append("".join(pieces))
    return out


def _decoded(found: re.Match[str], row: bool) -> str:
    import html

    reference = found.group(0)
    char = html.unescape(reference)
    if char == reference:
        return reference
    return "\\|" if row and char == "|" else char


def _decode(found: re.Match[str]) -> str:
    return _decoded(found, row=False)


def _decode_row(found: re.Match[str]) -> str:
    return _decoded(found, row=True)
