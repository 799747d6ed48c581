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
import shutil
import tempfile
from collections.abc import Callable, Collection, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph, Literal, URIRef

from hankegraafi.ontology.namespaces import HG
from hankegraafi.store import Store, StoreError, graphdiff

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
    #: ``recompute`` takes the document graphs a write changed (``touched=``) and may rebuild only
    #: what they reach (the page lists, :mod:`hankegraafi.queries.pagedelta`).
    partial: bool = False
    #: Whether the stored graph is of this code's format and follows the data (None: any stored
    #: graph does): a store an older code wrote is rebuilt (:func:`missing`).
    current: Callable[[Store, str], bool] | None = None


def _canonical() -> Step:
    from hankegraafi.ingest import canondelta, canonical

    def recompute(store: Store, base: str, touched: Collection[str] | None = None) -> int:
        return canondelta.recompute(store, base, touched, stamp=stamp_graph_iri(base))

    # Partial: after an ingest, a re-ingest or a remove only the islands it reaches (ingest/canondelta.py).
    return Step("canonical projects", canonical.canonical_graph_iri, recompute, partial=True)


def _curation() -> Step:
    from hankegraafi.ingest.curation import applying, decisions

    return Step("curation decisions", decisions.status_graph_iri, applying.recompute, optional=True)


def _inferred() -> Step:
    from hankegraafi.ingest import inferdelta, inference

    # Optional: a store whose data entails nothing beyond itself rightly has no such graph.
    # Partial: after an ingest, a re-ingest or a remove only what it can reach (ingest/inferdelta.py).
    return Step(
        "inferred triples", inference.inferred_graph_iri, inferdelta.recompute, optional=True, partial=True
    )


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
        partial=True,
        current=pagelists.current,
    )


def _name_index() -> Step:
    from hankegraafi.ingest import entities
    from hankegraafi.queries import nameindex

    def recompute(store: Store, base: str, touched: Collection[str] | None = None) -> None:
        # a name's words as the search splits them, lemmatised as the search lemmatises them
        nameindex.recompute(
            store,
            base,
            touched,
            words=lambda text: [t.text for t in entities.tokens(text)],
            candidates=entities.candidates,
        )

    # Last: the names and types of every graph above. Optional as the answers: a remote store keeps none.
    return Step(
        "stored name index",
        nameindex.graph_iri,
        recompute,
        optional=True,
        after_failure="it is dropped, and the server reads the names from the store until the next write",
        cache=True,
        partial=True,
        current=nameindex.current,
    )


def steps() -> list[Step]:
    """The steps in the order they run (imported lazily: the ingest workers never need them)."""
    return [_curation(), _canonical(), _inferred(), _answers(), _page_lists(), _name_index()]


