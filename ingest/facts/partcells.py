"""Rows of a cost table that a part keys: the part's block, or the part's key in front of each row.

The class (test39 oj02 oj08, test37 oh04 oh17, test36 og02 og05 og16, test35 of04 of05, test32 od03, test27
i11, test26 o10; tuning documents u1520-u1523): one cost table holds the figures of several parts, the parts told
apart inside the table, not by a caption over it:

- a block per part, headed by a row whose first cell names the part and whose other cells are the
  columns' words ("TP 1 Digitaalinen ajanvaraus | Myönnetty | Toteutunut", "Investointi 2 | 2022 | 2023"),
  or by a row of the part alone; the block runs to its total row or the next part's head row;
- the part's key in front of each row's label ("Inv. 1 Henkilöstökulut | 520,0 | 331,4");
- the part's key in a column of its own before the label ("A | Henkilöstö | 420 | 188" under
  "Osio | Kustannuslaji | …").

The money family reads such a table as one statement of the unit current where it stands, mostly the
whole: each line read on a row a part keys moves to a statement of that part (same kind, year and unit),
the rows no part keys (the whole's "Yhteensä" after the blocks) stay. A key names a part only when the
document has that part already (``lightmatrix.known_part``: its name, its word and number, or a key the
text gives it): a row "Investointi 1 | 1 900 000 | 827 050" with figures is a row of a table of parts, not
a block's head, and "A-klinikka" no key.
"""

from __future__ import annotations

import re

from hankegraafi.ingest import tables
from hankegraafi.ingest.facts.context import Context, Family
from hankegraafi.ingest.facts.lightmatrix import known_part
from hankegraafi.ingest.facts.model import CostLine, CostStatement, Project
from hankegraafi.ingest.facts.partwords import match_part_line, part_words
from hankegraafi.ingest.lightunits import keyed_part
from hankegraafi.ingest.segment import Element

#: A part's key in front of a row's label: a word or its abbreviation and a number or a letter
#: ("Inv. 1", "TP A", "TP1", "Investointi 2"), then the label.
_KEY_FIRST = re.compile(
    r"^(?P<key>[^\W\d_]{1,20}\.?\s?(?:\d{1,2}|[A-H]|[IVX]{1,4})\b\.?)\s*[:–—-]?\s*(?P<rest>.*)$"
)
#: A key alone: a number, a letter or a Roman numeral ("A", "II", "1").
_BARE_KEY = re.compile(r"^(?:\d{1,2}|[A-H]|[IVX]{1,4})$")
#: A cell holding a figure (a year alone is a column's word: "Investointi 2 | 2022 | 2023").
_FIGURE = re.compile(r"(?!(?:19|20)\d\d$)\d[\d\s.,]*\s*(?:%|€|e|t€)?$")
#: An amount inside a cell of words: a sum in groups of three ("myönnetty 1 900 000 €"), a number of four
#: digits or more that is no year, or a number with a currency or a percent sign.
_AMOUNT = re.compile(
    r"\d{1,3}(?:[\s.,]\d{3})+\b|(?<![\d./])(?!(?:19|20)\d\d\b)\d{4,}\b|\d\s*(?:€|%|e\b|eur\w*|t€)",
    re.I,
)
#: The kinds of a report's cost table (a sum granted, applied for or returned is the money family's; a plan's
#: estimate is money of its unit too, and a report's "Kustannusarvio vuosittain" read as one is left alone).
_TABLE_KINDS = ("cumulative", "annual", "period")


#: A row's label that totals the rows above it ("Yhteensä", "Välisumma", "Total", "Summa").
_TOTAL = re.compile(r"^(?:yhteensä|välisumma|total|totalt|summa|subtotal|sum)\b", re.I)


def _cells(row: list[str]) -> list[str]:
    return [c.strip(" *_") for c in row]


#: A cost table of parts is short; a longer sheet is no such table (and each row's lookup reads the text).
_MOST_ROWS = 200


