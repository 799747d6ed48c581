"""Cost lines: a run of text lines, each a cost category and its sum, read as the cost table it is.

A news item, an e-mail or a memo prints a unit's costs as lines, not as a table: "Henkilöstökulut
1 120 400 € (budjetti 2 310 000 €)", "Personalkostnader: 540 200 euro (budget 1 100 000 euro)", "Staff
costs EUR 98,000 (budget EUR 150,000)". Each line is a category's row; the sum in brackets is another
column's, the column its word names (the ``cost-column`` vocabulary: "budjetti", "budget", "ennuste",
"myönnetty"); the sum before it is the spending measured against it (a budget's word in brackets beside
an actual's), or the budget when the brackets name what was spent. The run becomes a table element before
the walk (``money.FAMILY.begin``), so that its kind, year and scale are read from its caption as a printed
table's are ("Kulut hankkeen alusta 31.3.2024 asti:" cumulative).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable

from hankegraafi.ingest import tables
from hankegraafi.ingest.facts.gluedsums import PAIR_CUE, cell_pair
from hankegraafi.ingest.facts.text import has_scale
from hankegraafi.ingest.segment import Element
from hankegraafi.ontology import registry

#: A sum with its currency after it ("1 120 400 €", "540 200 euro", "41 200 euroa") or before it ("EUR 98,000",
#: "€ 1 200"): the number in any grouping.
_NUMBER = r"\d{1,3}(?:[ \u00a0\u202f.,]\d{3})*(?:,\d{1,2})?|\d+(?:,\d{1,2})?"
#: A sum with its currency before or after it, a scale with the currency after ("380 000 €", "€ 380 000", "380 t€",
#: "0,38 M€", "1,2 milj. euroa", "380 tuhatta euroa").
_SUM = (
    rf"(?:(?:€|eur|euro)\s*(?:{_NUMBER})|(?:{_NUMBER}|\d+[.,]\d{{1,4}})\s*"
    rf"(?:(?:milj(?:\.|oonaa)?|tuh\.|tuhatta|[tkM]\.?)\s?)?(?:(?:€|euroa|euro|eur)(?!\w)|:-))"
)
#: A cost line: its label, its sum, and a second sum in brackets under its column's word.
_LINE = re.compile(
    rf"^\s*(?:[-–•·*]\s*)?(?P<label>[^\W\d_][^\d:()]{{2,60}}?)\s*:?\s+(?P<first>{_SUM})"
    rf"\s*\(\s*(?P<word>[^\W\d_][^\d():]{{1,30}}?)\s*:?\s*(?P<second>{_SUM})\s*\)\s*[.;,]?\s*$",
    re.I,
)
#: A plain text's heading: a short line opened by its outline number ("2. Kostnader år 2024", "3.1 Talous").
_NUMBERED = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2})*\.?\s+[^\W\d_][^.!?]{0,70}$")
#: The fewest lines that make a run: one line alone is a sentence, not a table.
_RUN = 2


def _label(role: str) -> str:
    """The Finnish label of a ``cost-column`` concept, the table's header cell of that column."""
    concept = next((c for c in registry.scheme("cost-column") if c.key == role), None)
    return concept.pref.get("fi", role) if concept is not None else role


def _amount(raw: str) -> str:
    """A sum as a table's cell prints it: the digits with their grouping, the currency after them."""
    if has_scale(raw):
        return (
            raw.strip()
        )  # "380 t€", "0,38 M€": the cell keeps its scale, which the table's reader multiplies out
    number = re.sub(r"^(?:€|eur|euro)\s*", "", raw.strip(), flags=re.I)
    number = re.sub(r"\s*(?:€|euroa|euro|eur)$", "", number, flags=re.I)
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+", number):
        number = number.replace(",", " ")  # "98,000": English grouping
    return number.strip()


def _row(text: str, is_category: Callable[[str], str | None]) -> tuple[list[str], str] | None:
    """A cost line's cells (label, sum, the bracket's sum) and the bracket's column role; None for any other line."""
    m = _LINE.match(text)
    if m is None or is_category(m.group("label")) is None:
        return None
    role = tables.column_role(m.group("word"))
    if role not in ("budget", "granted", "actual", "forecast", "committed"):
        return None
    return [m.group("label").strip(), _amount(m.group("first")), _amount(m.group("second"))], role


