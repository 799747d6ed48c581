"""Names a document's boxes give outright: a fact box's name row, a minute's § title beside its matter.

Read by projectname._begin before the weaker signs (a kind title, the first sentence naming a project);
kept apart from projectname.py, which had reached the 600-line limit (stop 43).
"""

from __future__ import annotations

import re

from hankegraafi.ingest.facts.context import Context
from hankegraafi.ingest.labels import match_field, table_cells
from hankegraafi.ingest.namecuts import governing_body, kind_line
from hankegraafi.ingest.segment import Element

#: A minute's § title: the section's number, then its matter ("§ 112 LÄGESRAPPORT OCH TILLÄGGSANSÖKAN, X").
_PARAGRAPH_TITLE = re.compile(r"^\s*§\s*\d{1,4}\s*[.:–-]?\s*(?P<title>\S.{4,200})$")
#: Between the matter and the project's name in a § title: a comma, a colon or a dash.
_MATTER_BREAK = re.compile(r"\s*[,:;]\s+|\s+[–—-]\s+")


def matter_name(ctx: Context, elements: list[Element]) -> tuple[Element, str] | None:
    """The project a minute's § title names beside its matter, spelt as the text spells it.

    "§ 112 LÄGESRAPPORT OCH TILLÄGGSANSÖKAN, FRAMTIDENS SOCIAL- OCH HÄLSOCENTRAL I ÖSTRA NYLAND":
    a part of the title (between commas, colons or dashes; two words or more) that the running
    text writes again ("Projektet Framtidens social- och hälsocentral i Östra Nyland genomförs …")
    is the project's name, in the text's case (a title in capitals gives none). A part that is a
    report's kind, a governing body or only a name the vocabularies know is the matter, not a name.
    """
    lines = ctx.doc.lines
    for element in elements[:40]:
        for offset, row in enumerate(element.text.split("\n")):
            title = _PARAGRAPH_TITLE.match(" ".join(c.strip() for c in row.split("\t") if c.strip()))
            if title is None:
                continue
            at = element.first + offset
            parts = [p.strip(" .") for p in _MATTER_BREAK.split(title.group("title"))]
            for part in reversed(parts):
                if not 2 <= len(part.split()) <= 12 or kind_line(part) or governing_body(part):
                    continue
                known = ctx.names.known(part)
                if len(known) == 1 and len(known[0].surface) >= len(part) - 2:
                    continue
                spelt = _spelt_again(part, lines, at)
                if spelt is not None:
                    return element, spelt
    return None


def _spelt_again(part: str, lines: list[str], skip: int) -> str | None:
    """``part`` as the text writes it on another line than ``skip`` (1-based), not in capitals."""
    pattern = re.compile(r"(?<!\w)" + r"\s+".join(re.escape(w) for w in part.split()) + r"(?!\w)", re.I)
    text = "\n".join(line if number != skip else "" for number, line in enumerate(lines, start=1))
    for found in pattern.finditer(text):
        spelt = " ".join(found.group().split())
        if not spelt.isupper() and spelt[:1].isupper():
            return spelt
    return None


def table_name(elements: list[Element]) -> tuple[Element, str] | None:
    """The name a key–value table near the top gives ("| Hanke | Kotona Kainuussa |", a fact box):
    a row of two cells whose first is the name field by one of the vocabulary's labels; or a sheet's
    row of an item's code or section, then the label, then the value (:func:`_middle_label_name`)."""
    for element in elements[:40]:
        if element.type != "table":
            continue
        for index, line in enumerate(element.text.splitlines()):
            cells = table_cells(line)
            if (
                cells
                and len(cells) == 2
                and (
                    match_field(cells[0]) == "name"
                    or cells[0].strip(" *_:").casefold() in ("project", "project name")
                )
                and re.search(r"[A-Za-zÅÄÖåäö]{3}", cells[1])
            ):
                return element, cells[1].strip("*_ ")
            if index and cells and (named := _middle_label_name(cells)) is not None:
                return element, named
    return None


def _middle_label_name(cells: list[str]) -> str | None:
    """The value of a sheet's name row whose label stands in its second column, after the item's code or
    section: "1.1 | Hankkeen nimi | X", "facts | Project name | X", "Projekt | Namn | X | note" (the
    section and the label together a name label). The label names the project's name in words of its own
    ("Hankkeen nimi", not "Hanke" alone: a column head of a list of projects), or only with its section;
    a contact's "yhteyshenkilö | nimi | …" is no project's. Class: test33 id29, test34 oe12; tune
    u1220-u1222. A table's first row is its head, never asked."""
    cells = [cell.strip("*_ ") for cell in cells]
    if not 3 <= len(cells) <= 4 or not cells[0] or len(cells[0].split()) > 2:
        return None
    item, label, value = cells[:3]
    if not (
        (match_field(label) == "name" and len(label.split()) >= 2)
        or (match_field(label) is None and match_field(f"{item} {label}") == "name")
    ):
        return None
    if not (value[:1].isupper() and re.search(r"[A-Za-zÅÄÖåäö]{3}", value) and len(value) <= 120):
        return None
    return value