def drop_caches(store: Store, base: str) -> list[str]:
    """Drop the derived graphs that are copies of query answers (:attr:`Step.cache`) and return
    their names. Their version follows the documents and decisions only, so data written without
    a rebuild (``load --no-derive`` into a store that held data: a project of a county in a graph
    of its own) left the stored answer served beside a live one that differed (the same query's
    text with one more space); without them the readers run live until the next write rebuilds
    them (tests/reliability/test_damaged_derived.py)."""
    from hankegraafi.ingest.inference import state_graph_iri

    store.drop_graph(state_graph_iri(base))  # what the inferred graph followed: rebuilt whole next
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
    document's commit and the rebuild), so that a run with nothing new still rebuilds them. A
    store with no documents and no decisions has nothing to follow (and no derived graph)."""
    state = documents_state(store, base)
    if state == _NOTHING_STORED:  # nothing to follow: no stamp is kept (a CLEAR ALL leaves no graph)
        return False
    if any(
        store.query(f"ASK {{ GRAPH <{step.graph(base)}> {{ ?s ?p ?o }} }}") is not True
        for step in steps()
        if not step.optional
    ):
        return True
    if any(step.current is not None and not step.current(store, base) for step in steps()):
        return True  # written by an older code (another format), or dropped after a failure
    stamp = store.query(
        f'ASK {{ GRAPH <{stamp_graph_iri(base)}> {{ <{stamp_graph_iri(base)}> <{HG.sha256}> "{state}" }} }}'
    )
    return stamp is not True


def rebuild_if_stale(store: Store, base: str) -> bool:
    """Rebuild every derived graph when they do not follow the stored data (:func:`missing`: one
    absent, a rebuild cut short, or written by an older code: ``serve`` at start, so that a store an
    older version wrote is answered right); returns whether it rebuilt."""
    if not missing(store, base):
        return False
    log.info("the derived graphs do not follow the stored data (or an older version wrote them): rebuilding")
    recompute_all(store, base)
    return True


#: The document graphs the write now being followed wrote or dropped (:func:`touching`).
_TOUCHED: ContextVar[Collection[str] | None] = ContextVar("touched", default=None)


@contextmanager
def touching(touched: Collection[str] | None) -> Iterator[None]:
    """While inside, :func:`recompute_all` called without ``touched`` takes these graphs (the write
    path says what it wrote without a new argument for every caller and stand-in of the rebuild)."""
    token = _TOUCHED.set(None if touched is None else frozenset(touched))
    try:
        yield
    finally:
        _TOUCHED.reset(token)


def recompute_all(store: Store, base: str, touched: Collection[str] | None = None) -> list[str]:
    """Rebuild every derived graph in order. ``touched``: the document graphs the write wrote or
    dropped, when the write path knows them (an ingest, a re-ingest, a remove): the steps that
    can (:attr:`Step.partial`) rebuild only what those reach; None (a load, a curation decision,
    a SPARQL update) rebuilds everything.

    A failure must not lose the documents just stored (they are whole in their own graphs):
    it is logged as an error naming the step, the graph stays as before this write (or is
    dropped: :attr:`Step.after_failure`), the later steps still run, the stamp is left old (so the
    next write or start recomputes again, :func:`missing`), and what failed is returned, one line
    a step (empty: all rebuilt), for the write's report."""
    whole = True
    failed: list[str] = []
    if touched is None:
        touched = _TOUCHED.get()
    # what the steps' writes change in names and types, for the partial name index (noting())
    with graphdiff.noting() as noted:
        for step in steps():
            try:
                if step.partial and touched is not None:
                    step.recompute(store, base, touched=touched)  # type: ignore[call-arg]
                else:
                    step.recompute(store, base)
            except StoreError as exc:  # a full disk, a store gone: one clear line
                whole = False
                log.error("the %s could not be recomputed; %s: %s", step.name, step.after_failure, exc)
                failed.append(f"the {step.name} ({type(exc).__name__}: {exc})")
            except Exception as exc:  # unexpected: with its traceback
                whole = False
                log.exception("the %s could not be recomputed; %s", step.name, step.after_failure)
                failed.append(f"the {step.name} ({type(exc).__name__}: {exc})")
            if not whole:  # what a step cut short wrote is not known: later partial steps rebuild whole
                noted.whole.add(step.name)
    if whole:  # last: a rebuild cut short leaves the old stamp, and the next run rebuilds again
        try:
            state = documents_state(store, base)
            stamp = Graph()
            if state != _NOTHING_STORED:
                stamp.add((stamp_graph_iri(base), HG.sha256, Literal(state)))
            store.replace_graph(stamp_graph_iri(base), stamp)
        except StoreError as exc:
            log.error("the derived graphs' stamp could not be written; the next run rebuilds them: %s", exc)
            failed.append(f"their stamp (StoreError: {exc})")
    return failed


# -- a rebuild beside the readers (``serve`` at start) ---------------------------------------------

#: The folder of a rebuild done aside (:func:`compute_aside`) holds the store's copy under this name.
_ASIDE_STORE = "store"


def compute_aside(location: Path, base: str, on_copied: Callable[[], object] | None = None) -> Path | None:
    """The read-only half of a rebuild that does not stop the readers: when the embedded store at
    ``location`` is stale (:func:`missing`: a kill between a write and its rebuild, or a store an
    older code wrote), copy it as it is now (the engine's checkpoint: its files hard-linked,
    beside the store, or copied where links cannot be made), rebuild every derived graph in the
    copy, and return the copy's folder for :func:`apply_computed` (the short write). None: nothing
    is stale. The store itself is only read (opened read-only, as the query workers open it), so
    readers and other writes go on meanwhile. StoreError when the store cannot be read or the
    rebuild failed in the copy (the copy is removed). ``on_copied`` is called once the store itself is
    closed again (copied, or found not stale): from then on only the copy is read (``serve`` holds
    its writes back until then, as for a query worker's read)."""
    from hankegraafi.store.embedded import EmbeddedStore
    from hankegraafi.store.graphdiff import engine_of

    _remove_left_over(location)
    source = EmbeddedStore(location, base_iri=base, read_only=True)
    try:
        if not missing(source, base):
            return None
        aside = _aside_folder(location)
        oxi = engine_of(source)
        assert oxi is not None  # an embedded store
        try:
            oxi.backup(str(aside / _ASIDE_STORE))
        except OSError as exc:
            shutil.rmtree(aside, ignore_errors=True)
            raise StoreError(f"the store could not be copied for its rebuild: {exc}") from exc
    finally:
        source.close()
        if on_copied is not None:
            on_copied()
    try:
        copy = EmbeddedStore(aside / _ASIDE_STORE, base_iri=base)
        try:
            _save_graphs(copy, base, aside, "before")  # the store's derived graphs as copied
            failed = recompute_all(copy, base)
            if not failed:
                _save_graphs(copy, base, aside, "after")
        finally:
            copy.close()
    except BaseException:
        shutil.rmtree(aside, ignore_errors=True)
        raise
    if failed:
        shutil.rmtree(aside, ignore_errors=True)
        raise StoreError("the derived graphs could not be rebuilt: " + "; ".join(failed))
    return aside


