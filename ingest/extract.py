"""Extract facts from a segmented document: projects and their parts, money, lights, goals.

The rules follow the document kinds (RRF final and status reports, Innokylä
pages, project plans), not particular files. The extractor here only walks the
segmented document — fields, lights, tables, parts, headings and paragraphs — and
hands each element to the fact families of ``ingest/facts/`` (one module per
family, listed in ``facts.FAMILIES``). Every fact keeps the span of lines it was
read from.
"""

from __future__ import annotations

import logging
import re

from hankegraafi.ingest.entities import Gazetteer
from hankegraafi.ingest.facts import FAMILIES, Context, Family
from hankegraafi.ingest.facts.context import FieldHook
from hankegraafi.ingest.facts.dependencies import project_list_refs
from hankegraafi.ingest.facts.goals import goal_status
from hankegraafi.ingest.facts.model import (
    Benefit,
    Continuation,
    CostLine,
    CostStatement,
    Dependency,
    Developer,
    Extraction,
    Goal,
    Indicator,
    Light,
    Output,
    Participation,
    PersonRole,
    Project,
    Risk,
    Span,
)
from hankegraafi.ingest.facts.money import COST_CATEGORIES, cost_category
from hankegraafi.ingest.facts.names import project_base
from hankegraafi.ingest.facts.outline import closed
from hankegraafi.ingest.facts.text import (
    BULLET,
    MAX_CHUNK,
    Chunk,
    parse_amount,
    parse_date,
    parse_period,
    pieces,
    quantities,
    sentences,
)
from hankegraafi.ingest.generic import GENERIC, settle_generic
from hankegraafi.ingest.labels import field_shape
from hankegraafi.ingest.readers import SHEET_SUFFIXES, Document
from hankegraafi.ingest.segment import Element, segment
from hankegraafi.ingest.sumcues import nordic_numbers

logger = logging.getLogger(__name__)

#: Sections whose parts list their own goals under the section's heading.
_PARTS_GOALS = ("goals", "goal-results")
#: A part's word or two and its number or letter alone on a line ("Investointi 1", "Work package B").
_KEY_ALONE = re.compile(r"[^\W\d]+(?: [^\W\d]+)? (?:\d{1,2}|[A-Z]|[IVX]{1,4})\.?")
#: A part's goal line: an item ("- X", "1) X", "> X") or a label and its colon ("Tavoite 1.1: X", "tilanne: …").
_GOAL_LIKE = re.compile(r"\s*(?:[-*•>–]|\(?\d{1,2}[.)]|[^\s:]+(?:\s+[^\s:]+){0,3}\s*:)")
#: Sections that a table interrupts: the text after the table continues the section before.
_INLINE_SECTIONS = ("costs", "costs-annual", "financial-benefits")


def extract(document: Document, *, gazetteer: Gazetteer | None = None) -> Extraction:
    """All facts of one document; ``gazetteer`` defaults to the vocabularies' names."""
    gaz = gazetteer or Gazetteer.default()
    seg = segment(document.lines)
    for element in seg.elements:  # a copy of its own (segmemo): its text is the walk's to change
        if element.type != "table" and "," in element.text:
            # "1,120,000 euroa" as "1 120 000 euroa", the same length: the form every reader of a sum knows, in a
            # paragraph, a list line, a field and a part's line; a table's notation is decided for the whole table
            # (facts/gluedsums.english_sums)
            element.text, element.value, element.title = (
                nordic_numbers(element.text),
                nordic_numbers(element.value),
                nordic_numbers(element.title),
            )
    if seg.kind is None:
        # No layout recognised: read by the same families as a generic document (ingest/generic.py),
        # which is refused only when it is about no sote project at all.
        seg.kind = GENERIC
        ctx = Context(seg, gaz, document)
        _Walk(ctx, FAMILIES).run()
        return settle_generic(ctx)
    return _Walk(Context(seg, gaz, document), FAMILIES).run()


