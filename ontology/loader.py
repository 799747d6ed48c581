"""Load the ontology and the reference vocabularies shipped with the package.

Files are read through ``importlib.resources`` so an installed wheel works from
any working directory. Each loader parses on first call and caches the result
(never at import time); callers must treat the returned graphs as read-only,
or copy them, because the same object is shared.

Labels of document forms: ``label_candidates()`` maps a *normalised* label to
the concept IRIs that carry it as ``skos:prefLabel``, ``skos:altLabel`` or
``skos:hiddenLabel`` (any language); tests/ontology uses it to check that the
forms documents print are labels of one concept. ``normalise_label`` defines the key:

1. Unicode NFKC (so "ﬁ" → "fi", full-width forms → ASCII);
2. casefold (so "THL:N" == "thl:n", "ß" → "ss");
3. every dash variant (– — ‐ −) becomes "-", every run of whitespace one space;
4. surrounding whitespace, bullets and status glyphs (● ⚠ ▲ • ·), the
   "[*]"/"*"/"?" markers of form fields and ":" "." "," ";" at either end are stripped.

Inflection is not undone here: inflected forms seen in documents are stored as
hidden labels ("DigiFinlandin", "THL:n", "Omaolon"); anything else is for the
reader's lemmatiser. The domain's closed lists (dimensions, kinds, statuses) and
their labels by language are read through :mod:`hankegraafi.ontology.registry`.
"""

from __future__ import annotations

import functools
import logging
import re
import unicodedata
from collections.abc import Iterator, Mapping
from importlib import resources
from importlib.resources.abc import Traversable
from types import MappingProxyType
from typing import TypeVar

from rdflib import RDF, SKOS, Graph, URIRef
from rdflib.term import Node

from hankegraafi.ontology.namespaces import PREFIXES, VOCAB

log = logging.getLogger(__name__)

G = TypeVar("G", bound=Graph)

_PACKAGE = "hankegraafi.ontology"
ONTOLOGY_FILE = "hankegraafi.ttl"
VOCAB_DIR = "vocab"

_DASHES = str.maketrans({"–": "-", "—": "-", "‐": "-", "‑": "-", "−": "-"})
_EDGE_CHARS = " \t\r\n●⚠▲•·*?[]:.,;"
_SPACE = re.compile(r"\s+")


def normalise_label(text: str) -> str:
    """The lookup key of a label or a surface form (see the module docstring)."""
    folded = unicodedata.normalize("NFKC", text).casefold().translate(_DASHES)
    folded = folded.replace("\ufe0f", "")  # emoji variation selector after "⚠"
    return _SPACE.sub(" ", folded).strip(_EDGE_CHARS).strip()


def _package_root() -> Traversable:
    return resources.files(_PACKAGE)


def _bound(g: G) -> G:
    """``g`` with the project's prefixes bound (so serialisations use them)."""
    for prefix, iri in PREFIXES.items():
        g.bind(prefix, iri, override=True)
    return g


def vocabulary_files() -> list[Traversable]:
    """The Turtle files of the reference vocabularies, in a stable order."""
    vocab_dir = _package_root() / VOCAB_DIR
    return sorted((f for f in vocab_dir.iterdir() if f.name.endswith(".ttl")), key=lambda f: f.name)


@functools.cache
def ontology_graph() -> Graph:
    """The OWL ontology (``hankegraafi.ttl``), parsed once."""
    g = _bound(Graph())
    source = _package_root() / ONTOLOGY_FILE
    g.parse(data=source.read_text(encoding="utf-8"), format="turtle")
    log.debug("parsed ontology: %d triples", len(g))
    return g


class _OrderedGraph(Graph):
    """A graph that remembers where each subject was first written.

    RDF has no order, but a vocabulary's author does: the traffic-light
    dimensions are listed in the order a report prints them. The Turtle parser
    adds triples in reading order, so the first ``add`` of a subject is its place.
    """

    def __init__(self) -> None:
        super().__init__()
        self.subject_order: dict[Node, int] = {}

    def add(self, triple: tuple[Node, Node, Node]) -> _OrderedGraph:
        self.subject_order.setdefault(triple[0], len(self.subject_order))
        super().add(triple)
        return self


#: Turtle texts read after the shipped files (see ``registry.extended``); empty in production.
_EXTRA_SOURCES: list[str] = []


@functools.cache
def vocabulary_graph() -> _OrderedGraph:
    """All reference vocabularies (counties, municipalities, services, …), parsed once."""
    g = _bound(_OrderedGraph())
    for text in [f.read_text(encoding="utf-8") for f in vocabulary_files()] + _EXTRA_SOURCES:
        g.parse(data=text, format="turtle")
    log.debug("parsed vocabularies: %d triples", len(g))
    return g


def written_order() -> Mapping[Node, int]:
    """Each subject of the vocabularies → its place in the files (file name order, then text)."""
    return MappingProxyType(vocabulary_graph().subject_order)


def clear_caches() -> None:
    """Forget every parsed vocabulary and index (after ``_EXTRA_SOURCES`` changed)."""
    vocabulary_graph.cache_clear()
    label_candidates.cache_clear()


def _scheme_of(concept: URIRef) -> str | None:
    """The scheme name in a concept IRI ``hgv:<scheme>/<key>``."""
    text = str(concept)
    if not text.startswith(str(VOCAB)):
        return None
    rest = text[len(str(VOCAB)) :]
    return rest.split("/", 1)[0] if "/" in rest else None


def _labelled_concepts(g: Graph) -> Iterator[tuple[str, URIRef]]:
    for prop in (SKOS.prefLabel, SKOS.altLabel, SKOS.hiddenLabel):
        for s, label in g.subject_objects(prop):
            if isinstance(s, URIRef) and (s, RDF.type, SKOS.Concept) in g:
                key = normalise_label(str(label))
                if key:
                    yield key, s


@functools.cache
def label_candidates(scheme: str | None = None) -> Mapping[str, tuple[URIRef, ...]]:
    """Normalised label → every concept carrying it (optionally within one scheme).

    A label can name several concepts ("Suunniteltu" is a traffic-light value,
    "Henkilöstö" both a light dimension and a target group); this view keeps all
    of them, sorted, so that a caller can decide by context.
    """
    found: dict[str, set[URIRef]] = {}
    for key, concept in _labelled_concepts(vocabulary_graph()):
        if scheme is None or _scheme_of(concept) == scheme:
            found.setdefault(key, set()).add(concept)
    return MappingProxyType({k: tuple(sorted(v)) for k, v in found.items()})
