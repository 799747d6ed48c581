"""A report's title block written as one row of cells (split out of identity.py): the owner, kind, date or name
side by side ("Keski-Uudenmaan hyvinvointialue<TAB>Tilanneraportti 2/2023"), or the owner beside the page's number
("Pohjois-Savon hyvinvointialue<TAB>1 (2)"). Each cell but the number is a line of the title block."""

from __future__ import annotations

import re

from hankegraafi.ingest.facts.namesites import kind_part
from hankegraafi.ingest.facts.projectname import kind_line
from hankegraafi.ingest.facts.text import parse_date
from hankegraafi.ingest.segment import Element


def running_head(element: Element) -> list[str]:
    """The cells of a title line of two or three short cells side by side, one the report's kind and each
    other a name of two words or more or a date (the owner, kind, date or name: "Keski-Uudenmaan
    hyvinvointialue<TAB>Tilanneraportti 2/2023", "Seurantalomake 4/2024<TAB>X"), which the segmenter reads
    as a table of one row; else [] ("Seurantalomake 2/2024;Päivitetty;12.9.2024": a label beside the kind)."""
    if element.type != "table" or element.first != element.last or len(element.rows) != 1:
        return []
    cells = [c.strip(" *_#") for c in element.rows[0] if c.strip(" *_#")]
    kinds = [c for c in cells if kind_part(c) or kind_line(c)]
    others = [c for c in cells if c not in kinds]
    if not (2 <= len(cells) <= 3 and all(len(c) <= 80 for c in cells) and kinds):
        return []  # a page header's owner, unit and date names no kind ("Owner<TAB>Unit<TAB>15.8.2024")
    if cells[0] in kinds and not (cells[0].isupper() or re.search(r"\d", cells[0])):
        return []  # "Raportti;Kustannusten toteuma vuosittain": a key and its value, no running head
    named = all((c[:1].isupper() and len(c.split()) >= 2) or parse_date(c) for c in others)
    return cells if named else []  # "otsikko<TAB>Väliraportti 1/2025": a key and its value


#: A page's number in a letterhead: "1 (2)", "Sivu 1 (3)", "Sida 2/4", "Page 1 of 2".
_PAGE_NUMBER = re.compile(
    r"^(?:(?:sivu|sida|page|s\.)\s*)?\d{1,3}\s*(?:\(\s*\d{1,3}\s*\)|/\s*\d{1,3}|of\s+\d{1,3})$", re.I
)


def paged_head(element: Element) -> list[str]:
    """The cells of a letterhead's row beside its page number ("Pohjois-Savon hyvinvointialue<TAB>1 (2)", as an
    official document prints its owner left and "1 (2)" right): each other cell is a line of the title block,
    and the title under the row stays in the block (test44 oo06: the row ended the block, no name read)."""
    if element.type != "table" or element.first != element.last or len(element.rows) != 1:
        return []
    cells = [c.strip(" *_#") for c in element.rows[0] if c.strip(" *_#")]
    others = [c for c in cells if not _PAGE_NUMBER.match(c)]
    if not (2 <= len(cells) <= 3 and len(others) == len(cells) - 1 and all(len(c) <= 80 for c in others)):
        return []
    return others