def _by_key(ctx: Context, key: str) -> Project | None:
    """The part a key names: as a light matrix's header does (``known_part``), as the number of the one part
    of the document's line with that word ("II" of "Osahanke II: X"), or by the name the text gives the key
    ("A" of "Osio A: Kotiutustiimi", the part named "Kotiutustiimi")."""
    found = known_part(ctx, key)
    if found is not None:
        return found
    numbered = [
        p
        for p in ctx.projects
        if p is not ctx.root
        and p.level in ("investment", "subproject")
        and (own := match_part_line(p.name)) is not None
        and own[2].casefold() == key.casefold()
    ]
    if len(numbered) == 1:
        return numbered[0]
    keyed = keyed_part(ctx.doc.text, key)
    tail = keyed.partition(": ")[2].strip()
    return known_part(ctx, tail) if tail else None


def _part_named(ctx: Context, text: str) -> Project | None:
    """The part a cell names: whole ("TP 1 Digitaalinen ajanvaraus"), or by its key alone ("TP 1")."""
    text = text.strip(" *_")
    if not text or len(text) > 100:
        return None
    found = known_part(ctx, text)
    if found is not None:
        return found
    m = _KEY_FIRST.match(text)
    if m is None:
        return None
    key, rest = m["key"].strip(" .:"), m["rest"].strip()
    by_key = _by_key(ctx, key)
    if by_key is None or (rest and known_part(ctx, rest) not in (None, by_key)):
        return None
    return by_key


#: A year alone as a column's word ("Investointi 2 | 2022 | 2023").
_YEAR = re.compile(r"(?:19|20)\d\d")


def _columns_row(cells: list[str]) -> bool:
    """A row whose other cells are the columns' words ("X | Budjetti | Toteutunut", "X | 2022 | 2023"): a
    header or a block's head. A dash, "ei alkanut" or "n/a" beside a part is a row of that part, no head."""
    rest = [c for c in cells[1:] if c]
    return bool(
        cells
        and cells[0]
        and rest
        and all(tables.column_role(c) is not None or _YEAR.fullmatch(c) for c in rest)
        and not any(_AMOUNT.search(c) for c in rest)
    )


def _head(ctx: Context, cells: list[str]) -> Project | None:
    """A block's head row: the first cell names a part, the other cells are the columns' words."""
    return _part_named(ctx, cells[0]) if _columns_row(cells) else None


def _keyed(ctx: Context, cells: list[str], key_column: bool) -> Project | None:
    """The part a row's own key names: a key column's cell, or the key in front of the label."""
    if not cells or not cells[0]:
        return None
    if key_column:
        return _by_key(ctx, cells[0]) if _BARE_KEY.match(cells[0]) or len(cells[0]) <= 12 else None
    m = _KEY_FIRST.match(cells[0])
    if m is None or not m["rest"].strip() or _FIGURE.match(m["rest"].strip()):
        return None
    return _by_key(ctx, m["key"].strip(" .:"))


def _key_column(ctx: Context, rows: list[list[str]]) -> bool:
    """The table's first column holds the parts' keys and its second the labels ("A | Henkilöstö | 420"),
    under a header naming the parts' word ("Osio", "Alahanke", "Workstream"): a column of phases
    ("Toteutusvaihe | Kustannuslaji" over "I | …") keys no part, though a part is numbered I too."""
    body = [_cells(r) for r in rows[1:] if len(r) >= 3]
    if len(body) < 2 or not rows[0] or not _cells(rows[0])[0]:
        return False
    keys = [r[0] for r in body]
    labels = [r[1] for r in body]
    if not (
        all(keys)
        and len(set(keys)) >= 2
        and all(len(k) <= 12 for k in keys)
        and all(lbl and not _FIGURE.match(lbl) for lbl in labels)
    ):
        return False
    parts = [_by_key(ctx, k) for k in set(keys)]
    if any(p is None for p in parts):
        return False
    header = _cells(rows[0])[0].casefold()
    words = {w for w in part_words()} | {
        own[1].casefold()
        for k in set(keys)
        for named in (keyed_part(ctx.doc.text, k), *(p.name for p in parts if p is not None))
        if (own := match_part_line(named)) is not None
    }
    return any(header[:4] == w[:4] for w in words if len(w) >= 4)


