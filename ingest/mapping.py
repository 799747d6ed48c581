"""Map an :class:`Extraction` to RDF with the terms of docs/MODEL.md and PROV source spans.

IRIs are minted from stable keys: projects from their names (so that two
documents about one project meet), facts from the document key, the project and
a key of their own content (a dimension, a cost category, a hash of the text),
never from running counters where the text gives something better. E-mail
addresses and phone numbers are removed from every literal; person names are
published only when the setting asks for it.
"""

from __future__ import annotations

import functools
import hashlib
import logging
import re
from collections import Counter
from datetime import date
from decimal import Decimal

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, FOAF, PROV, RDF, RDFS, SKOS, XSD

from hankegraafi.ingest.entities import Entry
from hankegraafi.ingest.extract import COST_CATEGORIES, Extraction, Project, Span
from hankegraafi.ingest.facts.model import VOCAB_STATEMENT_KIND
from hankegraafi.ontology.namespaces import HG, PREFIXES, mint, slugify, vocab
from hankegraafi.shapes.pii import has_email
from hankegraafi.shapes.pii import redact as redact_contact_details

logger = logging.getLogger(__name__)

ORG = PREFIXES["org"]
#: A cost column's property where its key is not the property's name.
_VALUE_PROPERTY = {"utilisation-percent": "utilisationPercent"}


def scrub(text: str, names: set[str] | frozenset[str] = frozenset()) -> str:
    """``text`` without e-mail addresses, phone numbers and the given person names.

    Contact details are found by :mod:`hankegraafi.shapes.pii`, the same module the
    shape and the published pages check with, so what ingest keeps the shape accepts.
    """
    text = redact_contact_details(text) if len(text) > _REDACTED_LONGEST else _redacted(text)
    for name in sorted(names, key=len, reverse=True):
        if name:
            text = re.sub(re.escape(name), "[nimi]", text)
    return text


#: The contact details redacted, remembered per text: a document's quotes, labels and names recur
#: (6 400 texts redacted for 713 distinct ones over the bench's 100 documents, 1.4 ms a document).
_redacted = functools.lru_cache(maxsize=1 << 13)(redact_contact_details)
#: The longest text remembered (a longer one is a quote of a page, seen once).
_REDACTED_LONGEST = 2_000


def decimal(value: Decimal) -> Literal:
    """An xsd:decimal in its canonical lexical form ("950000.0"), as stores and Turtle write it back."""
    text = format(Decimal(value).normalize(), "f")
    if "." not in text:
        text += ".0"
    return Literal(text, datatype=XSD.decimal)


def _hash(text: str) -> str:
    """A short key of a text, whitespace and case folded.

    ``split``/``join`` folds the same whitespace as a regular expression ``\\s+`` (both
    use ``str.isspace``) at a fraction of its cost.
    """
    return hashlib.sha256(" ".join(text.lower().split()).encode("utf-8")).hexdigest()[:12]


