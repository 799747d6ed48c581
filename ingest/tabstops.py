"""A table laid out with tabs to the 8-column tab stops, read as the space-aligned table it shows.

An author who lines up a table's columns in a plain text with the tab key, or an editor that turns runs of
spaces into tabs (``unexpand -a``), writes as many tabs as the label needs to reach the next column: a short
label gets three ("Matkakulut<TAB><TAB><TAB>18 500"), a long one one ("Omat henkilöstökustannukset<TAB>1 240
000"). Shown with tabs at every 8th column the rows line up, as the author saw them; read as a tab-separated
export, each extra tab was an empty cell, and the rows' sums fell under other columns (the metamorphic table of
stop 51: 59 of 89 documents lost cost cells, lights and goals so). Such a block is laid out here as the spaces it
shows, and the space-aligned reader (ingest/plaintext.py) reads it as it reads any aligned table.

What tells it from a tab-separated export (whose adjacent tabs are empty cells) is that its rows have the same
cells under the same columns with different numbers of tabs: two rows of as many cells, tabbed differently, whose
cells stand under one another when shown. An export writes one tab between two cells, whatever their lengths, so
its rows of as many cells have as many tabs, and where they have not (an empty cell in one), their cells stand
at different columns when shown. A ``.tsv`` or ``.csv`` file is an export: never read so (``tabulate``'s caller).

A tab that leaves less than three columns to its stop (a label ending at the 7th column) would show a gap the
space-aligned reader does not take for a column's edge: every column from such a stop on is shifted right by two
columns in each row of the block, so the rows stay aligned and the gap is a gap. Linear in the text's length.
"""

from __future__ import annotations

import bisect
import itertools
import re

TAB_STOP = 8
#: The narrowest gap the space-aligned reader takes for a column's edge (plaintext._GAP).
_MIN_GAP = 3
_PIECES = re.compile(r"(\t+)")
_SPACED = re.compile(r"( {2,})")
#: A cell's text: words one space apart.
_TEXT = re.compile(r"\S+(?: \S+)*")
#: A run of two tabs or more between a cell and the next one: padding, or an export's empty cell.
_TAB_RUN = re.compile(r"\S\t{2,} *\S")
#: Rows of each number of cells and tabs kept to compare the next rows with.
_KEPT = 4
#: A tab and spaces after it before a cell's text: the spaces pad the cell to where it shows.
_PADDED = re.compile(r"\t +\S")
#: Longest line read so (longer is no row of a table).
_MAX_LINE = 2000


