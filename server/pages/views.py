"""What a resource page shows, read from the graph and shaped for the templates.

A page starts from the resource's *card*: every triple about it (both
directions), the triples of its detail nodes (goals, outputs, cost lines,
traffic lights, participations, dependencies …) and of the source spans
they were read from. Project, organisation, service, region and document
pages add a few catalogue queries (``dependents-of``, ``projects-by-region``,
``budget-by-region`` …). Everything is turned into small dataclasses so the
templates only lay out; personal data is removed before anything is shaped.
"""

from __future__ import annotations

import contextlib
import logging
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, FOAF, ORG, PROV, RDF, RDFS, SKOS
from rdflib.term import Identifier

from hankegraafi import queries
from hankegraafi.ontology.namespaces import HG, VOCAB
from hankegraafi.server.pages import rdfout
from hankegraafi.server.pages.access import DataAccess
from hankegraafi.server.pages.iris import Mapping
from hankegraafi.server.pages.labels import PROJECT_CLASSES, LabelIndex, short_name
from hankegraafi.server.pages.strings import translate

log = logging.getLogger(__name__)

SCHEMA = rdfout.SCHEMA
TOTAL = VOCAB["cost-category/total"]
ON_PLAN = VOCAB["light-value/on-plan"]
DEVIATION = VOCAB["light-value/deviation"]
PROJECT_MANAGER_ROLES = {
    VOCAB["role/project-manager"],
    VOCAB["role/project-director"],
    VOCAB["role/coordinator"],
}
#: Most values listed per property in the "all statements" table.
MAX_VALUES = 1000

DETAIL_PROPERTIES = (
    HG.hasGoal,
    HG.hasOutput,
    HG.hasBenefit,
    HG.hasIndicator,
    HG.hasRisk,
    HG.hasTrafficLight,
    HG.hasCostStatement,
    HG.participation,
    HG.personRole,
    HG.funding,
    HG.hasAction,
    HG.hasEffect,
    HG.link,
    HG.attachment,
)
_DETAIL_PATH = "|".join(p.n3() for p in DETAIL_PROPERTIES)

_CARD_PREFIX = """PREFIX hg: <https://w3id.org/hankegraafi/ontology#>
PREFIX prov: <http://www.w3.org/ns/prov#>
"""
#: The card of a resource, one query per part: Oxigraph plans each part well with ``?this``
#: bound, but not their UNION (it would scan every triple for some branches).
CARD_QUERIES = tuple(
    _CARD_PREFIX + "SELECT ?s ?p ?o WHERE { " + part + " }"
    for part in (
        "?this ?p ?o . BIND(?this AS ?s)",
        "?s ?p ?this . BIND(?this AS ?o)",
        f"?this {_DETAIL_PATH} ?s . ?s ?p ?o",
        "?this hg:hasCostStatement/hg:hasLine ?s . ?s ?p ?o",
        "?this hg:hasTrafficLight/hg:reportingPeriod ?s . ?s ?p ?o",
        "?s hg:dependent ?this . ?s ?p ?o",
        "?s hg:dependsOn ?this . ?s ?p ?o",
        "?this prov:wasDerivedFrom ?s . ?s ?p ?o",
        f"?this {_DETAIL_PATH} ?x . ?x prov:wasDerivedFrom ?s . ?s ?p ?o",
        "?this hg:hasCostStatement/hg:hasLine ?x . ?x prov:wasDerivedFrom ?s . ?s ?p ?o",
        "?x hg:dependent|hg:dependsOn ?this . ?x prov:wasDerivedFrom ?s . ?s ?p ?o",
        "?this ?q ?s . FILTER(isBlank(?s)) ?s ?p ?o",
    )
)

EXISTS_QUERY = "ASK { { ?this ?p ?o } UNION { ?s ?p ?this } }"
CANONICAL_GOALS_QUERY = """PREFIX hg: <https://w3id.org/hankegraafi/ontology#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX dct: <http://purl.org/dc/terms/>
SELECT ?description ?status ?document ?date WHERE {
  ?record prov:specializationOf ?this ; hg:recordOf ?p ; hg:inGraph ?g ; prov:wasQuotedFrom ?document .
  OPTIONAL { ?record hg:documentDate ?date }
  GRAPH ?g { ?p hg:hasGoal ?goal . ?goal dct:description ?description . OPTIONAL { ?goal hg:goalStatus ?status } }
}"""
CANONICAL_QUERY = "PREFIX prov: <http://www.w3.org/ns/prov#> SELECT ?c WHERE { ?this prov:specializationOf ?c } ORDER BY ?c LIMIT 1"

ORG_PROJECTS_QUERY = """
PREFIX hg: <https://w3id.org/hankegraafi/ontology#>
PREFIX org: <http://www.w3.org/ns/org#>
SELECT DISTINCT ?project ?role WHERE {
  { ?part hg:organisation ?this . ?project hg:participation ?part . OPTIONAL { ?part hg:role ?role } }
  UNION { ?f hg:funder ?this . ?project hg:funding ?f . BIND(<https://w3id.org/hankegraafi/vocab/role/funder> AS ?role) }
  UNION { ?pr org:memberOf ?this . ?project hg:personRole ?pr . OPTIONAL { ?pr hg:role ?role } }
}
"""

ORG_REGIONS_QUERY = """
PREFIX hg: <https://w3id.org/hankegraafi/ontology#>
PREFIX org: <http://www.w3.org/ns/org#>
SELECT DISTINCT ?region WHERE {
  { ?part hg:organisation ?this . ?project hg:participation ?part }
  UNION { ?f hg:funder ?this . ?project hg:funding ?f }
  UNION { ?pr org:memberOf ?this . ?project hg:personRole ?pr }
  UNION { ?d hg:dependsOn ?this . ?d hg:dependent ?project }
  UNION { ?service hg:developer ?this . ?d hg:dependsOn ?service . ?d hg:dependent ?project }
  { ?project hg:region ?region }
  UNION { ?project hg:partOf ?w . ?w hg:region ?region }
  UNION { ?project hg:partOf/hg:partOf ?w2 . ?w2 hg:region ?region }
}
"""

