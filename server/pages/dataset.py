"""The dataset's own description: VoID for linked-data clients, DCAT(-AP) for catalogues.

One graph answers at ``/.well-known/void`` and at the dataset's IRI
(``<base>dataset``): a ``dcat:Catalog`` holding one ``void:Dataset`` /
``dcat:Dataset`` with its counts (triples, entities per class, one subset
per source document), vocabularies, licence, last modification, the SPARQL
endpoint as a ``dcat:DataService`` and the gzip dumps as distributions. It
meets the mandatory properties of DCAT-AP 3.0 (checked by
``shapes/dcat-ap.ttl``). Download and endpoint URLs are absolute URLs of
this server, taken from the request.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import DCAT, DCTERMS, FOAF, RDF, VOID, XSD

from hankegraafi.ontology.namespaces import ONTOLOGY_IRI, PREFIXES
from hankegraafi.server.pages.access import DataAccess
from hankegraafi.server.pages.rdfout import bind_prefixes

log = logging.getLogger(__name__)

LICENCE = URIRef("https://creativecommons.org/licenses/by/4.0/")
IANA = "https://www.iana.org/assignments/media-types/"
EU_FILE_TYPE = "http://publications.europa.eu/resource/authority/file-type/"
SPARQL_PROTOCOL = URIRef("https://www.w3.org/TR/sparql11-protocol/")

COUNTS_QUERY = """
SELECT (COUNT(*) AS ?triples) (COUNT(DISTINCT ?s) AS ?subjects) (COUNT(DISTINCT ?p) AS ?properties)
WHERE { ?s ?p ?o }
"""

CLASSES_QUERY = """
SELECT ?class (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?class . FILTER(isIRI(?class)) }
GROUP BY ?class ORDER BY ?class
"""

GRAPHS_QUERY = """
PREFIX hg: <https://w3id.org/hankegraafi/ontology#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX void: <http://rdfs.org/ns/void#>
PREFIX dct: <http://purl.org/dc/terms/>
SELECT ?g ?triples ?at ?doc WHERE {
  ?g a hg:DocumentGraph .
  OPTIONAL { ?g void:triples ?triples }
  OPTIONAL { ?g prov:generatedAtTime ?at }
  OPTIONAL { ?g dct:source ?doc }
} ORDER BY ?g
"""

EXAMPLE_QUERY = """
PREFIX hg: <https://w3id.org/hankegraafi/ontology#>
SELECT ?s WHERE { ?s a hg:Project } ORDER BY ?s LIMIT 3
"""

#: Vocabularies the data uses (``void:vocabulary``).
VOCABULARIES = (
    ONTOLOGY_IRI,
    PREFIXES["skos"],
    PREFIXES["dct"],
    PREFIXES["prov"],
    PREFIXES["org"],
    PREFIXES["foaf"],
    PREFIXES["schema"],
    PREFIXES["dcat"],
    PREFIXES["void"],
    PREFIXES["time"],
)

#: The dumps: file name, media type, EU file-type authority code, title.
DUMPS: tuple[tuple[str, str, str, dict[str, str]], ...] = (
    (
        "hankegraafi.nq.gz",
        "application/n-quads",
        "NQUADS",
        {
            "fi": "Koko aineisto N-Quads-muodossa (gzip), nimetyt graafit säilyvät",
            "en": "Whole dataset as N-Quads (gzip), named graphs kept",
            "sv": "Hela datamängden som N-Quads (gzip), namngivna grafer bevarade",
        },
    ),
    (
        "hankegraafi.ttl.gz",
        "text/turtle",
        "RDF_TURTLE",
        {
            "fi": "Koko aineisto Turtle-muodossa (gzip), graafien yhdiste",
            "en": "Whole dataset as Turtle (gzip), the union of the graphs",
            "sv": "Hela datamängden som Turtle (gzip), graferna sammanslagna",
        },
    ),
)

TITLE = {
    "fi": "Hankegraafi: sote-kehittämishankkeet",
    "sv": "Hankegraafi: utvecklingsprojekt inom social- och hälsovården",
    "en": "Hankegraafi: social and health care development projects",
}
DESCRIPTION = {
    "fi": "Sosiaali- ja terveydenhuollon kehittämishankkeet (Innokylä-sivut, loppuraportit, hankesuunnitelmat) "
    "tietograafina: hankkeet, investoinnit, organisaatiot, palvelut, alueet, riippuvuudet, tavoitteet, "
    "tuotokset ja kustannukset, jokainen tieto lähdelainauksineen.",
    "sv": "Utvecklingsprojekt inom social- och hälsovården (Innokylä-sidor, slutrapporter, projektplaner) som "
    "kunskapsgraf: projekt, investeringar, organisationer, tjänster, områden, beroenden, mål, resultat och "
    "kostnader, varje uppgift med sitt källcitat.",
    "en": "Finnish social and health care development projects (Innokylä pages, final reports, project plans) "
    "as a knowledge graph: projects, investments, organisations, services, regions, dependencies, goals, "
    "outputs and costs, each fact with its source quote.",
}
PUBLISHER_NAME = {
    "fi": "Hankegraafi-palvelun ylläpitäjä",
    "en": "Operator of this Hankegraafi service",
    "sv": "Hankegraafi-tjänstens förvaltare",
}


@dataclass(frozen=True)
class Site:
    """Where this server answers: the base of absolute URLs and the data's base IRI."""

    url: str  # "http://127.0.0.1:8080/" (ends with "/")
    base_iri: str

    @property
    def dataset(self) -> URIRef:
        return URIRef(self.base_iri + "dataset")

    @property
    def catalog(self) -> URIRef:
        return URIRef(self.base_iri + "catalog")

    @property
    def service(self) -> URIRef:
        return URIRef(self.base_iri + "sparql-service")

    @property
    def publisher(self) -> URIRef:
        return URIRef(self.base_iri + "publisher")

    def absolute(self, path: str) -> URIRef:
        return URIRef(self.url + path.lstrip("/"))