class _Mapper:
    def __init__(self, extraction: Extraction, base: str, document: URIRef, names: bool) -> None:
        self.x = extraction
        self.base = base
        self.document = document
        self.doc_key = str(document).rstrip("/").rsplit("/", 1)[-1] or "document"
        self.publish_names = names
        self.hidden = frozenset() if names else frozenset(extraction.person_names)
        self.g = Graph()
        for prefix, ns in PREFIXES.items():
            self.g.bind(prefix, ns)
        self._keys: dict[str, str] = {}

    def hash(self, text: str) -> str:
        """``_hash``, once per text of this document: a damaged page read as one long
        line gives many facts the same 800 kB quote, and hashing it again for each
        took 44 s for one document. The texts are the extraction's own, so the memo
        holds no copies and goes with the mapper."""
        key = self._keys.get(text)
        if key is None:
            key = self._keys[text] = _hash(text)
        return key

    # --- helpers --------------------------------------------------------------------------

    def lit(self, text: str, lang: str | None = "fi") -> Literal:
        clean = scrub(text, self.hidden).strip()
        return Literal(clean, lang=lang) if lang else Literal(clean)

    def add(self, s: URIRef, p: URIRef, o: object) -> None:
        if isinstance(o, Literal) and o.datatype is None:
            # Every text taken from the document is scrubbed here, not only what lit() made: a cost
            # statement's cue (the clause that said its kind) once carried a phone number past it.
            text = str(o)
            clean = scrub(text, self.hidden)
            if clean != text:
                o = Literal(clean, lang=o.language)
        if o is not None:
            self.g.add((s, p, o))  # type: ignore[arg-type]

    def mint(self, kind: str, *keys: str) -> URIRef:
        return mint(kind, *keys, base=self.base)

    def span(self, node: URIRef, span: Span | None) -> None:
        if span is None:
            return
        iri = self.mint("span", self.doc_key, f"{span.first}-{span.last}", self.hash(span.quote)[:8])
        self.add(node, PROV.wasDerivedFrom, iri)
        if (iri, RDF.type, HG.SourceSpan) in self.g:
            return
        self.add(iri, RDF.type, HG.SourceSpan)
        self.add(iri, PROV.wasQuotedFrom, self.document)
        self.add(iri, HG.firstLine, Literal(span.first, datatype=XSD.integer))
        self.add(iri, HG.lastLine, Literal(span.last, datatype=XSD.integer))
        self.add(iri, PROV.value, self.lit(span.quote[:2000], None))

    def entry(self, entry: Entry, span: Span | None = None) -> URIRef:
        """The IRI of a known concept, or a new node flagged for review (with where it was seen)."""
        if entry.linked:
            return entry.iri
        kind = "project" if entry.type == "project" else "organisation"
        iri = self.mint(kind, entry.label)
        if (iri, HG.needsReview, None) not in self.g:
            self.add(iri, RDF.type, HG.Project if kind == "project" else HG.Organisation)
            self.add(iri, RDFS.label, self.lit(entry.label))
            for surface in entry.surfaces or [entry.label]:
                self.add(iri, HG.surfaceForm, self.lit(surface, None))
            self.add(iri, HG.needsReview, Literal(True))
            if kind == "project":
                self.add(iri, HG.describedBy, self.document)
        if (iri, PROV.wasDerivedFrom, None) not in self.g:
            self.span(iri, span)
        return iri

    @functools.cached_property
    def as_of(self) -> date | None:
        """The day the document describes: its own date (issued, modified, created), else the
        latest end of a reporting period it reports on, else a final report's latest end date.

        Every cost statement is as of this day, so that a later report's figures replace an
        earlier one's instead of being added to them.
        """
        own = self.x.issued or self.x.modified or self.x.created
        if own is not None:
            return own
        ends = [p.reporting_period[1] for p in self.x.projects if p.reporting_period is not None]
        if not ends and self.x.kind == "final-report":
            ends = [p.end if isinstance(p.end, date) else date(p.end, 12, 31) for p in self.x.projects if p.end]
        return max(ends, default=None)

    def project_iri(self, project: Project) -> URIRef:
        return self.mint("project", *project.path)

    def fact(self, kind: str, project: Project, *keys: str) -> URIRef:
        return self.mint(kind, self.doc_key, self.hash("/".join(project.path)), *keys)

    @staticmethod
    def date_literal(value: date | int | None) -> Literal | None:
        if isinstance(value, date):
            return Literal(value.isoformat(), datatype=XSD.date)
        if isinstance(value, int):
            return Literal(str(value), datatype=XSD.gYear)
        return None

    # --- document and projects ------------------------------------------------------------

    def run(self) -> Graph:
        doc = self.document
        self.add(doc, RDF.type, HG.SourceDocument)
        self.add(doc, HG.documentKind, vocab("document-kind", self.x.kind))
        if self.x.file_name:
            self.add(doc, HG.fileName, Literal(self.x.file_name))
        if self.x.tab_of:
            # An Innokylä tab saved as a page is part of its toimintamalli's description.
            self.add(doc, DCTERMS.isPartOf, self.mint("project", self.x.tab_of))
        title = self.x.title or (self.x.projects[0].name if self.x.projects else None)
        if title:
            self.add(doc, DCTERMS.title, self.lit(title))
        for prop, value in (
            (DCTERMS.created, self.x.created),
            (DCTERMS.modified, self.x.modified),
            (DCTERMS.issued, self.x.issued),
        ):
            self.add(doc, prop, self.date_literal(value))
        self.add(doc, HG.documentDate, self.date_literal(self.as_of))
        for project in self.x.projects:
            self.project(project)
        for developer in self.x.developers:
            self.add(self.entry(developer.service), HG.developer, self.entry(developer.organisation))
        return self.g

    def project(self, p: Project) -> None:
        iri = self.project_iri(p)
        if p.level == "investment" and p.parent is not None:
            cls = HG.Investment
        elif p.level == "subproject" and p.parent is not None:
            cls = HG.SubProject
        else:
            cls = HG.Project  # a part whose whole the document does not name
        self.add(iri, RDF.type, cls)
        self.add(iri, RDFS.label, self.lit(p.name))
        self.add(iri, HG.describedBy, self.document)
        self.span(iri, p.span)
        if p.parent is not None:
            parent = self.project_iri(p.parent)
            self.add(iri, HG.partOf, parent)
            self.add(parent, HG.hasPart, iri)
        if p.identifier:
            self.add(iri, DCTERMS.identifier, Literal(p.identifier))
        if p.description:
            self.add(iri, DCTERMS.description, self.lit(p.description))
        if p.region is not None:
            self.add(iri, HG.region, p.region.iri)
        if p.parent is None:
            # The municipalities the document names (facts/places.py): where the whole project is.
            for municipality, _span in self.x.municipalities:
                self.add(iri, DCTERMS.spatial, municipality.iri)
        self.add(iri, HG.startDate, self.date_literal(p.start))
        self.add(iri, HG.endDate, self.date_literal(p.end))
        status = "withdrawn" if p.withdrawn else p.status
        if status:
            self.add(iri, HG.lifecycleStatus, vocab("lifecycle", status))
        if p.phase:
            self.add(iri, HG.phase, vocab("lifecycle", p.phase))
        if p.programme is not None:
            self.add(iri, HG.programme, self.entry(p.programme))
        if p.investment_line:
            self.add(iri, HG.investmentLine, vocab("investment-line", p.investment_line))
        if p.funder is not None:
            funding = self.mint("funding", *p.path)
            self.add(iri, HG.funding, funding)
            self.add(funding, RDF.type, HG.Funding)
            self.add(funding, HG.funder, self.entry(p.funder, p.funder_span))
            self.span(funding, p.funder_span)
            if p.programme is not None:
                self.add(funding, HG.programme, self.entry(p.programme))
        for scheme, prop, values in (
            ("topic", DCTERMS.subject, p.topics),
            ("phenomenon", HG.phenomenon, p.phenomena),
        ):
            for value in values:
                concept = vocab(scheme, value)
                if _known_concept(concept):
                    self.add(iri, prop, concept)
                else:
                    # Reported with the document's outcome (the summary's warnings), not only logged.
                    self.x.warnings.append(f"{scheme} {value!r} is not in the vocabulary; left out")
                    logger.info("%s %r is not in the vocabulary; left out", scheme, value)
        for name, span in p.attachments:
            node = self.fact("attachment", p, self.hash(name))
            self.add(iri, HG.attachment, node)
            self.add(node, RDF.type, HG.Attachment)
            self.add(node, HG.fileName, self.lit(name, None))
            self.span(node, span)
        for url, _span in p.links:
            if not has_email(url) and not url.lower().startswith(("mailto:", "tel:")):
                self.add(iri, RDFS.seeAlso, URIRef(url))
        for continuation in p.continuations:
            other = self.entry(continuation.other, continuation.span)
            if continuation.direction == "successor":
                self.add(iri, HG.continuedBy, other)
                self.add(other, HG.continues, iri)
            else:
                self.add(iri, HG.continues, other)
                self.add(other, HG.continuedBy, iri)
        self.lights(p, iri)
        self.costs(p, iri)
        self.goals(p, iri)
        self.dependencies(p, iri)
        self.organisations(p, iri)

    def lights(self, p: Project, iri: URIRef) -> None:
        period = None
        if p.reporting_period is not None:
            period = self.fact("reporting-period", p, "period")
            self.add(period, RDF.type, HG.ReportingPeriod)
            self.add(period, HG.startDate, self.date_literal(p.reporting_period[0]))
            self.add(period, HG.endDate, self.date_literal(p.reporting_period[1]))
            self.span(period, p.reporting_span)
        for light in p.lights:
            node = self.fact("traffic-light", p, light.dimension)
            self.add(iri, HG.hasTrafficLight, node)
            self.add(node, RDF.type, HG.TrafficLight)
            self.add(node, HG.dimension, vocab("light-dimension", light.dimension))
            if light.value:
                self.add(node, HG.lightValue, vocab("light-value", light.value))
            if light.percent is not None:
                self.add(node, HG.progressPercent, decimal(light.percent))
            self.add(node, HG.reportingPeriod, period)
            self.span(node, light.span)

    def costs(self, p: Project, iri: URIRef) -> None:
        seen: Counter[str] = Counter()
        for statement in p.costs:
            kind = VOCAB_STATEMENT_KIND.get(statement.kind, statement.kind)
            key = f"{statement.unit}-{kind}-{statement.year or 'all'}"
            seen[key] += 1
            node = self.fact("cost-statement", p, f"{key}-{seen[key]}")
            self.add(iri, HG.hasCostStatement, node)
            self.add(node, RDF.type, HG.CostStatement)
            self.add(node, HG.unit, Literal(statement.unit))
            self.add(node, HG.statementKind, vocab("statement-kind", kind))
            if statement.year:
                self.add(node, HG.year, Literal(statement.year, datatype=XSD.gYear))
            self.add(node, HG.asOf, self.date_literal(self.as_of))
            if statement.cue:  # the words that decided the kind; none when it was assumed
                self.add(node, HG.statementKindCue, Literal(statement.cue))
            if kind == "reporting-period" and p.reporting_period is not None:
                self.add(node, HG.reportingPeriod, self.fact("reporting-period", p, "period"))
            self.span(node, statement.span)
            line_iris: list[URIRef] = []
            labels: Counter[str] = Counter()
            for line in statement.lines:
                label_key = line.category or slugify(line.raw_label)
                labels[label_key] += 1
                line_iri = URIRef(f"{node}/{slugify(label_key)}-{labels[label_key]}")
                line_iris.append(line_iri)
                self.add(node, HG.hasLine, line_iri)
                self.add(line_iri, RDF.type, HG.CostLine)
                self.add(line_iri, HG.rawLabel, self.lit(line.raw_label, None))
                # An estimate stated only as a sum ("Kustannusarvio 76 000 €") is its total: one line
                # of category total (hgsh:TotalEqualsSumOfTopLines checks a total against other lines).
                self.add(line_iri, HG.costCategory, _category_iri(line.category, line.raw_label))
                for name, value in line.values.items():
                    self.add(line_iri, HG[_VALUE_PROPERTY.get(name, name)], decimal(Decimal(value)))
                if line.parent is not None and line.parent < len(line_iris) - 1:
                    self.add(line_iri, HG.parentLine, line_iris[line.parent])
                self.span(line_iri, line.span)

    def goals(self, p: Project, iri: URIRef) -> None:
        for goal in p.goals:
            node = self.fact("goal", p, self.hash(goal.description))
            self.add(iri, HG.hasGoal, node)
            self.add(node, RDF.type, HG.Goal)
            self.add(node, DCTERMS.description, self.lit(goal.description))
            self.add(node, HG.goalStatus, vocab("goal-status", goal.status))
            if goal.reason:
                self.add(node, HG.statusReason, self.lit(goal.reason))
            for span in (goal.span, *goal.restated):
                self.span(node, span)
        counts: Counter[str] = Counter()
        # An output stated twice (summary and list) is one Output with both spans (goaloutputs.merge_outputs).
        for output in p.outputs:
            key = self.hash(output.description)
            counts[key] += 1
            node = self.fact("output", p, f"{key}-{counts[key]}")
            self.add(iri, HG.hasOutput, node)
            self.add(node, RDF.type, HG.Output)
            self.add(node, DCTERMS.description, self.lit(output.description))
            self.add(node, HG.outputType, vocab("output-type", output.type))
            if output.quantity is not None:
                self.add(node, HG.quantity, decimal(output.quantity))
            if output.unit:
                self.add(node, HG.unit, Literal(output.unit))
            for span in (output.span, *output.restated):
                self.span(node, span)
        for benefit in p.benefits:
            node = self.fact("benefit", p, self.hash(benefit.description))
            self.add(iri, HG.hasBenefit, node)
            self.add(node, RDF.type, HG.Benefit)
            self.add(node, DCTERMS.description, self.lit(benefit.description))
            self.span(node, benefit.span)
        for indicator in p.indicators:
            node = self.fact("indicator", p, self.hash(indicator.description))
            self.add(iri, HG.hasIndicator, node)
            self.add(node, RDF.type, HG.Indicator)
            self.add(node, DCTERMS.description, self.lit(indicator.description))
            if indicator.target is not None:
                self.add(node, HG.targetValue, decimal(indicator.target))
            if indicator.unit:
                self.add(node, HG.targetUnit, Literal(indicator.unit))
            if indicator.deadline:
                self.add(node, HG.deadline, Literal(indicator.deadline))
            self.span(node, indicator.span)
        for risk in p.risks:
            node = self.fact("risk", p, self.hash(risk.description))
            self.add(iri, HG.hasRisk, node)
            self.add(node, RDF.type, HG.Risk)
            self.add(node, DCTERMS.description, self.lit(risk.description))
            for prop, value in (
                (HG.probability, risk.probability),
                (HG.impact, risk.impact),
                (HG.riskScore, risk.score),
            ):
                if value is not None:
                    self.add(node, prop, Literal(value, datatype=XSD.integer))
            if risk.mitigation:
                self.add(node, HG.mitigation, self.lit(risk.mitigation))
            if risk.owner:
                self.add(node, HG.riskOwner, self.lit(risk.owner))
            self.span(node, risk.span)

    def dependencies(self, p: Project, iri: URIRef) -> None:
        for dependency in p.dependencies:
            target = self.entry(dependency.target, dependency.span)
            if target == iri:
                continue
            node = self.fact("dependency", p, slugify(str(target)), dependency.kind)
            self.add(node, RDF.type, HG.Dependency)
            self.add(node, HG.dependent, iri)
            self.add(node, HG.dependsOn, target)
            self.add(node, HG.dependencyKind, vocab("dependency-kind", dependency.kind))
            self.add(node, DCTERMS.description, self.lit(dependency.sentence[:1000]))
            self.add(iri, DCTERMS.requires, target)
            self.span(node, dependency.span)

    def organisations(self, p: Project, iri: URIRef) -> None:
        for participation in p.participations:
            org = self.entry(participation.organisation, participation.span)
            role = "contact-person" if participation.role == "contact-organisation" else participation.role
            if participation.role == "contact-organisation":
                continue  # said by the person's org:memberOf below
            node = self.fact("participation", p, slugify(str(org)), role)
            self.add(iri, HG.participation, node)
            self.add(node, RDF.type, HG.Participation)
            self.add(node, HG.organisation, org)
            self.add(node, HG.role, vocab("role", role))
            self.span(node, participation.span)
        roles: Counter[str] = Counter()
        for person in p.persons:
            roles[person.role] += 1
            node = self.fact("person-role", p, f"{person.role}-{roles[person.role]}")
            self.add(iri, HG.personRole, node)
            self.add(node, RDF.type, HG.PersonInRole)
            self.add(node, HG.role, vocab("role", person.role))
            if person.organisation is not None:
                self.add(node, URIRef(ORG + "memberOf"), self.entry(person.organisation, person.span))
            if self.publish_names:
                self.add(node, FOAF.name, Literal(scrub(person.name)))
            self.span(node, person.span)


@functools.cache
def _vocabulary_concepts() -> frozenset[str]:
    try:
        from hankegraafi.ontology.loader import vocabulary_graph
    except ImportError:
        return frozenset()
    return frozenset(str(s) for s in vocabulary_graph().subjects(RDF.type, SKOS.Concept))


def _known_concept(concept: URIRef) -> bool:
    known = _vocabulary_concepts()
    return not known or str(concept) in known


def _category_iri(category: str | None, raw: str) -> URIRef | None:
    if category == "total":
        return vocab("cost-category", "total")
    if category is not None:
        return vocab("cost-category", slugify(COST_CATEGORIES[category][0][0]))
    if raw.strip().lower() == "ei valintaa":
        return vocab("cost-category", "ei-valintaa")
    return None


def to_graph(
    extraction: Extraction,
    *,
    base_iri: str,
    document_iri: URIRef | str,
    publish_person_names: bool = False,
) -> Graph:
    """The RDF graph of one document's facts; see docs/MODEL.md for the terms."""
    return _Mapper(extraction, base_iri, URIRef(str(document_iri)), publish_person_names).run()


__all__ = ["decimal", "scrub", "to_graph"]