class _Walk:
    """One pass over the segmented document, handing each element to the families' hooks."""

    def __init__(self, ctx: Context, families: tuple[Family, ...]) -> None:
        self.ctx = ctx
        self.families = families
        self.fields: dict[str, FieldHook] = {}
        for family in families:
            for key, hook in family.fields.items():
                if key in self.fields:
                    raise ValueError(f"field {key!r} is read by two families ({family.name} the second)")
                self.fields[key] = hook
        self.resume_section = ""
        self.after_table = False
        self.section_line = -1  # the line of the heading that opened the current section
        self.cut: list[int] = []  # first lines of paragraphs read in pieces (see _add_text)

    def _heads_a_section(self, element: Element) -> bool:
        """The element begins on a heading line at the current section's heading level or above ("## Riskit" under
        "## Tavoitteet", read with its next line as a field or a light, R17-17): another section begins there."""
        levels = self.ctx.doc.headings
        own, level = levels.get(self.section_line), levels.get(element.first)
        return own is not None and level is not None and level <= own

    def run(self) -> Extraction:
        ctx = self.ctx
        elements = ctx.seg.elements
        for family in self.families:
            if family.begin is not None:
                family.begin(ctx, elements)
        # the elements are settled: what the hooks ask of the whole document is read once (Context.once)
        ctx.walking = True
        chunks: list[Chunk] = []
        first_root = ctx.root
        entered: dict[int, Span] = {}  # id of a part -> the part line that last entered it
        for element in elements:
            block = ctx.blocks.get(element.first) if element.type in ("text", "heading") else None
            if block is not None:
                # A page of several projects: what follows this line is this project's (facts/blocks.py).
                if chunks:
                    self._chunks(chunks)
                    chunks = []
                ctx.root, ctx.investment, ctx.sub, ctx.section = block, None, None, ""
                continue
            if element.type != "text" and chunks:
                self._chunks(chunks)
                chunks = []
            # A heading of a part's level or above ends the part's section (facts/outline.py), counted
            # from the line that last entered the part ("### Investointi 2" again under "## Talous").
            investment, sub = ctx.investment, ctx.sub
            if investment is not None and closed(
                ctx.doc, entered.get(id(investment), investment.span), element.first
            ):
                ctx.investment, ctx.sub = None, None
            if sub is not None and closed(ctx.doc, entered.get(id(sub), sub.span), element.first):
                ctx.sub = None
            if element.type in ("field", "light") and ctx.section and self._heads_a_section(element):
                ctx.section = (
                    ""  # "## Riskit" read with its first item as a field or light: the goals above have ended
                )
            if element.type == "text":
                if ctx.section in _INLINE_SECTIONS and self.after_table:
                    ctx.section = self.resume_section
                if _add_text(chunks, element):
                    self.cut.append(element.first)
            elif element.type == "field":
                self._field(element)
            elif element.type == "part":
                span = Span(element.first, element.last, element.text)
                if element.key == "investment":
                    ctx.start_investment(element.value, element.title, span, element.withdrawn)
                else:
                    ctx.start_sub(element.value, span, element.withdrawn)
                entered[id(ctx.sub if element.key != "investment" else ctx.investment)] = span
                # A part's key alone on its line under the goals' heading ("4. Tavoitteiden tilanne" over
                # "Investointi 1" and its goals) keeps the section: the part's goals. A part's name or goal after
                # its key, or a part's heading, ends it.
                kept = (
                    ctx.section in _PARTS_GOALS
                    and _KEY_ALONE.fullmatch(element.text.strip()) is not None
                    and not any(n in ctx.doc.headings for n in range(element.first, element.last + 1))
                    and _GOAL_LIKE.match(next((t for t in ctx.doc.lines[element.last :] if t.strip()), ""))
                    is not None  # its first line an item or a label, not the part's description in prose
                )
                ctx.section = ctx.section if kept else ""
            elif element.type == "heading":
                if ctx.sub is not None:
                    ctx.sub_headings += 1
                    if element.key == "background" and ctx.sub_headings > 1:
                        ctx.sub = None  # a new unnamed part of the investment begins
                if element.key in _INLINE_SECTIONS and ctx.section not in _INLINE_SECTIONS:
                    self.resume_section = ctx.section
                ctx.section = element.key
                self.section_line = element.first
            elif element.type == "light":
                for family in self.families:
                    if family.light is not None:
                        family.light(ctx, element)
            elif element.type == "table" and ctx.section != "toc":
                for family in self.families:
                    if family.table is not None and family.table(ctx, element):
                        break
                if ctx.doc.file_name.lower().endswith(SHEET_SUFFIXES):
                    self._sheet_rows(element)
            self.after_table = element.type == "table" or (
                self.after_table and element.type == "heading" and element.key in _INLINE_SECTIONS
            )
        if chunks:
            self._chunks(chunks)
        if ctx.blocks:
            ctx.root, ctx.investment, ctx.sub = first_root or ctx.root, None, None
        self._finish()
        ctx.walking = False
        return ctx.result

    def _field(self, element: Element) -> None:
        ctx = self.ctx
        value = element.value.strip()
        span = Span(
            element.first,
            element.last,
            element.text if not element.value else f"{element.text.split(chr(9))[0]}\t{element.value}".strip(),
        )
        if element.key != "name":
            ctx.unit  # noqa: B018 - a field above any name belongs to the project named by file
        hook = self.fields.get(element.key)
        if hook is not None:
            hook(ctx, element, value, span)
        if value and field_shape(element.key) == "text":
            # A text field ("Lyhyt kuvaus") is running text too: what it says of dependencies,
            # continuations and partners counts as it would under a heading.
            text = re.sub(r"\s*\n\s*", " ", value)
            first = element.last - value.count("\n")
            if len(text) > MAX_CHUNK:
                self.cut.append(first)
            self._sentences(
                [Chunk(piece, first, element.last, False, False) for piece in pieces(text)], ctx.unit
            )

    def _sheet_rows(self, element: Element) -> None:
        """A sheet (CSV, TSV) is nothing but tables: its rows name its organisations, services and
        partners ("LAB-ammattikorkeakoulu | arvioi pilotit", a register's "Partners | The Finnish Red
        Cross runs …") where a report says them in prose. Each row's words are read as a sentence by
        the families that read names, not by those that read sums or goals. Only a sheet's: a report's
        tables name municipalities and parts in cells that are no partners (measured, stop 39)."""
        hooks = [f.sentence for f in self.families if f.sentence is not None and f.name in _NAMING_FAMILIES]
        for row, line in zip(
            element.rows, element.row_lines or range(element.first, element.last + 1), strict=False
        ):
            words = [
                cell.strip()
                for cell in row
                if cell.strip() and not _FIGURE_CELL.fullmatch(cell.strip()) and not _LEGEND.search(cell)
            ]
            # A label and its words ("Partners | The Finnish Red Cross runs …", "LAB | arvioi pilotit") are
            # one sentence; the cells of a wider row (a ledger's "STM | Kajaani, Sotkamo | Palkat") each
            # stand alone: joined, a funder's cell made the next cell's towns its partners.
            texts = [": ".join(words)] if len(words) == 2 else words
            for text in texts:
                chunk = Chunk(text[:MAX_CHUNK], line, line, False, False)
                for sentence in sentences(text[:MAX_CHUNK]):
                    for hook in hooks:
                        hook(self.ctx, sentence, chunk, self.ctx.current)

    def _chunks(self, chunks: list[Chunk]) -> None:
        """A section's paragraphs: first each family sees them all, then each sentence in turn."""
        ctx = self.ctx
        project = ctx.current
        for family in self.families:
            if family.chunks is not None:
                family.chunks(ctx, chunks, project)
        self._sentences(chunks, project)

    def _sentences(self, chunks: list[Chunk], project: Project) -> None:
        hooks = [family.sentence for family in self.families if family.sentence is not None]
        for chunk in chunks:
            for sentence in sentences(chunk.text):
                for hook in hooks:
                    hook(self.ctx, sentence, chunk, project)

    def _finish(self) -> None:
        ctx = self.ctx
        if not ctx.projects:
            ctx.current  # noqa: B018 - creates the fallback project
        if ctx.fallback is not None:
            ctx.result.warnings.append(f"{ctx.doc.file_name}: no project name found; named by file")
        if self.cut:
            cuts = sorted(set(self.cut))
            lines = ", ".join(str(no) for no in cuts[:10]) + (" …" if len(cuts) > 10 else "")
            ctx.result.warnings.append(
                f"{ctx.doc.file_name}: running text of more than {MAX_CHUNK} characters without a paragraph"
                f" break is read in pieces of at most {MAX_CHUNK}, cut at line {lines} (pitkä kappale luettu"
                " osina / långt stycke läst i delar)"
            )
        ctx.settle_region()
        for family in self.families:
            if family.finish is not None:
                family.finish(ctx)
        logger.info("%s: %s, %d projects", ctx.doc.file_name, ctx.seg.kind, len(ctx.projects))


