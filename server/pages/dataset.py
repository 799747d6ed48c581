"""The dataset's own description: VoID for linked-data clients, DCAT-AP 3 for catalogues.

One graph answers at ``/.well-known/void`` and at the dataset's IRI
(``<base>dataset``): a ``dcat:Catalog`` holding one ``void:Dataset`` /
``dcat:Dataset`` with its statistics, vocabularies, licence, coverage, the
SPARQL endpoint as a ``dcat:DataService`` and the gzip dumps as
distributions. It meets DCAT-AP 3.0.1's mandatory and recommended properties,
ranges and controlled vocabularies (checked by ``shapes/dcat-ap.ttl``).

The VoID statistics are computed from the quads the dumps publish (the same
reader, the same personal-data rules), to VoID's definitions: ``void:triples``
counts distinct triples of their union, ``void:entities`` distinct IRI subjects
typed with a class, every named graph is a ``void:subset``, and
``void:vocabulary`` names exactly the vocabularies whose predicates and
classes occur. Download and endpoint URLs are absolute URLs of this server,
taken from the request.

The controlled-vocabulary IRIs used here (EU file types, languages, data
themes, country, planned availability, licence; ADMS licence types; IANA
media types) are described in the graph with the class and scheme DCAT-AP
requires of them, so that a SHACL validator needs no network.
"""

from __future__ import annotations

import logging
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCAT, DCTERMS, FOAF, PROV, RDF, RDFS, SKOS, VOID, XSD

from hankegraafi.ontology.namespaces import HG, ONTOLOGY_IRI, PREFIXES
from hankegraafi.server import i18n
from hankegraafi.server.pages.access import DataAccess
from hankegraafi.server.pages.rdfout import bind_prefixes

log = logging.getLogger(__name__)

VCARD = Namespace("http://www.w3.org/2006/vcard/ns#")
#: Where the description answers besides the dataset's own IRI (RFC 8615, VoID §7.2).
VOID_PATH = "/.well-known/void"
DCATAP = Namespace("http://data.europa.eu/r5r/")
EU = "http://publications.europa.eu/resource/authority/"
IANA = "https://www.iana.org/assignments/media-types/"
EU_FILE_TYPE = EU + "file-type/"

#: The licence, from the EU licence table (DCAT-AP's recommended vocabulary), and its ADMS type.
LICENCE = URIRef(EU + "licence/CC_BY_4_0")
LICENCE_TEXT = URIRef("https://creativecommons.org/licenses/by/4.0/")
LICENCE_TYPE = URIRef("http://purl.org/adms/licencetype/Attribution")
LICENCE_TYPES = URIRef("http://purl.org/adms/licencetype/1.0")
#: The ADMS publisher type vocabulary: concepts ``<PUBLISHER_TYPES>/<code>`` in the scheme ``…/1.0``.
PUBLISHER_TYPES = "http://purl.org/adms/publishertype"
PUBLISHER_TYPE_SCHEME = URIRef(PUBLISHER_TYPES + "/1.0")
SPARQL_PROTOCOL = URIRef("https://www.w3.org/TR/sparql11-protocol/")
FINLAND = URIRef(EU + "country/FIN")
STABLE = URIRef(EU + "planned-availability/STABLE")

#: Languages of the metadata and the data (EU language table) with their English names.
LANGUAGES = {"FIN": "Finnish", "SWE": "Swedish", "ENG": "English"}
#: Data themes (EU data-theme table): health; population and society.
THEMES = {"HEAL": "Health", "SOCI": "Population and society"}

#: Paths under the base IRI that this description mints; each answers at ``/id/<path>``.
MINTED = (
    "dataset",
    "catalog",
    "publisher",
    "contact-point",
    "sparql-service",
    "distribution/sparql",
    "distribution/nq-gz",
    "distribution/ttl-gz",
    "meta/catalogue",
)

GRAPHS_QUERY = """
PREFIX hg: <https://w3id.org/hankegraafi/ontology#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX dct: <http://purl.org/dc/terms/>
SELECT ?g ?at ?doc WHERE {
  ?g a hg:DocumentGraph .
  OPTIONAL { ?g prov:generatedAtTime ?at }
  OPTIONAL { ?g dct:source ?doc }
} ORDER BY ?g
"""

ISSUED_QUERY = """
PREFIX prov: <http://www.w3.org/ns/prov#>
SELECT (MIN(?at) AS ?first) WHERE { ?g prov:generatedAtTime ?at }
"""

PERIOD_QUERY = """
PREFIX hg: <https://w3id.org/hankegraafi/ontology#>
SELECT DISTINCT ?start ?end WHERE {
  { ?s hg:startDate ?start } UNION { ?s hg:endDate ?end }
}
"""

