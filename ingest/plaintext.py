"""Plain text laid out for the eye: columns aligned with spaces, fields with dotted leaders.

A fixed-width export ("Hankkeen nimi ......... Kotona Kainuussa", a cost table whose
columns line up with runs of spaces) carries the same structure as the tab-separated
exports the segmenter reads. When a text lays out several lines so, the runs of three
or more spaces inside those lines and the dotted leaders become tabs, as the PDF
reader already does with the gaps of a page's layout.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

from hankegraafi.ingest.alignedcols import aligned_columns, currency_rows
from hankegraafi.ingest.fieldrows import field_rows
from hankegraafi.ingest.labels import match_field
from hankegraafi.ingest.pipecells import outer_pipes, padded_pipe_rows, separated_rows
from hankegraafi.ingest.tabstops import colon_fields, expand_aligned_tabs

#: A field with dotted leaders, "Hankkeen nimi ........ X".
_LEADER_FORM = re.compile(r"^(?P<label>\S[^\t]{0,60}?)\s*\.{3,}[ .]*(?P<value>\S.*)$")
#: A numbered list's item ("1. ", "2) "): a field's label only where a field's label follows the number.
_ITEM_NUMBER = re.compile(r"^\(?\d{1,2}[.)]\s+")


class _Leaders:
    """A field with dotted leaders. A numbered item is one only when its words are a field's label ("1. Hankkeen
    nimi .... X", an application form's numbered fields) or its value an amount or a date (red team R21-4): "1. Every youth station has a navigator ... done" is a
    goal and its verdict, which the goals' reader takes apart (test47 or18, read as a table row of two cells that
    ran on into the costs' caption below it)."""

    @staticmethod
    def match(line: str) -> re.Match[str] | None:
        m = _LEADER_FORM.match(line)
        if m is None:
            return None
        numbered = _ITEM_NUMBER.match(m.group("label"))
        if (
            numbered is not None
            and not re.match(r"[\d€$£-]", m.group("value"))  # "3. Myönnetty avustus .... 200 000 €" (R21-4)
            and match_field(m.group("label")[numbered.end() :].strip(), marked=True) is None
        ):
            return None
        return m


_LEADER = _Leaders()
_GAP = re.compile(r"(?<=\S) {3,}(?=\S)")
#: Lines laid out with gaps or leaders, at least, before the text counts as laid out.
MIN_LAID_OUT = 3


def tabulate(lines: list[str], *, export: bool = False) -> list[str]:
    """``lines`` with aligned gaps and dotted leaders as tabs, when at least three lines have them;
    a Markdown table written without its outer pipes gets them (:func:`outer_pipes`), a front matter's
    keys are labels (:func:`front_matter`). A no-break or thin space between a number's digit groups ("215\u00a0000",
    as Word and Excel write them) is a plain one first: it groups the number, it is no gap between columns.
    Unless the text is a sheet's ``export`` (.tsv, .csv), a table aligned with tabs to the tab stops is the
    space-aligned table it shows and a field "Label:<TAB>value" the field it is (ingest/tabstops.py), and a
    two-column table of a card's fields its "Label: value" lines (ingest/fieldrows.py)."""
    lines = [_GROUPED.sub(" ", line) for line in lines]
    if export:
        return front_matter(_tabulated(lines))
    # A card's fields as a two-column table are the fields' lines (ingest/fieldrows.py).
    spaced = expand_aligned_tabs(colon_fields(lines))
    return front_matter(field_rows(separated_rows(_tabulated(spaced)), spaced))


#: A no-break, narrow no-break, thin, figure or punctuation space between digits (M1, stop 51).
_GROUPED = re.compile(r"(?<=\d)[\u00a0\u202f\u2009\u2007\u2008](?=\d)")


#: A word broken at a line's end by a hyphen: two or more letters, the last lower-case, then "-".
_BROKEN = re.compile(r"(?<![\w-])(?P<word>[^\W\d_]*[^\W\d_A-ZÅÄÖ]{2,})-$")
#: The next line's start: the rest of the word, lower-case, and what follows it.
_REST = re.compile(r"^(?P<rest>[a-zåäöüé]+)(?P<after>.*)$")
#: Words that follow a compound's hyphen ("sosiaali- ja terveysministeriö"): the break is the writer's.
_JOINERS = frozenset(
    {"ja", "tai", "sekä", "eli", "ynnä", "että", "och", "eller", "samt", "and", "or", "nor", "to"}
)
_VOWELS = frozenset("aeiouyåäö")
#: A web name before the break ("Suomi.fi-" / "viestien"): a compound after a proper name keeps its hyphen.
_WEB_NAME = re.compile(r"(?<![\w.])[^\W\d_][\w]*\.[a-z]{2,3}-$")