def as_tables(elements: list[Element], is_category: Callable[[str], str | None]) -> None:
    """Each run of two or more text lines that are cost lines of one bracket's column becomes a table, in place:
    "Kululaji | Toteuma | Budjetti" over a row per line. Lines of a run stand one under the other; a run needs
    a category other than the total."""
    index = 0
    heading = (
        ""  # the title of a table the run makes: the heading over it ("Kostnader år 2024"), as a printed one's
    )
    while index < len(elements):
        if elements[index].type == "heading" or _NUMBERED.match(elements[index].text):
            heading = elements[index].text.strip()  # a plain text's heading is its outline-numbered line
        run: list[tuple[Element, list[str]]] = []
        role: str | None = None
        at = index
        while at < len(elements) and elements[at].type == "text" and elements[at].first == elements[at].last:
            element = elements[at]
            found = _row(element.text, is_category)
            if found is None or (role is not None and found[1] != role):
                break
            if run and element.first != run[-1][0].last + 1:
                break
            run.append((element, found[0]))
            role = found[1]
            at += 1
        if len(run) < _RUN or role is None or all(is_category(cells[0]) == "total" for _, cells in run):
            index += 1
            continue
        first = run[0][0].first
        main = "budget" if role == "actual" else "actual"
        header = ["Kululaji", _label(main), _label(role)]
        rows = [header, *(cells for _, cells in run)]
        table = dataclasses.replace(
            run[0][0],
            type="table",
            title=run[0][0].title or heading,
            last=run[-1][0].last,
            text="\n".join("\t".join(r) for r in rows),
            rows=rows,
            row_lines=[first, *(e.first for e, _ in run)],
        )
        elements[index : index + len(run)] = [table]
        index += 1


#: A category's line of two sums ("• henkilöstökulut 268 000 € / 402 000 €", "- Staff costs 210,000 (410,000)").
_TWO_SUMS_LINE = re.compile(
    r"^\s*(?:[-–•·*]\s*)?(?P<label>[^\W\d_][^\d:]{2,60}?)(?:\s*:|\s+[—–-])?\s+(?P<pair>(?:€|eur)?\s?[-−]?\d.*?)\s*[.;]?\s*$",
    re.I,
)


def _two_sums(text: str, is_category: Callable[[str], str | None]) -> list[str] | None:
    """A line's label and its cell of two sums, when it is a cost category's line of two; None for any other."""
    if not PAIR_CUE.search(text):
        return None  # the cue first: a slash, an arrow, a bracket or a word after a digit
    m = _TWO_SUMS_LINE.match(text)
    if m is None or cell_pair(m.group("pair")) is None or not is_category(m.group("label")):
        return None
    return [m.group("label").strip(), m.group("pair").strip()]


def _two_sums_rows(element: Element, is_category: Callable[[str], str | None]) -> list[tuple[list[str], int]]:
    """A line's, or a table's rows of two cells', (label, two sums) cells and lines; empty unless all are such."""
    if element.type == "text" and element.first == element.last:
        cells = _two_sums(element.text, is_category)
        return [(cells, element.first)] if cells else []
    if element.type != "table" or any(len([c for c in row if c.strip()]) != 2 for row in element.rows):
        return []  # lines the reader took for a table ("Premises  15,000 / 12,500")
    rows = [_two_sums("  ".join(c for c in row if c.strip()), is_category) for row in element.rows]
    return (
        [(cells, line) for cells, line in zip(rows, element.row_lines, strict=False) if cells]
        if all(rows)
        else []
    )


def two_sums_as_tables(elements: list[Element], is_category: Callable[[str], str | None]) -> None:
    """A run of lines that each give a cost category two sums, their roles only in the caption over them ("Rahaa
    käytetty 31.8. mennessä (vuoden 2025 budjetista):" over "• henkilöstökulut 268 000 € / 402 000 €"; "Money 2025
    (EUR): budget / actual to 31 Oct" over "- Staff costs 210,000 / 171,300"), becomes a table without a header, in
    place: its rows are read as a printed table's whose cells hold two sums (``gluedsums.caption_pairs``), and
    left unread when the caption names no two roles."""
    index = 0
    heading = ""
    while index < len(elements):
        if elements[index].type == "heading" or _NUMBERED.match(elements[index].text):
            heading = elements[index].text.strip()
        run: list[tuple[list[str], int]] = []
        at = index
        while at < len(elements) and (found := _two_sums_rows(elements[at], is_category)):
            if run and found[0][1] != run[-1][1] + 1:
                break
            run.extend(found)
            at += 1
        if len(run) < _RUN or all(is_category(cells[0]) == "total" for cells, _ in run):
            index += 1
            continue
        rows = [cells for cells, _ in run]
        table = dataclasses.replace(
            elements[index],
            type="table",
            title=elements[index].title or heading,
            last=run[-1][1],
            text="\n".join("\t".join(r) for r in rows),
            rows=rows,
            row_lines=[line for _, line in run],
            key="",
            value="",
        )
        elements[index:at] = [table]
        index += 1


