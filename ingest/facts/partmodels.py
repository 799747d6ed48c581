"""The toimintamallit a kokonaisuus page lists under their section: each one is a unit of the whole.

Class read (issue 13, stop 45, N17): an Innokylä kokonaisuus page lists the operating models it is made of
under the section heading that the segmenter keys ``operating-models`` (the ``document-section`` vocabulary:
"Toimintamallit", "Kokonaisuuden toimintamallit", "Kokonaisuuteen kuuluvat toimintamallit (3)",
"Verksamhetsmodeller i helheten", "Operating models of the entity"). Authors write the list in four forms:

- cards: each model's name is a heading one level below the section ("### X" under "## Toimintamallit", an
  ``<h3>`` under an ``<h2>``), or a line over the model's own label ("X" over "Toimintamalli" or
  "Verksamhetsmodell · senast ändrad …"), with the model's text, lights and costs under it;
- a list, one name a line, numbered, bulleted or bare, with a description after a dash ("1. X – …", "(1) X",
  "• X");
- a table whose first column holds the models ("Toimintamalli | Toimintamallin tila" over "X | Valmis").

Seen in test14 e03, test17 j03, test22 q06, test23 s36, test24 r03, test28 ob03, test29 ib15 and ib31,
test31 ic50 and test36 og12; tuned on u1320-u1323. A card is a part heading, so what stands under it is the
model's until a heading of the section's level or above (``outline.closed``). A listed model is a unit of
the whole and never the current one, so the text after the list is the whole's. The section's heading in
the singular ("Toimintamalli", the label of one model) lists nothing. A section that holds prose lists
nothing either. The model's word is the vocabulary's (``output-type/operating-model``).

Each model names itself (its path is its name alone, as a toimintamalli page's own unit is): the model
listed here and the model read from its own page, whose "Toimintamallin kokonaisuus" field names this whole,
are one project IRI, not two.
"""

from __future__ import annotations

import re
import weakref

from hankegraafi.ingest.facts.context import Context
from hankegraafi.ingest.facts.model import Span
from hankegraafi.ingest.facts.partwords import from_scheme, match_part_line
from hankegraafi.ingest.generictitle import site_word
from hankegraafi.ingest.segment import Element
from hankegraafi.ontology import registry

_SECTION = "operating-models"
#: A list item's mark: "1.", "(1)", "1)", "•", "-", "*".
_MARK = re.compile(r"^\s*(?:\(\d{1,2}\)|\d{1,2}[.)]|[-–•*])\s+")
#: A description after the name: "X – kuvapuhelukäynnit …", "X - …", "X — …".
_DESCRIBED = re.compile(r"\s+[-–—]\s+.*$")
#: A name: capitalised, short, no sentence going on, no sum ("Home visit within 24 hours" is one).
_NAME = re.compile(r"(?-i:[A-ZÅÄÖ])[^.;:!?€|\t]{2,90}")
#: A date or a year in a line: a status line ("Tilannearvio 5/2024"), no model's name.
_DATED = re.compile(r"\d[./]\d|\b(?:19|20)\d\d\b")
#: A Markdown table's rule under its head row ("|---|---|"), or a head cell naming a name column ("Nimi",
#: "Model name", "Namn"): the row above the rule, or that row, heads the models, it is none of them.
_RULE = re.compile(r"^\s*\|?\s*:?-{3,}")
_NAME_HEAD = re.compile(r"(?:^|\s)(?:nimi|namn|name)$", re.I)
#: A link's text in Markdown: "[Etäfysioterapia](/fi/…)".
_LINK = re.compile(r"\[([^\]\[]+)\]\([^)(]*\)")  # no bracket inside: linear on a run of "[" (R8-7)
_MAX_ITEMS = 12
#: The names of the models each document's cards made (read before the walk, named after it).
_CARDS: weakref.WeakKeyDictionary[Context, set[str]] = weakref.WeakKeyDictionary()


def _label() -> re.Pattern[str]:
    """A line that begins with one model's word in the singular ("Toimintamalli", "Verksamhetsmodell · …")."""

    def build(scheme: registry.Scheme) -> re.Pattern[str]:
        concept = next(c for c in scheme.concepts if c.key == "operating-model")
        words = sorted(concept.pref.values(), key=len, reverse=True)
        return re.compile(r"^\W*(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)", re.I)

    return from_scheme("output-type", "model-label", build)


def _section(element: Element) -> bool:
    """The section heading listing the models: keyed so, one line, no navigation row, not the singular label."""
    text = element.text.strip()
    return (
        element.type == "heading"
        and element.key == _SECTION
        and "\n" not in text
        and not re.search(r"\t|\s{3,}", text)
        and _label().match(text) is None
    )


def _name(text: str) -> str | None:
    """The model's name an item or a card's line gives, or None when the line is no name."""
    name = _LINK.sub(r"\1", _MARK.sub("", text.strip(), count=1)).strip(" *_#")
    name = _DESCRIBED.sub("", name).strip(" *_")
    if not _NAME.fullmatch(name) or _DATED.search(name) or len(name.split()) > 8 or match_part_line(name):
        return None
    return None if _label().match(name) or site_word(name) else name  # "* Kokonaisuudet": the site's menu


