"""The derived graphs, recomputed from the stored documents after every write.

Each step reads what is stored and replaces one graph of its own whole, so the graph is
always wholly old or wholly new and follows from the documents now stored. The order of
:data:`STEPS` is the order of dependence: a later step may read what an earlier one wrote
(curation decisions before the canonical projects, both before what the ontology entails).
A new derived graph is one :class:`Step` appended here; the pipeline runs them all.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from rdflib import URIRef

from hankegraafi.store import Store, StoreError

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Step:
    """One derived graph: its IRI for a base, and how it is rebuilt from the store."""

    name: str
    graph: Callable[[str], URIRef]
    recompute: Callable[[Store, str], object]
    #: The graph may rightly be absent (the curation status when nobody has decided anything yet).
    optional: bool = False


def _canonical() -> Step:
    from hankegraafi.ingest import canonical

    return Step("canonical projects", canonical.canonical_graph_iri, canonical.recompute)


def _curation() -> Step:
    from hankegraafi.ingest.curation import applying, decisions

    return Step("curation decisions", decisions.status_graph_iri, applying.recompute, optional=True)


def _inferred() -> Step:
    from hankegraafi.ingest import inference

    # Optional: a store whose data entails nothing beyond itself rightly has no such graph.
    return Step("inferred triples", inference.inferred_graph_iri, inference.recompute, optional=True)


def steps() -> list[Step]:
    """The steps in the order they run (imported lazily: the ingest workers never need them)."""
    return [_curation(), _canonical(), _inferred()]


def missing(store: Store, base: str) -> bool:
    """Whether a derived graph is absent (a store written before it existed gets it on the next run)."""
    return any(
        store.query(f"ASK {{ GRAPH <{step.graph(base)}> {{ ?s ?p ?o }} }}") is not True
        for step in steps()
        if not step.optional
    )


def recompute_all(store: Store, base: str) -> None:
    """Rebuild every derived graph in order.

    A failure must not lose the documents just stored (they are whole in their own graphs):
    it is logged as an error naming the step, the graph stays as before this write, the
    later steps still run, and the next write recomputes again."""
    for step in steps():
        try:
            step.recompute(store, base)
        except StoreError as exc:  # a full disk, a store gone: one clear line
            log.error("the %s could not be recomputed; they are as before this write: %s", step.name, exc)
        except Exception:  # unexpected: with its traceback
            log.exception("the %s could not be recomputed; they are as before this write", step.name)