def join_hyphenated(lines: list[str]) -> list[str]:
    """Words a PDF's justified text broke at line ends ("myönsi hank-" / "keelle …", "Henkilöstö-" /
    "kulut   380 000") whole again: the next line joins the broken one, the hyphen goes. Text copied
    from a PDF, and a PDF's own text layer, keep the typesetter's breaks; read as they stand, a light
    "kel-" / "tainen" or a cost row "Henkilöstö-" / "kulut" was two halves nobody reads (test25 l47).
    A hyphen before "ja", "tai", "och" … is the writer's ("sosiaali- ja terveys…"), a break between
    two equal vowels keeps its hyphen as Finnish spells it ("palvelu-uudistus"), and an upper-case
    start of the next line is a new word ("Etelä-" / "Karjala" stays "Etelä-Karjala"). A next line
    that is indented, or a row of cells after a row of cells, is a table's head wrapped within its
    columns ("Käyttö-" / "aste %" under it): the tables' reader joins those."""
    if not any(line.endswith("-") for line in lines):
        return lines
    out: list[str] = []
    at = 0
    while at < len(lines):
        line = lines[at]
        while line.endswith("-") and at + 1 < len(lines):
            broken = _BROKEN.search(line.rstrip())
            following = lines[at + 1].strip()
            rest = _REST.match(following) if broken is not None else None
            if broken is None or rest is None or rest["rest"] in _JOINERS:
                break
            if lines[at + 1][:1].isspace() or ("\t" in line and "\t" in following):
                break  # the rest stands in a column of its own: a table's head wrapped in its cells
            keep = broken["word"][-1] in _VOWELS and broken["word"][-1] == rest["rest"][0]
            keep = keep or _WEB_NAME.search(line[-60:]) is not None
            line = line[:-1] + ("-" if keep else "") + following
            at += 1
        out.append(line)
        at += 1
    return out


#: A Markdown file's front matter: a block fenced by "---" at the top, "key: value" lines inside.
_FENCE = re.compile(r"^\s*(?:---|\.\.\.)\s*$")
_KEY_VALUE = re.compile(r"^\s*(?P<key>[A-Za-zÅÄÖåäö][\wÅÄÖåäö .-]{0,40}?)\s*:\s+(?P<value>\S.*?)\s*$")
#: Lines a front matter may have, at most, before its closing fence.
_FRONT_MATTER_LINES = 60


def front_matter(lines: list[str]) -> list[str]:
    """A Markdown file's YAML front matter ("---" / "hanke: X" / "pvm: 2024-10-04" / "---") with each
    "key: value" line as "key<TAB>value", the form of a field the segmenter reads: the keys are the
    document's labels, in lower case as YAML writes them. Other lines are left as they are; a block
    with a line that is no "key: value" (nor a list item or a comment) is no front matter."""
    if not lines or not _FENCE.match(lines[0]) or lines[0].strip() != "---":
        return lines
    end = next((i for i in range(1, min(len(lines), _FRONT_MATTER_LINES)) if _FENCE.match(lines[i])), None)
    if end is None:
        return lines
    body = lines[1:end]
    if not any(_KEY_VALUE.match(line) for line in body) or any(
        line.strip() and not _KEY_VALUE.match(line) and not line.lstrip().startswith(("-", "#"))
        for line in body
    ):
        return lines
    out = list(lines)
    for index in range(1, end):
        m = _KEY_VALUE.match(lines[index])
        if m is not None:
            out[index] = f"{m.group('key')}\t{m.group('value').strip(chr(34) + chr(39))}"
    return out