def _next(elements: list[Element], index: int) -> Element | None:
    return elements[index + 1] if index + 1 < len(elements) else None


def _cards(doc_headings: dict[int, int], elements: list[Element], start: int, end: int) -> list[int]:
    """The indexes of the section's card names: a heading one level below the section's, or a line over
    the model's own label. The section ends at the next models' section (``end``) at the latest, so a text
    of many such headings is read once, not once per heading."""
    level = doc_headings.get(elements[start].first)
    found: list[int] = []
    card_level: int | None = None
    for index in range(start + 1, end):
        element = elements[index]
        at = doc_headings.get(element.first)
        if level is not None and at is not None and at <= level:
            break
        if element.type not in ("text", "heading") or element.first != element.last or element.key:
            continue
        label = (following := _next(elements, index)) is not None and _label().match(following.text) is not None
        deeper = level is not None and at is not None and at == (card_level or at) and at > level
        if (label or deeper) and _name(element.text) is not None:
            found.append(index)
            card_level = at if deeper else card_level
    return found


def read_model_cards(ctx: Context, elements: list[Element]) -> None:
    """Each card of a models' section becomes a part line, in place: its text, lights and costs are its own."""
    if not _whole_page(ctx.doc.lines):
        return
    starts = [i for i, e in enumerate(elements) if _section(e)]
    for at, start in enumerate(starts):
        end = starts[at + 1] if at + 1 < len(starts) else len(elements)
        cards = _cards(ctx.doc.headings, elements, start, end)
        if len(cards) < 2:
            continue
        for index in cards:
            element = elements[index]
            name = _name(element.text) or ""
            ctx.own_lines.add(element.first)
            _CARDS.setdefault(ctx, set()).add(name.casefold())
            elements[index] = Element(
                "part", element.first, element.last, element.text, key="subproject", value=name
            )


#: A kokonaisuus page says what it is in its title block: its kind word ("Kokonaisuus", "Helhet", "Entity") or
#: its site ("Innokylä"), as every page of this class in the development sets does in its first 15 lines.
_WHOLE_CUE = re.compile(r"\b(?:kokonaisuu\w*|helhet\w*|entity|entities|innokylä)\b", re.I)
_TITLE_BLOCK = 15


def _whole_page(lines: list[str]) -> bool:
    """Whether the document is a kokonaisuus page: only such a page lists the models it is made of. A report's
    or a plan's "Toimintamallit" section tells of the project's work, its towns, people, steps and results,
    which are no units (R8-2, stop 45: a final report's section had made a unit of each)."""
    block = [line for line in lines if line.strip()][:_TITLE_BLOCK]
    return any(_WHOLE_CUE.search(line) for line in block)


def _head_row(rows: list[tuple[list[str], int]], lines: list[str]) -> bool:
    """The table's first row is its head: the singular label, a name column's word, or a rule under it."""
    first = rows[0][0][0].strip(" *_") if rows[0][0] else ""
    if _label().match(first) is not None or _NAME_HEAD.search(first) is not None:
        return True
    below = rows[1][1] if len(rows) > 1 else rows[0][1] + 1
    return any(_RULE.match(lines[n - 1]) for n in range(rows[0][1] + 1, min(below, len(lines) + 1)))


def _listed(elements: list[Element], start: int, lines: list[str]) -> list[tuple[str, int]]:
    """(name, line) of each model listed right under the section: item lines or a table's first column."""
    found: list[tuple[str, int]] = []
    last = elements[start].last
    for element in elements[start + 1 :]:
        if element.first > last + (2 if not found else 1) or len(found) >= _MAX_ITEMS:
            break
        if element.type == "table" and not found:
            rows = list(zip(element.rows, element.row_lines, strict=False))
            if rows and _head_row(rows, lines):
                rows = rows[1:]  # "Toimintamalli | Toimintamallin tila", "Nimi | Tila" over the models
            names = [(_name(row[0]) if row else None, line) for row, line in rows]
            return [(n, line) for n, line in names if n] if all(n for n, _ in names) else []
        if element.type != "text" or element.first != element.last or (name := _name(element.text)) is None:
            break
        found.append((name, element.first))
        last = element.last
    return found


def name_listed_models(ctx: Context) -> None:
    """Each model a section lists (no cards) becomes a unit of the whole, never the current one; every
    model of the whole names itself."""
    whole, elements = ctx.root, ctx.seg.elements
    if whole is None or not _whole_page(ctx.doc.lines):
        return
    models = _CARDS.pop(ctx, set())
    for start in [i for i, e in enumerate(elements) if _section(e)]:
        listed = _listed(elements, start, ctx.doc.lines)
        if len(listed) < 2:
            continue
        for name, line in listed:
            if name.casefold() == whole.name.casefold():
                continue
            models.add(name.casefold())
            if not any(p.name.casefold() == name.casefold() for p in ctx.projects):
                ctx.new_project("subproject", name, Span(line, line, name), whole)
    for project in ctx.projects:
        if project.parent is whole and project.name.casefold() in models:
            project.path = (project.name,)  # the toimintamalli's own page names it so
