"""What a resource page shows, read from the graph and shaped for the templates.

A page starts from the resource's *card*: every triple about it (both
directions), the triples of its detail nodes (goals, outputs, cost lines,
traffic lights, participations …) and of the source spans they were read
from (``queries/pagecards.py``, run as one UNION: :func:`card_query`; for the
pages whose card is costly stored at write time with the names below), then the
dependency nodes pointing at it: whole with their sources on a project's page
(:data:`DEPENDENCY_PARTS`), elsewhere the triples that name them, stored when the data
was written (``queries/pagelists.py``) or read by ``dependency-names.rq``. Personal
data is removed before anything is shaped. What a page adds to its card
depends on its type: :mod:`.pagetypes` keeps one module per page type in a
registry keyed by class, each with its own queries (``sparql/*.rq``) and
the catalogue's. :class:`PageBuilder` holds what they share. Names come from
a :class:`~.labels.PageLabels`: from the store's name table (every name, read
once per write generation: :class:`~.labels.NameTable`) once it is read; until
then those of the card's whole subjects from the card itself, the others told
with every query's rows (one query each, names other pages read kept while the
data is unchanged), never from the whole label index. A long list is sorted by
its names and only the part shown is linked (:meth:`PageBuilder.rows_part`).
The card, the page queries and the catalogue calls about the resource run on the
runner's local lane (``QueryService.bounded_select``); the corrections and the
calls that may have a stored answer go through the runner.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from importlib.resources import files
from typing import Any, TypeVar

from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS
from rdflib.term import Identifier, Node

from hankegraafi import queries
from hankegraafi.ontology import registry
from hankegraafi.ontology.namespaces import HG
from hankegraafi.queries import pagetimelines
from hankegraafi.queries.pagecards import CARD, PARTS, card_query, decode
from hankegraafi.queries.pagecards import CARD_PARTS as CARD_PARTS
from hankegraafi.queries.pagecards import INCOMING_PART as INCOMING_PART
from hankegraafi.queries.pagelists import DEPENDENCY_NAMES
from hankegraafi.server.i18n import translate
from hankegraafi.server.pages import rdfout
from hankegraafi.server.pages.iris import Mapping, write_in
from hankegraafi.server.pages.labels import PROJECT_CLASSES, LabelIndex, unnamed
from hankegraafi.server.pages.lists import ListVersions, stored_groups
from hankegraafi.server.pages.numbers import number
from hankegraafi.server.pages.shapes import Link, Page, Paging, Quote, Section
from hankegraafi.server.query import QueryService, Row
from hankegraafi.store.terms import json_to_rdflib

log = logging.getLogger(__name__)

T = TypeVar("T")

#: Most items a long list shows at once (a table's rows, a section's items, the values of one
#: property pointing at the resource); the rest are further parts of the page (``?sivu=2``, …,
#: :meth:`PageBuilder.part_of`). A county at 10^6 triples listed 500–1 000 links per list in one
#: page of 170–400 kB, each a name and a link rendered on every request.
PAGE_ROWS = 100
#: The same for a scheme's members pointing at it (``skos:inScheme``, ``skos:topConceptOf`` in the
#: "all statements" table): a vocabulary is a reference list of a fixed size that a reader takes
#: in whole (Finland's 309 municipalities, the largest); it does not grow with the data as a
#: county's projects, organisations and records do.
MEMBER_ROWS = 500
#: The properties whose values pointing at a resource are its members (:data:`MEMBER_ROWS`).
MEMBERSHIP = frozenset({SKOS.inScheme, SKOS.topConceptOf})
#: The query parameter that names the part of the long lists a page shows (1 the first).
PART_PARAM = "sivu"
#: The part parameter and its alias: ``?page=N`` is read as ``?sivu=N`` (``sivu`` first when both).
PART_PARAMS = (PART_PARAM, "page")
#: The parts that read the dependency nodes pointing at the resource whole, with their sources:
#: only a project's page shows them (its "depends on" and "depended by" items with quotes), so
#: they are read, as a second query, only for a resource of :data:`DEPENDENCY_PAGES`. Every
#: other page shows such a node as a link, named by its description: ``dependency-names``
#: reads only the triples that name it. A service at 10^6 triples has 230-410 dependency nodes
#: pointing at it: whole with their sources 2 500-5 000 of its card's 3 300-5 700 rows.
DEPENDENCY_PARTS = ("card-06-dependents", "card-07-dependencies", "card-11-dependency-sources")
#: The classes whose pages show their dependency nodes whole (the project page type's).
DEPENDENCY_PAGES = frozenset({*PROJECT_CLASSES, HG.CanonicalProject})
#: Catalogue calls a page makes about its own resource (its IRI bound) for which no answer is
#: stored: their cost is that resource's, so they run on the local lane as the page queries do.
#: ``dependents-of`` is not one: its answer for every node is stored at write time
#: (``queries/answers.py`` ``BY_NODE``) and the runner serves it; live on the local lane a
#: service's call cost 45-110 ms of the web process's CPU at 10^6 triples (230-410 rows).
PER_RESOURCE = frozenset({"dependencies-of", "conflicts"})
#: Calls about the page's resource whose answer is stored at write time for most resources
#: (``dependents-of``: for every node some project depends on). The runner serves the stored
#: answer; one not stored (a node nobody depends on) runs on the local lane as a bounded job, so
#: a page crosses to no query worker (``QueryPool`` starts those on first need).
STORED_PER_RESOURCE = frozenset({"dependents-of"})
#: Every catalogue query a page type calls (:meth:`PageBuilder.run`): its text's WHERE brace is
#: found by the grammar when its parameters are bound (``store.base.inject_values``), 0.1 s of CPU
#: a text the first time at load, so the pages' start-up thread reads them before the first page.
PAGE_CALLS = ("dependencies-of", "conflicts", "projects-by-region", "budget-by-region", "dependents-of")
#: Page kinds that can be opened in the explorer.
EXPLORABLE = frozenset(
    {
        "project",
        "investment",
        "subproject",
        "workpackage",
        "organisation",
        "national-actor",
        "county",
        "service",
        "programme",
    }
)


#: The properties whose value names a resource the name index does not (a card's own nodes), in order.
_NAME_PROPERTIES = (SKOS.prefLabel, RDFS.label, DCTERMS.title, HG.rawLabel)


@cache
def sparql(name: str) -> str:
    """The text of the page query ``name``: a part of the card (:data:`~.pagecards.PARTS`, whose text
    the write step shares), else ``sparql/<name>.rq`` (package data beside this module)."""
    if name in PARTS:
        return PARTS[name]
    return (files("hankegraafi.server.pages") / "sparql" / f"{name}.rq").read_text(encoding="utf-8")


class PageBuilder:
    """Builds the :class:`Page` of one resource in one language."""

    def __init__(
        self,
        data: QueryService,
        index: LabelIndex,
        mapping: Mapping,
        lang: str,
        *,
        person_names: bool,
        explore_link: str | None = None,
        part: int = 1,
        lists: ListVersions | None = None,
    ) -> None:
        self.data = data
        #: The data's version for the page lists stored at write time (none: every list live).
        self.lists = lists
        #: Which part of its long lists the page shows (:meth:`part_of`), 1 the first.
        self.part = max(1, part)
        #: The most parts a list of the page has (:meth:`part_of`): 1 when every list is shown whole.
        self.most_parts = 1
        self.index = index
        self.mapping = mapping
        self.lang = lang
        self.person_names = person_names
        self.explore_link = explore_link
        self.graph = rdfout.CardGraph()
        self.this = URIRef("urn:x-unset")
        #: The links made (:meth:`link`): text, address, IRI and language of each resource.
        self._links: dict[URIRef, tuple[str, str, str, str | None]] = {}
        #: The names given (:meth:`name`), once the card is read (:meth:`build` empties it).
        self._names: dict[Node, str] = {}

    def t(self, key: str, **values: object) -> str:
        return translate(key, self.lang, **values)

    def link(self, term: Node) -> Link:
        if isinstance(term, URIRef):
            # A page links the same resources from several lists (a county's projects in four):
            # each is named and mapped once. A new Link each time: a quote's link is changed.
            known = self._links.get(term)
            if known is None:
                iri = str(term)
                href = self.mapping.page_url(iri) or iri
                known = self._links[term] = (self.name(term), href, iri, self.index.shown_lang(iri, self.lang))
            return Link(*known)
        if isinstance(term, Literal):
            return Link(self.literal(term), lang=term.language if term.language != self.lang else None)
        return Link(str(term))

    def name(self, term: Node) -> str:
        """The name shown for ``term``: made once per page, as its link is (:meth:`link`): a
        service's page sorts and lists thousands of dependency nodes, each named by its
        description from the card, and named each 4-6 times (a sort key, a link, a summary)."""
        known = self._names.get(term)
        if known is None:
            known = self._names[term] = self._name(term)
        return known

    def _name(self, term: Node) -> str:
        iri = str(term)
        found = self.index.label(iri, self.lang)
        if found:
            return found
        g = self.graph
        for prop in _NAME_PROPERTIES:
            values = [o for o in g.objects(term, prop) if isinstance(o, Literal)]
            if values:
                return self._pick_literal(values)
        desc = [o for o in g.objects(term, DCTERMS.description) if isinstance(o, Literal)]
        if desc:
            text = self._pick_literal(desc)
            return text if len(text) <= 90 else text[:87].rstrip() + "…"
        return unnamed(iri, self.lang)

    def _pick_literal(self, values: list[Literal]) -> str:
        for lang in (self.lang, *registry.FALLBACK, None):  # the one fallback order, then no language
            for v in values:
                if (v.language or None) == (lang or None):
                    return str(v)
        return str(values[0])

    def literal(self, value: Literal) -> str:
        py = value.toPython()
        if isinstance(py, bool):  # xsd:boolean in the reader's language, not "true"
            return self.t("yes" if py else "no")
        if isinstance(py, Decimal | int | float):
            return number(py, self.lang)
        return str(value)

    def values(self, subject: Node, prop: URIRef) -> list[Link]:
        out = [self.link(o) for o in self.graph.objects(subject, prop)]
        return sorted(out, key=order)

    def quotes(self, node: Node) -> list[Quote]:
        g = self.graph
        out = []
        for span in g.objects(node, PROV.wasDerivedFrom):
            text = g.value(span, PROV.value)
            doc = g.value(span, PROV.wasQuotedFrom)
            first, last = g.value(span, HG.firstLine), g.value(span, HG.lastLine)
            lines = ""
            if first is not None:
                lines = str(first) if last in (None, first) else f"{first}–{last}"
            doc_link = None
            if isinstance(doc, URIRef):
                doc_link = self.link(doc)
                if doc_link.href and first is not None and doc_link.href.startswith("/"):
                    doc_link.href += f"#L{first}"
            out.append(Quote(str(text) if text is not None else "", doc_link, lines, self.link(span)))
        return sorted(out, key=quote_order)

    def row(self, key: str, links: list[Link]) -> tuple[str, list[Link]] | None:
        return (self.t(key), links) if links else None

    def types(self) -> set[URIRef]:
        return {o for o in self.graph.objects(self.this, RDF.type) if isinstance(o, URIRef)}

    def run(self, name: str, **params: str) -> list[dict[str, Identifier]]:
        """Rows of a catalogue query, bound as the catalogue binds it (so an answer stored at
        write time for the same call is served); the IRIs of the rows are named in one query.
        A call about one resource (:data:`PER_RESOURCE`) runs on the local lane."""
        text, bindings = queries.get(name).bind({"lang": self.lang, **params})
        if name in PER_RESOURCE:
            return self._named(self.data.bounded_select(text, bindings))
        return self._named(self.data.select(text, bindings, bounded=name in STORED_PER_RESOURCE))

    def query(self, name: str, *, this: Node | None = None) -> list[Row]:
        """Rows of the page query ``sparql/<name>.rq`` with ``?this`` written in as the resource's IRI
        (or ``this``'s; :func:`~.iris.write_in`: the engine starts from it); the rows' IRIs are
        named in one query."""
        bound = self.this if this is None else this
        return self._named(self.data.bounded_select(write_in(sparql(name), {"this": bound})))

    def timeline(self, target: Node) -> list[Row]:
        """The rows of the page query ``timeline.rq`` for ``target`` (a project's canonical project,
        or the project): stored when the data was written (``queries/pagetimelines.py``: at 10^6
        triples the query was 12-15 ms of a project page's CPU, a third to a half of it), read by
        key while the data is unchanged; else live. Rows in the stored order: the page orders them."""
        if isinstance(target, URIRef):
            stored = self.stored(pagetimelines.TIMELINE, [str(target)])
            if stored is not None:
                items = stored[str(target)]
                return self._named(pagetimelines.decode(items, json_to_rdflib)) if items else []
        return self.query("timeline", this=target)

    def stored(self, name: str, resources: list[str]) -> dict[str, list[Any]] | None:
        """The list ``name`` of each of ``resources`` stored when the data was written
        (``queries/pagelists.py``), if stored for the data now; else None (read it live)."""
        return stored_groups(self.data, self.lists, self.mapping.base_iri, name, resources)

    def _named(self, rows: list[Row]) -> list[Row]:
        self.index.want(term for row in rows for term in row.values())
        return rows

    # the page --------------------------------------------------------------------------

    def exists(self, iri: URIRef) -> bool:
        return self.data.bounded_ask(write_in(sparql("exists"), {"this": iri}))

    def _card(self, iri: URIRef) -> tuple[list[tuple[Node, Node, Node]], set[Node]]:
        """The card's triples with the triples naming the dependency nodes pointing at ``iri`` (or
        those nodes whole, on a project's page), and the subjects the card holds whole. Stored
        when the data was written for the resources whose live card is costly
        (``queries/pagecards.py``: a county's 1 100-2 000 rows 11 ms of the engine at 10^6
        triples, decoded a tenth of that), read by key while the data is unchanged; else live."""
        stored = self.stored(CARD, [str(iri)])
        if stored is not None:
            rows, found = decode(stored[str(iri)], json_to_rdflib)
            if found:
                # rows pointing at it (1) are the only ones whose subjects the card does not hold whole
                return _in_order([(s, p, o) for s, p, o, _what in rows]), {
                    iri,
                    *(s for s, _p, _o, what in rows if what != 1),
                }
        raw: list[tuple[Node, Node, Node]] = []
        whole: set[Node] = {iri}  # subjects whose every triple the card holds
        for row in self.data.bounded_select(write_in(card_query(), {"this": iri}), order_free=True):
            raw.append((row["s"], row["p"], row["o"]))
            if "in" not in row:
                whole.add(row["s"])
        raw = _in_order(raw)
        # The dependency nodes pointing at it: whole on a project's page, else the triples that
        # name them (whole as far as their names go: PageLabels.know reads nothing else).
        # Those triples are stored when the data is written (queries/pagelists.py), read in one
        # small query while the data is unchanged (a service's query cost 8-10 ms of the engine).
        own_types = {o for s, p, o in raw if s == iri and p == RDF.type}
        named: list[tuple[Node, Node, Node]] | None = None
        if not own_types & DEPENDENCY_PAGES:
            stored = self.stored(DEPENDENCY_NAMES, [str(iri)])
            if stored is not None:
                made: dict[
                    tuple[str, ...], Identifier
                ] = {}  # each term once (the predicates recur on every row)

                def term(cell: dict[str, str]) -> Identifier:
                    key = (cell["type"], cell["value"], cell.get("xml:lang", ""), cell.get("datatype", ""))
                    known = made.get(key)
                    if known is None:
                        known = made[key] = json_to_rdflib(cell)
                    return known

                named = [(term(s), term(p), term(o)) for s, p, o in stored[str(iri)]]
        if named is None:
            text = card_query(DEPENDENCY_PARTS) if own_types & DEPENDENCY_PAGES else sparql("dependency-names")
            named = [
                (row["s"], row["p"], row["o"])
                for row in self.data.bounded_select(write_in(text, {"this": iri}))
            ]
        for triple in named:
            raw.append(triple)
            whole.add(triple[0])
        return raw, whole

    def build(
        self,
        iri: URIRef,
        formats: list[tuple[str, str]],
        classify: Callable[[PageBuilder, set[URIRef]], tuple[str, list[Section]]],
    ) -> Page:
        """The whole page; ``classify`` (the page types' registry) gives its kind and sections,
        passed in so that this module, which every page type imports, imports none of them."""
        self.this = iri
        raw, whole = self._card(iri)
        self.graph = rdfout.CardGraph(rdfout.publishable_triples(raw, person_names=self.person_names))
        self._names.clear()  # named from this card from now on
        self.index.know(whole, raw)
        # The names of everything the card holds, in one query (a page's own queries add theirs).
        self.index.want(term for triple in self.graph for term in triple)
        self.index.add_types(str(iri), raw)
        types = self.types()
        kind, sections = classify(self, types)
        statements, incoming = self.statements()
        names = self.index.stored(str(iri))
        title = self.name(iri)
        shown = registry.pick(names, self.lang) if names else None
        title_lang = shown.lang if shown and shown.fallback and shown.text == title else None
        others = sorted((lang, text) for lang, text in names.items() if text != title and lang)
        summary = ""
        for prop in (SKOS.definition, DCTERMS.description, RDFS.comment):
            values = [o for o in self.graph.objects(iri, prop) if isinstance(o, Literal)]
            if values:
                summary = self._pick_literal(values)
                break
        return Page(
            iri=str(iri),
            title=title,
            kind=kind,
            kind_label=self.t(f"kind_{kind}"),
            other_names=others,
            summary=summary,
            sections=[self._parted(s) for s in sections if not s.empty],
            statements=statements,
            incoming=incoming,
            formats=formats,
            explore=self.explore_link if kind in EXPLORABLE else None,
            title_lang=title_lang,
        )

    def statements(self) -> tuple[list[tuple[Link, list[Link]]], list[tuple[Link, list[Link], Paging | None]]]:
        out: dict[URIRef, list[Link]] = defaultdict(list)
        for p, o in self.graph.predicate_objects(self.this):
            out[p].append(self.link(o))  # type: ignore[index]
        inc: dict[URIRef, list[Node]] = defaultdict(list)
        for s, p in self.graph.subject_predicates(self.this):
            inc[p].append(s)  # type: ignore[index]
        ordered = sorted(out.items(), key=lambda kv: (self.name(kv[0]).casefold(), str(kv[0])))
        statements = [(self.link(p), sorted(v, key=order)) for p, v in ordered]
        incoming = []
        for p, v in sorted(inc.items(), key=lambda kv: (self.name(kv[0]).casefold(), str(kv[0]))):
            size = MEMBER_ROWS if p in MEMBERSHIP else PAGE_ROWS
            # Sorted as their links would be, linked only when shown (a county: 450 per property).
            terms, paging = self.part_of(sorted(v, key=self.order_key), "all", size=size)
            incoming.append((self.link(p), [self.link(t) for t in terms], paging))
        return statements, incoming

    def order_key(self, term: Node) -> tuple[str, str, str]:
        """:func:`order` of ``term``'s link without making it: a resource's name and IRI (one IRI
        has one language of its name, so the language never breaks a tie of the two)."""
        if isinstance(term, URIRef):
            return (self.name(term).casefold(), str(term), "")
        return order(self.link(term))

    def part_of(self, items: list[T], anchor: str, *, size: int = PAGE_ROWS) -> tuple[list[T], Paging | None]:
        """The part of the sorted list ``items`` this page shows: all of a list of at most
        ``size``, else the page's part (the last one when the page asks for a part past
        the end) and where it lies, with links to the parts beside it (back to ``#anchor``)."""
        if len(items) <= size:
            return items, None
        parts = -(-len(items) // size)
        self.most_parts = max(self.most_parts, parts)
        part = min(self.part, parts)
        start = (part - 1) * size
        shown = items[start : start + size]
        return shown, Paging(
            total=len(items),
            first=start + 1,
            last=start + len(shown),
            prev=f"?{PART_PARAM}={part - 1}#{anchor}" if part > 1 else None,
            next=f"?{PART_PARAM}={part + 1}#{anchor}" if part < parts else None,
        )

    def rows_part(
        self,
        anchor: str,
        items: list[T],
        make: Callable[[T], list[Link]],
        key: Callable[[T], object] | None = None,
    ) -> tuple[list[list[Link]], Paging | None]:
        """The table rows of the page's part of ``items`` (sorted by ``key`` first, stably), made
        only for the items shown: the same rows :meth:`_parted` cuts from a whole table."""
        ordered = sorted(items, key=key) if key is not None else items  # type: ignore[arg-type]
        shown, paging = self.part_of(ordered, anchor)
        return [make(item) for item in shown], paging

    def _parted(self, section: Section) -> Section:
        """``section`` with its table rows or items cut to the page's part (:meth:`part_of`)."""
        if section.paging is not None:  # cut already (:meth:`rows_part`)
            return section
        if section.table is not None:
            rows, section.paging = self.part_of(section.table[1], section.id)
            section.table = (section.table[0], rows)
        elif section.items:
            section.items, section.paging = self.part_of(section.items, section.id)
        return section

    def period(self, node: Node) -> list[Link]:
        start = self.graph.value(node, HG.startDate)
        end = self.graph.value(node, HG.endDate)
        if start is None and end is None:
            return []
        return [Link(f"{start or '…'} – {end or '…'}")]

    def described(self, node: Node) -> Link:
        """A link to a fact node whose text is its whole description."""
        link = self.link(node)
        link.text = self.description(node)
        return link

    def description(self, node: Node) -> str:
        values = [o for o in self.graph.objects(node, DCTERMS.description) if isinstance(o, Literal)]
        return self._pick_literal(values) if values else self.name(node)

    def field(self, key: str, node: Node, prop: URIRef) -> tuple[str, list[Link]] | None:
        values = self.values(node, prop)
        return (self.t(key), values) if values else None

    def links(self, terms: Iterable[Node]) -> list[Link]:
        return sorted((self.link(t) for t in terms), key=order)


@dataclass(frozen=True)
class PartAsked:
    """The part number a request gives (``?sivu=`` or its alias ``?page=``): the part shown for it
    (1 when none, or when it is no whole number from 1 to 999 999), the value given (None: none), and
    whether it is such a number."""

    part: int = 1
    given: str | None = None
    number: bool = True

    @classmethod
    def of(cls, args: Any) -> PartAsked:
        for name in PART_PARAMS:
            value = args.get(name)
            if value is not None:
                number = value.isascii() and value.isdigit() and len(value) < 7 and int(value) >= 1
                return cls(int(value) if number else 1, value, number)
        return cls()


def order(link: Link) -> tuple[str, str, str]:
    """How links are listed: by their text as a reader sorts it, then by IRI and language, so that
    links with the same text keep one order whatever order the engine gave their rows in."""
    return (link.text.casefold(), link.iri or "", link.lang or "")


def quote_order(quote: Quote) -> tuple[str, tuple[int, str], str, str]:
    """How quotes are listed: by document and line, then by text and span (one order, as :func:`order`)."""
    return (quote.doc.text if quote.doc else "", _line_key(quote.lines), quote.text, quote.span.iri or "")


def _line_key(lines: str) -> tuple[int, str]:
    """A line number's order without int(): a stored one of 5 000 digits is past Python's limit
    for int() of a text, so its page was a 500 (found by attack, stop 33)."""
    head = lines.split("–", 1)[0]
    digits = head.lstrip("0") if head.isascii() and head.isdigit() else ""
    return (len(digits), digits)


def _term_key(term: Node) -> str:
    if isinstance(term, Literal):
        return f"L{term}\x00{term.datatype or ''}\x00{term.language or ''}"
    return f"{type(term).__name__[0]}{term}"


def _in_order(triples: list[tuple[Node, Node, Node]]) -> list[tuple[Node, Node, Node]]:
    """A card's triples in one order whatever order the engine gave them (by each term's kind, text,
    datatype and language): the page is then a function of the card's rows as a set, so its read is recorded as
    order-free (``QueryService.bounded_select``) and a write that only moves the engine's order
    of the rows carries the stored page (109 of 122 project pages dropped at 10^6 were so)."""

    def key(triple: tuple[Node, Node, Node]) -> tuple[str, ...]:
        # each term by its kind, text, datatype and language: rdflib's n3() of a decimal, and its comparison of
        # two numeric literals, read the literal's value, which an ill-typed one ("abc" as xsd:decimal) has
        # none of: the page was a 500 (tests/reliability/test_stored_numbers.py)
        return tuple(_term_key(t) for t in triple)

    return sorted(triples, key=key)