def _tabulated(lines: list[str]) -> list[str]:
    lines = padded_pipe_rows(outer_pipes(box_frames(lines)))
    if "\t" in "".join(lines[:200]):
        return _aligned_blocks(lines)  # a tab-separated export: its spaces are text, but for a table among them
    columns = aligned_columns(lines) | currency_rows(lines)
    gapped = {
        at
        for at, line in enumerate(lines)
        if len(line) <= 2000 and (_GAP.search(line) or _LEADER.match(line.strip()))
    }
    # each line once: a row of aligned columns whose gaps are wide ones too counts as one laid-out line, not two (a
    # grid of two rows, "Kela      THL      X" / "Juva      Xamk      Y", is no laid-out text: red team R20)
    laid_out = len(gapped | set(_narrow_rows(lines)) | set(columns))
    if laid_out < MIN_LAID_OUT:
        return lines
    lines = [currency_padding(line) for line in lines]
    out: list[str] = []
    for line in lines:
        if len(line) > 2000:
            out.append(line)
            continue
        leader = _LEADER.match(line.strip())
        if leader and not re.search(r"\.{3,}\s*$", line):
            indent = line[: len(line) - len(line.lstrip())]
            out.append(f"{indent}{leader.group('label').strip()}\t{leader.group('value').strip()}")
            continue
        out.append(_GAP.sub("\t", line))
    out = _across_rules(lines, out)
    for at, cells in columns.items():
        if out[at].count("\t") + 1 < len(cells):  # columns two spaces apart, sums a space apart (alignedcols)
            out[at] = out[at][: len(out[at]) - len(out[at].lstrip())] + "\t".join(cells)
    return out


#: A rule drawn with one character under a header or over a total ("--------", "=========="): no cell in it.
_PLAIN_RULE = re.compile(r"\s*(?:-{3,}|={3,}|_{3,})\s*")


def _cells(row: str) -> int:
    return row.strip(" ").count("\t") + 1 if "\t" in row else 0


def _laid_out(line: str, tabbed: str) -> bool:
    return "\t" in tabbed or _NARROW_GAP.search(line.strip()) is not None


def _across_rules(lines: list[str], out: list[str]) -> list[str]:
    """``out`` with its columns split and aligned (:func:`_narrow_gaps`, :func:`_aligned_to_columns`) as
    if no plain rule stood between two laid-out lines, and each such rule inside a table (right under its
    header or over its total: a row on each side, as many cells or one fewer above, a header without its
    corner) a row of rule cells, the form the table readers drop (``tables.without_rule_rows``). Left a
    line of text, the rule cut the table in two: its header alone and unsplit, its rows without their
    columns' names (test33 id11, id23, id37, id69: every cost cell and light of such a table lost). A rule
    between a field and a table, under a title, or between a row of sums and the next table's header is no
    table's: it stays as it is."""
    rules = {
        index
        for index in range(1, len(lines) - 1)
        if len(lines[index]) <= 2000
        and _PLAIN_RULE.fullmatch(lines[index])
        and _laid_out(lines[index - 1], out[index - 1])
        and _laid_out(lines[index + 1], out[index + 1])
    }
    keep = [index for index in range(len(lines)) if index not in rules]
    seen = [lines[index] for index in keep]
    done = _aligned_to_columns(seen, _narrow_gaps(seen, [out[index] for index in keep]))
    result = list(out)
    for index, row in zip(keep, done, strict=True):
        result[index] = row
    for index in sorted(rules):
        above, below = _cells(result[index - 1]), _cells(result[index + 1])
        if above < 2 or below < 2 or below - above not in (0, 1):
            continue
        if _has_amount(result[index - 1]) and not _has_amount(result[index + 1]):
            continue  # a row of sums, then a header: the rule ends one table and the next begins (R5-2)
        result[index] = "\t".join(["---"] * below)
    return result


def _has_amount(row: str) -> bool:
    return any(_AMOUNT.fullmatch(cell.strip()) for cell in row.split("\t")[1:] if cell.strip())


#: A currency code or sign left-aligned in its cell and the sum right-aligned after it ("EUR      0",
#: "€   6 550": an accounting format), the padding between them.
_PADDED_CURRENCY = re.compile(r"(^\s*|\S {2,})(EUR|€)( {2,})(?=[-−]?\d)")


def currency_padding(line: str) -> str:
    """A sum printed in an accounting format, its currency left and its figure right in the cell
    ("EUR 640 000" over "EUR      0"), as one cell: the padding goes before the currency, so the line
    keeps its width and every column its place, and the gap no longer splits the code from its sum
    (test26 o18: "EUR" and "6 550" became two columns, and the row's cells fell out of line). Only a
    code that begins a cell (the line's start, or two spaces before it): "190 000 €  141 500 €" keeps
    its suffix signs where they are."""
    if "EUR" not in line and "€" not in line:
        return line
    return _PADDED_CURRENCY.sub(lambda m: f"{m.group(1)}{m.group(3)[1:]}{m.group(2)} ", line)


