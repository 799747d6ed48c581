"""The RDF a resource's IRI answers with, cleaned of personal data, in every format.

A resource's description is every triple with it as subject or object (a
symmetric bounded description), plus the triples of blank nodes it points
to. What is published never holds an e-mail address or a phone number, and
person names only where ``publish_person_names`` is on; the same filter is
applied to the pages, the dumps and the search index.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Iterable, Iterator

import pyoxigraph as ox
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import FOAF, RDF
from rdflib.term import Node

from hankegraafi.ontology.namespaces import PREFIXES
from hankegraafi.server.pages.access import DataAccess
from hankegraafi.shapes.pii import has_contact_details

log = logging.getLogger(__name__)

SCHEMA = Namespace(PREFIXES["schema"])
#: schema.org under https://, as the data wrote it before; contact details and names there are withheld too.
SCHEMA_HTTPS = Namespace("https://schema.org/")
VCARD = Namespace("http://www.w3.org/2006/vcard/ns#")

#: Predicates that carry contact details whatever their value looks like.
CONTACT_PREDICATES = frozenset(
    {
        FOAF.mbox,
        FOAF.mbox_sha1sum,
        FOAF.phone,
        SCHEMA.email,
        SCHEMA.telephone,
        SCHEMA.faxNumber,
        SCHEMA_HTTPS.email,
        SCHEMA_HTTPS.telephone,
        SCHEMA_HTTPS.faxNumber,
        VCARD.hasEmail,
        VCARD.hasTelephone,
        VCARD.email,
        VCARD.tel,
    }
)
#: Predicates that carry a person's name.
NAME_PREDICATES = frozenset(
    {FOAF.name, FOAF.givenName, FOAF.familyName, SCHEMA.name, SCHEMA_HTTPS.name, VCARD.fn}
)

#: pyoxigraph formats of the negotiation table's graph formats.
OX_FORMAT = {
    "ttl": ox.RdfFormat.TURTLE,
    "nt": ox.RdfFormat.N_TRIPLES,
    "jsonld": ox.RdfFormat.JSON_LD,
    "rdfxml": ox.RdfFormat.RDF_XML,
}

DESCRIBE = """
SELECT ?s ?p ?o WHERE {
  { ?this ?p ?o . BIND(?this AS ?s) }
  UNION { ?s ?p ?this . BIND(?this AS ?o) }
  UNION { ?this ?q ?s . FILTER(isBlank(?s)) ?s ?p ?o }
}
"""


def publishable(predicate: URIRef, obj: object, *, person_names: bool, person: bool = True) -> bool:
    """Whether one triple may be published: no contact details, names only when allowed."""
    if isinstance(obj, Literal):
        return publishable_text(predicate, str(obj), person_names=person_names, person=person)
    if predicate in CONTACT_PREDICATES:
        return False
    return not (isinstance(obj, URIRef) and str(obj).lower().startswith(("mailto:", "tel:")))


def publishable_text(predicate: URIRef, text: str, *, person_names: bool, person: bool = True) -> bool:
    """Whether a literal of ``text`` may be published under ``predicate`` (:func:`publishable`'s
    rule for a literal, for names read as plain strings: the stored name index)."""
    if predicate in CONTACT_PREDICATES or _has_contact_details(text):
        return False
    return not (predicate in NAME_PREDICATES and person and not person_names)


def contact_text(text: str) -> bool:
    """Whether ``text`` holds contact details (:func:`publishable_text`'s rule on the text alone)."""
    return _has_contact_details(text)


def clean(graph: Graph, *, person_names: bool) -> Graph:
    """A copy of ``graph`` without what :func:`publishable` refuses.

    A name is treated as a person's when its subject is typed as a person or
    a person in a role; organisations keep their ``foaf:name``.
    """
    return clean_triples(graph, person_names=person_names)


#: The types that make a subject's names a person's.
_PERSON_TYPES = (FOAF.Person, URIRef(PREFIXES["hg"] + "PersonInRole"))
#: rdf:type and foaf:name read once: an attribute of rdflib's namespaces is a Python call, and
#: :func:`publishable_triples` made three such calls per triple of a card (1 437 a page on average
#: over 25 pages of every kind at 10^6 triples, cProfile).
_TYPE, _FOAF_NAME = RDF.type, FOAF.name


@functools.lru_cache(maxsize=16384)
def _has_contact_details(text: str) -> bool:
    """:func:`has_contact_details`, remembered: pages show the same dates, sums and names again."""
    return has_contact_details(text)


def clean_triples(triples: Iterable[tuple[Node, Node, Node]], *, person_names: bool) -> Graph:
    """:func:`clean` of triples as the engine gave them (duplicates allowed), as an rdflib graph
    (the RDF documents are written from one)."""
    out = Graph()
    bind_prefixes(out)
    for triple in publishable_triples(triples, person_names=person_names):
        out.add(triple)
    return out


def publishable_triples(
    triples: Iterable[tuple[Node, Node, Node]], *, person_names: bool
) -> list[tuple[Node, Node, Node]]:
    """The triples :func:`publishable` lets through, once each, in the order given."""
    unique = list(dict.fromkeys(triples))
    typed = {s for s, p, _ in unique if p == _TYPE}
    persons = {s for s, p, o in unique if p == _TYPE and o in _PERSON_TYPES}
    out = []
    for s, p, o in unique:
        untyped_name = p == _FOAF_NAME and s not in typed
        if publishable(p, o, person_names=person_names, person=s in persons or untyped_name):  # type: ignore[arg-type]
            out.append((s, p, o))
    if len(out) < len(unique):
        log.debug("withheld %d triples with personal data", len(unique) - len(out))
    return out


class CardGraph:
    """A resource page's card, indexed for what the page types ask of it: the objects of a subject
    and property, the subjects of a property and object, the statements about or pointing at a
    resource. An rdflib graph (the memory store with its three indexes and contexts) cost a
    county page at 10^6 triples 20-30 ms to fill with its 1 300 triples; this is plain dicts.
    Values come in the order the card gave them."""

    __slots__ = ("_o", "_po", "_s", "_sp", "_triples")

    def __init__(self, triples: Iterable[tuple[Node, Node, Node]] = ()) -> None:
        self._triples = dict.fromkeys(triples)
        self._sp: dict[tuple[Node, Node], list[Node]] = {}
        self._po: dict[tuple[Node, Node], list[Node]] = {}
        self._s: dict[Node, list[tuple[Node, Node]]] = {}
        self._o: dict[Node, list[tuple[Node, Node]]] = {}
        for s, p, o in self._triples:
            self._sp.setdefault((s, p), []).append(o)
            self._po.setdefault((p, o), []).append(s)
            self._s.setdefault(s, []).append((p, o))
            self._o.setdefault(o, []).append((s, p))

    def __iter__(self) -> Iterator[tuple[Node, Node, Node]]:
        return iter(self._triples)

    def __len__(self) -> int:
        return len(self._triples)

    def __contains__(self, triple: object) -> bool:
        return triple in self._triples

    def objects(self, subject: Node, predicate: Node) -> Iterator[Node]:
        return iter(self._sp.get((subject, predicate), ()))

    def subjects(self, predicate: Node, obj: Node) -> Iterator[Node]:
        return iter(self._po.get((predicate, obj), ()))

    def value(self, subject: Node, predicate: Node) -> Node | None:
        """One object of ``subject`` and ``predicate`` (the first the card gave), or None."""
        found = self._sp.get((subject, predicate))
        return found[0] if found else None

    def predicate_objects(self, subject: Node) -> Iterator[tuple[Node, Node]]:
        return iter(self._s.get(subject, ()))

    def subject_predicates(self, obj: Node) -> Iterator[tuple[Node, Node]]:
        return iter(self._o.get(obj, ()))


def bind_prefixes(graph: Graph) -> None:
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, override=True)