EXAMPLE_QUERY = """
PREFIX hg: <https://w3id.org/hankegraafi/ontology#>
SELECT ?s WHERE { ?s a hg:Project } ORDER BY ?s LIMIT 3
"""

#: The dumps: file name, media type, EU file type, the standard of the syntax; their title and
#: description are ``dataset.<ext>_title`` and ``dataset.<ext>_description`` of ontology/strings.toml.
DUMPS: tuple[tuple[str, str, str, str], ...] = (
    ("hankegraafi.nq.gz", "application/n-quads", "RDF_N_QUADS", "https://www.w3.org/TR/n-quads/"),
    ("hankegraafi.ttl.gz", "text/turtle", "RDF_TURTLE", "https://www.w3.org/TR/turtle/"),
)


def text(key: str) -> dict[str, str]:
    """``dataset.<key>`` of the one table in every language: the description states all three."""
    return dict(i18n.STRINGS[f"dataset.{key}"])


KEYWORDS = ("sote", "hyvinvointialue", "kehittämishanke", "Innokylä", "RRF", "linked data")


@dataclass(frozen=True)
class Site:
    """Where this server answers: the base of absolute URLs and the data's base IRI."""

    url: str  # "http://127.0.0.1:8080/" (ends with "/")
    base_iri: str

    def minted(self, path: str) -> URIRef:
        return URIRef(self.base_iri + path)

    @property
    def dataset(self) -> URIRef:
        return self.minted("dataset")

    @property
    def catalog(self) -> URIRef:
        return self.minted("catalog")

    @property
    def service(self) -> URIRef:
        return self.minted("sparql-service")

    @property
    def publisher(self) -> URIRef:
        return self.minted("publisher")

    @property
    def contact(self) -> URIRef:
        return self.minted("contact-point")

    def absolute(self, path: str) -> URIRef:
        return URIRef(self.url + path.lstrip("/"))


@dataclass
class Statistics:
    """VoID statistics of a set of quads, each to its definition in the VoID vocabulary (§4)."""

    triples: int = 0
    entities: int = 0
    subjects: int = 0
    properties: int = 0
    objects: int = 0
    classes: dict[str, int] = field(default_factory=dict)
    graphs: dict[str, int] = field(default_factory=dict)
    vocabularies: set[str] = field(default_factory=set)


RDF_TYPE = str(RDF.type)


def vocabulary_of(term: str) -> str:
    """The vocabulary a predicate or class belongs to: a known namespace, else the IRI up to its last # or /."""
    if term.startswith(str(HG)):
        return ONTOLOGY_IRI
    known = [ns for ns in PREFIXES.values() if term.startswith(ns) and len(term) > len(ns)]
    if known:
        return max(known, key=len)
    cut = max(term.rfind("#"), term.rfind("/"))
    return term[: cut + 1] if cut > 0 else term


def statistics(quads: Iterable[ox.Quad]) -> Statistics:
    """Count the union of ``quads`` the way VoID defines its properties.

    Triples are counted once however many graphs hold them; an entity is an
    IRI subject with an ``rdf:type``; a class partition counts the IRI
    subjects typed with that class; each named graph counts its own distinct
    triples.
    """
    union: set[ox.Triple] = set()
    per_graph: dict[str, set[ox.Triple]] = defaultdict(set)
    for q in quads:
        union.add(q.triple)
        if isinstance(q.graph_name, ox.NamedNode):
            per_graph[q.graph_name.value].add(q.triple)
    members: dict[str, set[str]] = defaultdict(set)
    subjects: set[ox.NamedNode | ox.BlankNode | ox.Triple] = set()
    predicates: set[str] = set()
    objects: set[object] = set()
    for t in union:
        subjects.add(t.subject)
        predicates.add(t.predicate.value)
        objects.add(t.object)
        is_type = t.predicate.value == RDF_TYPE
        if is_type and isinstance(t.object, ox.NamedNode) and isinstance(t.subject, ox.NamedNode):
            members[t.object.value].add(t.subject.value)
    entities: set[str] = set().union(*members.values()) if members else set()
    vocabularies = {vocabulary_of(p) for p in predicates} | {vocabulary_of(c) for c in members}
    return Statistics(
        triples=len(union),
        entities=len(entities),
        subjects=len(subjects),
        properties=len(predicates),
        objects=len(objects),
        classes={c: len(s) for c, s in sorted(members.items())},
        graphs={g: len(ts) for g, ts in sorted(per_graph.items())},
        vocabularies=vocabularies,
    )