#: A gap of two spaces or more: the narrowest a right-aligned column leaves before the next
#: ("Yhteensä           1 940 000  1 160 000", a data frame printed as text).
_NARROW_GAP = re.compile(r"(?<=\S) {2,}(?=\S)")
_AMOUNT = re.compile(r"[-+−–]?\d[\d \u00a0.,]*(?:\s?(?:€|%|t€|M€))?")


def _narrow_rows(lines: list[str]) -> dict[int, int]:
    """{line: cells} of the rows of a table whose every column stands two spaces apart, no wider gap in
    it ("Palvelujen ostot  420 000  215 300  410 000" over "Matkakulut  18 000  9 450  17 500"): three
    cells or more at the two-space gaps, the last an amount, beside a line of as many cells so read."""
    counts = []
    for line in lines:
        wide = len(line) > 2000 or not line.strip() or _GAP.search(line) is not None
        parts = [] if wide else _NARROW_GAP.split(line.strip())
        counts.append(len(parts) if len(parts) >= 3 and _AMOUNT.fullmatch(parts[-1]) else 0)
    return {
        i: n
        for i, n in enumerate(counts)
        if n and any(0 <= j < len(lines) and counts[j] == n for j in (i - 1, i + 1))
    }


def _narrow_gaps(lines: list[str], out: list[str]) -> list[str]:
    """Rows of a space-aligned table whose columns stand only two spaces apart split there too: the row
    of the widest label or the largest sums, whose gaps are narrower than the rest's. A row is split so
    only when its neighbour in the table (the laid-out line above or below) has as many cells as the
    two-space gaps give it, and those cells are three or more, or end in an amount (a sentence's two
    spaces after a full stop stay text)."""
    cells = [o.count("\t") + 1 if "\t" in o else 0 for o in out]
    rows = _narrow_rows(lines)
    # The most cells a line of each block of consecutive lines has at its wide gaps: a row of figures whose
    # columns all stand two spaces apart ("Muut kustannukset            280 000 €  110 000 €  250 000 €")
    # is split at its narrow gaps when that gives it the block's columns, and no more.
    widest = [max(n, rows.get(i, 0)) for i, n in enumerate(cells)]
    for index in range(1, len(lines)):
        if lines[index].strip() and lines[index - 1].strip():
            widest[index] = max(widest[index], widest[index - 1])
    for index in range(len(lines) - 2, -1, -1):
        if lines[index].strip() and lines[index + 1].strip():
            widest[index] = max(widest[index], widest[index + 1])
    fixed = list(out)
    for index, line in enumerate(lines):
        if len(line) > 2000 or not line.strip():
            continue
        parts = _NARROW_GAP.split(line.strip())
        if len(parts) <= max(cells[index], 1):
            continue
        if len(parts) < 3 and not _AMOUNT.fullmatch(parts[-1]) and rows.get(index + 1) != len(parts) + 1:
            continue  # two words two spaces apart are text, unless a header over a narrow table's rows
        near = [i for i in (index - 1, index + 1) if 0 <= i < len(lines) and lines[i].strip()]
        indent = line[: len(line) - len(line.lstrip())]
        # A header printed without its corner cell stands indented over the label column: its row below
        # has one cell more ("          Matkakulut  Ohjelmistot" over "Budjetti         360          500").
        below = index + 1 if index + 1 in near and not lines[index + 1][:1].isspace() else None
        if (
            indent
            and below is not None
            and widest[below] == len(parts) + 1
            and _AMOUNT.fullmatch(_NARROW_GAP.split(lines[below].strip())[-1])
        ):
            fixed[index] = "\t".join(["", *parts])  # the corner cell kept, empty
        elif any(cells[i] == len(parts) for i in near) or (
            _AMOUNT.fullmatch(parts[-1]) and widest[index] == len(parts) and cells[index] < len(parts)
        ):
            fixed[index] = indent + "\t".join(parts)
    return _headers_over(lines, fixed)


