"""Cells a plain-text table glued: sums, or column heads, parted by one space where a column filled to its edge.

A fixed-width table (a text report, a Markdown code block, a PDF's text) parts its columns by two spaces or
more. A wide sum that fills its column leaves one space before the next ("1 040 000,00 1 031 300,00", "1 120 000,00
1 046 218,40 1 120 000,00", "1 480 000 1 402 350"), and two heads may stand one space apart ("Actual Utilisation
%"): the reader gives one cell where the table has two or three. Split from ``ingest/tables.py`` (the shared
reader, near its size bound); read by ``money._normalised``.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable

from hankegraafi.ingest.facts.text import SUM_UNIT
from hankegraafi.ingest.segment import Element

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


#: A header cell of a year alone, perhaps with the months it covers ("2024", "2025 (1–5)").
_YEAR_HEAD = re.compile(r"(?:19|20)\d{2}(?:\s*\([^()]{1,16}\))?")


def _years_row(row: list[str]) -> bool:
    """``row`` is a second header row of years: two cells or more, every filled cell after the first a year."""
    cells = [c.strip() for c in row[1:] if c.strip()]
    return len(cells) >= 2 and all(_YEAR_HEAD.fullmatch(c) for c in cells)


def split_glued_heads(rows: list[list[str]], role: Callable[[str], str | None]) -> list[list[str]]:
    """``rows`` with a header cell that holds two columns' heads one space apart ("Actual Utilisation %", "Beviljat
    Utfall") split: the one cut of its words whose two sides each name a column role (``role``), two different
    ones, into the empty header cell beside it or, where the rows under it are a cell wider than the header, into
    a cell more."""
    if len(rows) < 2 or _years_row(rows[1]):
        return rows  # "Approved budget | " over "2024 | 2025": a role spanning its years, no two heads glued
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


#: The currency a sum's cell may print before or after it ("€580,000", "€ 742,000", "EUR 412,000", "412,000 €"):
#: part of the sum, so that a table of such cells is read as English as the bare sums are (test33 id07, test37 oh10).
_CURRENCY_BEFORE = r"(?:(?:€|EUR)\s?)?"
_CURRENCY_AFTER = r"(?:\s?(?:€|EUR))?"
#: A sum in English notation no Finnish or Swedish one can be: commas between thousands and a point before
#: the decimals ("1,420.0", "655,410.50"), or two commas or more ("1,234,567").
_ENGLISH = re.compile(
    rf"{_CURRENCY_BEFORE}(?:\*{{0,2}}[-−(]?\d{{1,3}}(?:,\d{{3}})+\.\d{{1,2}}\)?\*{{0,2}}"
    rf"|\*{{0,2}}[-−(]?\d{{1,3}}(?:,\d{{3}}){{2,}}\)?\*{{0,2}}){_CURRENCY_AFTER}"
)
#: A sum in Finnish or Swedish notation: spaces or dots between thousands, or a comma before cents ("12 500",
#: "1.100.000,00", "148,50").
_NORDIC = re.compile(r"\d[ \u00a0\u202f]\d{3}\b|\d\.\d{3}(?:\.\d{3})*,\d|\d,\d{1,2}\b(?![.,]\d)")
#: A sum of thousands with a comma between them and nothing else ("310,000", "1,250"): English in a table of
#: two or more (a sum of money has no three decimals); alone it may be a Finnish decimal.
_GROUPED = re.compile(rf"{_CURRENCY_BEFORE}\*{{0,2}}[-−(]?\d{{1,3}}(?:,\d{{3}})+\)?\*{{0,2}}{_CURRENCY_AFTER}")
#: Commas between thousands in a cell of English sums ("1,420.0", "412,000").
_ENGLISH_GROUP = re.compile(r"(?<=\d),(?=\d{3}(?:\D|$))")


def english_sums(rows: list[list[str]]) -> list[list[str]]:
    """``rows`` with sums in English notation written without their thousands' commas, when the table prints
    them so: a value cell in a notation only English has ("1,420.0", "2,100,000"), or two of thousands with a
    comma between ("310,000", "296,480"), and none in the Finnish
    or Swedish one ("1 420,0"). Decided for the whole table, so that its "412,000" beside "1,420.5" is four
    hundred thousand, not 412 with three decimals; a table of Finnish sums is left as it is."""
    values = [cell.strip() for row in rows[1:] for cell in row[1:] if cell.strip()]
    grouped = sum(1 for cell in values if _GROUPED.fullmatch(cell))  # "310,000": no sum has three decimals
    if not (any(_ENGLISH.fullmatch(c) for c in values) or grouped >= 2) or any(
        _NORDIC.search(c) for c in values
    ):
        return rows
    return [rows[0], *([row[0], *(_ENGLISH_GROUP.sub("", cell) for cell in row[1:])] for row in rows[1:])]


#: Two sums in one cell parted by a slash ("112 000 / 97 650", "620,000 / 402,150.40"), each with its unit or not
#: ("286 t€ / 540 t€", "0,61 M€ / 1,2 M€": the scale is read with the sum).
_SUM_PAIR = re.compile(
    rf"([-−]?\d[\d \u00a0\u202f.,]*?{SUM_UNIT}?)\s*/\s*([-−]?\d[\d \u00a0\u202f.,]*?{SUM_UNIT}?)", re.I
)


def split_slashed(rows: list[list[str]], role: Callable[[str], str | None]) -> list[list[str]]:
    """``rows`` with a column of two roles in one split in two: a head naming two roles parted by a slash
    ("Budjetoitu / toteutunut 31.8.2025 (€)", "Budget / Spent to date") over cells that are each two sums
    parted by one ("112 000 / 97 650"). A head in two languages names one role ("Toteuma / Utfall") and
    is left whole; so is a column whose cells are not all pairs of sums (counts "6 / 12" under a head of
    one role, dates)."""
    if len(rows) < 2:
        return rows
    out = [list(row) for row in rows]
    for index in range(len(rows[0]) - 1, 0, -1):
        halves = rows[0][index].split(" / ")
        if len(halves) != 2 or role(halves[0]) is None or role(halves[1]) in (None, role(halves[0])):
            continue
        cells = [row[index].strip() if index < len(row) else "" for row in rows[1:]]
        pairs = [_SUM_PAIR.fullmatch(cell) for cell in cells if cell]
        if not pairs or not all(pairs):
            continue
        out[0][index : index + 1] = halves
        for row, cell in zip(out[1:], cells, strict=True):
            pair = _SUM_PAIR.fullmatch(cell)
            if index < len(row):
                row[index : index + 1] = [pair.group(1), pair.group(2)] if pair else [cell, ""]
    return out


#: Two words parted by a slash in a caption or a note over a table ("Kussakin solussa toteuma / budjetti.",
#: "Kostnader 2023 (utfall / budget, euro)"): the roles of a cell's two sums, in their order; the first word may carry
#: a unit in brackets ("Budget (k€) / Actual").
_WORD_PAIR = re.compile(r"([^\W\d_][\w-]*)(?:\s*\([^()/]{1,12}\))?\s*/\s*([^\W\d_][\w-]*)")
#: A sum in a cell of two, its currency before or after it ("148 200 €", "EUR 41,000", "298,400"), a scale with it
#: ("286 t€", "0,42 M€", "1,1 milj. euroa").
_PAIRED_SUM = rf"(?:(?:€|eur)\s?)?[-−]?\d[\d \u00a0\u202f.,]*?{SUM_UNIT}?"
#: Two sums in one cell: parted by a slash, an arrow or a word ("182 400 / 240 000", "120 000 → 112 400", "148 200 € av
#: 260 000 €", "31,900 of 70,000"), or the second in brackets ("298,400 (410,000)"); not a share ("182 400 (76 %)").
_CELL_PAIR = re.compile(
    rf"(?P<a>{_PAIRED_SUM})\s*(?:(?:/|→|->|\b(?:av|of)\b)\s*(?P<b>{_PAIRED_SUM})|\(\s*(?P<c>{_PAIRED_SUM})\s*\))"
    # the share the second is of the first after them, in brackets: "420 000 / 311 640 € (74 %)" (test43 on11)
    r"(?:\s*\(\s*(?P<share>\d{1,3}(?:[,.]\d+)?)\s?%\s*\))?",
    re.I,
)
#: The money roles a caption may name for a cell's two sums.
_PAIR_ROLES = ("budget", "granted", "actual", "forecast", "committed")
#: A word of a caption.
_WORD = re.compile(r"[^\W\d_][\w-]*")
#: A year right after a role's word ("budget 2025").
_YEAR_AFTER = re.compile(r"\s+((?:19|20)\d{2})\b")


def cell_pair(cell: str) -> tuple[str, str] | None:
    """The two sums of a cell that holds two (:data:`_CELL_PAIR`), or None."""
    m = _CELL_PAIR.fullmatch(cell.strip())
    return (m.group("a"), m.group("b") or m.group("c")) if m else None


def cell_share(cell: str) -> str | None:
    """The share in brackets after a cell's two sums ("420 000 / 311 640 € (74 %)": "74"), or None."""
    m = _CELL_PAIR.fullmatch(cell.strip())
    return m.group("share") if m else None