#: A sum after its column's word in a list of them ("budjetti 400 000 €", "tot. 118 600", "Utfall 9 400 euro"), the
#: year the column is of between them ("budget 2025 250 000", "Talousarvio 2024: 98 000") or the months it covers
#: ("toteutunut 1–6/2024 171 t€").
_ROLE_SUM = re.compile(
    rf"(?:(?P<before>(?:19|20)\d{{2}})\s+)?(?P<word>[^\W\d_][\w.]{{1,20}}?(?: [^\W\d_][\w.]{{1,20}}?)?)"
    rf"(?:\s+(?P<year>(?:19|20)\d{{2}}|\d{{1,2}}\s*[–-]\s*\d{{1,2}}\s*/\s*(?:19|20)\d{{2}}))?\s*:?\s+"
    rf"(?P<sum>{_SUM}|{_NUMBER})",
    re.I,
)
#: A category's line of such sums: "- Henkilöstökulut: budj. 410 000, tot. 118 600, enn. 402 000"; its label may end
#: in a dash and its pairs be parted by middle dots or bars ("• Staff costs — bud. 148,000 · act. 96,300"); numbered too.
_PAIRS_LINE = re.compile(
    r"^\s*(?:(?:[-–•·*]|\d{1,2}[.)]|[a-h]\))\s*)?(?P<label>[^\W\d_][^\d:]{2,60}?)(?:\s*:|\s+[—–-])\s+(?P<pairs>\S.*?)\s*[.;]?\s*$"
)


def _role_sums(text: str, key: dict[str, str], unknown: bool = False) -> list[tuple[str, str, str]] | None:
    """The (role, sum) pairs of a cell or a line's rest that is only such pairs, parted by commas, semicolons, bars,
    middle dots or dashes ("suunniteltu 450 000 – toteutunut 189 000", test33 id63), two or more, each word a money column's and no role twice ("budjetti 400 000 €, käytetty 291 000 €"); None
    for anything else ("3 henkilöä, 2 avointa", "tavoite 300, toteuma 318" under a label no cost category)."""
    parts = [
        part.strip() for part in re.split(r"(?:[,;]|\s[·|–—-])\s+(?=[^\W\d_]|(?:19|20)\d{2}\s)", text.strip())
    ]
    if len(parts) < 2:
        return None
    out: list[tuple[str, str, str]] = []
    for part in parts:
        m = _ROLE_SUM.fullmatch(part)
        role = (
            (tables.column_role(m.group("word")) or tables.column_role(key.get(m.group("word").lower(), "")))
            if m
            else None
        )
        year = (m.group("before") or m.group("year")) if m else None
        word = f"{key.get(m.group('word').lower(), m.group('word'))} {year or ''}".strip() if m else ""
        if m is not None and unknown and (role is None or any(role == r for r, _, _ in out)):
            # ``unknown``: a sum under a word no column has ("jäi käyttämättä 8 100") is left out, and so is a second
            # sum of a column under another word (the fuzzy match takes "oförbrukat", unspent, for "förbrukat")
            continue
        if m is None or role not in _ROLES or any(word == w for _, w, _ in out):
            return None  # a role twice only for two years ("2025 budget …, 2026 budget …")
        out.append((role, word, _amount(m.group("sum"))))
    return out if len(out) >= 2 else None


def _cells_text(cells: list[str]) -> str:
    """A row's cells after its label as one list of sums after their words: a cell that is a word and its sum
    ("Budjetoitu: 210 000,00"), or a word alone whose sum stands in the next cell ("Käytetty:" | "61 200")."""
    out, word = "", False
    for cell in cells:
        cell = cell.strip()
        out += (" " if out.endswith(":") or (word and cell[:1].isdigit()) else ", " if out else "") + cell
        word = _WORD_CELL.fullmatch(cell) is not None  # "toteuma" | "2 450 €": parted by spacing
    return out


#: A cell of a column's word alone, its sum in the next cell: "toteuma", "jäi käyttämättä".
_WORD_CELL = re.compile(r"[^\W\d_][\w.]{1,20}(?: [^\W\d_][\w.]{1,20})?")


#: The money columns a list of sums may name.
_ROLES = ("budget", "granted", "actual", "forecast", "committed", "deviation")


def _legend(text: str) -> dict[str, str]:
    """A caption's key of abbreviations ("budj. = vuoden budjetti, tot. = toteuma 1-4/2023"): word → its words."""
    return {
        m.group(1).lower(): m.group(2).strip()
        for m in re.finditer(r"([^\W\d_][\w.]{0,15})\s*=\s*([^,;()=]{2,40})", text)
    }