def _headers_over(lines: list[str], fixed: list[str]) -> list[str]:
    """A header of words two spaces apart over rows split at their narrow gaps ("Kustannuslaji      Budjetti
    Toteuma  Ennuste" over "Henkilöstökulut  450 000  423 000  436 500"), split there too when the row under
    it then has as many cells, or one more under a header printed without its corner cell: the rows are
    split first, so their header can be read against them (test33 id11)."""
    for index in range(len(lines) - 2, -1, -1):
        line, below = lines[index], fixed[index + 1]
        if len(line) > 2000 or not line.strip() or not lines[index + 1].strip() or "\t" not in below:
            continue
        parts = _NARROW_GAP.split(line.strip())
        cells, under = _cells(fixed[index]), _cells(below)
        if len(parts) < 2 or len(parts) <= cells or any(_AMOUNT.fullmatch(part) for part in parts):
            continue
        indent = line[: len(line) - len(line.lstrip())]
        if len(below) - len(below.lstrip()) > len(indent):
            continue  # the line below is indented under this one: an item's heading and its fields, no header
        if under == len(parts):
            fixed[index] = indent + "\t".join(parts)
        elif under == len(parts) + 1 and indent and not below[:1].isspace():
            fixed[index] = "\t".join(["", *parts])  # the corner cell kept, empty
    return fixed


#: The vertical strokes of a box-drawn table's cells ("│ Aikataulu │ vihreä │").
_STROKES = "│┃║╎╏┆┇┊┋"
_FRAMED = re.compile(rf"^\s*[{_STROKES}](?:[^{_STROKES}]*[{_STROKES}]){{2,}}\s*$")
#: A rule of a drawn frame: box-drawing characters only ("├────┼────┤"), or an ASCII one ("+----+----+").
_FRAME_RULE = re.compile(r"^\s*(?:[\u2500-\u257f]{3,}|\+[-=]{2,}(?:\+[-=]{2,})*\+)\s*$")
_JUNCTIONS = re.compile(r"[┬┼┴╤╪╧╥╫╨╦╬╩┯┿┷┰╂┸┳╋┻]|(?<=[-=])\+(?=[-=])")


def box_frames(lines: list[str]) -> list[str]:
    """A table drawn with box characters ("┌───┬───┐" / "│ Aikataulu │ vihreä │" / "└───┴───┘", or
    ASCII "+---+---+" over "| a | b |") as the Markdown table the segmenter reads: each framed row's
    strokes as pipes, its padding off (aligned padding is no column gap), and each rule next to a
    framed row inside the table a delimiter row of as many cells ("|---|---|", which table readers drop
    as a rule) and the frame's top and bottom an empty line, the table's edges. A
    line with a stroke in running text (a breadcrumb "Etusivu │ Hankkeet") has no frame: left as it is.
    Lines are replaced one for one: line numbers stay the document's."""
    drawn = [bool(_FRAMED.match(line)) for line in lines]
    if not any(drawn) and not any(_FRAME_RULE.match(line) for line in lines):
        return lines
    # a row between pipes ("| a | b |") stands in a frame too: an ASCII "+---+" rule borders it
    framed = [
        d or (len(t) > 2 and t[0] == t[-1] == "|")
        for d, t in zip(drawn, (ln.strip() for ln in lines), strict=True)
    ]
    out = list(lines)
    ruled = _ruled_rows(lines, framed)
    for index, line in enumerate(lines):
        if drawn[index] or ruled[index]:
            cells = re.split(f"[{_STROKES}|]", line.strip())[1:-1]
            out[index] = "| " + " | ".join(c.strip() for c in cells) + " |"
        elif _FRAME_RULE.match(line):
            above, below = index > 0 and framed[index - 1], index + 1 < len(lines) and framed[index + 1]
            if above and below:  # a rule inside the table: under its header, over its total
                out[index] = "|" + "---|" * (len(_JUNCTIONS.findall(line)) + 1)
            elif above or below:  # the frame's top or bottom: the table's edge
                out[index] = ""
    return out


def _ruled_rows(lines: list[str], framed: list[bool]) -> list[bool]:
    """The pipe rows of a table an ASCII frame draws ("+----+" rules above, between or below them)."""
    ruled = [False] * len(lines)
    start = 0
    while start < len(lines):
        end = start
        while end < len(lines) and (framed[end] or _FRAME_RULE.match(lines[end])):
            end += 1
        run = range(start, end)
        if any(_FRAME_RULE.match(lines[i]) for i in run) and any(framed[i] for i in run):
            for i in run:
                ruled[i] = framed[i]
        start = max(end, start + 1)
    return ruled