REGION_DEPENDS_QUERY = """
PREFIX hg: <https://w3id.org/hankegraafi/ontology#>
SELECT ?target ?kind ?project WHERE {
  { SELECT DISTINCT ?county WHERE {
      { ?this a hg:WellbeingServicesCounty . BIND(?this AS ?county) }
      UNION { ?county hg:inRegion ?this . ?county a hg:WellbeingServicesCounty } } }
  { ?project hg:region ?county }
  UNION { ?project hg:partOf ?w . ?w hg:region ?county }
  UNION { ?project hg:partOf/hg:partOf ?w2 . ?w2 hg:region ?county }
  ?d hg:dependent ?project ; hg:dependsOn ?target .
  OPTIONAL { ?d hg:dependencyKind ?kind }
}
"""

REGION_COUNTIES_QUERY = """
PREFIX hg: <https://w3id.org/hankegraafi/ontology#>
SELECT DISTINCT ?county WHERE {
  { ?this a hg:WellbeingServicesCounty . BIND(?this AS ?county) }
  UNION { ?county hg:inRegion ?this . ?county a hg:WellbeingServicesCounty }
}
"""

DOC_FACTS_QUERY = """
PREFIX hg: <https://w3id.org/hankegraafi/ontology#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX dct: <http://purl.org/dc/terms/>
SELECT ?span ?first ?last ?quote ?node ?type ?desc WHERE {
  ?span prov:wasQuotedFrom ?this .
  OPTIONAL { ?span hg:firstLine ?first }
  OPTIONAL { ?span hg:lastLine ?last }
  OPTIONAL { ?span prov:value ?quote }
  OPTIONAL { ?node prov:wasDerivedFrom ?span .
             OPTIONAL { ?node a ?type }
             OPTIONAL { ?node dct:description ?desc } }
}
"""

DOC_GRAPH_QUERY = """
PREFIX dct: <http://purl.org/dc/terms/>
SELECT ?g ?p ?o WHERE { ?g dct:source ?this . ?g ?p ?o }
"""


# -- shapes for the templates ----------------------------------------------------------


@dataclass
class Link:
    """A value on a page: a link to a resource (local page or foreign IRI) or plain text."""

    text: str
    href: str | None = None
    iri: str | None = None


@dataclass
class Quote:
    """Where a fact was read: the quoted text, the document and its lines."""

    text: str
    doc: Link | None
    lines: str
    span: Link


@dataclass
class Item:
    """One fact node (a goal, an output, a risk …) with its fields and sources."""

    link: Link
    text: str
    fields: list[tuple[str, list[Link]]] = field(default_factory=list)
    badge: tuple[str, str] | None = None
    quotes: list[Quote] = field(default_factory=list)
    percent: float | None = None


@dataclass
class Bar:
    label: str
    budget: float
    actual: float
    budget_text: str
    actual_text: str
    utilisation: str


@dataclass
class Budget:
    title: str
    unit: str
    bars: list[Bar]
    total: Bar | None
    quotes: list[Quote]
    scale: float

    @property
    def height(self) -> int:
        return 34 * (len(self.bars) + (1 if self.total else 0)) + 10


@dataclass
class Section:
    """A titled part of a page: key/value rows, items, a table or a budget chart."""

    id: str
    title: str
    rows: list[tuple[str, list[Link]]] = field(default_factory=list)
    items: list[Item] = field(default_factory=list)
    table: tuple[list[str], list[list[Link]]] | None = None
    budgets: list[Budget] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    note: str = ""

    @property
    def empty(self) -> bool:
        return not (self.rows or self.items or (self.table and self.table[1]) or self.budgets or self.quotes)


@dataclass
class Page:
    iri: str
    title: str
    kind: str
    kind_label: str
    other_names: list[tuple[str, str]]
    summary: str
    sections: list[Section]
    statements: list[tuple[Link, list[Link]]]
    incoming: list[tuple[Link, list[Link], int]]
    formats: list[tuple[str, str]]
    explore: str | None = None


# -- the builder ---------------------------------------------------------------------------


