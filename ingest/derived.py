"""The derived graphs, recomputed from the stored documents after every write.

Each step reads what is stored, computes one graph of its own whole and writes it in one
update (:func:`~hankegraafi.store.graphdiff.write_graph`: only the triples that left and came,
nothing when none did), so the graph is always wholly old or wholly new and follows from the
documents now stored. The order of
:data:`STEPS` is the order of dependence: a later step may read what an earlier one wrote
(curation decisions before the canonical projects, both before what the ontology entails).
A new derived graph is one :class:`Step` appended here; the pipeline runs them all.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable
from dataclasses import dataclass

from rdflib import Graph, Literal, URIRef

from hankegraafi.ontology.namespaces import HG
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
    #: What a failure leaves, for the log: a stored answer is dropped rather than kept old.
    after_failure: str = "they are as before this write"
    #: A copy of query answers (the stored catalogue answers, the page lists), used only while its
    #: version (the documents and decisions, :func:`documents_state`) is the data's: a write that
    #: changes other data without a rebuild drops it (:func:`drop_caches`).
    cache: bool = False


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


def _answers() -> Step:
    from hankegraafi.queries import answers

    # Last: the answers read every graph above. Optional: a remote store keeps none.
    return Step(
        "stored catalogue answers",
        answers.answers_graph_iri,
        answers.recompute,
        optional=True,
        after_failure="they are dropped, and the catalogue calls run live until the next write",
        cache=True,
    )


def _page_lists() -> Step:
    from hankegraafi.queries import pagelists

    # After the inferred graph (a project's county); optional as the answers: a remote store keeps none.
    return Step(
        "stored page lists",
        pagelists.lists_graph_iri,
        pagelists.recompute,
        optional=True,
        after_failure="they are dropped, and the pages read their lists live until the next write",
        cache=True,
    )


def steps() -> list[Step]:
    """The steps in the order they run (imported lazily: the ingest workers never need them)."""
    return [_curation(), _canonical(), _inferred(), _answers(), _page_lists()]


def drop_caches(store: Store, base: str) -> list[str]:
    """Drop the derived graphs that are copies of query answers (:attr:`Step.cache`) and return
    their names. Their version follows the documents and decisions only, so data written without
    a rebuild (``load --no-derive`` into a store that held data: a project of a county in a graph
    of its own) left the stored answer served beside a live one that differed (the same query's
    text with one more space); without them the readers run live until the next write rebuilds
    them (tests/reliability/test_damaged_derived.py)."""
    dropped = []
    for step in steps():
        if step.cache and store.drop_graph(step.graph(base)):
            dropped.append(step.name)
    return dropped


def stamp_graph_iri(base: str) -> URIRef:
    """Where the last complete rebuild records which stored documents it followed."""
    return URIRef(f"{base}meta/derived")


def documents_state(store: Store, base: str) -> str:
    """A digest of the stored documents and decisions (the catalogue's graphs and checksums, the
    curation graph's size): what the derived graphs must follow (and the stored answers' version)."""
    from hankegraafi.queries.answers import documents_state as state

    return state(store, base)


def _digest(pairs: list[str]) -> str:
    return hashlib.sha256("\n".join(pairs).encode()).hexdigest()


_NOTHING_STORED = _digest(["curation 0"])


def missing(store: Store, base: str) -> bool:
    """Whether the derived graphs do not follow the stored documents: one is absent (a store written
    before it existed), or the last rebuild did not finish after the last write (a kill between a
    document's commit and the rebuild), so that a run with nothing new still rebuilds them."""
    if any(
        store.query(f"ASK {{ GRAPH <{step.graph(base)}> {{ ?s ?p ?o }} }}") is not True
        for step in steps()
        if not step.optional
    ):
        return True
    state = documents_state(store, base)
    if state == _NOTHING_STORED:  # nothing to follow: no stamp is kept (a CLEAR ALL leaves no graph)
        return False
    stamp = store.query(
        f'ASK {{ GRAPH <{stamp_graph_iri(base)}> {{ <{stamp_graph_iri(base)}> <{HG.sha256}> "{state}" }} }}'
    )
    return stamp is not True


def recompute_all(store: Store, base: str) -> None:
    """Rebuild every derived graph in order.

    A failure must not lose the documents just stored (they are whole in their own graphs):
    it is logged as an error naming the step, the graph stays as before this write, the
    later steps still run, and the next write recomputes again."""
    whole = True
    for step in steps():
        try:
            step.recompute(store, base)
        except StoreError as exc:  # a full disk, a store gone: one clear line
            whole = False
            log.error("the %s could not be recomputed; %s: %s", step.name, step.after_failure, exc)
        except Exception:  # unexpected: with its traceback
            whole = False
            log.exception("the %s could not be recomputed; %s", step.name, step.after_failure)
    if whole:  # last: a rebuild cut short leaves the old stamp, and the next run rebuilds again
        try:
            state = documents_state(store, base)
            stamp = Graph()
            if state != _NOTHING_STORED:
                stamp.add((stamp_graph_iri(base), HG.sha256, Literal(state)))
            store.replace_graph(stamp_graph_iri(base), stamp)
        except StoreError as exc:
            log.error("the derived graphs' stamp could not be written; the next run rebuilds them: %s", exc)