#: The families that read names from running text: what a table no family read is offered to.
_NAMING_FAMILIES = frozenset({"places-and-organisations", "dependencies", "programmes", "collaboration"})
#: A legend's cell ("U = uppnått, EU = ej uppnått", "V = vihreä"): codes and their meanings, no names.
_LEGEND = re.compile(r"\S\s*=\s*\S")
#: A legend's first pair: a mark or short code, then "=" ("✔ = …", "(G = …", "[x] = …").
_KEY_START = re.compile(r"^\s*[(\[]?\s*\S{1,3}\]?\s*=\s*\S")
#: A cell that is a figure, a date or a share: no words to read names from.
_FIGURE_CELL = re.compile(r"[-−+]?[\d\s.,:/–%€-]*(?:eur\w*|e|k€|t€|m€)?", re.I)


def _add_text(chunks: list[Chunk], element: Element) -> bool:
    """Join a text line to the paragraph or list item it continues, or start a new one.

    A paragraph is held to ``MAX_CHUNK`` characters (facts/text.py says why): a line that would
    take it past the bound begins the next one, and a line longer than the bound is read in
    pieces (whole sentences where they fit). True when the bound cut the text."""
    text = element.text
    if element.withdrawn:
        return False
    bullet = bool(BULLET.match(text)) and not re.match(r"^\d+\.\d", text)
    numbered = bool(re.match(r"^\s*\d{1,2}[.)]\s", text))
    # A line that begins with an outline number ("3.1 Etäneuvonta …", "2.4.1 …") begins a paragraph of its own.
    outline = bool(re.match(r"^\s*\d{1,2}(?:\.\d{1,2})+\.?\s+\S", text))
    # A short line ending in ":" after a list item is the label of the next list ("Etäpisteet:"), not the item's tail.
    label = bool(chunks) and chunks[-1].bullet and text.rstrip().endswith(":") and len(text.split()) <= 6
    # A line that explains marks ("(✔ = toteutui, ◐ = osittain)") under the last item is the list's legend (R19-11).
    label = label or (bool(_KEY_START.match(text)) and len(_LEGEND.findall(text)) >= 2)
    joins = bool(chunks) and (
        (
            not bullet
            and not outline
            and not label
            and element.first == chunks[-1].last + 1
            and not text.startswith(("Toteutunut",))
        )
        or (
            not bullet
            and text.startswith(("-", "o ")) is False
            and element.first == chunks[-1].last
            and element.first == element.last
        )
    )
    if len(text.strip()) > MAX_CHUNK or (joins and len(chunks[-1].text) + 1 + len(text.strip()) > MAX_CHUNK):
        parts = pieces(text.strip())
        chunks.append(Chunk(parts[0], element.first, element.last, bullet, numbered))
        chunks += [Chunk(part, element.first, element.last, False, False) for part in parts[1:]]
        return True
    if joins and element.first == chunks[-1].last + 1:
        last = chunks[-1]
        last.text = joined_lines(last.text, text.strip())
        last.last = element.last
    elif joins:
        chunks[-1].text += " " + text
    else:
        chunks.append(Chunk(text.strip(), element.first, element.last, bullet, numbered))
    return False


