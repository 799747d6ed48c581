"""Cells a plain-text table glued: sums, or column heads, parted by one space where a column filled to its edge.

A fixed-width table (a text report, a Markdown code block, a PDF's text) parts its columns by two spaces or
more. A wide sum that fills its column leaves one space before the next ("1 040 000,00 1 031 300,00", "1 120 000,00
1 046 218,40 1 120 000,00", "1 480 000 1 402 350"), and two heads may stand one space apart ("Actual Utilisation
%"): the reader gives one cell where the table has two or three. Split from ``ingest/tables.py`` (the shared
reader, near its size bound); read by ``money._normalised``.
"""

from __future__ import annotations

import re
from collections.abc import Callable

#: A whole sum as a report prints it in a fixed-width column: groups of three after the first ("1 040 000"), cents
#: at its end only ("720 000,00"), no first group of zeros.
_WHOLE_SUM = re.compile(r"-?(?:[1-9]\d{0,2}(?: \d{3})*|0)(?:,\d{1,2})?")
#: A cell of digit groups and nothing else, the candidates of sums glued.
_DIGIT_GROUPS = re.compile(r"-?\d+(?:,\d{1,2})?(?: -?\d+(?:,\d{1,2})?)+")
#: A word of letters, which each of two heads glued has.
_WORD = re.compile(r"[^\W\d_]{2,}")
#: Most sums one cell may hold glued.
_MOST = 4


def _sum(tokens: list[str], cents: bool) -> bool:
    """Digit groups that are one whole sum, with its cents where the cell's sums have cents, else of four digits
    or more."""
    text = " ".join(tokens)
    if not _WHOLE_SUM.fullmatch(text):
        return False
    return "," in text if cents else len(text.replace(" ", "").lstrip("-")) >= 4


def _cuts(tokens: list[str], cents: bool) -> list[list[str]]:
    """Every way of parting the digit groups into whole sums, each a list of the sums."""
    if not tokens:
        return [[]]
    out: list[list[str]] = []
    for end in range(1, len(tokens) + 1):
        if _sum(tokens[:end], cents):
            out += [[" ".join(tokens[:end]), *rest] for rest in _cuts(tokens[end:], cents) if len(rest) < _MOST]
    return out


def glued_sums(cell: str) -> list[str] | None:
    """The two sums or more of a cell where a filled column left one space before the next ("1 040 000,00
    1 031 300,00", "1 760 000 1 781 200"): the one way of parting its digit groups into whole sums (each of four
    digits or more, or each with its cents where the cell has cents; no first group of zeros); None when there is
    no such way, or more than one ("12 500" is one sum; the cell read as one sum is no way of these)."""
    text = re.sub(r"[\u00a0\u202f]", " ", cell.strip())
    if not _DIGIT_GROUPS.fullmatch(text) or text.count(" ") > 4 * _MOST:
        return None
    cuts = [cut for cut in _cuts(text.split(" "), "," in text) if len(cut) > 1]
    return cuts[0] if len(cuts) == 1 else None


def split_glued_sums(rows: list[list[str]]) -> list[list[str]]:
    """``rows`` with each cell that holds sums glued by one space split (:func:`glued_sums`): a plain-text table
    whose wide sums filled their columns ("Yhteensä | | 1 040 000,00 1 031 300,00 | 99" under "Kustannuslaji |
    Budjetti | Toteutunut | %"). The sums go to the cell and the empty cells beside it (left first), then to
    cells a row short of the header's lacks. A cell with no room for its sums stays as it is."""
    if len(rows) < 2:
        return rows
    width = len(rows[0])
    out = [rows[0]]
    for row in rows[1:]:
        cells = list(row)
        for index in range(len(cells) - 1, 0, -1):
            sums = glued_sums(cells[index])
            if sums is None:
                continue
            left = index
            while left - 1 > 0 and not cells[left - 1].strip() and index - left < len(sums) - 1:
                left -= 1
            right = index
            while right + 1 < len(cells) and not cells[right + 1].strip() and right - left < len(sums) - 1:
                right += 1
            missing = len(sums) - 1 - (right - left)
            if missing > max(width - len(cells), 0):
                continue
            cells[left : right + 1] = sums
        out.append(cells)
    return out


def split_glued_heads(rows: list[list[str]], role: Callable[[str], str | None]) -> list[list[str]]:
    """``rows`` with a header cell that holds two columns' heads one space apart ("Actual Utilisation %", "Beviljat
    Utfall") split: the one cut of its words whose two sides each name a column role (``role``), two different
    ones, into the empty header cell beside it or, where the rows under it are a cell wider than the header, into
    a cell more."""
    if len(rows) < 2:
        return rows
    header = list(rows[0])
    wider = max(len(r) for r in rows[1:]) > len(header)
    for index in range(len(header) - 1, 0, -1):
        words = header[index].split()
        cuts = [
            [" ".join(words[:at]), " ".join(words[at:])]
            for at in range(1, len(words))
            if _WORD.search(" ".join(words[at:]))  # each side a head of words: "%" alone is no column's
            and (first := role(" ".join(words[:at])))
            and (second := role(" ".join(words[at:])))
            and first != second
            and role(header[index]) in (first, second, None)
        ]
        if len(cuts) != 1:
            continue
        if index + 1 < len(header) and not header[index + 1].strip():
            header[index : index + 2] = cuts[0]
        elif index > 1 and not header[index - 1].strip():
            header[index - 1 : index + 1] = cuts[0]
        elif wider:
            header[index : index + 1] = cuts[0]
        else:
            continue
        return [header, *rows[1:]]
    return rows