#: A cell of a laid-out line and where it stands: (start, end, text).
_CELL = re.compile(r"\S+(?: {1,2}\S+)*")


def _aligned_to_columns(lines: list[str], out: list[str]) -> list[str]:
    """Rows of a space-aligned table that leave cells blank keep their columns: a mark under the third
    of four columns ("Henkilöstö" ... "X" under "Punainen") gets empty cells before it, not the second
    place. In each block of consecutive laid-out lines, the line with the most cells gives the
    columns; a shorter row's first cell is its label, each other cell goes under the column whose
    middle is nearest its own. A row that does not fit so (two cells under one column) keeps its cells."""
    block: list[int] = []
    for index, line in enumerate([*lines, ""]):
        if index < len(out) and line.strip() and "\t" in out[index]:
            block.append(index)
            continue
        if len(block) >= 2:
            _align_block(lines, out, block)
        block = []
    return out


def _align_block(lines: list[str], out: list[str], block: list[int]) -> None:
    spans = {at: [(m.start(), m.end()) for m in _CELL.finditer(lines[at])] for at in block}
    widest = max(block, key=lambda at: len(spans[at]))
    columns = spans[widest]
    others = [spans[at] for at in block if at != widest and spans[at]]
    cornerless = bool(columns and others) and all(cells[0][1] < columns[0][0] for cells in others)
    if cornerless and not out[widest].startswith("\t"):
        # The widest line is a header over a grid of marks (one "X" a row under the verdict that applies):
        # every other row has its label left of the header's first column, the header no corner cell. Its
        # cells start one column in, as the rows' marks do (a filled PDF form's grid, test31 ic09).
        out[widest] = "\t" + out[widest].lstrip()
    width = len(columns) + cornerless  # the rows' places: the label's, then the header's columns
    for at in block:
        cells = spans[at]
        if at == widest or len(cells) >= width or len(cells) < 2 or out[at].count("\t") + 1 >= width:
            continue  # a full row, or one split at its narrow gaps already (_narrow_gaps)
        # The reference may lack the label's corner: then a label left of its first column is a column before it.
        corner = cells[0][1] <= columns[0][0] and len(cells) > 1
        ref = [(cells[0][0], cells[0][1]), *columns] if corner else columns
        placed: list[int] = []
        for start, end in cells:
            middle = (start + end) / 2
            at_label = start <= ref[0][0] + 2
            nearest = (
                0 if at_label else min(range(len(ref)), key=lambda i: abs((ref[i][0] + ref[i][1]) / 2 - middle))
            )
            if placed and nearest <= placed[-1]:
                return  # two cells under one column, or out of order: no table of columns
            placed.append(nearest)
        row = [""] * (placed[-1] + 1)
        for column, (start, end) in zip(placed, cells, strict=True):
            row[column] = lines[at][start:end]
        indent = lines[at][: len(lines[at]) - len(lines[at].lstrip())]
        out[at] = indent + "\t".join(row)


def _aligned_blocks(lines: list[str]) -> list[str]:
    """In a tab-separated text, a block of three or more lines aligned with spaces in three columns or
    more (a table pasted in from elsewhere) gets tabs, and so does a field with dotted leaders (a form's
    head "Hanke ....... X" above a tab-separated table); every other line keeps its spaces."""
    out = list(lines)
    run: list[int] = []
    for index, line in enumerate(lines):
        leader = _LEADER.match(line.strip()) if "\t" not in line and len(line) <= 2000 else None
        if leader and not re.search(r"\.{3,}\s*$", line):
            indent = line[: len(line) - len(line.lstrip())]
            out[index] = f"{indent}{leader.group('label').strip()}\t{leader.group('value').strip()}"
    for index, line in enumerate([*lines, ""]):
        if line and "\t" not in line and len(line) <= 2000 and _GAP.search(line):
            run.append(index)
            continue
        if len(run) >= MIN_LAID_OUT and max(len(_GAP.findall(lines[at])) for at in run) >= 2:
            for at in run:
                out[at] = _GAP.sub("\t", lines[at])
        run = []
    return out


