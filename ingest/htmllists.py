"""A definition list on a web page is pairs of a label and its value: each pair read as a table's row.

A page's facts often stand in a <dl> ("<dt>Hallinnoija</dt><dd>X</dd>"). Read as blocks, the term and
its value became two lines, and a term the field vocabulary knows only by its form (a label written
as a label: "Kehittämishanke" before its value, labels.match_field's ``marked``) stood alone on a line,
where it reads as a title. A row keeps the pair together as a table's row does ("Label<tab>value"),
so the term is a label by its place, whatever its words. A value of several lines or blocks (a
description, a list) stays blocks under its term, and a list whose terms repeat is records (goals and
their states), read line by line as before.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # bs4 is imported by the HTML reader when a page is read, not at start
    from bs4 import Tag

#: Elements inside a <dd> that make its value more than one line.
_BLOCKS = ["p", "div", "ul", "ol", "table", "dl", "br", "section", "li", "h1", "h2", "h3", "h4", "h5", "h6"]
#: Longest term read as a label (a longer one is a sentence).
_LONGEST_TERM = 80


def _records(listing: Tag | None) -> bool:
    """A list whose terms repeat ("Tavoite 1 / X, Tila / Y, Tavoite 2 / …") is records, not one fact box:
    each record's lines are read as written (a goal under its label, its state after)."""
    if listing is None:
        return False
    terms = [t.get_text(" ", strip=True).casefold() for t in listing.find_all("dt", recursive=False)]
    return len(terms) != len(set(terms))


def term_rows(body: Tag) -> None:
    """Turn each <dt> followed by a one-line <dd> into a row of two cells, in place."""
    root = body
    while root.parent is not None:
        root = root.parent
    for term in body.find_all("dt"):
        if _records(term.parent):
            continue
        value = term.find_next_sibling()
        if value is None or value.name != "dd" or term.find(_BLOCKS) or value.find(_BLOCKS):
            continue
        label, said = term.get_text(" ", strip=True), value.get_text(" ", strip=True)
        if not label or not said or len(label) > _LONGEST_TERM:
            continue
        row = root.new_tag("tr")  # the root, the BeautifulSoup object, makes tags
        term.insert_before(row)
        term.name = value.name = "td"
        row.append(term.extract())
        row.append(value.extract())
