"""Parts a head field lists with a key each, then heads of their blocks by that key and name.

Class read: a report whose head lists the project's parts under their word in the plural, each with
a letter or number before its name ("Osahankkeet ......... A Kotisairaalan laajennus, B Omaishoidon
tuki", "Delprojekt: 1 Hemrehabilitering, 2 Mobilt labb", "Sub-projects | A Remote Clinics; B Home
Rehab"), and then heads each part's block by the same key and name on a line of its own ("A
Kotisairaalan laajennus" over its lights). Such a line is the part's heading: what stands under it
is the part's. The part is named by its name alone (the key says nothing of it).

Negative side: a key and name that the head's list does not hold stays what it was (a goal, a list
item "A Kotisairaalan …" of another list), and a field whose items are not all keyed ("Osahankkeet:
kaksi") declares nothing.

A key may be a short code ("TP A", "TP1", "WS-A"), the list a bullet "- Työpaketit: TP A X (Tampere) · TP B
Y", a row of the head's table ("Työpaketit | TP1 X; TP2 Y") or a table of codes beside the parts' word
("Code | Workstream" over "WS-A | X"). Work packages are listed so only where their keys stand alone in a
cell (a lights matrix's "TP A | TP B"): then they report on their own, as parts. When no block is headed by
a key and name, the declared parts are made at once, under the whole, each named by its name alone: the
matrices keyed by the code find them (``lightunits.named_in_text``) (test36 og05, og08, test37 oh04).
"""

from __future__ import annotations

import functools
import re
from weakref import WeakKeyDictionary

from hankegraafi.ingest.facts.context import Context
from hankegraafi.ingest.facts.model import Span
from hankegraafi.ingest.facts.partnames import heading_of_parts
from hankegraafi.ingest.facts.partshort import abbreviations
from hankegraafi.ingest.facts.partwords import match_part_line, part_words
from hankegraafi.ingest.segment import Element

#: A part's key: a letter or a number, or a short code in capitals before one ("TP A", "TP1", "WS-A").
_KEY = r"(?:[A-ZÅÄÖ]{1,3}[ -]?)?(?:[A-H]|\d{1,2})"
#: A key and a name: "A Kotisairaalan laajennus", "2) Mobilt labb", "B. Home Rehab", "TP1 Kiireetön vastaanotto".
_KEYED = re.compile(rf"^(?P<key>{_KEY})[.)]?\s+(?P<name>(?-i:[A-ZÅÄÖ])[^,;:·•]{{2,80}}?)\s*$")
#: Between the items of the field's value: a comma, a semicolon, a middle dot or "ja"/"och"/"and".
_ITEMS = re.compile(rf"\s*[,;·•]\s*(?:(?:ja|och|and)\s+)?|\s+(?:ja|och|and)\s+(?={_KEY}[.)]?\s)")
#: A note in brackets after a name ("TP A Terapiat ensin (Tampere, Nokia)"): the places, no part of it.
_NOTE = re.compile(r"\s*\([^()]{1,80}\)")
#: A bullet before a field written as a list item ("- Työpaketit: …").
_BULLET = re.compile(r"^\s*[-*•]\s+")
#: A column of keys beside the parts' names ("Code", "Koodi", "Tunnus", "Kod", "Key").
_KEY_COLUMN = re.compile(r"(?:code|koodi|tunnus|kod|key|id|lyhenne|förkortning)", re.I)


def _label_values(element: Element) -> list[tuple[str, str]]:
    """The labels and values of head rows: a label-and-value table's rows, a field's label and value, or a
    line "Label: value" (a list item too)."""
    if element.type == "table" and element.rows and all(len(r) <= 3 for r in element.rows):
        return [(r[0], " ".join(c for c in r[1:] if c.strip())) for r in element.rows if len(r) >= 2]
    if element.type == "field" and element.value and element.first == element.last:
        return [(re.split(r"[:\t]|\.{3,}", element.text, maxsplit=1)[0], element.value)]
    if element.type == "text" and element.first == element.last:
        label, colon, value = _BULLET.sub("", element.text).partition(":")
        return [(label, value)] if colon and len(label) <= 40 else []
    return []


def _level(label: str, text: str, keys: list[str]) -> str | None:
    """The level of the parts a head row's label lists: the parts' word ("Osahankkeet"), or the work packages'
    ("Työpaketit") when a key of theirs stands alone in a cell (a lights matrix's "TP A | TP B"): they report."""
    if (level := heading_of_parts(label)) is not None:
        return level
    word = label.casefold()
    if not any(word.startswith(w[:-1]) for w, kind in part_words().items() if kind == "work-package"):
        return None
    return "subproject" if _alone(text, keys) else None


def _keyed_items(value: str) -> dict[str, str] | None:
    """key → name of a value that lists two or more parts each with its key, else None. An item the short
    forms' reader wrote out already ("TP1 X" as "Työpaketti 1: X", ``partshort``) is keyed by its word and number
    and named so, as that reader heads the matrix's columns ("Työpaketti 1")."""
    items = [i.strip() for i in _ITEMS.split(_NOTE.sub("", value).strip(" .")) if i.strip()]
    names: dict[str, str] = {}
    for item in items:
        if (m := _KEYED.match(item)) is not None:
            names[m.group("key")] = m.group("name")
        elif (line := match_part_line(item)) is not None and line[3]:
            names[f"{line[1]} {line[2]}"] = f"{line[1]} {line[2]}: {line[3]}"  # as the matrix heads it
        else:
            return None
    return names if len(items) >= 2 and len(names) == len(items) else None