def is_subset(description: Graph, site: Site, iri: URIRef) -> bool:
    """Whether ``iri`` is a named graph the description counts (``void:subset`` of the dataset)."""
    return (site.dataset, VOID.subset, iri) in description


def temporal_bounds(data: DataAccess) -> tuple[Literal | None, Literal | None]:
    """The earliest project start and the latest project end in the data (``xsd:date`` or ``xsd:gYear``)."""

    def key(value: Literal, *, last: bool = False) -> str:
        text = str(value)
        if len(text) == 4:  # a year: its first day, or its last one for an end
            return text + ("-12-31" if last else "-01-01")
        return text

    starts: list[Literal] = []
    ends: list[Literal] = []
    for row in data.select(PERIOD_QUERY):
        for name, bucket in (("start", starts), ("end", ends)):
            value = row.get(name)
            if isinstance(value, Literal) and value.datatype in (XSD.date, XSD.gYear):
                bucket.append(value)
    first = min(starts, key=key) if starts else None
    last = max(ends, key=lambda v: key(v, last=True)) if ends else None
    return first, last


def _concept(g: Graph, iri: URIRef, scheme: URIRef, label: str, *types: URIRef) -> URIRef:
    """A concept of a controlled vocabulary: the classes DCAT-AP asks of it, its scheme and English name."""
    g.add((iri, RDF.type, SKOS.Concept))
    for cls in types:
        g.add((iri, RDF.type, cls))
    g.add((iri, SKOS.inScheme, scheme))
    g.add((iri, SKOS.prefLabel, Literal(label, lang="en")))
    return iri


def _texts(g: Graph, node: URIRef, prop: URIRef, texts: dict[str, str]) -> None:
    for lang, value in texts.items():
        g.add((node, prop, Literal(value, lang=lang)))