def _segments(line: str) -> list[tuple[int, int, str]]:
    """The line's pieces between tab runs: (the column its run of tabs ends at, the column its text ended at
    before the run, the text), the first at column 0, in the columns the line shows with tabs at every 8th."""
    parts = _PIECES.split(line)
    out = [(0, 0, parts[0])]
    column = len(parts[0])
    for run, text in zip(parts[1::2], parts[2::2], strict=True):
        before = column
        column = (column // TAB_STOP + len(run)) * TAB_STOP
        out.append((column, before, text))
        column += len(text)
    return out


def _cells(line: str) -> list[tuple[int, int]]:
    """Where the line shows its cells' text: (first column, end column) of each piece between tab runs and
    gaps of two spaces or more, the first piece's too."""
    spans = []
    for start, _, text in _segments(line):
        for m in _TEXT.finditer(text):
            spans.append((start + m.start(), start + m.end()))
    return spans


def _lined_up(a: list[tuple[int, int]], b: list[tuple[int, int]]) -> bool:
    """Each cell after the first of ``a`` stands over the cell of ``b`` of the same place: both start or both end
    at one column (left or right aligned). Columns that only meet are no alignment: a long value over a short
    one's column ("Hallinnoija<TAB>Kainuun hyvinvointialue" over "Myönnetty<TAB><TAB>960 000 €")."""
    return all(x0 == y0 or x1 == y1 for (x0, x1), (y0, y1) in zip(a[1:], b[1:], strict=True))


def _aligned(rows: list[str]) -> bool:
    """Whether the tabbed ``rows`` of one block are a table aligned by tab stops (module doc): two rows of as
    many cells standing under one another, tabbed differently or both padded with spaces after a tab."""
    if not any(_TAB_RUN.search(row) or _PADDED.search(row) for row in rows):
        return False
    # Per number of cells, per number of tabs: the first few rows so (a bound: the test stays linear).
    seen: dict[int, dict[int, list[tuple[bool, list[tuple[int, int]]]]]] = {}
    for row in rows:
        cells = _cells(row)
        if len(cells) < 2:
            continue
        tabs, padded = row.count("\t"), _PADDED.search(row) is not None
        by_tabs = seen.setdefault(len(cells), {})
        for other_tabs, others in by_tabs.items():
            for other_padded, other in others:
                if (other_tabs != tabs or (padded and other_padded)) and _lined_up(cells, other):
                    return True
        if len(kept := by_tabs.setdefault(tabs, [])) < _KEPT:
            kept.append((padded, cells))
    return False


def _exported(row: str) -> bool:
    """A row as a sheet saves it: three cells or more, one tab between each, no gap of spaces in a cell. With no
    cell padded after its tab in the text, the text's runs of tabs are that sheet's empty cells ("Osa-alue<TAB>
    Vihreä<TAB>Keltainen" over "Talous<TAB><TAB>x": the tick under "Keltainen", R17-20), however they show."""
    tabs = row.count("\t")
    return tabs >= 2 and _TAB_RUN.search(row) is None and len(_cells(row.strip("\t"))) == tabs + 1


def _laid_out(row: str) -> bool:
    """A line alone with tabs in its block whose tabs lay it out: a run of tabs, or spaces after a tab (a page's
    head "RAPORTTI<TAB><TAB><TAB>Sivu 1/2")."""
    return _TAB_RUN.search(row) is not None or _PADDED.search(row) is not None


def _shown(line: str, stops: list[int], moved: list[int]) -> str:
    """``line`` with its tabs as the spaces they show, each piece moved right by the shift of its column."""
    if "\t" in line:
        pieces = [(start, text) for start, _, text in _segments(line)]
    else:  # a row of the block aligned with spaces only: its pieces at their gaps
        parts = _SPACED.split(line)
        pieces, column = [], 0
        for index, part in enumerate(parts):
            if index % 2 == 0:
                pieces.append((column, part))
            column += len(part)
    out = ""
    for start, text in pieces:
        at = start + moved[bisect.bisect_right(stops, start)]
        out += " " * max(at - len(out), 1 if out else 0) + text
    return out


def expand_aligned_tabs(lines: list[str]) -> list[str]:
    """``lines`` with their tabs as the spaces they show when one block (lines between empty ones) of the text
    is a table aligned by tab stops (module doc): then the author's tab key aligns, in that table and in every
    other line (a page's header "RAPORTTI<TAB><TAB><TAB>Sivu 1/2", a field "Hanke:<TAB>X"). Else a line with
    tabs alone in its block whose tabs lay it out (:func:`_laid_out`) is the spaces it shows: an export's rows
    are never alone, and one such line read as an export made the whole text one, its space-aligned tables lost
    (plaintext._tabulated reads a text with a tab in its first 200 lines as an export). Each block's pieces
    after a narrow tab move right together (module doc). Line for line; lines over 2 000 characters as they are."""
    if not any("\t" in line for line in lines):
        return lines
    blocks = []
    start = 0
    while start < len(lines):
        if not lines[start].strip():
            start += 1
            continue
        end = start
        while end < len(lines) and lines[end].strip():
            end += 1
        tabbed = [lines[i] for i in range(start, end) if "\t" in lines[i] and len(lines[i]) <= _MAX_LINE]
        if tabbed:
            blocks.append((range(start, end), tabbed))
        start = end
    # A row as a sheet saves it, and no cell padded after a tab in the text: its block is a pasted sheet's, and
    # so is the block right under it (a blank row may part the sheet's head from its rows, R17-25); its tabs stay
    # cells. Another block may still be aligned by tab stops (R17-32).
    padded = any(_PADDED.search(row) for _, tabbed in blocks for row in tabbed)
    sheet = [not padded and any(_exported(row) for row in tabbed) for _, tabbed in blocks]
    pasted = [
        sheet[i]
        or (
            i > 0
            and sheet[i - 1]
            and not any(lines[j].strip() for j in range(blocks[i - 1][0].stop, block.start))
        )
        for i, (block, _) in enumerate(blocks)
    ]
    # One block aligned so says how the author uses the tab key: every other tab of the text is a tab stop's.
    aligned = any(
        not pasted[i] and len(tabbed) >= 2 and _aligned(tabbed) for i, (_, tabbed) in enumerate(blocks)
    )
    out = list(lines)
    for i, (block, tabbed) in enumerate(blocks):
        if pasted[i] or not (aligned or (len(tabbed) == 1 and _laid_out(tabbed[0]))):
            continue
        # The stops a tab reaches with less than a gap's width of columns: every piece from there on moves.
        shift: dict[int, int] = {}
        for row in tabbed:
            for stop, before, text in _segments(row)[1:]:
                if text.strip() and before and stop - before < _MIN_GAP:
                    shift[stop] = max(shift.get(stop, 0), _MIN_GAP - (stop - before))
        stops = sorted(shift)
        moved = [0, *itertools.accumulate(shift[stop] for stop in stops)]
        for i in block:
            if len(lines[i]) <= _MAX_LINE:
                out[i] = _shown(lines[i], stops, moved)
    return out


#: A field at a line's start whose value a tab sets off: "Hanke:<TAB>X", "- Aikataulu:<TAB>vihreä", "**Tila:**<TAB>…".
_COLON_TAB = re.compile(
    r"^(?P<label>[ \t]*(?:[-*•][ \t]+)?(?:\*\*)?[^\W\d_][^\t:]{0,60}:(?:\*\*)?)\t+(?=[^\t]+$)"
)


def colon_fields(lines: list[str]) -> list[str]:
    """A field whose label's colon a tab follows ("Hyvinvointialue:<TAB>Etelä-Savon hyvinvointialue", a value
    aligned with the tab key or a form exported from Word) as the field it is, "Label: value", when that tab is
    the line's only one: the colon says where the label ends. Read as a tab-separated export, one such line had
    made the whole text one (R17's colon_tab, stop 52: 40 of 171 tuning documents lost a county, a name, lights
    or goals), and a verdict line "Tilanne:<TAB>toteutunut …" lost its goal's status (R17-19)."""
    if not any(":\t" in line or ":**\t" in line for line in lines):
        return lines
    return [_COLON_TAB.sub(r"\g<label> ", line) if "\t" in line else line for line in lines]
