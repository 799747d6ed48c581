"""Part lines read into part elements before the walk, by the line's structure (partwords reads the words).

Moved out of ``partwords`` (which stood at the 600-line limit), no behaviour changed: a part heading in the
document's own words becomes a ``part`` element; a work package ("Työpaketti 1: X") a heading, since it is a
task of the whole, unless its own lights or cost table stand under it (:func:`reports_alone`); a head line or
table row whose label names a part ("Osahanke: Osahanke 2 – Y") the part's element; a paragraph that begins with
its part as a run-in head ("Osakokonaisuus 1 – X. Text …") a part and its text.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from hankegraafi.ingest.facts.partwords import (
    judged_goal,
    labels_kind,
    match_part_line,
    name_like,
    named_part,
    sentence_name,
)
from hankegraafi.ingest.namecuts import states_sum
from hankegraafi.ingest.segment import Element, match_light


def _name_line(element: Element) -> str | None:
    """The element as the name of a part heading above it: one short capitalised line, no sentence."""
    text = element.text.strip()
    if element.type not in ("text", "heading") or element.key or "\n" in text or not text:
        return None  # a section the vocabulary knows ("Perustiedot") is no part's name
    return text.rstrip(" :") if name_like(text.rstrip(" :")) and match_part_line(text) is None else None


def _part(
    kind: str, word: str, number: str, name: str, first: int, last: int, text: str, withdrawn: bool = False
) -> Element:
    """A part element as the segmenter makes them: the label in the value, the number in the title."""
    label = (f"{word} {number}: {name}" if number else name) if name else f"{word} {number}"
    key = "investment" if kind == "investment" else "subproject"
    return Element("part", first, last, text, key=key, value=label, title=number, withdrawn=withdrawn)


def _part_colon_field(element: Element) -> Element | None:
    """A head line "Label: value" whose label names a part (:func:`part_label`) and whose value is that
    part ("Investointi: Investointi 3: X", "**Osahanke:** Osahanke 2 – Y", "Raportoitava osakokonaisuus:
    Z"): the part's element, as the same row of a table (:func:`_part_field`)."""
    if element.first != element.last or ":" not in element.text:
        return None
    label, value = (part.strip(" *_\t") for part in element.text.split(":", 1))
    found = (match_part_line(value) or named_part(label, value)) if label else None
    if found is None or found[0] == "work-package" or not labels_kind(label, found[0]):
        return None
    kind, word, number, name = found
    return _part(kind, word, number, name, element.first, element.last, value if number else f"{word}: {name}")


def _rows_table(element: Element, start: int, end: int) -> list[Element]:
    """The rows ``start:end`` of a table as a table of their own (none when there are none)."""
    rows, lines = element.rows[start:end], element.row_lines[start:end]
    if not rows or len(lines) != len(rows):
        return []
    text = "\n".join("\t".join(row) for row in rows)
    return [Element("table", lines[0], lines[-1], text, rows=rows, row_lines=lines, title=element.title)]


def _heads_parts(element: Element, at: int) -> bool:
    """The row ``at`` is the header of a column of parts, not a head field: the row below it names a
    part in its first cell ("Investointi | Haettava avustus" over "Investointi 1: X | 4 900 000 €",
    "Osakokonaisuus | Vastuutaho" over "Osakokonaisuus 1: Y | Z"). A head field's rows below are
    other fields; a list of parts puts the parts under the part's word, as a column puts its values
    under its header."""
    below = element.rows[at + 1] if at + 1 < len(element.rows) else []
    found = match_part_line(below[0]) if below else None
    return found is not None and found[0] != "work-package"


def _part_field(element: Element) -> list[Element] | None:
    """A report's head of label and value rows with a row whose label names a part (:func:`part_label`)
    and whose value is that part ("Osakokonaisuus | Osakokonaisuus B: X", "Delprojekt ..... Delprojekt 3: Y"): the
    report is about that part, so the row is the part's element (before it, the rows above; after, below).
    """
    if not element.rows or any(len(row) != 2 for row in element.rows):
        return None
    for at, (label, value) in enumerate(element.rows):
        found = match_part_line(value) or (None if _heads_parts(element, at) else named_part(label, value))
        if found is None or found[0] == "work-package" or not labels_kind(label, found[0]):
            continue
        kind, word, number, name = found
        line = element.row_lines[at] if at < len(element.row_lines) else element.first
        part = _part(kind, word, number, name, line, line, value if number else f"{word}: {name}")
        return [*_rows_table(element, 0, at), part, *_rows_table(element, at + 1, len(element.rows))]
    return None


def _run_in(element: Element) -> tuple[Element, Element] | None:
    """A paragraph that begins with its part's heading: the part, and the rest of the text."""
    text = element.text.strip()
    if element.type != "text" or element.first != element.last:
        return None
    cut = re.search(r"[.!?]\s+(?=[A-ZÅÄÖ])", text)
    if cut is None:
        return None
    found = match_part_line(text[: cut.start()])
    if found is None or not found[3]:
        return None
    kind, word, number, name = found
    if kind == "work-package":
        return None
    rest = text[cut.end() :].strip()
    part = _part(kind, word, number, name, element.first, element.first, text[: cut.start() + 1])
    return part, Element("text", element.first, element.last, rest)


def reports_alone(elements: list[Element], index: int, costs: Callable[[list[str]], bool]) -> bool:
    """The work package whose line is at ``index`` reports on its own: the elements right under it,
    before the next heading or part, hold a light, a table of lights, or a table ``costs`` takes
    for a cost table by its header.

    Class read: a report whose template gives each work package its lights and its cost table
    ("Työpaketti 1: X" over "Aikataulu | VIHREÄ …", "Arbetspaket 2 – Y" over "Tidtabell: röd") makes
    each a reporting unit, as a sub-project is; a work package named over running text only
    ("Työpaketti 1: Hallinnointi ja viestintä" over a sentence) is a task of the whole and stays a
    heading, its text the whole's.
    """
    for element in elements[index + 1 :]:
        if element.type in ("heading", "part") or (element.type == "text" and match_part_line(element.text)):
            return False
        if element.type == "light" or (
            element.type == "table"
            and bool(element.header)
            and (_rates(element.header) or costs(element.header))
        ):
            return True
    return False


def _rates(header: list[str]) -> bool:
    """A table's header over lights ("Liikennevalot | Tila", "Osa-alue | Aikataulu | Riskit")."""
    return any(match_light(cell.strip(" *_")) is not None for cell in header)


def _no_costs(header: list[str]) -> bool:
    return False


def read_part_lines(elements: list[Element], costs: Callable[[list[str]], bool] = _no_costs) -> None:
    """Part headings in the document's own words become part elements, in place.

    A work package stays a heading unless it reports on its own (:func:`reports_alone`; ``costs``
    tells a cost table by its header); an investment heading the segmenter read without a
    name ("Investointi 1") or with a dash before it ("Investointi 2 – X") takes its
    name from the next line or without the dash.
    """
    index = 0
    investment_number: int | None = None  # the plain number of the last investment heading
    while index < len(elements):
        element = elements[index]
        following = elements[index + 1] if index + 1 < len(elements) else None
        found = match_part_line(element.text) if element.type in ("text", "heading", "part") else None
        if element.type == "text" and (field := _part_colon_field(element)) is not None:
            elements[index] = field  # "Investointi: Investointi 3: X", "**Delprojekt:** Delprojekt 2 – Y"
            continue
        if element.type == "table" and (split_field := _part_field(element)) is not None:
            elements[index : index + 1] = (
                split_field  # "Osakokonaisuus | Osakokonaisuus B: X": the report's part
            )
            continue
        if found is None and element.type == "part" and re.match(r"\s*,\s*(?-i:[a-zåäö])", element.value):
            # "Investointi 1, kustannusarvio kustannuslajeittain (euroa)": a caption about the part, no
            # heading of it (``partscopes`` files the table below under the part).
            elements[index] = Element("text", element.first, element.last, element.text)
            index += 1
            continue
        if found is None:
            split = _run_in(element)
            if split is not None:
                elements[index : index + 1] = list(split)
                index += 1
            index += 1
            continue
        kind, word, number, name = found
        if judged_goal(elements, index, name):
            index += 1  # "Osahanke 1: X – saavutettu" under a goals heading: a goal of the part, no heading
            continue
        if kind == "work-package" and reports_alone(elements, index, costs):
            # A work package with its own lights or cost table reports on its own: a part, named in full.
            # named up to its verb like any part's line that is a sentence ("Arbetspaket 2: X inledde …")
            name = name if states_sum(name) else sentence_name(name, element.text)
            elements[index] = _part(
                "sub-project", word, number, name, element.first, element.last, element.text
            )
        elif kind == "work-package":
            elements[index] = Element("heading", element.first, element.last, element.text)
        elif element.type == "part" and element.value.strip(" :–—-"):
            # The segmenter's own part keeps its name, less a dash it left before it and what a sentence
            # goes on to say of the part ("Investointi 3: X otettiin käyttöön Kouvolassa.": X).
            element.value = sentence_name(element.value.strip(" :–—-"), element.text)
        else:
            last = element.last
            if not name and following is not None and (next_name := _name_line(following)) is not None:
                name, last = next_name, following.last
                del elements[index + 1]
            if kind == "sub-project" and investment_number is not None and number.isdigit():
                # "Investering 1 …", then "Delområde 2": one numbering, so a second part of the whole
                # beside the investment (a reporting unit as it is), not a part inside it.
                kind = "investment" if int(number) > investment_number else kind
            # A line that is a sentence about the part names it up to its verb ("Delprojekt 1: X inledde …");
            # one that states a sum keeps it for the part's money (parts._split_sum reads it from the name).
            name = name if states_sum(name) else sentence_name(name, element.text)
            elements[index] = _part(
                kind, word, number, name, element.first, last, element.text, element.withdrawn
            )
        if elements[index].type == "part" and elements[index].key == "investment":
            investment_number = int(number) if number.isdigit() else None
        index += 1