def _caption_roles(said: list[str], role: Callable[[str], str | None]) -> tuple[str, str] | None:
    """The words of the two roles the lines over a table name for its cells' two sums, in their order: two words
    parted by a slash ("toteuma / budjetti"), else the only two money roles a line names, as it names them
    ("Actual to 30 September 2025 (Budget 2025), EUR", "Rahaa käytetty 31.8. mennessä (vuoden 2025 budjetista)")."""
    for line in said:
        for m in _WORD_PAIR.finditer(line):
            if role(m.group(1)) is not None and role(m.group(2)) not in (None, role(m.group(1))):
                return m.group(1), m.group(2)
    for line in said:
        named: list[tuple[str, str]] = []
        for m in _WORD.finditer(line):
            key = role(m.group())
            if key in _PAIR_ROLES and all(key != k for _, k in named):
                year = _YEAR_AFTER.match(line, m.end())  # "(Budget 2025)": the year the role is of, with it
                named.append((f"{m.group()} {year.group(1)}" if year else m.group(), key))
        if len(named) == 2:
            return named[0][0], named[1][0]
    return None


def caption_pairs(rows: list[list[str]], said: list[str], role: Callable[[str], str | None]) -> list[list[str]]:
    """``rows`` with each column of two sums a cell ("182 400 / 190 000") split in two when the lines over the table
    name the two roles in their order ("Kussakin solussa toteuma / budjetti.", "(toteutunut / budjetoitu,
    euroa)"), its head not (a year, "Yhteensä", or no header at all): each half headed by its role and the
    column's head ("toteuma 2023", "budjetti 2023"). A table with no header row gets one. Left whole: a column
    whose cells are not all pairs of sums, and a caption's pair that is not two roles ("tehty / suunniteltu")."""
    if not rows or not said:
        return rows
    width = max(len(row) for row in rows)
    headless = any(cell_pair(cell) for cell in rows[0][1:])
    body = rows if headless else rows[1:]
    paired = [
        index
        for index in range(1, width)
        if (cells := [row[index].strip() for row in body if index < len(row) and row[index].strip()])
        and all(cell_pair(cell) for cell in cells)
        and len(rows[0][index].split(" / ") if index < len(rows[0]) and not headless else [""]) == 1
    ]
    if not paired or len(body) < 2 or (roles := _caption_roles(said, role)) is None:
        return rows
    head = ["", *[""] * (width - 1)] if headless else [*rows[0], *[""] * (width - len(rows[0]))]
    out = [list(head), *(list(row) + [""] * (width - len(row)) for row in body)]
    for index in reversed(paired):
        words = out[0][index].strip()
        # a share after the pair is the second's of the first: a column of its own, its head a per cent's
        shared = any(cell_share(row[index]) for row in out[1:])
        heads = [f"{roles[0]} {words}".strip(), f"{roles[1]} {words}".strip()]
        out[0][index : index + 1] = [*heads, f"{roles[1]} % {words}".strip()] if shared else heads
        for row in out[1:]:
            pair = cell_pair(row[index])
            cells = list(pair) if pair else [row[index], ""]
            row[index : index + 1] = [*cells, cell_share(row[index]) or ""] if shared else cells
    return out