class PageBuilder:
    """Builds the :class:`Page` of one resource in one language."""

    def __init__(
        self,
        data: DataAccess,
        index: LabelIndex,
        mapping: Mapping,
        lang: str,
        *,
        person_names: bool,
        explore_link: str | None = None,
    ) -> None:
        self.data = data
        self.index = index
        self.mapping = mapping
        self.lang = lang
        self.person_names = person_names
        self.explore_link = explore_link
        self.graph = Graph()
        self.this = URIRef("urn:x-unset")

    # helpers -------------------------------------------------------------------------

    def t(self, key: str, **values: object) -> str:
        return translate(key, self.lang, **values)

    def link(self, term: Identifier) -> Link:
        if isinstance(term, URIRef):
            iri = str(term)
            href = self.mapping.page_url(iri) or iri
            return Link(self.name(term), href, iri)
        if isinstance(term, Literal):
            return Link(self.literal(term))
        return Link(str(term))

    def name(self, term: Identifier) -> str:
        iri = str(term)
        found = self.index.label(iri, self.lang)
        if found:
            return found
        g = self.graph
        for prop in (SKOS.prefLabel, RDFS.label, DCTERMS.title, HG.rawLabel):
            values = [o for o in g.objects(term, prop) if isinstance(o, Literal)]  # type: ignore[arg-type]
            if values:
                return self._pick_literal(values)
        desc = [o for o in g.objects(term, DCTERMS.description) if isinstance(o, Literal)]  # type: ignore[arg-type]
        if desc:
            text = self._pick_literal(desc)
            return text if len(text) <= 90 else text[:87].rstrip() + "…"
        return short_name(iri)

    def _pick_literal(self, values: list[Literal]) -> str:
        for lang in (self.lang, "en", "fi", None, ""):
            for v in values:
                if (v.language or None) == (lang or None):
                    return str(v)
        return str(values[0])

    def literal(self, value: Literal) -> str:
        py = value.toPython()
        if isinstance(py, Decimal | int | float) and not isinstance(py, bool):
            return number(py, self.lang)
        return str(value)

    def values(self, subject: Identifier, prop: URIRef) -> list[Link]:
        out = [self.link(o) for o in self.graph.objects(subject, prop)]  # type: ignore[arg-type]
        return sorted(out, key=lambda link: link.text.casefold())

    def quotes(self, node: Identifier) -> list[Quote]:
        g = self.graph
        out = []
        for span in g.objects(node, PROV.wasDerivedFrom):  # type: ignore[arg-type]
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
        return sorted(out, key=lambda q: (q.doc.text if q.doc else "", _line_key(q.lines)))

    def row(self, key: str, links: list[Link]) -> tuple[str, list[Link]] | None:
        return (self.t(key), links) if links else None

    def types(self) -> set[URIRef]:
        return {o for o in self.graph.objects(self.this, RDF.type) if isinstance(o, URIRef)}

    def run(self, name: str, **params: str) -> list[dict[str, Identifier]]:
        text, bindings = queries.get(name).bind({"lang": self.lang, **params})
        return self.data.select(text, bindings)

    # the page --------------------------------------------------------------------------

    def exists(self, iri: URIRef) -> bool:
        return self.data.ask(EXISTS_QUERY, {"this": iri})

    def build(self, iri: URIRef, formats: list[tuple[str, str]]) -> Page:
        self.this = iri
        raw = Graph()
        for query in CARD_QUERIES:
            for row in self.data.select(query, {"this": iri}):
                raw.add((row["s"], row["p"], row["o"]))
        self.graph = rdfout.clean(raw, person_names=self.person_names)
        kind = self.index.kind(str(iri))
        types = self.types()
        if kind == "other" and types:
            kind = _kind_from_types(types)
        if kind == "other" and HG.CanonicalProject in types:
            # A canonical project is shown as what it is: a project, an investment or a sub-project.
            level = str(self.graph.value(iri, HG.level) or "project")
            kind = level if level in ("project", "investment", "subproject") else "project"
        sections: list[Section] = []
        if any(c in types for c in PROJECT_CLASSES) or HG.CanonicalProject in types:
            sections = self.project_sections()
            sections += self.time_sections(canonical=HG.CanonicalProject in types)
        elif HG.SourceDocument in types:
            sections = self.document_sections()
        else:
            if HG.WellbeingServicesCounty in types or HG.Region in types:
                sections += self.region_sections()
            if HG.DigitalService in types:
                sections += self.service_sections()
            if types & {HG.Organisation, HG.NationalActor, HG.WellbeingServicesCounty, HG.Municipality}:
                sections += self.organisation_sections()
            if HG.Dependency in types:
                sections += self.dependency_sections()
            own = self.quotes(iri)
            if own:
                sections.append(Section("sources", self.t("source"), quotes=own))
        statements, incoming = self.statements()
        names = self.index.labels.get(str(iri), {})
        title = self.name(iri)
        others = sorted((lang, text) for lang, text in names.items() if text != title and lang)
        summary = ""
        for prop in (SKOS.definition, DCTERMS.description, RDFS.comment):
            values = [o for o in self.graph.objects(iri, prop) if isinstance(o, Literal)]
            if values:
                summary = self._pick_literal(values)
                break
        explore = None
        if self.explore_link and kind in {
            "project",
            "investment",
            "subproject",
            "workpackage",
            "organisation",
            "national-actor",
            "county",
            "service",
            "programme",
        }:
            explore = self.explore_link
        return Page(
            iri=str(iri),
            title=title,
            kind=kind,
            kind_label=self.t(f"kind_{kind}"),
            other_names=others,
            summary=summary,
            sections=[s for s in sections if not s.empty],
            statements=statements,
            incoming=incoming,
            formats=formats,
            explore=explore,
        )

    def statements(self) -> tuple[list[tuple[Link, list[Link]]], list[tuple[Link, list[Link], int]]]:
        out: dict[URIRef, list[Link]] = defaultdict(list)
        for p, o in self.graph.predicate_objects(self.this):
            out[p].append(self.link(o))  # type: ignore[index]
        inc: dict[URIRef, list[Link]] = defaultdict(list)
        for s, p in self.graph.subject_predicates(self.this):
            inc[p].append(self.link(s))  # type: ignore[index]
        ordered = sorted(out.items(), key=lambda kv: self.name(kv[0]).casefold())
        statements = [(self.link(p), sorted(v, key=lambda x: x.text.casefold())) for p, v in ordered]
        incoming = []
        for p, v in sorted(inc.items(), key=lambda kv: self.name(kv[0]).casefold()):
            values = sorted(v, key=lambda x: x.text.casefold())
            incoming.append((self.link(p), values[:MAX_VALUES], max(0, len(values) - MAX_VALUES)))
        return statements, incoming

    # projects ------------------------------------------------------------------------

    def project_sections(self) -> list[Section]:
        g, this = self.graph, self.this
        basics = Section("basic", self.t("basic_data"))
        rows = [
            self.row("code", self.values(this, DCTERMS.identifier)),
            self.row("region", self.values(this, HG.region)),
            self.row("period", self.period(this)),
            self.row("status", self.values(this, HG.lifecycleStatus)),
            self.row("phase", self.values(this, HG.phase)),
        ]
        funders: list[Link] = []
        amounts: list[Link] = []
        programmes = self.values(this, HG.programme)
        for funding in g.objects(this, HG.funding):
            funders += self.values(funding, HG.funder)
            programmes += [
                p for p in self.values(funding, HG.programme) if p.iri not in {x.iri for x in programmes}
            ]
            for amount in g.objects(funding, SCHEMA.amount):
                if isinstance(amount, Literal):
                    amounts.append(Link(money(amount, self.lang)))
        rows += [
            self.row("funder", funders),
            self.row("funding", amounts),
            self.row("programme", programmes),
            self.row("investment_line", self.values(this, HG.investmentLine)),
            self.row("manager", self.people(managers_only=True)),
            self.row("topics", self.values(this, DCTERMS.subject)),
            self.row("phenomena", self.values(this, HG.phenomenon)),
            self.row("target_groups", self.values(this, HG.targetGroup)),
            self.row("documents", self.values(this, HG.describedBy)),
        ]
        basics.rows = [r for r in rows if r]
        basics.quotes = self.quotes(this)
        sections = [basics]
        goals = self.goals() if HG.CanonicalProject not in self.types() else self.canonical_goals()
        sections.append(Section("goals", self.t("goals"), items=goals))
        sections.append(Section("outputs", self.t("outputs"), items=self.outputs()))
        sections.append(Section("budget", self.t("budget"), budgets=self.budgets()))
        sections.append(Section("lights", self.t("lights"), items=self.lights()))
        sections.append(Section("risks", self.t("risks"), items=self.risks()))
        sections += self.dependency_tables()
        sections.append(self.structure())
        sections.append(self.continuity())
        sections.append(Section("participants", self.t("participants"), items=self.participants()))
        sections.append(Section("people", self.t("people"), items=self.person_items()))
        for key, prop in (
            ("benefits", HG.hasBenefit),
            ("effects", HG.hasEffect),
            ("indicators", HG.hasIndicator),
        ):
            sections.append(Section(key, self.t(key), items=self.simple_items(prop)))
        return sections

    # time: the documents of a project on one axis, and what they disagree on ----------

    def canonical(self) -> Identifier | None:
        """The canonical project this page's project is a record of (itself on a canonical page)."""
        rows = self.data.select(CANONICAL_QUERY, {"this": self.this})
        return rows[0]["c"] if rows else None

    def time_sections(self, *, canonical: bool) -> list[Section]:
        """The timeline (one row per document, oldest first: its date, status, cumulative and
        period budget against actual, and the traffic lights that deviate) and the conflicts."""
        target = self.this if canonical else self.canonical()
        text, bindings = queries.get("project-history").bind({"project": str(target or self.this)})
        history = self.data.select(text, bindings)
        by_doc: dict[tuple[str, str], dict[str, Any]] = {}
        for row in history:
            key = (str(row.get("documentDate", "")), str(row["document"]))
            entry = by_doc.setdefault(key, {"doc": row["document"], "lights": {}, "money": {}, "status": None})
            prop, detail, value = str(row["property"]), str(row.get("detail", "")), row.get("value")
            if prop == str(HG.lifecycleStatus):
                entry["status"] = URIRef(str(value))
            elif prop == str(HG.lightValue):
                entry["lights"][detail] = str(value).rsplit("/", 1)[-1]
            elif prop in (str(HG.budget), str(HG.actual)) and not detail.startswith(
                ("annual", "estimate", "granted")
            ):
                kind = "period" if detail.startswith("reporting-period") else "cumulative"
                entry["money"][(kind, prop.rsplit("#", 1)[-1])] = Decimal(str(value))
        rows: list[list[Link]] = []
        for (day, _doc), entry in sorted(by_doc.items()):
            money_cells = [
                Link(money(entry["money"].get((kind, col)), self.lang))
                for kind in ("cumulative", "period")
                for col in ("budget", "actual")
            ]
            lights = [
                Link(f"⚠ {self.name(VOCAB[f'light-dimension/{dim}'])}")
                for dim, value in sorted(entry["lights"].items())
                if value == "deviation"
            ]
            if entry["lights"] and not lights:
                lights = [Link(f"● {self.t('light_all_on_plan')}")]
            rows.append(
                [
                    Link(day),
                    self.link(entry["doc"]),
                    self.link(entry["status"]) if entry["status"] is not None else Link(""),
                    *money_cells,
                    *lights,
                ]
            )
        headers = [
            self.t("as_of"),
            self.t("document"),
            self.t("status"),
            self.t("timeline_cumulative_budget"),
            self.t("timeline_cumulative_actual"),
            self.t("timeline_period_budget"),
            self.t("timeline_period_actual"),
            self.t("lights"),
        ]
        timeline = Section("timeline", self.t("timeline"), table=(headers, rows) if len(rows) else None)
        conflict_rows: list[list[Link]] = []
        if target is not None:
            for row in self.run("conflicts", project=str(target)):
                prop = URIRef(str(row["property"]))
                chosen = str(row["value"]) == str(row["currentValue"])
                conflict_rows.append(
                    [
                        self.link(prop),
                        Link(("✔ " if chosen else "") + str(row["value"])),
                        Link(str(row.get("documentDate", ""))),
                        self.link(row["document"]),
                    ]
                )
        conflicts = Section(
            "conflicts",
            self.t("conflicts"),
            table=([self.t("property"), self.t("value"), self.t("as_of"), self.t("document")], conflict_rows),
            note=self.t("conflicts_note"),
        )
        return [timeline, conflicts]

    def period(self, node: Identifier) -> list[Link]:
        start = self.graph.value(node, HG.startDate)
        end = self.graph.value(node, HG.endDate)
        if start is None and end is None:
            return []
        return [Link(f"{start or '…'} – {end or '…'}")]

    def simple_items(self, prop: URIRef) -> list[Item]:
        items = []
        for node in self.graph.objects(self.this, prop):
            item = Item(self.described(node), "", quotes=self.quotes(node))
            if prop == HG.hasIndicator:
                target = self.graph.value(node, HG.targetValue)
                unit = self.graph.value(node, HG.targetUnit)
                if target is not None:
                    item.fields.append(
                        (self.t("target_value"), [Link(f"{self.literal(target)} {unit or ''}".strip())])
                    )  # type: ignore[arg-type]
                item.fields += [f for f in [self.field("deadline", node, HG.deadline)] if f]
            if prop == HG.hasEffect:
                item.fields += [f for f in [self.field("period", node, HG.timeHorizon)] if f]
            items.append(item)
        return sorted(items, key=lambda i: i.link.text.casefold())

    def described(self, node: Identifier) -> Link:
        """A link to a fact node whose text is its whole description."""
        link = self.link(node)
        link.text = self.description(node)
        return link

    def description(self, node: Identifier) -> str:
        values = [o for o in self.graph.objects(node, DCTERMS.description) if isinstance(o, Literal)]  # type: ignore[arg-type]
        return self._pick_literal(values) if values else self.name(node)

    def field(self, key: str, node: Identifier, prop: URIRef) -> tuple[str, list[Link]] | None:
        values = self.values(node, prop)
        return (self.t(key), values) if values else None

    def goals(self) -> list[Item]:
        items = []
        for node in self.graph.objects(self.this, HG.hasGoal):
            status = self.graph.value(node, HG.goalStatus)
            badge = None
            if isinstance(status, URIRef):
                tail = str(status).rsplit("/", 1)[-1]
                css = {
                    "achieved": "ok",
                    "partly-achieved": "warn",
                    "not-achieved": "bad",
                    "moved-later": "warn",
                }
                badge = (css.get(tail, "neutral"), self.name(status))
            item = Item(self.described(node), "", badge=badge, quotes=self.quotes(node))
            reason = self.field("reason", node, HG.statusReason)
            if reason:
                item.fields.append(reason)
            items.append(item)
        return sorted(items, key=lambda i: i.link.text.casefold())

    def canonical_goals(self) -> list[Item]:
        """A canonical project's goals from all its documents, each goal once however many
        documents repeat it, with the status of the latest document that judged it and the
        documents that state it (newest first)."""
        seen: dict[str, dict[str, Any]] = {}
        for row in self.data.select(CANONICAL_GOALS_QUERY, {"this": self.this}):
            text = str(row["description"])
            key = " ".join(text.lower().rstrip(".").split())
            entry = seen.setdefault(key, {"text": text, "docs": {}, "status": None, "day": ""})
            day = str(row.get("date", ""))
            entry["docs"][str(row["document"])] = day
            status = row.get("status")
            if status is not None and day >= entry["day"]:
                entry["status"], entry["day"] = status, day
        items = []
        for entry in seen.values():
            badge = None
            if isinstance(entry["status"], URIRef):
                tail = str(entry["status"]).rsplit("/", 1)[-1]
                css = {
                    "achieved": "ok",
                    "partly-achieved": "warn",
                    "not-achieved": "bad",
                    "moved-later": "warn",
                }
                badge = (css.get(tail, "neutral"), self.name(entry["status"]))
            docs = sorted(entry["docs"].items(), key=lambda kv: kv[1], reverse=True)
            item = Item(Link(entry["text"]), "", badge=badge)
            item.fields.append((self.t("documents"), [self.link(URIRef(doc)) for doc, _day in docs]))
            items.append(item)
        return sorted(items, key=lambda i: i.link.text.casefold())

    def outputs(self) -> list[Item]:
        items = []
        for node in self.graph.objects(self.this, HG.hasOutput):
            item = Item(self.described(node), "", quotes=self.quotes(node))
            qty = self.graph.value(node, HG.quantity)
            if qty is not None:
                unit = self.graph.value(node, HG.unit)
                item.fields.append((self.t("quantity"), [Link(f"{self.literal(qty)} {unit or ''}".strip())]))  # type: ignore[arg-type]
            kind = self.field("kind", node, HG.outputType)
            if kind:
                item.fields.append(kind)
            items.append(item)
        return sorted(items, key=lambda i: i.link.text.casefold())

    def risks(self) -> list[Item]:
        items = []
        for node in self.graph.objects(self.this, HG.hasRisk):
            item = Item(self.described(node), "", quotes=self.quotes(node))
            for key, prop in (
                ("probability", HG.probability),
                ("impact", HG.impact),
                ("score", HG.riskScore),
                ("mitigation", HG.mitigation),
                ("role", HG.riskOwner),
            ):
                f = self.field(key, node, prop)
                if f:
                    item.fields.append(f)
            score = self.graph.value(node, HG.riskScore)
            if isinstance(score, Literal):
                try:
                    n = int(score)
                    item.badge = ("bad" if n >= 12 else "warn" if n >= 6 else "ok", str(n))
                except ValueError:
                    pass
            items.append(item)
        return sorted(items, key=lambda i: i.link.text.casefold())

    def lights(self) -> list[Item]:
        items = []
        for node in self.graph.objects(self.this, HG.hasTrafficLight):
            dimension = self.graph.value(node, HG.dimension)
            value = self.graph.value(node, HG.lightValue)
            percent = self.graph.value(node, HG.progressPercent)
            title = self.name(dimension) if dimension is not None else self.name(node)
            badge = None
            if value == ON_PLAN:
                badge = ("ok", self.name(value))
            elif value == DEVIATION:
                badge = ("bad", self.name(value))
            elif isinstance(value, URIRef):
                badge = ("neutral", self.name(value))
            link = self.link(node)
            link.text = title
            item = Item(link, "", badge=badge, quotes=self.quotes(node))
            if isinstance(percent, Literal):
                with contextlib.suppress(ValueError):
                    item.percent = max(0.0, min(100.0, float(percent)))
            period = self.graph.value(node, HG.reportingPeriod)
            if period is not None:
                item.fields.append((self.t("period"), self.period(period)))
            items.append(item)
        return sorted(items, key=lambda i: (i.link.text.casefold(), _first_text(i.fields)))

    def budgets(self) -> list[Budget]:
        g = self.graph
        out = []
        for statement in g.objects(self.this, HG.hasCostStatement):
            unit = str(g.value(statement, HG.unit) or "EUR")
            lines = list(g.objects(statement, HG.hasLine))
            bars: list[Bar] = []
            total: Bar | None = None
            for line in lines:
                if g.value(line, HG.parentLine) is not None:
                    continue
                budget, actual = _decimal(g.value(line, HG.budget)), _decimal(g.value(line, HG.actual))
                if budget is None and actual is None:
                    continue
                category = g.value(line, HG.costCategory)
                raw = g.value(line, HG.rawLabel)
                label = str(raw) if raw is not None else self.name(category) if category is not None else ""
                bar = Bar(
                    label=label,
                    budget=float(budget or 0),
                    actual=float(actual or 0),
                    budget_text=money(budget, self.lang, unit) if budget is not None else "–",
                    actual_text=money(actual, self.lang, unit) if actual is not None else "–",
                    utilisation=percent_text(actual, budget, self.lang),
                )
                if category == TOTAL:
                    total = bar
                else:
                    bars.append(bar)
            if not bars and total is None:
                continue
            bars.sort(key=lambda b: -b.budget)
            biggest = max(
                [b.budget for b in bars]
                + [b.actual for b in bars]
                + ([total.budget, total.actual] if total else [])
                + [1.0]
            )
            parts = [self.name(o) for p in (HG.statementKind,) for o in g.objects(statement, p)]
            year = g.value(statement, HG.year)
            if year is not None:
                parts.append(str(year))
            # Which report and day the table is as of: two reports' tables of one project look
            # alike otherwise, and only the latest one of a kind is current.
            as_of = g.value(statement, HG.asOf)
            if as_of is not None:
                parts.append(f"{self.t('as_of').lower()} {as_of}")
            source = self.quotes(statement)
            if source and source[0].doc is not None:
                parts.append(source[0].doc.text)
            quotes: list[Quote] = []
            for line in lines:
                quotes += self.quotes(line)
            out.append(Budget(" · ".join(parts) or unit, unit, bars, total, quotes, 330.0 / biggest))
        return sorted(out, key=lambda b: b.title)

    def dependency_items(self, direction: URIRef) -> list[Item]:
        """Dependency nodes whose ``direction`` (hg:dependent or hg:dependsOn) is this resource."""
        g = self.graph
        other = HG.dependsOn if direction == HG.dependent else HG.dependent
        items = []
        for dep in g.subjects(direction, self.this):
            if (dep, RDF.type, HG.Dependency) not in g and g.value(dep, other) is None:
                continue
            target = g.value(dep, other)
            link = self.link(target) if target is not None else self.link(dep)
            item = Item(
                link,
                self.description(dep) if g.value(dep, DCTERMS.description) else "",
                quotes=self.quotes(dep),
            )
            kind = g.value(dep, HG.dependencyKind)
            if kind is not None:
                item.badge = ("neutral", self.name(kind))
            item.fields.append((self.t("dependency"), [self.link(dep)]))
            items.append(item)
        return sorted(items, key=lambda i: i.link.text.casefold())

    def dependency_tables(self) -> list[Section]:
        out = Section("depends-on", self.t("depends_on"), items=self.dependency_items(HG.dependent))
        seen = {i.link.iri for i in out.items}
        via_parts = []
        for row in self.run("dependencies-of", project=str(self.this)):
            if row.get("dependent") == self.this:
                continue
            target = row.get("target")
            if target is None:
                continue
            kind = row.get("kind")
            via_parts.append(
                [
                    self.link(target),
                    Link(self.name(kind)) if kind is not None else Link(""),
                    self.link(row["dependent"]),
                ]
            )
        if via_parts:
            via_parts.sort(key=lambda r: (r[0].text.casefold(), r[2].text.casefold()))
            out.table = ([self.t("target"), self.t("kind"), self.t("via_part")], via_parts)
        del seen
        incoming = Section("depended-by", self.t("depended_by"), items=self.dependency_items(HG.dependsOn))
        return [out, incoming]

    def structure(self) -> Section:
        g, this = self.graph, self.this
        wholes = {o for o in g.objects(this, HG.partOf)} | {s for s in g.subjects(HG.hasPart, this)}
        parts = {o for o in g.objects(this, HG.hasPart)} | {s for s in g.subjects(HG.partOf, this)}
        section = Section("structure", self.t("structure"))
        section.rows = [
            r for r in (self.row("part_of", self._links(wholes)), self.row("parts", self._links(parts))) if r
        ]
        return section

    def continuity(self) -> Section:
        g, this = self.graph, self.this
        before = {o for o in g.objects(this, HG.continues)} | {s for s in g.subjects(HG.continuedBy, this)}
        after = {o for o in g.objects(this, HG.continuedBy)} | {s for s in g.subjects(HG.continues, this)}
        section = Section("continuity", self.t("continuity"))
        section.rows = [
            r
            for r in (self.row("predecessors", self._links(before)), self.row("successors", self._links(after)))
            if r
        ]
        return section

    def _links(self, terms: Iterable[Identifier]) -> list[Link]:
        return sorted((self.link(t) for t in terms), key=lambda link: link.text.casefold())

    def participants(self) -> list[Item]:
        g = self.graph
        items = []
        for part in g.objects(self.this, HG.participation):
            org = g.value(part, HG.organisation)
            if org is None:
                continue
            item = Item(self.link(org), "", quotes=self.quotes(part))
            roles = self.values(part, HG.role)
            if roles:
                item.fields.append((self.t("role"), roles))
            items.append(item)
        return sorted(items, key=lambda i: i.link.text.casefold())

    def people(self, *, managers_only: bool) -> list[Link]:
        """Roles of people, with the organisation and (only where allowed) the name."""
        out = []
        for item in self.person_items():
            if managers_only and not item.badge:
                continue
            out.append(item.link)
        return out

    def person_items(self) -> list[Item]:
        g = self.graph
        items = []
        for pr in g.objects(self.this, HG.personRole):
            roles = [r for r in g.objects(pr, HG.role) if isinstance(r, URIRef)]
            parts = [self.name(r) for r in roles] or [self.t("role")]
            orgs = [self.name(o) for o in g.objects(pr, ORG.memberOf)]
            names = [str(n) for n in g.objects(pr, FOAF.name)] if self.person_names else []
            text = ", ".join(parts)
            if orgs:
                text += f" ({', '.join(orgs)})"
            text += f": {', '.join(names)}" if names else f" – {self.t('name_withheld')}"
            manager = any(r in PROJECT_MANAGER_ROLES for r in roles)
            link = self.link(pr)
            link.text = text
            badge = ("neutral", self.t("manager")) if manager else None
            item = Item(link, "", quotes=self.quotes(pr), badge=badge)
            items.append(item)
        return sorted(items, key=lambda i: i.link.text.casefold())

    # organisations, services, regions -------------------------------------------------

    def organisation_sections(self) -> list[Section]:
        roles: dict[URIRef, set[Identifier]] = defaultdict(set)
        for row in self.data.select(ORG_PROJECTS_QUERY, {"this": self.this}):
            roles[row["project"]].add(row.get("role", Literal("")))  # type: ignore[index]
        rows = []
        for project, rs in roles.items():
            named = [self.name(r) for r in rs if isinstance(r, URIRef)]
            rows.append([self.link(project), Link(", ".join(sorted(named)))])
        rows.sort(key=lambda r: r[0].text.casefold())
        takes = Section("takes-part", self.t("takes_part"), table=([self.t("projects"), self.t("role")], rows))
        develops = Section("develops", self.t("develops"))
        services = self._links(self.graph.subjects(HG.developer, self.this))
        if services:
            develops.rows = [(self.t("services"), services)]
        regions = [r["region"] for r in self.data.select(ORG_REGIONS_QUERY, {"this": self.this})]
        reaches = Section("reaches", self.t("reaches"))
        if regions:
            reaches.rows = [(self.t("regions"), self._links(regions))]
        return [takes, develops, reaches, self.dependents_section()]

    def dependents_section(self) -> Section:
        rows = []
        for row in self.run("dependents-of", node=str(self.this)):
            region = row.get("region")
            kind = row.get("kind")
            rows.append(
                [
                    self.link(row["project"]),
                    self.link(region) if region is not None else Link(self.t("region_unknown")),
                    Link(self.name(kind)) if kind is not None else Link(""),
                ]
            )
        rows.sort(key=lambda r: (r[1].text.casefold(), r[0].text.casefold()))
        return Section(
            "dependents",
            self.t("dependents"),
            table=([self.t("projects"), self.t("region"), self.t("kind")], rows),
        )

    def service_sections(self) -> list[Section]:
        basics = Section("basic", self.t("basic_data"))
        dev = self.values(self.this, HG.developer)
        if dev:
            basics.rows.append((self.t("developer"), dev))
        dependents = self.dependents_section()
        by_region: dict[str, list[Link]] = defaultdict(list)
        for project, region, _ in dependents.table[1] if dependents.table else []:
            if project.iri not in {p.iri for p in by_region[region.text]}:
                by_region[region.text].append(project)
        summary = Section("by-region", self.t("by_region"))
        summary.rows = [(region, links) for region, links in sorted(by_region.items())]
        return [basics, dependents, summary]

    def region_sections(self) -> list[Section]:
        counties = [r["county"] for r in self.data.select(REGION_COUNTIES_QUERY, {"this": self.this})]
        sections = []
        if counties and counties != [self.this]:
            sections.append(
                Section("counties", self.t("counties"), rows=[(self.t("counties"), self._links(counties))])
            )
        project_rows = []
        budget_rows = []
        for county in counties:
            for row in self.run("projects-by-region", region=str(county)):
                status = row.get("status")
                whole = row.get("whole")
                project_rows.append(
                    [
                        self.link(row["project"]),
                        Link(str(row.get("identifier", ""))),
                        self.link(whole) if whole is not None else Link(""),
                        Link(self.name(status)) if status is not None else Link(""),
                    ]
                )
            # Each investment's latest cumulative figures (the catalogue's default), as of its report's day.
            for row in self.run("budget-by-region", region=str(county)):
                budget_rows.append(
                    [
                        self.link(row["project"]),
                        Link(str(row.get("asOfDate", ""))),
                        Link(money(row.get("budget"), self.lang)),
                        Link(money(row.get("actual"), self.lang)),
                        Link(percent_text(row.get("actual"), row.get("budget"), self.lang)),
                    ]
                )
        project_rows.sort(key=lambda r: r[0].text.casefold())
        sections.append(
            Section(
                "region-projects",
                self.t("region_projects"),
                table=([self.t("projects"), self.t("code"), self.t("part_of"), self.t("status")], project_rows),
            )
        )
        sections.append(
            Section(
                "region-budgets",
                self.t("region_budgets"),
                table=(
                    [
                        self.t("projects"),
                        self.t("as_of"),
                        self.t("budget_col"),
                        self.t("actual_col"),
                        self.t("utilisation"),
                    ],
                    budget_rows,
                ),
            )
        )
        targets: dict[Identifier, tuple[set[str], list[Link]]] = {}
        for row in self.data.select(REGION_DEPENDS_QUERY, {"this": self.this}):
            kinds, projects = targets.setdefault(row["target"], (set(), []))
            if row.get("kind") is not None:
                kinds.add(self.name(row["kind"]))
            if str(row["project"]) not in {p.iri for p in projects}:
                projects.append(self.link(row["project"]))
        dep_rows = [
            [
                self.link(target),
                Link(", ".join(sorted(kinds))),
                *sorted(projects, key=lambda p: p.text.casefold()),
            ]
            for target, (kinds, projects) in targets.items()
        ]
        dep_rows.sort(key=lambda r: r[0].text.casefold())
        sections.append(
            Section(
                "region-depends",
                self.t("region_depends"),
                table=([self.t("target"), self.t("kind"), self.t("projects")], dep_rows),
            )
        )
        return sections

    def dependency_sections(self) -> list[Section]:
        g = self.graph
        section = Section("dependency", self.t("dependency"))
        rows = [
            self.row("dependent", self.values(self.this, HG.dependent)),
            self.row("target", self.values(self.this, HG.dependsOn)),
            self.row("kind", self.values(self.this, HG.dependencyKind)),
        ]
        section.rows = [r for r in rows if r]
        del g
        return [section]

    # documents -----------------------------------------------------------------------

    def document_sections(self) -> list[Section]:
        basics = Section("basic", self.t("basic_data"))
        rows = [
            self.row("kind", self.values(self.this, HG.documentKind)),
            self.row("file", self.values(self.this, HG.fileName)),
            self.row("projects", self._links(self.graph.subjects(HG.describedBy, self.this))),
        ]
        for row in self.data.select(DOC_GRAPH_QUERY, {"this": self.this}):
            p, o = row["p"], row["o"]
            if p == RDF.type:
                rows.append(self.row("graph", [self.link(row["g"])]))
            elif p == URIRef("http://www.w3.org/ns/prov#generatedAtTime"):
                rows.append(self.row("ingested", [Link(str(o))]))
        basics.rows = [r for r in rows if r]
        facts: dict[Identifier, dict[str, Any]] = {}
        for row in self.data.select(DOC_FACTS_QUERY, {"this": self.this}):
            span = row["span"]
            entry = facts.setdefault(
                span,
                {
                    "first": int(row["first"]) if "first" in row else 0,
                    "last": int(row["last"]) if "last" in row else None,
                    "quote": str(row.get("quote", "")),
                    "nodes": {},
                },
            )
            node = row.get("node")
            if node is not None:
                info = entry["nodes"].setdefault(node, {"types": set(), "desc": None})
                if "type" in row:
                    info["types"].add(row["type"])
                if "desc" in row and info["desc"] is None:
                    info["desc"] = str(row["desc"])
        rows_out: list[list[Link]] = []
        seen_lines: set[int] = set()
        for span, entry in sorted(facts.items(), key=lambda kv: (kv[1]["first"], str(kv[0]))):
            first, last = entry["first"], entry["last"]
            lines = str(first) if last in (None, first) else f"{first}–{last}"
            anchor = f"L{first}" if first not in seen_lines else ""
            seen_lines.add(first)
            nodes = []
            for node, info in sorted(entry["nodes"].items(), key=lambda kv: str(kv[0])):
                kind = ", ".join(sorted(self.name(t) for t in info["types"]))
                text = self.index.label(str(node), self.lang) or info["desc"] or short_name(str(node))
                link = self.link(node)
                link.text = f"{kind}: {text}" if kind else text
                nodes.append(link)
            line_link = Link(lines, self.mapping.page_url(str(span)), anchor or None)
            rows_out.append([line_link, Link(entry["quote"]), *nodes])
        read = Section(
            "read-from",
            self.t("read_from"),
            table=([self.t("line"), self.t("quote"), self.t("fact")], rows_out),
        )
        return [basics, read]