def describe(data: DataAccess, iri: URIRef) -> Graph:
    """Every triple about ``iri`` (as subject or object) and its blank nodes, uncleaned. Bounded by
    the resource as its page's card is, so on the local lane too (no query worker for a page)."""
    graph = Graph()
    for row in data.bounded_select(DESCRIBE, {"this": iri}):
        graph.add((row["s"], row["p"], row["o"]))
    return graph


def serialize(graph: Graph, key: str) -> bytes:
    """``graph`` in the format of a negotiation-table key (ttl, nt, jsonld, rdfxml).

    pyoxigraph writes them: it keeps every literal's lexical form ("0" stays
    "0", where rdflib's Turtle writer turns an xsd:decimal into "0.0"), so
    the document parses back into the very graph it was made from.
    """
    fmt = OX_FORMAT[key]
    # Through N-Triples, rdflib's lexical forms as they are: no second term converter.
    triples = [
        ox.Triple(q.subject, q.predicate, q.object)
        for q in ox.parse(graph.serialize(format="nt", encoding="utf-8"), format=ox.RdfFormat.N_TRIPLES)
    ]
    triples.sort(key=str)
    prefixes = PREFIXES if fmt in (ox.RdfFormat.TURTLE, ox.RdfFormat.RDF_XML) else None
    body = ox.serialize(triples, format=fmt, prefixes=prefixes)
    assert body is not None
    return bytes(body)
