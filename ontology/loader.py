"""Load the ontology and the reference vocabularies shipped with the package.

Files are read through ``importlib.resources`` so an installed wheel works from
any working directory. Each loader parses on first call and caches the result
(never at import time); callers must treat the returned graphs as read-only,
or copy them, because the same object is shared.

The domain's closed lists (dimensions, kinds, statuses) and their labels by
language are read through :mod:`hankegraafi.ontology.registry`; how a label
printed in a document is matched against them is ingest's
(``ingest/labels.norm_label``, the one label normaliser). Inflection is not
undone there: inflected forms seen in documents are hidden labels
("DigiFinlandin", "THL:n", "Omaolon"); anything else is for the reader's
lemmatiser.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Mapping
from importlib import resources
from importlib.resources.abc import Traversable
from types import MappingProxyType
from typing import TypeVar

from rdflib import Graph
from rdflib.term import Node

from hankegraafi.ontology.namespaces import PREFIXES

log = logging.getLogger(__name__)

G = TypeVar("G", bound=Graph)

_PACKAGE = "hankegraafi.ontology"
ONTOLOGY_FILE = "hankegraafi.ttl"
VOCAB_DIR = "vocab"


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


def package_graph(file_name: str, into: Graph | None = None) -> Graph:
    """A Turtle file shipped in the ontology package, parsed (into ``into`` if given).

    The one reader of the package's Turtle files: the ontology here, the reused
    vocabularies' axioms (``reasoning``) and names (``registry``); callers cache.
    """
    g = into if into is not None else Graph()
    source = _package_root() / file_name
    g.parse(data=source.read_text(encoding="utf-8"), format="turtle")
    return g


#: The (name, text) pairs each cached graph was parsed from ("ontology", "vocabularies"): a digest of the sources
#: a graph stands for is taken of these, never of the files read again later (R8-4, stop 45: a file edited under a
#: running process had its new digest stored beside the graph parsed before the edit, so no process stored it).
PARSED: dict[str, list[tuple[str, str]]] = {}


@functools.cache
def ontology_graph() -> Graph:
    """The OWL ontology (``hankegraafi.ttl``), parsed once."""
    text = (_package_root() / ONTOLOGY_FILE).read_text(encoding="utf-8")
    PARSED["ontology"] = [(ONTOLOGY_FILE, text)]
    g = _bound(Graph()).parse(data=text, format="turtle")
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
    texts = [(f.name, f.read_text(encoding="utf-8")) for f in vocabulary_files()]
    texts += [("extra", text) for text in _EXTRA_SOURCES]
    PARSED["vocabularies"] = texts
    for _name, text in texts:
        g.parse(data=text, format="turtle")
    log.debug("parsed vocabularies: %d triples", len(g))
    return g


def written_order() -> Mapping[Node, int]:
    """Each subject of the vocabularies → its place in the files (file name order, then text)."""
    return MappingProxyType(vocabulary_graph().subject_order)


def clear_caches() -> None:
    """Forget the parsed vocabularies (after ``_EXTRA_SOURCES`` changed)."""
    vocabulary_graph.cache_clear()