def spread(cells: Iterable[Any], text_of: Callable[[Any], str]) -> list[str]:
    """An HTML table row's cells (``text_of`` each) with each spanning cell followed by an empty cell per
    extra column it spans (``colspan``), so the cells below a group header ("Vuosi 2024" over
    "Budjetti | Toteuma") stand under it."""
    out: list[str] = []
    for cell in cells:
        wide = str(cell.get("colspan") or "1").strip()
        out += [text_of(cell), *[""] * (min(int(wide), 20) - 1 if wide.isdigit() and int(wide) > 1 else 0)]
    return out


def keep_columns(lines: list[str], tabbed: list[str]) -> list[str]:
    """``tabbed`` (``lines`` with their gaps as tabs) with the blank cells of aligned rows kept in place,
    for a reader that lays out text itself (a PDF's layout text): see :func:`_aligned_to_columns`."""
    return _aligned_to_columns(lines, list(tabbed))


__all__ = ["currency_padding", "keep_columns", "outer_pipes", "spread", "tabulate"]


#: A Markdown footnote's reference glued to a word or an amount ("312 000[^2]"), not its definition.
_FOOTNOTE_REFERENCE = re.compile(r"(?<=\S)\[\^[\w-]{1,20}\]")


def markdown_visible(lines: list[str]) -> list[str]:
    """What a Markdown file shows when rendered: an HTML comment ("<!-- edellinen arvio: punainen -->",
    a block of dropped goals over several lines) is no text, and a footnote's reference mark
    ("312 000[^2]", "kesken[^3]") is a superscript beside the amount, not part of it. Lines are kept one
    for one (a comment's lines become empty), so line numbers stay the document's."""
    out: list[str] = []
    open_comment = False
    for line in lines:
        if "<!--" not in line and "[^" not in line and not open_comment:
            out.append(line)
            continue
        kept, at = [], 0
        while at < len(line):
            if open_comment:
                end = line.find("-->", at)
                if end < 0:
                    at = len(line)
                    break
                open_comment, at = False, end + 3
            else:
                start = line.find("<!--", at)
                if start < 0:
                    kept.append(line[at:])
                    break
                kept.append(line[at:start])
                open_comment, at = True, start + 4
        text = kept[0] if kept else ""
        for piece in kept[1:]:  # a seam where a comment stood: one space, as rendered
            text = text.rstrip(" ") + (" " if text and piece[:1] == " " else "") + piece.lstrip(" ")
        text = _FOOTNOTE_REFERENCE.sub("", text)
        out.append(text.rstrip() if text.strip() else "")
    return out


#: Most physical lines one quoted cell of a sheet may run over (a stray quote must not swallow a file).
_CELL_LINES = 20
#: The line Excel writes first into a CSV to say its separator, and reads back: "sep=;", "sep=,", "sep=\t".
_EXCEL_SEPARATOR = re.compile(r'"?sep=(?:\\t|.)?"?[;,\t]*', re.I)


def sheet_records(lines: list[str]) -> list[str]:
    """A CSV's records as lines: a quoted cell that holds line breaks (a goal's status, then its
    explanation on the next line of the same cell) keeps its record on one line, its lines joined by a
    space. The lines it ran over become empty lines at the end of its block of rows, not inside it (an
    empty line ends a table), so the file's line numbers hold again from the next empty line on. A
    quote left open over an empty line or for more than a few lines is a stray one (test25 l75): those
    lines are left as they are. Excel's note of the separator on the first line ("sep=;") is no row: it
    becomes an empty line (test29 ib29 was named "sep=")."""
    if lines and _EXCEL_SEPARATOR.fullmatch(lines[0].strip().lstrip("\ufeff")):
        lines = ["", *lines[1:]]
    out: list[str] = []
    owed = 0  # empty lines due at the end of the current block of rows
    index = 0
    while index < len(lines):
        line = lines[index]
        if not line.strip() and owed:
            out += [""] * owed
            owed = 0
        end, quotes = index, line.count('"')
        while quotes % 2 and end + 1 < len(lines) and end - index < _CELL_LINES and lines[end + 1].strip():
            end += 1
            quotes += lines[end].count('"')
        if end > index and quotes % 2 == 0:
            out.append(
                " ".join(part.strip() if n else part.rstrip() for n, part in enumerate(lines[index : end + 1]))
            )
            owed += end - index
            index = end + 1
            continue
        out.append(line)
        index += 1
    return out + [""] * owed