def describe(
    data: DataAccess,
    site: Site,
    *,
    modified: str | None,
    quads: Iterable[ox.Quad] | None = None,
    person_names: bool | None = None,
    publisher_type: str | None = None,
) -> Graph:
    """The VoID and DCAT-AP description of the whole dataset.

    ``quads`` are the published quads the statistics are counted from; by
    default they are read as the dumps read them. ``publisher_type`` is a
    code of the ADMS publisher type vocabulary; both settings default to the
    app's configuration.
    """
    if person_names is None or publisher_type is None:
        from hankegraafi.server.pages.access import state

        config = state().config
        person_names = bool(config.publish_person_names) if person_names is None else person_names
        publisher_type = str(config.publisher_type) if publisher_type is None else publisher_type
    if quads is None:
        from hankegraafi.server.pages import dumps

        quads = dumps.read_quads(data, person_names=person_names)
    stats = statistics(quads)

    g = Graph()
    bind_prefixes(g)
    g.bind("vcard", VCARD)
    g.bind("dcatap", DCATAP)
    ds, cat, svc, pub, contact = site.dataset, site.catalog, site.service, site.publisher, site.contact
    home = site.absolute("/")

    # Controlled vocabularies, with the classes and schemes DCAT-AP's ranges ask for.
    languages = [
        _concept(g, URIRef(EU + "language/" + code), URIRef(EU + "language"), name, DCTERMS.LinguisticSystem)
        for code, name in LANGUAGES.items()
    ]
    taxonomy = URIRef(EU + "data-theme")
    g.add((taxonomy, RDF.type, SKOS.ConceptScheme))
    g.add((taxonomy, DCTERMS.title, Literal("Data theme", lang="en")))
    themes = [_concept(g, URIRef(EU + "data-theme/" + code), taxonomy, name) for code, name in THEMES.items()]
    _concept(g, FINLAND, URIRef(EU + "country"), "Finland", DCTERMS.Location)
    _concept(g, STABLE, URIRef(EU + "planned-availability"), "stable")
    g.add((LICENCE, RDF.type, DCTERMS.LicenseDocument))
    g.add((LICENCE, DCTERMS.type, _concept(g, LICENCE_TYPE, LICENCE_TYPES, "Attribution")))
    g.add((LICENCE, RDFS.seeAlso, LICENCE_TEXT))
    g.add((home, RDF.type, FOAF.Document))

    # The publisher and who to contact.
    g.add((pub, RDF.type, FOAF.Agent))
    g.add((pub, RDF.type, FOAF.Organization))
    _texts(g, pub, FOAF.name, text("publisher"))
    code = publisher_type.strip()
    if re.fullmatch(r"[A-Za-z()-]+", code):
        kind = URIRef(PUBLISHER_TYPES + "/" + code)
        g.add((pub, DCTERMS.type, _concept(g, kind, PUBLISHER_TYPE_SCHEME, code)))
        g.add((PUBLISHER_TYPE_SCHEME, RDF.type, SKOS.ConceptScheme))
        g.add((PUBLISHER_TYPE_SCHEME, DCTERMS.title, Literal("Publisher type", lang="en")))
    g.add((pub, FOAF.homepage, home))
    g.add((contact, RDF.type, VCARD.Kind))
    g.add((contact, RDF.type, VCARD.Organization))
    _texts(g, contact, VCARD.fn, text("contact"))
    g.add((contact, VCARD.hasURL, home))

    issued_rows = data.select(ISSUED_QUERY)
    issued = issued_rows[0].get("first") if issued_rows else None
    when = Literal(modified, datatype=XSD.dateTime) if modified else None

    # The catalogue.
    g.add((cat, RDF.type, DCAT.Catalog))
    _texts(g, cat, DCTERMS.title, text("title"))
    _texts(g, cat, DCTERMS.description, text("description"))
    g.add((cat, DCTERMS.publisher, pub))
    g.add((cat, DCAT.dataset, ds))
    g.add((cat, DCAT.service, svc))
    g.add((cat, FOAF.homepage, home))
    g.add((cat, DCAT.themeTaxonomy, taxonomy))
    g.add((cat, DCTERMS.spatial, FINLAND))
    g.add((cat, DCTERMS.license, LICENCE))

    # The dataset.
    g.add((ds, RDF.type, DCAT.Dataset))
    g.add((ds, RDF.type, VOID.Dataset))
    _texts(g, ds, DCTERMS.title, text("title"))
    _texts(g, ds, DCTERMS.description, text("description"))
    g.add((ds, DCTERMS.publisher, pub))
    g.add((ds, DCAT.contactPoint, contact))
    g.add((ds, DCAT.landingPage, home))
    g.add((ds, DCTERMS.license, LICENCE))
    g.add((ds, DCTERMS.spatial, FINLAND))
    for theme in themes:
        g.add((ds, DCAT.theme, theme))
    for kw in KEYWORDS:
        g.add((ds, DCAT.keyword, Literal(kw)))
    for node in (cat, ds):
        for language in languages:
            g.add((node, DCTERMS.language, language))
        if when is not None:
            g.add((node, DCTERMS.modified, when))
        if isinstance(issued, Literal):
            g.add((node, DCTERMS.issued, issued))
    start, end = temporal_bounds(data)
    if start is not None or end is not None:
        period = BNode()
        g.add((ds, DCTERMS.temporal, period))
        g.add((period, RDF.type, DCTERMS.PeriodOfTime))
        if start is not None:
            g.add((period, DCAT.startDate, start))
        if end is not None:
            g.add((period, DCAT.endDate, end))
    ontology = URIRef(ONTOLOGY_IRI)
    g.add((ds, DCTERMS.conformsTo, ontology))
    g.add((ontology, RDF.type, DCTERMS.Standard))

    # VoID: where and how the data can be read, and what it holds.
    g.add((ds, VOID.rootResource, home))
    g.add((ds, VOID.uriSpace, Literal(site.base_iri)))
    g.add((ds, VOID.sparqlEndpoint, site.absolute("/sparql")))
    # No void:uriLookupEndpoint: /search?q= is a text search, not a URI lookup (the IRIs dereference instead).
    g.add((ds, VOID.openSearchDescription, site.absolute("/opensearch.xml")))
    # The Atom feed of documents added, replaced or removed (server/changes.py).
    g.add((ds, RDFS.seeAlso, site.absolute("/changes.atom")))
    for vocab in sorted(stats.vocabularies):
        g.add((ds, VOID.vocabulary, URIRef(vocab)))
    for row in data.select(EXAMPLE_QUERY):
        g.add((ds, VOID.exampleResource, row["s"]))
    for prop, n in (
        (VOID.triples, stats.triples),
        (VOID.entities, stats.entities),
        (VOID.distinctSubjects, stats.subjects),
        (VOID.properties, stats.properties),
        (VOID.distinctObjects, stats.objects),
        (VOID.classes, len(stats.classes)),
    ):
        g.add((ds, prop, Literal(n, datatype=XSD.integer)))
    for cls, n in stats.classes.items():
        part = BNode()
        g.add((ds, VOID.classPartition, part))
        g.add((part, VOID["class"], URIRef(cls)))
        g.add((part, VOID.entities, Literal(n, datatype=XSD.integer)))
    documents = {str(row["g"]): row for row in data.select(GRAPHS_QUERY)}
    for name, n in stats.graphs.items():
        sub = URIRef(name)
        g.add((ds, VOID.subset, sub))
        g.add((sub, RDF.type, VOID.Dataset))
        g.add((sub, VOID.triples, Literal(n, datatype=XSD.integer)))
        document = documents.get(name)
        if document is not None and "at" in document:
            g.add((sub, DCTERMS.modified, document["at"]))
        if document is not None and "doc" in document:
            g.add((sub, DCTERMS.source, document["doc"]))
        if name == f"{site.base_iri}meta/inferred":  # issue 20: entailed, stated by no document
            _texts(g, sub, DCTERMS.title, text("inferred_title"))
            _texts(g, sub, DCTERMS.description, text("inferred_description"))
            g.add((sub, PROV.wasDerivedFrom, URIRef(ONTOLOGY_IRI)))

    # The endpoint as a DCAT data service.
    endpoint = site.absolute("/sparql")
    g.add((svc, RDF.type, DCAT.DataService))
    _texts(g, svc, DCTERMS.title, text("service_title"))
    _texts(g, svc, DCTERMS.description, text("service_description"))
    g.add((svc, DCAT.endpointURL, endpoint))
    g.add((svc, DCAT.endpointDescription, endpoint))
    g.add((endpoint, RDF.type, RDFS.Resource))
    g.add((svc, DCAT.servesDataset, ds))
    g.add((svc, DCTERMS.conformsTo, SPARQL_PROTOCOL))
    g.add((SPARQL_PROTOCOL, RDF.type, DCTERMS.Standard))
    g.add((svc, DCTERMS.license, LICENCE))
    g.add((svc, DCTERMS.publisher, pub))
    g.add((svc, DCAT.contactPoint, contact))
    for theme in themes:
        g.add((svc, DCAT.theme, theme))
    for kw in ("SPARQL", "linked data", "sote"):
        g.add((svc, DCAT.keyword, Literal(kw)))

    # The distributions: the endpoint and the dumps.
    sparql_dist = site.minted("distribution/sparql")
    g.add((ds, DCAT.distribution, sparql_dist))
    g.add((sparql_dist, RDF.type, DCAT.Distribution))
    g.add((sparql_dist, DCAT.accessURL, endpoint))
    g.add((sparql_dist, DCAT.accessService, svc))
    sparql_format = URIRef(EU_FILE_TYPE + "SPARQLQ")
    g.add((sparql_dist, DCTERMS.format, sparql_format))
    g.add((sparql_format, RDF.type, DCTERMS.MediaTypeOrExtent))
    g.add((sparql_format, SKOS.inScheme, URIRef(EU + "file-type")))
    _texts(g, sparql_dist, DCTERMS.title, text("endpoint_title"))
    _texts(g, sparql_dist, DCTERMS.description, text("endpoint_description"))
    g.add((sparql_dist, DCTERMS.license, LICENCE))
    g.add((sparql_dist, DCATAP.availability, STABLE))

    gzip = URIRef(IANA + "application/gzip")
    g.add((gzip, RDF.type, DCTERMS.MediaType))
    for name, media, file_type, standard in DUMPS:
        ext = name.split(".")[1]
        dist = site.minted("distribution/" + name.split(".", 1)[1].replace(".", "-"))
        url = site.absolute("/dumps/" + name)
        media_iri, format_iri, standard_iri = (
            URIRef(IANA + media),
            URIRef(EU_FILE_TYPE + file_type),
            URIRef(standard),
        )
        g.add((ds, DCAT.distribution, dist))
        g.add((ds, VOID.dataDump, url))
        g.add((dist, RDF.type, DCAT.Distribution))
        g.add((dist, DCAT.accessURL, url))
        g.add((dist, DCAT.downloadURL, url))
        g.add((dist, DCAT.mediaType, media_iri))
        g.add((media_iri, RDF.type, DCTERMS.MediaType))
        g.add((dist, DCAT.compressFormat, gzip))
        g.add((dist, DCTERMS.format, format_iri))
        g.add((format_iri, RDF.type, DCTERMS.MediaTypeOrExtent))
        g.add((format_iri, SKOS.inScheme, URIRef(EU + "file-type")))
        g.add((dist, DCTERMS.conformsTo, standard_iri))
        g.add((standard_iri, RDF.type, DCTERMS.Standard))
        g.add((dist, DCTERMS.license, LICENCE))
        g.add((dist, DCATAP.availability, STABLE))
        _texts(g, dist, DCTERMS.title, text(f"{ext}_title"))
        _texts(g, dist, DCTERMS.description, text(f"{ext}_description"))
        if when is not None:
            g.add((dist, DCTERMS.modified, when))
    log.debug("dataset description: %d triples, %d entities", stats.triples, stats.entities)
    return g
