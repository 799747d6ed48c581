"""The document's outline, as its format marks it: which line is its title, which a section's heading.

A page's ``<h1>``–``<h6>``, a DOCX's Title and Heading N styles and a Markdown file's ``#`` lines
say what its lines alone no longer show (ingest/readers.py keeps them in ``Document.headings``).
The class of layout read here: a document whose format marks one heading of the top level, first
of its headings, has that heading as its title. Lines above it that are no headings are what a page
or a template puts before its title (a site's bar "Oma Häme · Kehittäminen · In English", a county
line, a date); headings of a lower level are its sections ("Kostnader för projektet 2024" under a
page's ``<h1>``) and the lines of a section its content (a minute's "Valmistelija" and the name
below it): none names the project while the title is one of the candidates. A heading right below
the title, nothing between, is its subtitle ("# Loppuraportti" over "## X -hanke"), a part of the
title. Where the title names no project (a news headline, a list's "Hankkeet"), the callers choose
among all candidates as before. A document whose format marks no outline, or several headings of
its top level (sections numbered at the top), keeps every candidate: the outline then says nothing
of which line is its title.

The same outline bounds a part's section (:func:`closed`): a part whose heading the format marks
("## Osahanke A: X") owns what follows up to the next heading of its level or above, after which
the facts are the whole's again (a report's "## Kustannukset yhteensä" after its last part), unless
the markup is flat: headings of one level with outline numbers of different depths (every heading
an ``<h2>``, "2 Hankkeen toteutus" over "2.2 Investointi 2"), whose numbers alone nest them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TypeVar

from hankegraafi.ingest.facts.model import Span
from hankegraafi.ingest.readers import Document
from hankegraafi.ingest.segment import Element

T = TypeVar("T")


def title_heading(doc: Document) -> int | None:
    """The line of the document's title by its outline: the one heading of the top level, when it is
    also the first heading; None when the format marks no outline or several top headings."""
    headings = doc.headings
    if not headings:
        return None
    top = min(headings.values())
    tops = [line for line, level in headings.items() if level == top]
    return tops[0] if len(tops) == 1 and tops[0] == min(headings) else None


def level_of(doc: Document, element: Element) -> int | None:
    """The level of the heading ``element`` is (its highest line's), None if no line of it is one."""
    levels = [doc.headings[n] for n in range(element.first, element.last + 1) if n in doc.headings]
    return min(levels) if levels else None


def first(item: tuple[Element, str]) -> Element:
    """The element of a (element, text) title candidate."""
    return item[0]


def titled(doc: Document, items: list[T], element_of: Callable[[T], Element]) -> bool:
    """Whether the outline's title heading is one of the title candidates ``items``."""
    line = title_heading(doc)
    return line is not None and any(element_of(i).first <= line <= element_of(i).last for i in items)


def title_places(doc: Document, items: list[T], element_of: Callable[[T], Element]) -> list[T]:
    """The title candidates ``items`` less those the outline says are no title (see the module): kept
    whole when the outline marks no title or the title heading is none of the candidates."""
    line = title_heading(doc)
    if line is None or not titled(doc, items, element_of):
        return items
    top = doc.headings[line]
    subtitle = next((n for n in range(line + 1, len(doc.lines) + 1) if doc.lines[n - 1].strip()), 0)
    subtitle = subtitle if subtitle in doc.headings else 0  # "# Loppuraportti" over "## X -hanke": one title
    section = min((n for n in doc.headings if n > max(line, subtitle)), default=len(doc.lines) + 1)
    kept = []
    for item in items:
        element = element_of(item)
        level = level_of(doc, element)
        if level is None and element.last < line:
            continue  # above the title: a site's bar, the county's line, a date
        if (level is not None and level > top and element.first != subtitle) or element.first >= section:
            continue  # a section's heading under the title, or a line of its section
        kept.append(item)
    return kept


def title_heads(doc: Document, candidates: list[tuple[Element, str]]) -> list[tuple[Element, str]]:
    """The (element, text) title candidates that are the outline's title heading or its subtitle; none
    when the outline marks no title among them. A generic page's title is chosen among these first."""
    if not titled(doc, candidates, first):
        return []
    return [c for c in title_places(doc, candidates, first) if level_of(doc, c[0]) is not None]


def closed(doc: Document, opened: Span, line: int) -> bool:
    """Whether the section a part's heading opened (``opened``) has ended before or at ``line``: a heading
    of its level or above stands between ("## Osahanke A" then "## Kustannukset yhteensä": what
    follows is the whole's again). A part opened by a line the outline does not mark never ends here."""
    opener = min(
        (doc.headings[n] for n in range(opened.first, opened.last + 1) if n in doc.headings), default=None
    )
    if opener is None or not _levels_kept(doc):
        return False
    return any(level <= opener for n, level in doc.headings.items() if opened.last < n <= line)


#: A heading's outline number: "2 Hankkeen toteutus", "2.2 Investointi 2", "~~2.1 …~~", "## 3.1 …".
_NUMBER = re.compile(r"^[#~\s]*(\d{1,2}(?:\.\d{1,2})*)\.?\s+\S")


def _levels_kept(doc: Document) -> bool:
    """Whether the markup's levels are the outline's: not when headings of one level carry outline
    numbers of different depths ("2 Hankkeen toteutus" and "2.2 Investointi 2", both an ``<h2>``), a
    flat markup whose numbers alone nest the sections."""
    depths: dict[int, set[int]] = {}
    for n, level in doc.headings.items():
        number = _NUMBER.match(doc.lines[n - 1])
        if number is not None:
            depths.setdefault(level, set()).add(number.group(1).count(".") + 1)
    return all(len(found) == 1 for found in depths.values())