def _table_rows(
    element: Element, key: dict[str, str], is_category: Callable[[str], str | None]
) -> list[tuple[str, list[tuple[str, str, str]], int]]:
    """A table's rows as (label, its (role, word, sum) list, line), each a category's sums after their words:
    "Henkilöstökulut | budjetti 400 000 €, käytetty 291 000 €", or a form's print with each sum's word in its own
    cell before it, "Staff costs | Budgeted: 150 000 | Spent: 71 250"; empty unless every row is one."""
    rows: list[tuple[str, list[tuple[str, str, str]], int]] = []
    for row, line in zip(element.rows, element.row_lines, strict=False):
        cells = [c for c in row if c.strip()]
        found = _role_sums(_cells_text(cells[1:]), key) if len(cells) >= 2 else None
        if found is None or not is_category(cells[0]):
            return []
        rows.append((cells[0].strip(), found, line))
    return rows


def pairs_as_tables(elements: list[Element], is_category: Callable[[str], str | None]) -> None:
    """A run of a unit's costs given as each category's sums after their columns' words becomes a table, in place:
    lines "- Henkilöstökulut: budj. 410 000, tot. 118 600, enn. 402 000" (the words' key in the caption above,
    "budj. = vuoden budjetti", names the head), or a list of two cells a row, "Henkilöstökulut | budjetti 400 000
    €, käytetty 291 000 €". Every row's words the same, in one order; a category other than the total."""
    index = 0
    while index < len(elements):
        element = elements[index]
        rows: list[tuple[str, list[tuple[str, str, str]], int]] = []
        at = index
        if element.type not in ("table", "text") or (
            element.type == "text" and not _PAIRS_LINE.match(element.text)
        ):
            index += 1  # the cue first: a line of a label, a colon and more, or a table
            continue
        before = elements[index - 1] if index else None
        near = before is not None and before.last >= element.first - 2 and "=" in before.text
        key = _legend(before.text) if near and before is not None else {}  # "budj. = vuoden budjetti"
        if element.type == "table":
            rows, at = _table_rows(element, key, is_category), index + 1
            while (
                rows
                and at < len(elements)
                and elements[at].type == "table"
                and elements[at].first == elements[at - 1].last + 1
                and (more := _table_rows(elements[at], key, is_category))
            ):
                # the next line's row cut off as a table of its own ("Yhteensä | …")
                rows, at = rows + more, at + 1
        else:
            while (
                at < len(elements) and elements[at].type == "text" and elements[at].first == elements[at].last
            ):
                m = _PAIRS_LINE.match(elements[at].text)
                found = _role_sums(m.group("pairs"), key) if m else None
                found = found if m is not None and found is not None and is_category(m.group("label")) else None
                if m is None or found is None or (rows and elements[at].first != rows[-1][2] + 1):
                    break
                rows.append((m.group("label").strip(), found, elements[at].first))
                at += 1
        if not _a_run(rows, is_category):
            index += 1
            continue
        elements[index:at] = [_as_table(element, rows)]
        index += 1


def _remembered(is_category: Callable[[str], str | None]) -> Callable[[str], str | None]:
    """``is_category`` remembered for one pass over a document's elements: the runs below are read again from each
    of their elements, and a category's lookup costs about a millisecond (R2: 45 297 lookups for 150 lines of one
    label's records, 62 s for 400)."""
    seen: dict[str, str | None] = {}

    def lookup(text: str) -> str | None:
        if text not in seen:
            seen[text] = is_category(text)
        return seen[text]

    return lookup


def _a_run(
    rows: list[tuple[str, list[tuple[str, str, str]], int]], is_category: Callable[[str], str | None]
) -> bool:
    """Rows enough for a table, every row's words the same in one order, not all of them totals."""
    roles = [[role for role, _, _ in found] for _, found, _ in rows]
    return (
        len(rows) >= _RUN
        and all(r == roles[0] for r in roles)
        and not all(is_category(r[0]) == "total" for r in rows)
    )


def _as_table(
    element: Element, rows: list[tuple[str, list[tuple[str, str, str]], int]], title: str = "", corner: str = ""
) -> Element:
    """The table element of (label, (role, word, sum) list, line) rows, its header the first row's words (the label
    column's head ``corner``: a caption's "Kustannukset 2025" names the year the budget is of)."""
    header = [corner or "Kululaji", *(word for _, word, _ in rows[0][1])]
    table_rows = [header, *([label, *(value for _, _, value in found)] for label, found, _ in rows)]
    return dataclasses.replace(
        element,
        type="table",
        title=title or element.title,
        last=max(element.last, rows[-1][2]),
        text="\n".join("\t".join(r) for r in table_rows),
        rows=table_rows,
        row_lines=[rows[0][2], *(line for _, _, line in rows)],
        key="",
        value="",
    )


