"""Markdown pipe tables written another way than the readers know them, as the rows the readers know.

GitHub-flavoured Markdown reads a table without its outer pipes ("Kululaji | Budjetti" over "--- | ---:") as the
same table with them, and a plain page or a mail parts a table's cells with pipes without any delimiter row. Split
from ingest/plaintext.py (stop 52): :func:`outer_pipes` puts the outer pipes on such rows.

A row's cells written without the spaces around their pipes ("|Hanke|Kotona kuntoon|", "Kululaji|Budjetti" under
"---|---:") are the same cells: the padding carries nothing, but the readers of fields, lights and names look for
" | " between cells. The metamorphic tests (scripts/metamorph.py ``md_tables_unpadded``, stop 51) found 7 of 44
development documents losing names, lights and cost cells so. :func:`padded_pipe_rows` gives each row of such a
table (a line between outer pipes, three pipes or more) one space on each side of every pipe that parts two cells;
a pipe escaped with a backslash ("\\|") is a cell's text and stays, a delimiter row stays as it is. Line for line.
"""

from __future__ import annotations

import re

from hankegraafi.ingest.labels import match_heading

#: A Markdown table's delimiter row written without outer pipes ("--- | ---:", ":-- | :-: | --:", "---|:-:"; GFM
#: asks one dash a cell: three somewhere, or a colon, tell it from text).
_BARE_RULE = re.compile(r"(?=.*(?:-{3}|:-|-:))\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)+")
#: A query tool's printout rule under its header row ("-----+----------", psql and the like): the
#: same table, its column joints drawn with "+" (test27 i42).
_PSQL_RULE = re.compile(r"\s*-{2,}(?:\+-{2,})+\s*")


def outer_pipes(lines: list[str]) -> list[str]:
    """A Markdown table whose rows leave out the outer pipes ("Kululaji | Budjetti" / "--- | ---:" /
    "Palkat | 214 000") as the same rows with them, the form the segmenter reads. GitHub-flavoured
    Markdown allows both; what makes the lines a table is the delimiter row under the header, whose
    cells are dashes, so the header above it must have as many cells. The rows below it are the
    table's while each has a pipe; a row among them with its outer pipes keeps them (GFM allows both in one
    table: "|Talous|vihreä||" with an empty last cell), as does a header with them over a bare delimiter row."""
    out = list(lines)
    for index, line in enumerate(lines):
        joints = "+" if _PSQL_RULE.fullmatch(line) else "|"
        if index == 0 or not (joints == "+" or _BARE_RULE.fullmatch(line)) or line.lstrip().startswith("|"):
            continue
        header = lines[index - 1].strip()
        piped = header.startswith("|") and header.endswith("|") and len(header) > 1
        if (header[1:-1] if piped else header).count("|") != line.count(joints):
            continue
        out[index - 1] = lines[index - 1] if piped else f"| {header} |"
        out[index] = f"| {line.strip() if joints == '|' else ' | '.join(['---'] * (line.count('+') + 1))} |"
        for below in range(index + 1, len(lines)):
            row = lines[below]
            if "|" not in row or not row.strip():
                break
            if not row.lstrip().startswith("|"):
                out[below] = f"| {row.strip()} |"
    return _bare_pipe_rows(lines, out)


#: A cell of a sum or a share: "310 000", "36.000", "€ 742,000", "1 250,50 €", "75 %", "(12 000)", "420000"; a
#: telephone number ("040 123 4567") is none.
_SUM_CELL = re.compile(
    r"[-−(]?(?:€\s?)?(?:\d{1,3}(?:[ \u00a0.,]\d{3})*(?:[.,]\d{1,2})?|\d{4,9})\s?(?:t?€|%|e|eur|euroa?)?\)?",
    re.I,
)


def _bare_pipe_rows(lines: list[str], out: list[str]) -> list[str]:
    """A table parted by pipes with neither outer pipes nor a delimiter row ("Kustannuslaji | Budjetti |
    Toteutunut" over "Henkilöstökulut | 310 000 | 187 450"), as a plain page or a mail prints it (test32 od15,
    test33 id06 id55): three lines or more in a row with the same two pipes or more, two of the rows under the
    first with a sum in a cell after their label. A breadcrumb or a contact list parted so has no sums. Judged on
    the lines as read (``textforms.as_read``): a byte-order mark or another format character before a row's pipe
    is no text before it."""
    from hankegraafi.ingest.textforms import as_read

    lines = [as_read(line) for line in lines]
    start = 0
    while start < len(lines):
        pipes = lines[start].count("|") if not lines[start].lstrip().startswith("|") else 0
        end = start + 1
        while pipes >= 2 and end < len(lines) and len(lines[end]) <= 2000 and lines[end].count("|") == pipes:
            if lines[end].lstrip().startswith("|"):
                break
            end += 1
        rows = [[c.strip() for c in lines[i].split("|")] for i in range(start + 1, end)]
        summed = sum(1 for row in rows if any(_SUM_CELL.fullmatch(c) for c in row[1:]))
        untouched = all(as_read(out[i]) == lines[i] for i in range(start, end))
        if pipes >= 2 and end - start >= 3 and summed >= 2 and untouched:
            for i in range(start, end):
                out[i] = f"| {lines[i].strip()} |"
        start = max(end, start + 1)
    return out


#: A pipe that parts two cells: not escaped.
_PIPE = re.compile(r"(?<!\\)\|")
#: A pipe without a space on one of its sides, inside a row (not the row's first or last character).
_UNPADDED = re.compile(r"(?<=[^\s\\])\||(?<!\\)\|(?=\S)")
#: A delimiter row's cell: "---", ":-:", "--:", or empty.
_RULE_CELL = re.compile(r":?-*:?")
#: A wiki's header row, every cell between two pipes: "||Kenttä||Arvo||" (not "||Arvio|Toteutunut|", an empty corner).
_WIKI_HEADER = re.compile(r"\|\|(?:[^|]+\|\|)+")
#: Longest line read so.
_MAX_LINE = 2000


