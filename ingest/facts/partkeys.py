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
"""

from __future__ import annotations

import re

from hankegraafi.ingest.facts.context import Context
from hankegraafi.ingest.facts.partnames import heading_of_parts
from hankegraafi.ingest.segment import Element

#: A key and a name: "A Kotisairaalan laajennus", "2) Mobilt labb", "B. Home Rehab".
_KEYED = re.compile(r"^(?P<key>[A-H]|\d{1,2})[.)]?\s+(?P<name>(?-i:[A-ZÅÄÖ])[^,;:]{2,80}?)\s*$")
#: Between the items of the field's value: a comma, a semicolon or "ja"/"och"/"and".
_ITEMS = re.compile(r"\s*[,;]\s*(?:(?:ja|och|and)\s+)?|\s+(?:ja|och|and)\s+(?=(?:[A-H]|\d{1,2})[.)]?\s)")


def _label_value(element: Element) -> tuple[str, str] | None:
    """The label and value of a head row: a one-row table's two cells, or a field's label and value."""
    if element.type == "table" and len(element.rows) == 1 and len(element.rows[0]) >= 2:
        return element.rows[0][0], " ".join(c for c in element.rows[0][1:] if c.strip())
    if element.type == "field" and element.value and element.first == element.last:
        return re.split(r"[:\t]|\.{3,}", element.text, maxsplit=1)[0], element.value
    return None


def declared(elements: list[Element]) -> tuple[str, dict[str, str]] | None:
    """(level, key → name) of the first head row listing the parts with a key each, two or more."""
    for element in elements[:60]:
        found = _label_value(element)
        if found is None or (level := heading_of_parts(found[0].strip(" .*_"))) is None:
            continue
        items = [i for i in _ITEMS.split(found[1].strip(" .")) if i.strip()]
        keyed = [_KEYED.match(i.strip()) for i in items]
        if len(items) >= 2 and all(keyed):
            return level, {m.group("key"): m.group("name") for m in keyed if m is not None}
    return None


def read_keyed_parts(ctx: Context, elements: list[Element]) -> None:
    """Lines heading a part's block by the key and name the head declared become part lines, in place; each
    part reports on its own (its lights and tables are its own: ``Context.own_lines``)."""
    found = declared(elements)
    if found is None:
        return
    level, names = found
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