def _row_parts(ctx: Context, element: Element) -> tuple[dict[int, Project], set[int]]:
    """Each line of the table that a part keys, and that part; and the lines that head a part's block."""
    rows, lines = element.rows, element.row_lines
    if not 3 <= len(rows) <= _MOST_ROWS or len(rows) != len(lines):
        return {}, set()
    key_column = _key_column(ctx, rows)
    found: dict[int, Project] = {}
    heads: set[int] = set()
    current: Project | None = None
    for row, line in zip(rows, lines, strict=True):
        cells = _cells(row)
        head = None if key_column else _head(ctx, cells)
        if head is not None:
            current = head
            heads.add(line)
            continue
        if not key_column and _columns_row(cells):
            current = None  # a block's head naming no part ("Hankkeen yhteiset kulut | Budjetti"): the whole's
            continue
        own = _keyed(ctx, cells, key_column)
        part = own or current
        if part is not None:
            found[line] = part
        label = cells[1] if key_column and len(cells) > 1 else (cells[0] if cells else "")
        if own is None and current is not None and _TOTAL.match(label):
            current = None  # the block's total ends it: a total after it is the whole's
    return found, heads


def _split(owner: Project, statement: CostStatement, parts: dict[int, Project], heads: set[int]) -> None:
    """Move the lines of ``statement`` read on a keyed row to a statement of the same kind under the part.
    A line read on a block's head row goes: the row holds the columns' words ("Investointi 4 | 2022 |
    2023" read as a cost of 2 022 euros), no figures."""
    statement.lines = _kept(
        statement.lines, [i for i, x in enumerate(statement.lines) if x.span.first not in heads]
    )
    groups: dict[int, list[int]] = {}
    targets: dict[int, Project] = {}
    for index, line in enumerate(statement.lines):
        part = parts.get(line.span.first)
        if part is None or part is owner:
            continue
        groups.setdefault(id(part), []).append(index)
        targets[id(part)] = part
    if not groups:
        return
    moved = {i for indexes in groups.values() for i in indexes}
    for key, indexes in groups.items():
        place = {old: new for new, old in enumerate(indexes)}
        lines = [_renumbered(statement.lines[i], place) for i in indexes]
        first = statement.lines[indexes[0]].span
        targets[key].costs.append(
            CostStatement(statement.unit, statement.kind, statement.year, lines, first, statement.cue)
        )
    statement.lines = _kept(statement.lines, [i for i in range(len(statement.lines)) if i not in moved])


def _kept(lines: list[CostLine], kept: list[int]) -> list[CostLine]:
    """The lines at the indexes ``kept``, their parents' indexes renumbered."""
    place = {old: new for new, old in enumerate(kept)}
    return [_renumbered(lines[i], place) for i in kept]


def _renumbered(line: CostLine, place: dict[int, int]) -> CostLine:
    parent = place.get(line.parent) if line.parent is not None else None
    return CostLine(line.raw_label, line.category, parent, line.values, line.span)


def file_keyed_rows(ctx: Context) -> None:
    """Each cost line read on a row of a table that a part keys goes to that part (the module's class)."""
    if ctx.root is None or not any(p.level in ("investment", "subproject") for p in ctx.projects):
        return
    for element in ctx.seg.elements:
        if element.type != "table":
            continue
        statements = [
            (project, statement)
            for project in ctx.projects
            for statement in project.costs
            if statement.kind in _TABLE_KINDS
            and all(element.first <= x.span.first <= element.last for x in statement.lines)
        ]
        if not statements:
            continue
        parts, heads = _row_parts(ctx, element)
        if not parts:
            continue
        for owner, statement in statements:
            _split(owner, statement, parts, heads)
            if not statement.lines:
                owner.costs.remove(statement)


#: Run after the parts family's end, which names the parts a head field lists (``facts.FAMILIES``).
LATE = Family("costs-by-parts", finish=file_keyed_rows)