#: A cell that may hold two sums: a slash, an arrow, a bracket or a word between two digits.
PAIR_CUE = re.compile(rf"\d\s*(?:€|eur\w*|{SUM_UNIT})?\s*(?:/|→|->|\(|\b(?:av|of)\b)", re.I)


def caption_paired(
    element: Element, said: Callable[[], list[str]], role: Callable[[str], str | None]
) -> Element:
    """``element`` with its columns of two sums a cell split by the roles its caption names (:func:`caption_pairs`;
    ``said`` gives the lines over the table, asked only when a cell holds a slash); a header row made for a table
    without one stands on the line above its first row."""
    if not any(PAIR_CUE.search(cell) for row in element.rows for cell in row[1:]):
        return element  # the cue first: no cell of two sums
    rows = caption_pairs(element.rows, said(), role)
    if rows is element.rows or rows == element.rows:
        return element
    lines = element.row_lines
    if len(rows) > len(element.rows):
        lines = [element.first - 1, *lines]
    return dataclasses.replace(element, rows=rows, row_lines=lines)


#: A sum whose minus sign is printed after it, as some ledgers do ("6 350-", "1.200,00-"); not "12 000,-", a sum
#: with no cents.
_TRAILING_MINUS = re.compile(r"(\d[\d \u00a0\u202f.,]*\d)\s?[-−–]")


