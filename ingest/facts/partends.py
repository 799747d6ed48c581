"""Where a part's section ends, known while the document is read, before any fact of it is filed.

Class read: a report, page or e-mail that presents a part and its ratings or costs, then the
whole's under a caption of its own, in any order of parts and wholes: "Osahanke B: X laajeni
Nokialle." over "Aikataulu: keltainen", then "Tilannearvio 31.3.2025" over the whole's lights;
"Delprojekt 2 – läget 30.9.2024" over the part's, then "Hela projektets läge" (or "Koko hankkeen
tilannekuva", "Overall status of the whole project") over the whole's. The walk keeps the last
part current until another part begins, and the families file as they read: a later rating of
the same dimension replaced the part's own, and a rating swept up at the end was not taken
because the part already had one; the moves at the end (``partscopes.refile``) then gave the
whole its ratings back but the part's were lost.

So the rules that end a part's section are applied where the section ends, for every light,
table and paragraph read after that line (``at``, called by a family that runs before the
lights, the tables and the money):

- a part opened by a sentence about it ("Osahanke A: X aloitti …") ends at the first caption or
  heading after it (``partscopes.close_sentence_parts`` says the same at the end);
- a caption or heading that names the whole (``partscopes.whole_caption``) makes the whole the
  unit for its block, to the next heading, caption or part; the part the walk was in is current
  again after the block (as a caption's table alone goes to the whole at the end).

Left as they are: parts entered by a field, a row or a column (they name their unit themselves),
and pages of several projects (``blocks``).
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from weakref import WeakKeyDictionary

from hankegraafi.ingest.facts.context import Context
from hankegraafi.ingest.facts.model import Project
from hankegraafi.ingest.facts.partscopes import caption_line, naming, part_of, sentence_end, whole_caption
from hankegraafi.ingest.facts.partslead import WHOLE_CAPTION, Lead, caption, lead, named_part
from hankegraafi.ingest.segment import Element


@dataclass
class _Ends:
    """A document's part lines with the line their section ends at, and the blocks of the whole."""

    parts: list[int] = field(default_factory=list)  # first lines of the part elements, in order
    elements: list[Element] = field(default_factory=list)  # those part elements
    ends: list[int | None] = field(default_factory=list)  # the line each part's section ends at
    wholes: list[tuple[int, int]] = field(default_factory=list)  # blocks under a caption of the whole
    #: The part the walk was in when a block of the whole began, and the block's last line.
    stash: tuple[Project | None, Project | None, Project | None, int] | None = None
    #: The one part a text's lead sentence introduces (``partslead``), when no part line heads a section.
    said: Lead | None = None
    lead_part: Project | None = None


_ENDS: WeakKeyDictionary[Context, _Ends] = WeakKeyDictionary()


def _read(ctx: Context) -> _Ends:
    elements = ctx.seg.elements
    ends = _Ends()
    for index, element in enumerate(elements):
        if element.type == "part":
            ends.parts.append(element.first)
            ends.elements.append(element)
            ends.ends.append(sentence_end(elements, index))
        elif whole_caption(element):
            later = elements[index + 1 :]
            stop = next((e.first - 1 for e in later if e.type == "part" or caption_line(e)), None)
            ends.wholes.append((element.first, stop if stop is not None else ctx.result.line_count or 10**9))
    if not ends.parts:
        ends.said = lead(ctx)
    return ends


def _lead_unit(ctx: Context, ends: _Ends, line: int, facts: bool) -> None:
    """A text whose lead sentence introduces one part: a light or table after it is that part's, unless the
    heading or caption over it names the whole (``partslead.file_under_lead_part`` says the same at the
    end); a paragraph is read under the whole (its sums go by their clauses, ``sumunits``)."""
    said, whole = ends.said, ctx.root
    if said is None or whole is None or whole.level != "project" or whole.parent is not None:
        return
    part = ends.lead_part
    if ctx.investment is not None or (ctx.sub is not None and ctx.sub is not part):
        return  # the walk is in a part of its own
    ctx.investment = ctx.sub = None
    if not facts or line <= said.line or WHOLE_CAPTION.search(caption(ctx.seg.elements, line)):
        return
    if part is None:
        part = ends.lead_part = named_part(ctx, whole, said)
        if part is None or part.parent is not whole:
            ends.said = ends.lead_part = None
            return
    if part.level == "investment":
        ctx.investment = part
    else:
        ctx.sub = part
        if not any(part is p for p in ctx.own_units):
            ctx.own_units.append(part)


def _entered(ctx: Context, element: Element) -> Project | None:
    """The project a part element made or resumed, when the walk is in it now."""
    project = part_of(ctx, element)
    return project if project is not None and (project is ctx.sub or project is ctx.investment) else None


def _close(ctx: Context, project: Project) -> None:
    if project is ctx.investment:
        ctx.investment, ctx.sub, ctx.area = None, None, None
    elif project is ctx.sub:
        ctx.sub, ctx.area = None, None


def at(ctx: Context, line: int, facts: bool = True) -> None:
    """Before a fact read at ``line`` is filed: end the part whose section has ended there; ``facts`` for a
    light or a table, not a paragraph."""
    if ctx.blocks or ctx.root is None:
        return
    ends = _ENDS.get(ctx)
    if ends is None:
        ends = _ENDS[ctx] = _read(ctx)
    if ends.said is not None:
        _lead_unit(ctx, ends, line, facts)
        return
    if ends.stash is not None:
        investment, sub, area, last = ends.stash
        if line > last:
            ends.stash = None
            if ctx.investment is None and ctx.sub is None:
                ctx.investment, ctx.sub, ctx.area = investment, sub, area
    if ctx.investment is None and ctx.sub is None:
        return
    index = bisect_right(ends.parts, line) - 1
    opened = ends.parts[index] if index >= 0 else 0
    block = next(((first, last) for first, last in ends.wholes if opened < first <= line <= last), None)
    if block is not None:
        if ends.stash is None:
            ends.stash = (ctx.investment, ctx.sub, ctx.area, block[1])
        ctx.investment, ctx.sub, ctx.area = None, None, None
        return
    if index < 0:
        return
    end = ends.ends[index]
    if end is not None and end <= line and (project := _entered(ctx, ends.elements[index])) is not None:
        _close(ctx, project)


def wholes_back(ctx: Context) -> None:
    """At the end: what was read in a block under a caption of the whole is the whole's, wherever a rule
    that files a document's facts under the one part it reports on (``subject``) put it; a light row or
    table that names a part itself stays that part's."""
    whole = ctx.root
    if whole is None or ctx.blocks:
        return
    ends = _ENDS.get(ctx) or _read(ctx)
    for first, last in ends.wholes:
        for project in ctx.projects:
            if project is whole or project.parent is None:
                continue
            named = naming(ctx.seg.elements, project)
            for statement in [s for s in project.costs if first <= s.span.first <= last]:
                if statement.span.first not in named and len(statement.lines) > 1:
                    project.costs.remove(statement)
                    whole.costs.append(statement)
            for light in [x for x in project.lights if first <= x.span.first <= last]:
                if light.span.first not in named and not any(
                    have.dimension == light.dimension and first <= have.span.first <= last
                    for have in whole.lights
                ):
                    project.lights.remove(light)
                    whole.lights.append(light)
