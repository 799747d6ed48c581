"""Human-readable documentation of the ontology and vocabularies, generated from the graph.

The server serves ``render_html()`` at the ontology IRI, so every hg: term's
fragment (``…/ontology#Project``) lands on an anchor of the same name. The page
is built from the RDF itself (labels, definitions, hierarchy), never from a
hand-kept list, so it cannot drift from the ontology.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from importlib import resources

import jinja2
from rdflib import OWL, RDF, RDFS, SKOS, Graph, Literal, URIRef

from hankegraafi.ontology.namespaces import HG, ONTOLOGY_IRI, PREFIXES, VOCAB

log = logging.getLogger(__name__)

TEMPLATE = "ontology.html.j2"
DCT = "http://purl.org/dc/terms/"
LANGS = ("fi", "en", "sv")


@dataclass
class Term:
    """One documented resource: a class, a property, a scheme or a concept."""

    iri: str
    anchor: str
    curie: str
    labels: dict[str, str]
    definitions: dict[str, str]
    links: list[tuple[str, list[tuple[str, str]]]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    children: list[Term] = field(default_factory=list)


def curie(iri: URIRef | str) -> str:
    """Shorten an IRI with the project's prefixes (hgv: concepts keep their path)."""
    text = str(iri)
    best = ""
    for prefix, ns in PREFIXES.items():
        if text.startswith(ns) and len(ns) > len(PREFIXES.get(best, "")):
            best = prefix
    return f"{best}:{text[len(PREFIXES[best]) :]}" if best else text


def anchor(iri: URIRef | str) -> str:
    """The HTML id of a term: hg: terms use their local name so IRI fragments resolve."""
    text = str(iri)
    if text.startswith(str(HG)):
        return text[len(str(HG)) :]
    if text.startswith(str(VOCAB)):
        return "vocab-" + text[len(str(VOCAB)) :].replace("/", "-")
    return "ext-" + curie(text).replace(":", "-")


def _by_lang(g: Graph, s: URIRef, p: URIRef) -> dict[str, str]:
    out: dict[str, str] = {}
    for o in g.objects(s, p):
        if isinstance(o, Literal):
            out.setdefault(o.language or "", str(o))
    return {lang: out[lang] for lang in (*LANGS, "") if lang in out}


def _link(g: Graph, iri: URIRef) -> tuple[str, str]:
    """(href, text) for a related term: local terms link to their anchor."""
    text = str(iri)
    if text.startswith((str(HG), str(VOCAB))) and (iri, None, None) in g:
        return "#" + anchor(iri), curie(iri)
    return text, curie(iri)


def _term(g: Graph, s: URIRef, relations: list[tuple[str, URIRef]]) -> Term:
    labels = _by_lang(g, s, RDFS.label) or _by_lang(g, s, SKOS.prefLabel)
    links = []
    for title, prop in relations:
        targets = sorted(o for o in g.objects(s, prop) if isinstance(o, URIRef))
        if targets:
            links.append((title, [_link(g, o) for o in targets]))
    notes = [str(o) for o in g.objects(s, SKOS.editorialNote)]
    return Term(str(s), anchor(s), curie(s), labels, _by_lang(g, s, SKOS.definition), links, notes)


def _local(g: Graph, kind: URIRef) -> list[URIRef]:
    return sorted(
        (s for s in g.subjects(RDF.type, kind) if isinstance(s, URIRef) and str(s).startswith(str(HG))),
        key=lambda s: str(s).lower(),
    )


def collect(g: Graph) -> dict[str, object]:
    """The template context: ontology metadata, classes, properties and schemes."""
    ont = URIRef(ONTOLOGY_IRI)
    class_rel = [("rdfs:subClassOf", RDFS.subClassOf), ("owl:equivalentClass", OWL.equivalentClass)]
    prop_rel = [
        ("rdfs:subPropertyOf", RDFS.subPropertyOf),
        ("owl:inverseOf", OWL.inverseOf),
        ("rdfs:domain", RDFS.domain),
        ("rdfs:range", RDFS.range),
        ("rdf:type", RDF.type),
    ]
    concept_rel = [
        ("rdf:type", RDF.type),
        ("skos:broader", SKOS.broader),
        ("skos:related", SKOS.related),
        ("hg:developer", HG.developer),
        ("hg:inCounty", HG.inCounty),
        ("hg:inRegion", HG.inRegion),
        ("hg:pillar", HG.pillar),
        ("hg:hasIndicator", HG.hasIndicator),
        ("hg:funder", HG.funder),
        ("dct:isPartOf", URIRef(DCT + "isPartOf")),
    ]
    schemes = []
    for scheme in sorted(
        (s for s in g.subjects(RDF.type, SKOS.ConceptScheme) if isinstance(s, URIRef)), key=str
    ):
        term = _term(g, scheme, [])
        concepts = sorted((c for c in g.subjects(SKOS.inScheme, scheme) if isinstance(c, URIRef)), key=str)
        term.children = [_term(g, c, concept_rel) for c in concepts]
        for child, c in zip(term.children, concepts, strict=True):
            alts = sorted({str(o) for p in (SKOS.altLabel, SKOS.notation) for o in g.objects(c, p)})
            if alts:
                child.links.insert(0, ("skos:altLabel / notation", [("", a) for a in alts]))
        schemes.append(term)
    return {
        "iri": ONTOLOGY_IRI,
        "title": _by_lang(g, ont, URIRef(DCT + "title")),
        "description": _by_lang(g, ont, URIRef(DCT + "description")),
        "version": str(g.value(ont, OWL.versionInfo) or ""),
        "version_iri": str(g.value(ont, OWL.versionIRI) or ""),
        "license": str(g.value(ont, URIRef(DCT + "license")) or ""),
        "prefixes": sorted(PREFIXES.items()),
        "classes": [_term(g, s, class_rel) for s in _local(g, OWL.Class)],
        "object_properties": [_term(g, s, prop_rel) for s in _local(g, OWL.ObjectProperty)],
        "datatype_properties": [_term(g, s, prop_rel) for s in _local(g, OWL.DatatypeProperty)],
        "schemes": schemes,
    }


def _template() -> jinja2.Template:
    """The page template, read from the package data (autoescaped, strict about names)."""
    source = (resources.files("hankegraafi.ontology") / "docs" / TEMPLATE).read_text(encoding="utf-8")
    env = jinja2.Environment(
        autoescape=True, undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True
    )
    return env.from_string(source)


def render_html(graph: Graph | None = None) -> str:
    """The documentation page of ``graph`` (default: the ontology plus the vocabularies)."""
    if graph is None:
        from hankegraafi.ontology.loader import ontology_graph, vocabulary_graph

        graph = Graph()
        for triple in ontology_graph():
            graph.add(triple)
        for triple in vocabulary_graph():
            graph.add(triple)
    html = _template().render(**collect(graph))
    log.debug("rendered ontology documentation: %d characters", len(html))
    return html
