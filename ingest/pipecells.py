"""Markdown pipe tables written another way than the readers know them, as the rows the readers know.

GitHub-flavoured Markdown reads a table without its outer pipes ("Kululaji | Budjetti" over "--- | ---:") as the
same table with them, and a plain page or a mail parts a table's cells with pipes without any delimiter row. Split
from ingest/plaintext.py (stop 52, no change of behaviour): :func:`outer_pipes` puts the outer pipes on such rows.
"""

from __future__ import annotations

import re

#: A Markdown table's delimiter row written without outer pipes ("--- | ---:", ":-- | :-: | --:").
_BARE_RULE = re.compile(r"\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+")
#: A query tool's printout rule under its header row ("-----+----------", psql and the like): the
#: same table, its column joints drawn with "+" (test27 i42).
_PSQL_RULE = re.compile(r"\s*-{2,}(?:\+-{2,})+\s*")


def outer_pipes(lines: list[str]) -> list[str]:
    """A Markdown table whose rows leave out the outer pipes ("Kululaji | Budjetti" / "--- | ---:" /
    "Palkat | 214 000") as the same rows with them, the form the segmenter reads. GitHub-flavoured
    Markdown allows both; what makes the lines a table is the delimiter row under the header, whose
    cells are dashes, so the header above it must have as many pipes. The rows below it are the
    table's while each has a pipe."""
    out = list(lines)
    for index, line in enumerate(lines):
        joints = "+" if _PSQL_RULE.fullmatch(line) else "|"
        if index == 0 or not (joints == "+" or _BARE_RULE.fullmatch(line)) or line.lstrip().startswith("|"):
            continue
        header = lines[index - 1]
        if header.lstrip().startswith("|") or header.count("|") != line.count(joints):
            continue
        out[index - 1] = f"| {header.strip()} |"
        out[index] = f"| {line.strip() if joints == '|' else ' | '.join(['---'] * (line.count('+') + 1))} |"
        for below in range(index + 1, len(lines)):
            row = lines[below]
            if "|" not in row or not row.strip() or row.lstrip().startswith("|"):
                break
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
