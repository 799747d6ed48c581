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

    rows = [spread(tr.find_all(["td", "th"], recursive=False), text) for tr in table.find_all("tr")]
    rows = [row for row in rows if any(row)]
    if not rows:
        return None
    width = max(map(len, rows))
    rows = [row + [""] * (width - len(row)) for row in rows]
    out = [text(caption) for caption in table.find_all("caption") if text(caption)]
    out += [_row(rows[0]), "|" + "|".join(["---"] * width) + "|"]
    return out + [_row(row) for row in rows[1:]]


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
