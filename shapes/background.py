"""The background mixed into each validated copy: subclass axioms and vocabulary memberships.

pyshacl's ``ont_graph`` would copy only RDFS/OWL axioms, so :mod:`hankegraafi.shapes.validate`
adds these triples itself: the ontology's ``rdfs:subClassOf`` axioms (``sh:class hg:Project``
accepts an ``hg:Investment``) and the ``rdf:type`` / ``skos:inScheme`` triples of the
reference vocabularies (``hg:dimension`` values are concepts of the light-dimension scheme).
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from importlib import resources
from importlib.resources.abc import Traversable

from rdflib import Graph
from rdflib.namespace import RDF, RDFS, SKOS

from hankegraafi.ontology import loader, reasoning, registry

log = logging.getLogger(__name__)

_ONTOLOGY_PACKAGE = "hankegraafi.ontology"


class BackgroundError(Exception):
    """The ontology or a vocabulary file that validation relies on does not parse."""


def _turtle_files(root: Traversable) -> list[Traversable]:
    found: list[Traversable] = []
    if not root.is_dir():
        return found
    for entry in sorted(root.iterdir(), key=lambda e: e.name):
        if entry.is_file() and entry.name.endswith(".ttl"):
            found.append(entry)
    return found


_BACKGROUND_PREDICATES = (RDF.type, RDFS.subClassOf, SKOS.inScheme)


def slim(graph: Graph) -> Graph:
    """The triples of ``graph`` that membership and class checks need.

    ``skos:topConceptOf`` is kept as ``skos:inScheme`` (its super-property),
    so a vocabulary may state either.
    """
    out = Graph()
    for predicate in _BACKGROUND_PREDICATES:
        for s, o in graph.subject_objects(predicate):
            out.add((s, predicate, o))
    for s, o in graph.subject_objects(SKOS.topConceptOf):
        out.add((s, SKOS.inScheme, o))
    return out


@functools.cache
def background_graph() -> Graph:
    """Subclass axioms and vocabulary memberships, read once from the ontology package."""
    root = resources.files(_ONTOLOGY_PACKAGE)
    files = _turtle_files(root) + _turtle_files(root.joinpath("vocab"))
    if not files:
        log.warning("no ontology or vocabulary Turtle found in %s", _ONTOLOGY_PACKAGE)
    parsed = _parsed_already(files)
    if parsed is not None:
        background = _slim_all(parsed)
        log.debug("background: %d triples from the parsed ontology and vocabularies", len(background))
        return background
    merged = Graph()
    for source in files:
        try:
            merged.parse(data=source.read_text(encoding="utf-8"), format="turtle")
        except Exception as exc:  # rdflib raises several unrelated types for bad Turtle
            raise BackgroundError(f"cannot read {_ONTOLOGY_PACKAGE}/{source.name}: {exc}") from exc
    background = slim(merged)
    log.debug("background: %d of %d triples from %d files", len(background), len(merged), len(files))
    return background


def _parsed_already(files: list[Traversable]) -> list[Graph] | None:
    """The package's files as graphs the ontology loader has parsed (or parses once for everyone).

    Parsing the vocabularies again here took about 0.7 s of every process's first
    document; the registry has read them before validation runs. None when the
    loader's graphs are not exactly these files: another package, or vocabulary
    added by ``registry.extended`` (which validation has never seen).
    """
    if _ONTOLOGY_PACKAGE != loader._PACKAGE or loader._EXTRA_SOURCES:
        return None
    vocabulary = {f.name for f in loader.vocabulary_files()}
    top = [f.name for f in files if f.name not in vocabulary]
    if len(top) + len(vocabulary) != len(files) or loader.ONTOLOGY_FILE not in top:
        return None
    try:
        # The files other modules keep parsed are taken from them (and parsed there if not yet).
        shared: dict[str, Callable[[], Graph]] = {
            loader.ONTOLOGY_FILE: loader.ontology_graph,
            registry.REUSED_LABELS_FILE: registry.reused_labels,
            reasoning.REUSED_FILE: reasoning.reused_axioms,
        }
        graphs = [shared[name]() if name in shared else loader.package_graph(name) for name in top]
        return [*graphs, loader.vocabulary_graph()]
    except Exception as exc:  # rdflib raises several unrelated types for bad Turtle
        raise BackgroundError(f"cannot read the Turtle of {_ONTOLOGY_PACKAGE}: {exc}") from exc


def _slim_all(graphs: list[Graph]) -> Graph:
    """:func:`slim` of the graphs' union, in the order :func:`slim` of one merged graph gives."""
    out = Graph()
    for predicate in _BACKGROUND_PREDICATES:
        for graph in graphs:
            for s, o in graph.subject_objects(predicate):
                out.add((s, predicate, o))
    for graph in graphs:
        for s, o in graph.subject_objects(SKOS.topConceptOf):
            out.add((s, SKOS.inScheme, o))
    return out


__all__ = ["BackgroundError", "background_graph", "slim"]