def _code_table(element: Element, text: str) -> tuple[str, dict[str, str]] | None:
    """(level, key → name) of a table whose column of keys stands before the parts' word's column ("Code |
    Workstream" over "WS-A | Family chat"), every row keyed, when a key stands alone in a cell outside the table
    (a lights matrix "| Dimension | WS-A | WS-B |"): the parts report by it. An equipment register "Tunnus |
    Investointi | Hankintahinta" over "L1 | Kannettavat tietokoneet | 12 000" keys nothing else (R11-4)."""
    if element.type != "table" or len(element.rows) < 3:
        return None
    lines = text.split("\n")
    outside = "\n".join(lines[: element.first - 1] + lines[element.last :])
    header, body = element.rows[0], element.rows[1:]
    for at in range(len(header) - 1):
        level = heading_of_parts(header[at + 1].strip(" *_"))
        if level is None or not _KEY_COLUMN.fullmatch(header[at].strip(" *_")):
            continue
        keys = [r[at].strip(" *_") if len(r) > at + 1 else "" for r in body]
        names = [r[at + 1].strip(" *_") if len(r) > at + 1 else "" for r in body]
        if (
            all(re.fullmatch(_KEY, k) for k in keys)
            and all(n[:1].isupper() for n in names)
            and _alone(outside, keys)
        ):
            return level, dict(zip(keys, names, strict=True))
    return None


def _alone(text: str, keys: list[str]) -> bool:
    """A key stands alone in a cell of ``text`` (a tab or a bar on each side, or the line's end)."""
    cells = _cells(text)
    return any(k in cells for k in keys)


@functools.lru_cache(maxsize=8)
def _cells(text: str) -> frozenset[str]:
    """Every cell of ``text`` (a line's pieces between tabs and bars, spaces stripped), read once per text: a
    table of n head rows asks for each row's keys, and a search of the whole text per key was O(n²) (R11-6)."""
    return frozenset(piece.strip(" ") for line in text.split("\n") for piece in re.split(r"[\t|]", line))


def declared(elements: list[Element], text: str = "") -> tuple[str, dict[str, str]] | None:
    """(level, key → name) of the first head row listing the parts with a key each, two or more."""
    for element in elements[:60]:
        if (table := _code_table(element, text)) is not None:
            return table
        for label, value in _label_values(element):
            names = _keyed_items(value)
            if names is not None and (level := _level(label.strip(" .*_"), text, list(names))) is not None:
                return level, names
    return None


def read_keyed_parts(ctx: Context, elements: list[Element]) -> None:
    """Lines heading a part's block by the key and name the head declared become part lines, in place; each
    part reports on its own (its lights and tables are its own: ``Context.own_lines``)."""
    found = declared(elements, ctx.doc.text)
    if found is None:
        return
    level, names = found
    headed = False
    for index, element in enumerate(elements):
        if element.type not in ("text", "heading") or element.first != element.last:
            continue
        m = _KEYED.match(element.text.strip(" *_#"))
        if m is None or names.get(m.group("key")) != m.group("name"):
            continue
        ctx.own_lines.add(element.first)
        elements[index] = Element(
            "part",
            element.first,
            element.last,
            element.text,
            key="investment" if level == "investment" else "subproject",
            value=m.group("name"),
            title=m.group("key"),
        )
        headed = True
    at = next((e for e in elements[:60] if any(n.rpartition(": ")[2] in e.text for n in names.values())), None)
    if not headed and at is not None:
        short = abbreviations(elements)
        _PENDING[ctx] = (
            level,
            {k: _written(short, k, n) for k, n in names.items()},
            Span(at.first, at.last, at.text),
        )


def _written(short: dict[str, str], key: str, name: str) -> str:
    """A part keyed by an abbreviation of its word and its number ("TP1") named by them written out ("Työpaketti
    1: X"), as ``partshort`` writes out the matrices' and tables' cells that key it; else by its name alone."""
    m = re.fullmatch(r"(?P<abbr>[A-ZÅÄÖ]{2,4})[ -]?(?P<num>\d{1,2})", key)
    word = short.get(m.group("abbr")) if m is not None else None
    return f"{word} {m.group('num')}: {name}" if m is not None and word else name


#: Parts a head row declared that no block's line heads, per extraction: made at the parts family's end.
_PENDING: WeakKeyDictionary[Context, tuple[str, dict[str, str], Span]] = WeakKeyDictionary()


def made_declared(ctx: Context) -> None:
    """The declared parts no block is headed by, made under the whole at the end of the walk (the whole may be
    named by a field the walk reads); a part the document made already (by its name, or by its word and number
    from a table's row) is kept. The
    matrices keyed by the code wait for them (``lightmatrix.settle``)."""
    pending = _PENDING.pop(ctx, None)
    if pending is None or ctx.root is None:
        return
    level, names, span = pending
    have = {f for p in ctx.projects if p.parent is not None for f in p.name.casefold().partition(": ")[::2]}
    for name in names.values():
        if not have & set(name.casefold().partition(": ")[::2]) - {""}:
            ctx.new_project("investment" if level == "investment" else "subproject", name, span, ctx.root)