def describe(data: DataAccess, site: Site, *, modified: str | None) -> Graph:
    """The VoID and DCAT description of the whole dataset."""
    g = Graph()
    bind_prefixes(g)
    ds, cat, svc, pub = site.dataset, site.catalog, site.service, site.publisher

    g.add((cat, RDF.type, DCAT.Catalog))
    g.add((ds, RDF.type, DCAT.Dataset))
    g.add((ds, RDF.type, VOID.Dataset))
    for lang, text in TITLE.items():
        g.add((cat, DCTERMS.title, Literal(text, lang=lang)))
        g.add((ds, DCTERMS.title, Literal(text, lang=lang)))
    for lang, text in DESCRIPTION.items():
        g.add((cat, DCTERMS.description, Literal(text, lang=lang)))
        g.add((ds, DCTERMS.description, Literal(text, lang=lang)))
    g.add((cat, DCTERMS.publisher, pub))
    g.add((ds, DCTERMS.publisher, pub))
    g.add((pub, RDF.type, FOAF.Agent))
    g.add((pub, RDF.type, FOAF.Organization))
    for lang, text in PUBLISHER_NAME.items():
        g.add((pub, FOAF.name, Literal(text, lang=lang)))
    g.add((cat, DCAT.dataset, ds))
    g.add((cat, DCAT.service, svc))
    g.add((cat, FOAF.homepage, site.absolute("/")))
    g.add((ds, DCAT.landingPage, site.absolute("/")))
    g.add((ds, VOID.rootResource, site.absolute("/")))
    for node in (cat, ds):
        g.add((node, DCTERMS.license, LICENCE))
        g.add((node, DCTERMS.language, URIRef("http://publications.europa.eu/resource/authority/language/FIN")))
    g.add((LICENCE, RDF.type, DCTERMS.LicenseDocument))
    if modified:
        when = Literal(modified, datatype=XSD.dateTime)
        g.add((cat, DCTERMS.modified, when))
        g.add((ds, DCTERMS.modified, when))
    for kw in ("sote", "hyvinvointialue", "kehittämishanke", "Innokylä", "RRF", "linked data"):
        g.add((ds, DCAT.keyword, Literal(kw)))

    # VoID: where and how the data can be read.
    g.add((ds, VOID.uriSpace, Literal(site.base_iri)))
    g.add((ds, VOID.sparqlEndpoint, site.absolute("/sparql")))
    g.add((ds, VOID.uriLookupEndpoint, site.absolute("/search?q=")))
    g.add((ds, VOID.openSearchDescription, site.absolute("/search")))
    for vocab in VOCABULARIES:
        g.add((ds, VOID.vocabulary, URIRef(vocab)))
    g.add((ds, DCTERMS.conformsTo, URIRef(ONTOLOGY_IRI)))
    for row in data.select(EXAMPLE_QUERY):
        g.add((ds, VOID.exampleResource, row["s"]))

    counts = data.select(COUNTS_QUERY)
    if counts:
        row = counts[0]
        for prop, key in (
            (VOID.triples, "triples"),
            (VOID.distinctSubjects, "subjects"),
            (VOID.properties, "properties"),
        ):
            if key in row:
                g.add((ds, prop, Literal(int(row[key]), datatype=XSD.integer)))
    entities = 0
    for row in data.select(CLASSES_QUERY):
        part = BNode()
        n = int(row["n"])
        entities += n
        g.add((ds, VOID.classPartition, part))
        g.add((part, VOID["class"], row["class"]))
        g.add((part, VOID.entities, Literal(n, datatype=XSD.integer)))
    g.add((ds, VOID.entities, Literal(entities, datatype=XSD.integer)))
    for row in data.select(GRAPHS_QUERY):
        sub = row["g"]
        g.add((ds, VOID.subset, sub))
        g.add((sub, RDF.type, VOID.Dataset))
        if "triples" in row:
            g.add((sub, VOID.triples, Literal(int(row["triples"]), datatype=XSD.integer)))
        if "at" in row:
            g.add((sub, DCTERMS.modified, row["at"]))
        if "doc" in row:
            g.add((sub, DCTERMS.source, row["doc"]))

    # The endpoint as a DCAT data service.
    g.add((svc, RDF.type, DCAT.DataService))
    g.add((svc, DCTERMS.title, Literal("Hankegraafi SPARQL", lang="en")))
    g.add((svc, DCTERMS.title, Literal("Hankegraafin SPARQL-rajapinta", lang="fi")))
    g.add((svc, DCAT.endpointURL, site.absolute("/sparql")))
    g.add((svc, DCAT.endpointDescription, site.absolute("/sparql")))
    g.add((svc, DCAT.servesDataset, ds))
    g.add((svc, DCTERMS.conformsTo, SPARQL_PROTOCOL))
    g.add((svc, DCTERMS.license, LICENCE))
    endpoint_dist = URIRef(site.base_iri + "distribution/sparql")
    g.add((ds, DCAT.distribution, endpoint_dist))
    g.add((endpoint_dist, RDF.type, DCAT.Distribution))
    g.add((endpoint_dist, DCAT.accessURL, site.absolute("/sparql")))
    g.add((endpoint_dist, DCAT.accessService, svc))
    g.add((endpoint_dist, DCTERMS.title, Literal("SPARQL 1.1 endpoint", lang="en")))
    g.add((endpoint_dist, DCTERMS.license, LICENCE))

    # The dumps.
    for name, media, file_type, titles in DUMPS:
        dist = URIRef(site.base_iri + "distribution/" + name.split(".", 1)[1].replace(".", "-"))
        url = site.absolute("/dumps/" + name)
        g.add((ds, DCAT.distribution, dist))
        g.add((ds, VOID.dataDump, url))
        g.add((dist, RDF.type, DCAT.Distribution))
        g.add((dist, DCAT.accessURL, url))
        g.add((dist, DCAT.downloadURL, url))
        g.add((dist, DCAT.mediaType, URIRef(IANA + media)))
        g.add((dist, DCAT.compressFormat, URIRef(IANA + "application/gzip")))
        g.add((dist, DCTERMS.format, URIRef(EU_FILE_TYPE + file_type)))
        g.add((dist, DCTERMS.license, LICENCE))
        for lang, text in titles.items():
            g.add((dist, DCTERMS.title, Literal(text, lang=lang)))
        if modified:
            g.add((dist, DCTERMS.modified, Literal(modified, datatype=XSD.dateTime)))
    return g