def signs_first(rows: list[list[str]]) -> list[list[str]]:
    """``rows`` with each sum whose minus sign stands after it written with the sign first ("6 350-" → "-6 350")."""
    if not any(cell.endswith(("-", "−", "–")) for row in rows[1:] for cell in row[1:]):
        return rows
    return [
        rows[0],
        *(
            [row[0], *(f"-{m.group(1)}" if (m := _TRAILING_MINUS.fullmatch(c.strip())) else c for c in row[1:])]
            for row in rows[1:]
        ),
    ]


#: A share written as a fraction of one ("0,66", "1.05"): no per cent sign, a decimal part.
_FRACTION = re.compile(r"[01][.,]\d{1,3}")


def fractions_as_percent(rows: list[list[str]], role: Callable[[str], str | None]) -> list[list[str]]:
    """``rows`` with a utilisation column written as fractions of one ("Käyttöaste" over "0,66", "0,72": the
    caption's "osuutena budjetista") in per cent ("66"), as the column's key measures it. Only a column whose
    head names the utilisation (not in per cent) and whose every filled cell is such a fraction; "66 %", "66",
    "0,5 %" and "Käyttöaste % | 0,8" stay."""
    if len(rows) < 2:
        return rows
    out = rows
    for index, head in enumerate(rows[0]):
        if (
            not index
            or role(head) != "utilisation-percent"
            or re.search(r"%|prosent|procent|per ?cent", head, re.I)
        ):
            continue  # "Käyttöaste %" over "0,8": small shares in per cent
        cells = [row[index].strip() for row in rows[1:] if index < len(row) and row[index].strip()]
        if not cells or not all(_FRACTION.fullmatch(cell) for cell in cells):
            continue
        out = [list(row) for row in out] if out is rows else out
        for row in out[1:]:
            if index < len(row) and row[index].strip():
                value = float(row[index].strip().replace(",", "."))
                row[index] = f"{round(value * 100, 1):g}"
    return out