def padded_pipe_rows(lines: list[str]) -> list[str]:
    """``lines`` with each pipe-table row whose pipes lack their spaces as "| cell | cell |" (module doc)."""
    if not any("|" in line for line in lines):
        return lines
    return [_padded(line) if "|" in line and len(line) <= _MAX_LINE else line for line in lines]


def _padded(line: str) -> str:
    row = line.strip()
    if len(row) < 3 or row[0] != "|" or row[-1] != "|" or row.endswith("\\|") or len(_PIPE.findall(row)) < 3:
        return line
    if _WIKI_HEADER.fullmatch(row):
        return line  # a wiki's header row ("||Kenttä||Arvo||", Confluence): its own reader's
    if not _UNPADDED.search(row[1:-1]) and row[1] == " " and row[-2] == " ":
        return line
    cells = _PIPE.split(row)[1:-1]
    if all(_RULE_CELL.fullmatch(cell.strip()) for cell in cells):
        return line  # the delimiter row: no cell the readers read (labels.table_cells drops it)
    indent = line[: len(line) - len(line.lstrip())]
    return indent + "| " + " | ".join(cell.strip() for cell in cells) + " |"


#: Cell separators of a table written in a text without tabs: a sheet's rows saved as text ("Tavoite;Tila"), a
#: table with bare pipes ("Hanke|Kotona kuntoon").
_SEPARATORS = (";", "|")
#: A list item's marker: a bullet, or a number or letter and a full stop or a bracket.
_LIST_ITEM = re.compile(r"(?:[-*•–]|\d{1,2}[.)]|[a-z]\))\s")
#: A field's line: its label and colon before the first separator ("Kumppanit: Kela;THL").
_FIELD_LINE = re.compile(r"[^:;|]{1,60}:\s")
#: Longest cell of such a row: a sentence is no cell.
_MAX_CELL = 200


def separated_rows(lines: list[str]) -> list[str]:
    """Rows of a table whose cells a ';' or a bare '|' parts, as the table's pipe rows ("Tavoite;Tila" over
    "Kotikuntoutus käynnistyy;toteutunut", "Hanke|Kotona kuntoon -hanke" over "Toteuttaja|Etelä-Savon
    hyvinvointialue" as "| Tavoite | Tila |" …): a CSV's rows saved as .txt, a plain page's table; a card's
    fields among them are then read as its lines (ingest/fieldrows.py). R17-10 and
    R17-11 (stop 52): a goal table was read as one goal of the whole table, a light table read no light, "Hanke|X"
    named the project "Hanke|X".

    Two lines or more in a row, each parted into the same number of cells (two or more) by the same separator,
    the first cell of each not empty, no cell longer than a sentence's worth; a ';' only where no space follows it
    (a sentence's semicolon has one: "kesken; jatkuu syksyllä") and outside quotes (the csv module's reading). A
    row with outer pipes is a Markdown table's (``outer_pipes`` above) and stays, as do a line with a tab and a
    list's item ("- Matkakulut – budj. 8 000 | tot. 3 950")."""
    if not any(";" in line or "|" in line for line in lines):
        return lines
    out = list(lines)
    for mark in _SEPARATORS:
        index = 0
        while index < len(out):
            width = _width(out[index], mark)
            end = index + 1
            while width and end < len(out) and _width(out[end], mark) == width:
                end += 1
            if width and end - index >= 2 and not _of_parties(_split(out[index], mark)[0]):
                for at in range(index, end):
                    out[at] = (
                        "| " + " | ".join(cell.replace("|", "\\|") for cell in _split(out[at], mark)) + " |"
                    )
            index = end
    return out


#: The sections whose tables list parties ("Osatoteuttajat;Rooli", "Samarbetspartner;Roll").
_PARTIES = ("actors", "cooperation", "dependencies")


def _of_parties(header: str) -> bool:
    """A table of parties by its header's first cell: its rows stay lines, which the readers of parties read
    ("the Municipality of Laukaa;osatoteuttaja" as a co-implementer; as a table's row the name was lost: the
    names family's csv-semicolon tables, stop 54)."""
    heading = match_heading(header)
    return heading is not None and heading[0] in _PARTIES


def _split(line: str, mark: str) -> list[str]:
    if mark == "|":
        return [cell.strip().replace("\\|", "|") for cell in _PIPE.split(line.strip())]
    import csv

    return [cell.strip() for cell in next(csv.reader([line.strip()], delimiter=mark), [])]


def _width(line: str, mark: str) -> int:
    """How many cells ``mark`` parts ``line`` into as a row of such a table (module doc), or 0."""
    row = line.strip()
    if mark not in row or "\t" in row or len(row) > 2000 or row.startswith("|") or row.endswith("|"):
        return 0
    if _LIST_ITEM.match(row):
        return 0  # "- Matkakulut – budj. 8 000 | tot. 3 950": an item of a list, no row
    if _FIELD_LINE.match(row):
        return 0  # "Kumppanit: Kela;THL": a field whose value lists its items (R19-13), no row
    if mark == ";" and re.search(r";\s", re.sub(r'"[^"]*"', "", row)):
        return 0
    cells = _split(row, mark)
    if len(cells) < 2 or not cells[0] or any(len(cell) > _MAX_CELL for cell in cells):
        return 0
    if all(_RULE_CELL.fullmatch(cell) for cell in cells):
        return 0  # "--- | --- | ---": a delimiter row, whose header did not match it (``outer_pipes``)
    return len(cells)
