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
    a row of two cells whose first is the name field by one of the vocabulary's labels."""
    for element in elements[:40]:
        if element.type != "table":
            continue
        for line in element.text.splitlines():
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
    return None