#: A row of one month ("1/2022", "03/2024", "tammikuu 2024", "Jan 2025", "maaliskuu"): a ledger's line.
_MONTH_ROW = re.compile(
    r"(?:0?[1-9]|1[0-2])\s*/\s*(?:19|20)\d{2}|(?:tammi|helmi|maalis|huhti|touko|kesä|heinä|elo|syys|loka|marras|"
    r"joulu)kuu\w*(?:\s+(?:19|20)\d{2})?|(?:jan|feb|mar|apr|maj|may|jun|jul|aug|sep|okt|oct|nov|dec)\w*\.?"
    r"(?:\s+(?:19|20)\d{2})?",
    re.I,
)
#: The months' total row: "Yhteensä 1–6/2022", "Totalt jan–jun 2024", "Total Jan-Jun 2025".
_MONTHS_TOTAL = re.compile(r"^(?:yhteensä|totalt|summa|total)\b\s*(?P<span>\S.*)$", re.I)
#: Months of a year in a span: "1–6/2022", "7-12/2024".
_SPAN = re.compile(r"\d{1,2}\s*[–-]\s*\d{1,2}\s*/\s*(?:19|20)\d{2}")


def month_ledger(
    rows: list[list[str]], is_category: Callable[[str], object], role: Callable[[str], str | None]
) -> list[list[str]]:
    """``rows`` of a ledger of months by cost category (a head of categories, a row a month, "Yhteensä 1–6/2022"
    under them and a row a role names, "Budjetti 2022") as the turned table of its summary rows: the months'
    total is what was spent in them ("Toteuma 1–6/2022"), the month rows are dropped. A ledger without a row
    that a money role names, or whose head is no categories (visits per month), is left as it is."""
    if len(rows) < 4:
        return rows
    months = [row for row in rows[1:] if row and _MONTH_ROW.fullmatch(row[0].strip())]
    if len(months) < 2 or sum(1 for cell in rows[0][1:] if is_category(cell)) < 2:
        return rows  # the cue first: two rows of months, then a head of categories
    rest = [row for row in rows[1:] if row and not _MONTH_ROW.fullmatch(row[0].strip())]
    totals = [
        (row, m.group("span"))
        for row in rest
        if (m := _MONTHS_TOTAL.match(row[0].strip()))
        and (_MONTH_ROW.search(m.group("span")) or _SPAN.search(m.group("span")))
    ]
    named = [row for row in rest if role(row[0]) in ("budget", "granted", "forecast")]
    if len(totals) != 1 or not named:
        return rows
    total, span = totals[0]
    spent = [f"Toteuma {span}", *total[1:]]
    return [rows[0], *(spent if row is total else row for row in rest)]


def notations(rows: list[list[str]], role: Callable[[str], str | None]) -> list[list[str]]:
    """``rows`` with their sums as one notation: two roles in a cell split (:func:`split_slashed`), a minus
    after a sum put before it (:func:`signs_first`), English sums without their commas (:func:`english_sums`), a
    utilisation written as fractions of one in per cent (:func:`fractions_as_percent`)."""
    return fractions_as_percent(english_sums(signs_first(split_slashed(rows, role))), role)


#: A cell of one sum alone ("120 000", "5 000 €", "1.200,00"): no words.
_ONE_SUM = re.compile(r"[-−]?\d[\d \u00a0\u202f.,]*(?:\s?(?:€|t€|eur|euroa))?", re.I)


def caption_headed(
    element: Element,
    said: Callable[[], list[str]],
    role: Callable[[str], str | None],
    category: Callable[[str], str | None],
) -> Element:
    """``element`` with a header made of the roles its caption names in order, when it has none: its first row is
    already a cost row of two sums ("Henkilöstökulut | 120 000 | 80 000" under "Kustannukset (budjetti / toteuma,
    euroa)", R20-8). The header stands on the line above the first row. A first row of words, of other widths than
    two sums, or a caption naming no two roles leaves the table as it is."""
    rows = element.rows
    if (
        len(rows) < 2
        or not rows[0]
        or not category(rows[0][0])
        or len(sums := [c for c in rows[0][1:] if c.strip()]) != 2
        or not all(_ONE_SUM.fullmatch(c.strip()) for c in sums)
        or any(len([c for c in row[1:] if c.strip()]) > 2 for row in rows)
        or (roles := _caption_roles(said(), role)) is None
    ):
        return element
    return dataclasses.replace(
        element, rows=[["", *roles], *rows], row_lines=[element.first - 1, *element.row_lines]
    )
