"""A page of several projects, each in a block of its own: a line naming it, then its fields.

A county's list of its projects ("Kehittämishankkeet", "Våra projekt") gives each project
as a short line that names it, a list of "Label: value" items (Tila, Hankeaika, Rahoittaja,
Myönnetty rahoitus) and perhaps a paragraph, then the next project's line. Each block is a
project of its own, and what is read inside it (its sum, its funder, its partners) is its
own, not the first project's. A block is told by its form: a title line (not a sentence,
not a label) right above at least two items whose labels are fields of the vocabulary
(``document-field``); a page needs two such blocks. Read only in documents whose layout was
not recognised (a report's fields above its sections are no list of projects).
"""

from __future__ import annotations

import re

from hankegraafi.ingest.facts import partends
from hankegraafi.ingest.facts.context import Context, Family
from hankegraafi.ingest.facts.model import Project, Span
from hankegraafi.ingest.facts.projectname import kind_line, no_name, prose, weak_title
from hankegraafi.ingest.facts.text import Chunk
from hankegraafi.ingest.generic import is_generic
from hankegraafi.ingest.labels import match_field
from hankegraafi.ingest.segment import Element

#: A list item or line "Label: value" ("- Tila: käynnissä", "Hankeaika: 2022–2025").
_ITEM = re.compile(r"^\s*(?:[-*•–]\s+)?(?P<label>[A-ZÄÖÅa-zäöå][\w ./-]{1,40}?)\s*:\s*\S")
#: Items a block's fields take at least, and lines looked at below its title.
_MIN_ITEMS = 2
_LOOK = 8


def _field_item(element: Element) -> bool:
    if element.type == "field":
        return True
    m = _ITEM.match(element.text) if element.type == "text" else None
    return m is not None and match_field(m.group("label"), marked=True) is not None


def _title_line(element: Element) -> str | None:
    """The name a block's title line gives: a short capitalised line, no sentence, label or header."""
    if element.type not in ("text", "heading") or (element.type == "heading" and element.key):
        return None
    text = element.text.strip().strip("#*_ ").strip()
    if (
        not text
        or len(text.split()) > 14
        or not (text[:1].isupper() or text[:1].isdigit())
        or text.endswith((":", ".", ","))
        or _ITEM.match(text)
        or "\t" in text
        or prose(text)
        or no_name(text)
        or kind_line(text)
    ):
        return None
    return text


def project_blocks(elements: list[Element]) -> list[tuple[Element, str]]:
    """The title lines of a page's project blocks and the names they give; none unless two or more."""
    out: list[tuple[Element, str]] = []
    for index, element in enumerate(elements):
        name = _title_line(element)
        if name is None:
            continue
        items = 0
        for below in elements[index + 1 : index + 1 + _LOOK]:
            if not _field_item(below):
                break
            items += 1
        if items >= _MIN_ITEMS:
            out.append((element, name))
    return out if len({name for _, name in out}) >= 2 else []


def _begin(ctx: Context, elements: list[Element]) -> None:
    """Each block of a page listing projects is a project; the walk turns to it at its title line."""
    if not is_generic(ctx):
        return
    found = project_blocks(elements)
    if not found:
        return
    root = ctx.root
    names = [name for _, name in found]
    for n, (element, name) in enumerate(found):
        span = Span(element.first, element.last, name)
        if (
            n == 0
            and root is not None
            and root.name not in names
            and (root is ctx.fallback or weak_title(root.name))
        ):
            # The page's heading ("Kehittämishankkeet") named no project: the first block's is the page's.
            root.name, root.path, root.span = name, (name,), span
            ctx.fallback = None
            project = root
        else:
            same = next((p for p in ctx.projects if p.name == name and p.parent is None), None)
            project = same or ctx.new_project("project", name, span)
        ctx.blocks[element.first] = project


def _light(ctx: Context, element: Element) -> None:
    partends.at(ctx, element.first)


def _table(ctx: Context, element: Element) -> bool:
    partends.at(ctx, element.first)
    return False  # the table is the other families' to read


def _chunks(ctx: Context, chunks: list[Chunk], _project: Project) -> None:
    if chunks:
        partends.at(ctx, chunks[0].first, facts=False)


#: First of the families that file facts: the block a line stands in, and where a part's section ends
#: (``partends``), are known before the lights, the tables and the money are read.
FAMILY = Family("project-blocks", begin=_begin, light=_light, table=_table, chunks=_chunks)