#: A wrapped line that ends in a hyphenated word's first part ("Karelia-", "LAB-", "Suomi.fi-").
_WORD_PART_END = re.compile(r"(?:^|\s)[^\W\d_][\w.]*[^\W_]-$")
#: The words after which a line-end hyphen is the elliptic one ("sosiaali- ja terveyspalvelut").
_CONJUNCTIONS = frozenset({"ja", "tai", "sekä", "eli", "och", "eller", "samt", "and", "or"})


def joined_lines(before: str, after: str) -> str:
    """Two wrapped lines of a paragraph as one text. A name broken at its hyphen ("Karelia-" /
    "ammattikorkeakoulu", "Suomi.fi-" / "viestien") is one word again, so the vocabulary finds it;
    before a conjunction the hyphen is elliptic and the words stay apart."""
    first = after.split(maxsplit=1)[0].strip(",.;:").casefold() if after else ""
    if first and first not in _CONJUNCTIONS and _WORD_PART_END.search(before[-80:]):
        return before + after
    return f"{before} {after}"


__all__ = [
    "COST_CATEGORIES",
    "Benefit",
    "Continuation",
    "CostLine",
    "CostStatement",
    "Dependency",
    "Developer",
    "Extraction",
    "Goal",
    "Indicator",
    "Light",
    "Output",
    "Participation",
    "PersonRole",
    "Project",
    "Risk",
    "Span",
    "cost_category",
    "extract",
    "goal_status",
    "parse_amount",
    "parse_date",
    "parse_period",
    "project_base",
    "project_list_refs",
    "quantities",
]