def labels_over_pairs(elements: list[Element], is_category: Callable[[str], str | None]) -> None:
    """A run of cost categories each on a line of its own over the line of its sums after their words ("Henkilöstökulut"
    over "budjetti 780 000 · toteutunut 771 900 · jäi käyttämättä 8 100", as a PDF's report prints a card a category)
    becomes a table, in place; a label that names no cost ("Ohjaajat" over "tavoite 6 · toteuma 5") makes none."""
    is_category = _remembered(is_category)
    sums: dict[
        str, list[tuple[str, str, str]] | None
    ] = {}  # a line's sums, read once however many runs read it
    index = 0
    while index < len(elements):
        rows: list[tuple[str, list[tuple[str, str, str]], int]] = []
        at = index
        while at + 1 < len(elements):
            label, line = elements[at], elements[at + 1]
            if not (
                label.type in ("text", "heading")
                and line.type == "text"
                and label.first == label.last
                and line.first == line.last == label.last + 1
                and (not rows or label.first == rows[-1][2] + 1)
            ):
                break
            name = label.text.strip().rstrip(":").strip()
            if len(name) <= 60 and not re.search(r"\d", name):
                if line.text not in sums:
                    sums[line.text] = _role_sums(line.text, {}, unknown=True)
                found = sums[line.text]
            else:
                found = None
            if found is None or not is_category(name):
                break
            rows.append((name, found, line.first))
            at += 2
        if not _a_run(rows, is_category):
            index += 1
            continue
        elements[index:at] = [_as_table(elements[index], rows)]
        index += 1


#: A sentence of a caption, a colon and a category's sums after their words an item, the items parted by semicolons:
#: "Kustannukset 2025 (euroa, toteuma 1–6/2025): henkilöstökulut budjetti 120 000, toteuma 58 300; matkakulut …".
#: Matched against the stripped text, its items from the first character that is no space to the last that is no space
#: or stop: the lazy items before "\s*\.?\s*$" tried every split of a run of spaces (R2: cubic in a run of em spaces).
_SENTENCE = re.compile(
    r"^(?P<caption>[^\W\d_][^:;.]{2,120}):\s+(?P<items>[^:\s](?:[^:]*[^:\s.])?)[\s.]*$", re.S
)


def _item(text: str, is_category: Callable[[str], str | None]) -> tuple[str, list[tuple[str, str, str]]] | None:
    """An item's category (its first words, up to four) and its sums after their words; None for any other."""
    words = text.split()
    for cut in range(1, min(5, len(words))):
        label = " ".join(words[:cut])
        if is_category(label) and (found := _role_sums(" ".join(words[cut:]), {})) is not None:
            return label, found
    return None


def sentence_pairs(elements: list[Element], is_category: Callable[[str], str | None]) -> None:
    """A paragraph that is one sentence of a unit's costs, each category's sums after their columns' words and the
    categories parted by semicolons under the caption before its colon, becomes a table under that caption, in
    place; a sentence of counts ("asiakkaat tavoite 400, toteuma 356; …") stays text."""
    is_category = _remembered(is_category)
    index = 0
    while index < len(elements):
        element, text, at = elements[index], "", index
        # The sentence's lines: a plain text gives each line of a paragraph as an element of its own.
        while at < len(elements) and at - index < _SENTENCE_LINES and elements[at].type == "text":
            if at > index and elements[at].first != elements[at - 1].last + 1:
                break
            text = f"{text} {elements[at].text.strip()}".strip()
            at += 1
            if text.endswith("."):
                break
        m = (
            _SENTENCE.match(text.strip())
            if element.type == "text" and ";" in text and ":" in element.text
            else None
        )
        items = [_item(part, is_category) for part in m.group("items").split(";")] if m else []
        rows = [(found[0], found[1], element.first) for found in items if found is not None]
        if m is None or len(rows) != len(items) or not _a_run(rows, is_category):
            index += 1
            continue
        caption = " ".join(m.group("caption").split())
        table = _as_table(element, rows, title=caption, corner=re.sub(r"\s*\([^)]*\)", "", caption))
        elements[index:at] = [dataclasses.replace(table, last=elements[at - 1].last)]
        index += 1


#: The most lines one sentence of costs is wrapped over.
_SENTENCE_LINES = 6