def _aside_graphs(base: str) -> list[URIRef]:
    from hankegraafi.ingest.inference import state_graph_iri

    # with what the inferred graph followed (ingest/inferdelta.py), the stamp last
    return [*(step.graph(base) for step in steps()), state_graph_iri(base), stamp_graph_iri(base)]


def _save_graphs(store: Store, base: str, aside: Path, side: str) -> None:
    """Each derived graph of the copy as the engine writes it (N-Triples), a file each in the copy's
    folder: the short write reads these instead of both sides' graphs from the engines."""
    from hankegraafi.store.graphdiff import engine_of, stored_text

    oxi = engine_of(store)
    assert oxi is not None
    for n, graph in enumerate(_aside_graphs(base)):
        (aside / f"{side}-{n}.nt").write_text(stored_text(oxi, graph), encoding="utf-8")


def _saved(aside: Path, side: str, n: int) -> str | None:
    path = aside / f"{side}-{n}.nt"
    return path.read_text(encoding="utf-8") if path.exists() else None


def _given(text: str) -> Callable[[], str]:
    return lambda: text


def _remove_left_over(location: Path) -> None:
    """Remove the copies a rebuild aside killed part way left beside the store (its files are links to
    the store's: kept, they would hold on to files the store has since compacted away). One server
    serves a store, so no other rebuild aside of it is running."""
    for folder in location.parent.glob(f".{location.name}.derive-*"):
        log.info("removing %s, left by a rebuild that did not finish", folder)
        shutil.rmtree(folder, ignore_errors=True)


def _aside_folder(location: Path) -> Path:
    """A new folder beside the store (one file system: the checkpoint's files are links, not
    copies), or in the temporary folder where the store's parent cannot be written."""
    try:
        return Path(tempfile.mkdtemp(prefix=f".{location.name}.derive-", dir=location.parent))
    except OSError:
        return Path(tempfile.mkdtemp(prefix="hankegraafi-derive-"))


def apply_computed(store: Store, base: str, aside: Path) -> bool:
    """The short write of a rebuild done aside (:func:`compute_aside`): each derived graph of the
    copy written into ``store`` as its difference (one update a graph: a reader sees it wholly old
    or wholly new), the stamp last. Written only if the store is still stale and holds the same
    documents and decisions the copy was rebuilt from; else a write came in between and rebuilt
    the graphs itself (or left them for the next), and nothing is written. Returns whether it
    wrote; the copy's folder is removed in every case."""
    from hankegraafi.store.embedded import EmbeddedStore
    from hankegraafi.store.graphdiff import construct_lines, engine_of, write_lines

    try:
        copy = EmbeddedStore(aside / _ASIDE_STORE, base_iri=base, read_only=True)
        try:
            if not missing(store, base) or documents_state(store, base) != documents_state(copy, base):
                log.info("the derived graphs were rebuilt by a write meanwhile: the rebuild aside is dropped")
                return False
            oxi = engine_of(copy)
            assert oxi is not None
            for n, graph in enumerate(_aside_graphs(base)):
                # The graphs saved by compute_aside: the store's as copied (still the store's: no
                # write came in between, checked above) and the rebuilt ones; only their difference
                # is written, and neither side is read from an engine here.
                before, after = _saved(aside, "before", n), _saved(aside, "after", n)
                if after is None:  # a copy made without them: read it
                    query = f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"
                    lines = set(construct_lines(oxi, query))
                else:
                    lines = {line for line in after.split("\n") if line}  # not splitlines (U+2028)
                if lines:
                    write_lines(store, graph, lines, stored=None if before is None else _given(before))
                elif before != "":
                    store.drop_graph(graph)
        finally:
            copy.close()
    finally:
        shutil.rmtree(aside, ignore_errors=True)
    return True