# -- formatting --------------------------------------------------------------------------


def _kind_from_types(types: set[URIRef]) -> str:
    from hankegraafi.server.pages.labels import KINDS

    for kind, cls in KINDS:
        if cls in types:
            return kind
    return "other"


def _first_text(fields: list[tuple[str, list[Link]]]) -> str:
    return fields[0][1][0].text if fields and fields[0][1] else ""


def _line_key(lines: str) -> int:
    head = lines.split("–", 1)[0]
    return int(head) if head.isdigit() else 0


def _decimal(value: object) -> Decimal | None:
    if value is None:
        return None
    try:
        return Decimal(str(value))
    except InvalidOperation:
        return None


def number(value: Decimal | int | float, lang: str) -> str:
    """A number the way the reader writes it: 1 234 567,5 (fi, sv) or 1,234,567.5 (en)."""
    dec = Decimal(str(value))
    text = f"{int(dec):,}" if dec == dec.to_integral_value() else f"{dec:,.2f}".rstrip("0").rstrip(".")
    if lang in ("fi", "sv"):
        text = text.replace(",", "\u202f").replace(".", ",")
    return text


def money(value: object, lang: str, unit: str = "EUR") -> str:
    dec = _decimal(value)
    if dec is None:
        return ""
    symbol = "€" if unit == "EUR" else unit
    return f"{number(dec, lang)}\u00a0{symbol}"


def percent_text(actual: object, budget: object, lang: str) -> str:
    a, b = _decimal(actual), _decimal(budget)
    if a is None or b is None or b == 0:
        return ""
    value = (a * 100 / b).quantize(Decimal("0.1"))
    text = f"{value}"
    if lang in ("fi", "sv"):
        text = text.replace(".", ",")
    return f"{text}\u00a0%"
