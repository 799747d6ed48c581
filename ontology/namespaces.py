"""Namespaces and deterministic IRI minting.

IRIs are minted from stable keys (a document's file name, a plan code, a
project's name) so that re-ingesting a document gives the same IRIs. Terms of
the ontology and concepts of the reference vocabularies have fixed IRIs; data
IRIs are minted under a configurable base.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

from rdflib import Namespace, URIRef

ONTOLOGY_IRI = "https://w3id.org/hankegraafi/ontology"
HG = Namespace(ONTOLOGY_IRI + "#")
VOCAB = Namespace("https://w3id.org/hankegraafi/vocab/")
BASE_IRI_DEFAULT = "https://w3id.org/hankegraafi/id/"

# Prefixes offered to SPARQL users (query editor, catalogue, serialisations).
PREFIXES: dict[str, str] = {
    "hg": str(HG),
    "hgv": str(VOCAB),
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "dct": "http://purl.org/dc/terms/",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "org": "http://www.w3.org/ns/org#",
    "prov": "http://www.w3.org/ns/prov#",
    "schema": "http://schema.org/",  # as DCAT-AP and avoindata.fi write it
    "dcat": "http://www.w3.org/ns/dcat#",
    "void": "http://rdfs.org/ns/void#",
    "time": "http://www.w3.org/2006/time#",
    "eurio": "http://data.europa.eu/s66#",
    "sh": "http://www.w3.org/ns/shacl#",
}

_MAX_SLUG = 80
_TRANSLIT = str.maketrans({"ä": "a", "ö": "o", "å": "a", "Ä": "a", "Ö": "o", "Å": "a", "ß": "ss"})


def slugify(text: str) -> str:
    """A lower-case ASCII key for an IRI path segment, stable across runs.

    Finnish letters are folded (ä→a, ö→o, å→a) and every other run of
    non-alphanumerics becomes one hyphen. Long keys are cut and given a short
    hash of the full text so that two long names never share a slug.
    """
    folded = unicodedata.normalize("NFKD", text.translate(_TRANSLIT))
    ascii_text = folded.encode("ascii", "ignore").decode("ascii").lower()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")
    if not slug:
        slug = "x-" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]
    if len(slug) > _MAX_SLUG:
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:8]
        slug = slug[: _MAX_SLUG - 9].rstrip("-") + "-" + digest
    return slug


def mint(kind: str, *keys: str, base: str = BASE_IRI_DEFAULT) -> URIRef:
    """The IRI of a data resource of ``kind`` identified by ``keys``.

    ``mint("project", "RRP112.1")`` → ``<base>project/rrp112-1``. Keys are
    slugified one by one and joined with '/', so a hierarchy (document, then
    section) can be kept in the path.
    """
    if not keys:
        raise ValueError("mint needs at least one key")
    path = "/".join(slugify(k) for k in keys)
    return URIRef(f"{base}{slugify(kind)}/{path}")


def graph_iri(document_key: str, base: str = BASE_IRI_DEFAULT) -> URIRef:
    """The named graph that holds what was read from one source document."""
    return mint("graph", document_key, base=base)


def vocab(scheme: str, key: str) -> URIRef:
    """A concept of a reference vocabulary: ``vocab("county", "07")``."""
    return URIRef(f"{VOCAB}{slugify(scheme)}/{slugify(key)}")


def catalogue_graph(base: str = BASE_IRI_DEFAULT) -> URIRef:
    """The graph that describes every document graph (source, checksum, counts)."""
    return URIRef(f"{base}meta/catalogue")


#: Namespaces the data used before and readers still accept: old IRI → the one in PREFIXES.
LEGACY_NAMESPACES: dict[str, str] = {"https://schema.org/": PREFIXES["schema"]}

#: The ontology itself is stored in a graph named by its IRI.
ONTOLOGY_GRAPH = URIRef(ONTOLOGY_IRI)
#: The reference vocabularies (counties, municipalities, organisations, …).
VOCAB_GRAPH = URIRef(str(VOCAB) + "graph")
