"""From files on disk to named graphs in the store, one document at a time.

Each document is read, its facts extracted and mapped to RDF, the graph
validated with our shapes, and only then put in the store in one step (the
store's ``replace_graph``). A document that fails at any stage is reported
with its file and reason and the rest of the batch goes on; what the store
held before is untouched.

What fails after a document is stored (its change-log entry, the derived graphs' rebuild) does not
make it "failed": it is stored, and its outcome says so with what failed after
(:attr:`Outcome.after`). The derived graphs are then left marked stale (their stamp,
:func:`hankegraafi.ingest.derived.missing`) and rebuilt by the next write or start.
"""

from __future__ import annotations

import gc
import logging
import os
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal

from rdflib import Graph, URIRef
from rdflib import Literal as RdfLiteral

from hankegraafi import __version__
from hankegraafi.ingest import changelog
from hankegraafi.ingest.documentfiles import count_facts as count_facts  # re-exported
from hankegraafi.ingest.documentfiles import document_key as document_key  # re-exported
from hankegraafi.ingest.documentfiles import media_type, sha256_of, violations
from hankegraafi.ingest.documentfiles import sample_documents as sample_documents  # re-exported
from hankegraafi.ingest.walk import Skipped as Skipped  # re-exported
from hankegraafi.ingest.walk import expand as expand  # re-exported
from hankegraafi.ontology.namespaces import graph_iri, mint, vocab
from hankegraafi.processes import die_with_parent
from hankegraafi.settings import Config
from hankegraafi.store import DocumentMeta, SelectResult, Store, StoreError
from hankegraafi.store.base import sparql_term

log = logging.getLogger(__name__)

Status = Literal["stored", "unchanged", "failed", "invalid", "quarantined", "skipped"]


@dataclass
class Outcome:
    """What became of one input file."""

    path: Path
    status: Status
    graph: URIRef | None = None
    kind: str | None = None
    triples: int = 0
    facts: Counter[str] = field(default_factory=Counter)
    warnings: list[str] = field(default_factory=list)
    error: str | None = None
    report: object | None = None  # a shapes ValidationReport when validation ran
    reason: str | None = None  # why a path found in a folder was skipped
    #: What failed after the document was stored (it is stored: the status says so): its change-log
    #: entry, or the derived graphs' rebuild (they are marked stale and rebuilt at the next write or start).
    after: str | None = None

    @property
    def ok(self) -> bool:
        return self.status in ("stored", "unchanged")


class Ingester:
    """Ingests documents into one store, keeping it whole whatever the input."""

    def __init__(
        self,
        store: Store | None,
        config: Config,
        *,
        quarantine: bool = False,
        force: bool = False,
        validate: bool = True,
    ) -> None:
        self.store = store
        self.config = config
        self.quarantine = quarantine
        self.force = force
        self.validate = validate
        self._known: dict[str, tuple[str | None, str | None]] | None = None
        #: What failed after the last :meth:`remove` dropped its graph (None: nothing).
        self.removal_failure: str | None = None

    # -- reference graphs ------------------------------------------------------

    def ensure_reference_graphs(self) -> list[str]:
        """Put the ontology and the vocabularies in their own graphs when they changed (ingest/reference.py:
        a process whose vocabulary sources are those stored parses nothing for it)."""
        if self.store is None:
            return []
        from hankegraafi.ingest import reference

        return reference.ensure(self.store, str(getattr(self.store, "base_iri", self.config.base_iri)))

    # -- documents -------------------------------------------------------------

    def _known_graphs(self) -> dict[str, tuple[str | None, str | None]]:
        if self._known is None:
            self._known = {}
            if self.store is not None:
                for info in self.store.graphs():
                    self._known[info.iri] = (info.sha256, info.tool_version)
        return self._known

    def build_graph(self, path: Path) -> tuple[Graph, str | None, list[str]]:
        """Read, extract and map one document; raises ``IngestError`` on bad input."""
        from hankegraafi.ingest.coverage import coverage, coverage_triples
        from hankegraafi.ingest.extract import extract
        from hankegraafi.ingest.mapping import to_graph
        from hankegraafi.ingest.readers import read_document

        document = read_document(path, max_bytes=int(self.config.max_document_bytes))
        extraction = extract(document)
        key = document_key(path)
        document_iri = mint("document", key, base=str(self.config.base_iri))
        graph = to_graph(
            extraction,
            base_iri=str(self.config.base_iri),
            document_iri=document_iri,
            publish_person_names=bool(self.config.publish_person_names),
        )
        # The coverage report's figures on the document, for its page (ingest/coverage.py).
        for triple in coverage_triples(coverage(document, extraction), document_iri):
            graph.add(triple)
        # The reader's warnings (stray bytes, a truncated end) first, then the extraction's.
        warnings = [*document.warnings, *(str(w) for w in getattr(extraction, "warnings", []))]
        kind = getattr(extraction, "kind", None) or document.kind
        return graph, kind, warnings

    def ingest(self, path: Path) -> Outcome:
        planned = self._plan(path)
        if isinstance(planned, Outcome):
            return planned
        outcome = self._commit(path, planned, self.prepare(path))
        if outcome.status in ("stored", "quarantined") and outcome.graph is not None:
            _after(outcome, self.recompute_canonical(touched={str(outcome.graph)}))
        return outcome

    def _plan(self, path: Path) -> Outcome | tuple[str, int]:
        """The document's checksum and size, or its outcome when there is nothing to do."""
        key = document_key(path)
        target = graph_iri(key, base=str(self.config.base_iri))
        try:
            sha, size = sha256_of(path, int(self.config.max_document_bytes))
        except OSError as exc:
            return Outcome(path, "failed", error=f"{path}: cannot read: {exc.strerror or exc}")
        known = self._known_graphs().get(str(target))
        if not self.force and known == (sha, __version__):
            return Outcome(path, "unchanged", graph=target)
        return sha, size

    def prepare(self, path: Path) -> Prepared:
        """Read, extract, map and validate one document; touches no store (runs in worker processes)."""
        from hankegraafi.ingest.readers import IngestError

        global _loaded
        try:
            graph, kind, warnings = self.build_graph(path)
            report = None
            if self.validate:
                from hankegraafi.shapes import validate

                report = validate(graph)
        except IngestError as exc:
            return Prepared(error=str(exc))
        except Exception as exc:  # a fault of ours on this document: the batch goes on without it
            log.exception("%s: not ingested", path)
            return Prepared(error=f"{path}: not ingested: an internal error ({type(exc).__name__}: {exc})")
        finally:
            _loaded = True
        return Prepared(
            ntriples=graph.serialize(format="nt") if len(graph) else "",
            count=len(graph),
            facts=count_facts(graph),
            kind=kind,
            warnings=warnings,
            report=report,
        )

    def _commit(self, path: Path, planned: tuple[str, int], prepared: Prepared) -> Outcome:
        sha, size = planned
        key = document_key(path)
        target = graph_iri(key, base=str(self.config.base_iri))
        if prepared.error is not None:
            return Outcome(path, "failed", graph=target, error=prepared.error)
        kind = prepared.kind
        outcome = Outcome(
            path, "stored", graph=target, kind=kind, triples=prepared.count, warnings=prepared.warnings
        )
        outcome.facts = prepared.facts
        report = prepared.report
        if report is not None:
            outcome.report = report
            if not report.conforms:  # type: ignore[attr-defined]
                outcome.status = "invalid"
                outcome.error = f"{path}: the extracted graph breaks the shapes ({violations(report)})"
                if not self.quarantine:
                    return outcome
                target = mint("quarantine", key, base=str(self.config.base_iri))
                outcome.graph = target
                outcome.status = "quarantined"
        if self.store is None:
            return outcome
        kind_iri = vocab("document-kind", kind) if kind and not kind.startswith("http") else kind
        meta = DocumentMeta(
            file_name=document_key(path),
            sha256=sha,
            size=size,
            media_type=media_type(path),
            kind=kind_iri,
            document=mint("document", key, base=str(self.config.base_iri)),
            ingested_at=datetime.now(UTC),
            tool_version=__version__,
        )
        existed = str(target) in self._known_graphs()
        try:
            self.store.replace_graph_ntriples(target, prepared.ntriples, prepared.count, meta)
        except StoreError as exc:
            outcome.status = "failed"
            outcome.error = f"{path}: not stored: {exc}"
            return outcome
        self._known_graphs()[str(target)] = (sha, __version__)
        if outcome.status == "stored" and meta.ingested_at is not None:
            try:
                changelog.record(
                    self.store,
                    str(self.config.base_iri),
                    action="replaced" if existed else "added",
                    graph=target,
                    at=meta.ingested_at,
                    file_name=document_key(path),
                    document=meta.document,
                    projects=changelog.projects_in(self.store, target),
                )
            except Exception as exc:  # the document is stored: say so, and what failed after
                log.error("%s: stored, but its change-log entry could not be written: %s", path, exc)
                outcome.after = _CHANGELOG_FAILED + _reason(exc)
        return outcome

    def ingest_all(
        self,
        paths: Iterable[Path],
        *,
        on_file: Callable[[Path | None], None] | None = None,
        jobs: int = 1,
    ) -> list[Outcome]:
        """Ingest every file under ``paths``; ``on_file`` is told of each (for a progress bar).

        With ``jobs`` > 1 and enough documents, reading, extraction, mapping and
        validation run in this process and ``jobs`` - 1 worker processes; this process alone writes
        the store, one document at a time and in the order given, so a crash
        still leaves every graph wholly old or wholly new.
        """
        items = list(expand(paths))
        todo: list[tuple[int, Path, tuple[str, int]]] = []
        outcomes: list[Outcome | None] = [None] * len(items)
        for index, item in enumerate(items):
            if isinstance(item, Skipped):
                if item.failed:
                    outcomes[index] = Outcome(item.path, "failed", error=f"{item.path}: {item.reason}")
                else:
                    outcomes[index] = Outcome(item.path, "skipped", reason=item.reason)
                continue
            planned = self._plan(item)
            if isinstance(planned, Outcome):
                outcomes[index] = planned
                if on_file:
                    on_file(item)
            else:
                todo.append((index, item, planned))
        planned_at = {index: planned for index, _path, planned in todo}
        try:
            try:
                for index, path, prepared in self._prepared(todo, jobs):
                    outcomes[index] = self._commit(path, planned_at[index], prepared)
                    if on_file:
                        on_file(path)
            except Exception as exc:  # a worker process gone, a fault of ours: what was stored stays stored
                log.exception("the batch stopped")
                for index, path, _planned in todo:
                    if outcomes[index] is None:
                        outcomes[index] = Outcome(
                            path, "failed", error=f"{path}: {_BATCH_STOPPED}{_reason(exc)}"
                        )
            done = [o for o in outcomes if o is not None]
            written = [o for o in done if o.status in ("stored", "quarantined") and o.graph is not None]
            if written:
                failure = self.recompute_canonical(touched={str(o.graph) for o in written})
                for outcome in written:
                    _after(outcome, failure)
            elif not self._has_canonical():
                self.recompute_canonical()
        finally:
            _thaw_heap()
        return done

    def _has_canonical(self) -> bool:
        """Whether every derived graph exists (a store written before one existed gets it on the next run)."""
        if self.store is None:
            return True
        from hankegraafi.ingest.derived import missing

        return not missing(self.store, str(self.config.base_iri))

    def recompute_canonical(self, touched: set[str] | None = None) -> str | None:
        """Rebuild the derived graphs (canonical projects and the others of
        :mod:`hankegraafi.ingest.derived`) from the document graphs now stored, after every
        write, so that they never lag behind the documents. ``touched``: the graphs this write
        stored or dropped (what a partial rebuild starts from); None rebuilds everything.

        Returns what failed (None: all rebuilt): the write is done, so a failure is said, not
        raised; the derived graphs' stamp is then left old, and the next write or start rebuilds
        them (:func:`hankegraafi.ingest.derived.missing`)."""
        if self.store is None:
            return None
        try:
            from hankegraafi.ingest import reference
            from hankegraafi.ingest.derived import recompute_all, touching

            # What the step reads of the vocabularies, from the store's graph of them (not a parse).
            stored = reference.vocabulary_from_store(
                self.store, str(getattr(self.store, "base_iri", self.config.base_iri))
            )
            with stored, touching(touched):
                failed = recompute_all(self.store, str(self.config.base_iri))
        except Exception as exc:  # not even begun (an import, a store gone): the stamp is left old
            log.exception("the derived graphs could not be rebuilt")
            return _DERIVED_FAILED + _reason(exc)
        return _DERIVED_FAILED + "; ".join(failed) if failed else None

    def remove(self, document_key_or_name: str) -> URIRef | None:
        """Drop one document's graph and recompute what it contributed; None if it was not stored."""
        if self.store is None:
            return None
        name = Path(document_key_or_name).name
        base = str(self.config.base_iri)
        documents = (f"{base}graph/", f"{base}quarantine/")
        fallback = graph_iri(document_key(Path(name)), base=base)
        found = _removal_targets(self.store, name, document_key_or_name, fallback, documents)
        candidates = [URIRef(g) for g in reversed(found) if g != str(fallback) or found[g][2]]
        candidates.append(fallback)
        for target in candidates:
            if not str(target).startswith(documents):
                continue  # the ontology, the vocabularies and the derived graphs are not documents
            # The catalogue forgets a removed document: the change log keeps what it was.
            meta = found.get(str(target))
            projects = changelog.projects_in(self.store, target)
            if self.store.drop_graph(target):
                self._known_graphs().pop(str(target), None)
                failures = []
                if str(target).startswith(documents[0]):
                    try:
                        changelog.record(
                            self.store,
                            base,
                            action="removed",
                            graph=target,
                            at=datetime.now(UTC),
                            file_name=meta[0] if meta is not None else name,
                            document=URIRef(meta[1]) if meta is not None and meta[1] else None,
                            projects=projects,
                        )
                    except Exception as exc:  # the graph is gone: say so, and what failed after
                        log.error("%s: removed, but its change-log entry could not be written: %s", name, exc)
                        failures.append(_CHANGELOG_FAILED + _reason(exc))
                if failure := self.recompute_canonical(touched={str(target)}):
                    failures.append(failure)
                self.removal_failure = "; ".join(failures) or None
                return target
        return None

    def _prepared(
        self, todo: list[tuple[int, Path, tuple[str, int]]], jobs: int
    ) -> Iterator[tuple[int, Path, Prepared]]:
        """Each document prepared, in the order given.

        With ``jobs`` > 1 this process is one of the ``jobs``: it starts
        ``jobs`` - 1 worker processes and, rather than wait for them, prepares
        documents itself whenever none is ready to be stored. A worker started
        afresh spends about a second of CPU on its imports, vocabularies and
        shapes before its first document; this process has them already (or pays
        for them once, as it would alone), so the first documents are not held
        up by that; where it may (ingest/startmethod.py), a worker is forked from
        this process after its first document, with all that loaded.
        """
        _freeze_heap()
        if jobs <= 1 or len(todo) < _PARALLEL_FROM:
            for index, path, _planned in todo:
                yield index, path, self.prepare(path)
                _freeze_heap()
            return
        import multiprocessing
        from collections import deque
        from concurrent.futures import Future, ProcessPoolExecutor

        from hankegraafi.ingest.startmethod import start_method

        context = multiprocessing.get_context(start_method())
        fork = context.get_start_method() == "fork"
        settings: tuple[dict[str, object], bool] = (dict(self.config.values), self.validate)
        workers = jobs - 1
        queue = deque(range(len(todo)))  # positions in todo not yet taken
        running: dict[int, Future[Prepared]] = {}
        ready: dict[int, Prepared] = {}
        if fork and not _loaded:  # the first document here, so that the forked workers inherit what it loads
            at = queue.popleft()
            ready[at] = self.prepare(todo[at][1])
        due = 0  # the next position to hand out: the store is written in the order given
        # A forked worker starts at once, warm: it takes the next documents from the front as this
        # process does, and this process stores each as soon as its turn comes, between documents
        # of its own. A spawned worker spends seconds on its start, so it takes from the END of the
        # list: this process, preparing from the front, commits in order without waiting for it,
        # and only at the end meets the worker's documents, ready by then. (From the end with a
        # forked worker too, this process stored a third of the documents after the last was
        # prepared, the worker idle: a tenth of a 100-document run.)
        take = queue.popleft if fork else queue.pop
        _freeze_heap()  # before the fork: the workers inherit a heap their collector leaves alone
        with ProcessPoolExecutor(
            max_workers=workers, mp_context=context, initializer=die_with_parent, initargs=(os.getpid(),)
        ) as pool:
            while due < len(todo):
                # Two documents a worker, so that none waits for its next one. At most _READY_CAP
                # prepared documents wait in memory for their turn.
                while queue and len(running) < 2 * workers and len(ready) < _READY_CAP:
                    at = take()
                    running[at] = pool.submit(_prepare_in_worker, (todo[at][1], settings))
                for at in [at for at, future in running.items() if future.done()]:
                    ready[at] = running.pop(at).result()
                if due not in ready:
                    if queue:  # work here rather than wait
                        at = queue.popleft()
                        ready[at] = self.prepare(todo[at][1])
                        continue
                    ready[due] = running.pop(due).result()
                index, path, _planned = todo[due]
                yield index, path, ready.pop(due)
                due += 1


#: The start of :attr:`Outcome.after` when the change log was not written (fi / sv / en).
_CHANGELOG_FAILED = (
    "muutoslokia ei kirjoitettu / ändringsloggen skrevs inte / the change log entry was not written: "
)
#: The start of :attr:`Outcome.after` when the derived graphs were not rebuilt.
_DERIVED_FAILED = (
    "johdettuja graafeja ei päivitetty, ne päivitetään seuraavassa kirjoituksessa tai käynnistyksessä / "
    "de härledda graferna byggdes inte om, de byggs om vid nästa skrivning eller start / "
    "the derived graphs were not rebuilt; they are rebuilt at the next write or start: "
)
#: The error of a document the batch did not reach after it stopped.
_BATCH_STOPPED = (
    "ei tallennettu, ajo keskeytyi / inte lagrad, körningen avbröts / not stored, the batch stopped: "
)


_TARGETS = """PREFIX hg: <https://w3id.org/hankegraafi/ontology#>
PREFIX dct: <http://purl.org/dc/terms/>
SELECT ?g ?file ?doc ?named WHERE {
  { GRAPH ?c { ?g a hg:DocumentGraph ; hg:fileName ?f ; hg:sha256 ?s } FILTER(STR(?f) = NAME) BIND(true AS ?named) }
  UNION { VALUES ?g { GIVEN } }
  FILTER EXISTS { GRAPH ?g { ?x ?y ?z } }
  OPTIONAL { GRAPH ?d { ?g a hg:DocumentGraph ; hg:fileName ?file ; hg:sha256 ?t . OPTIONAL { ?g dct:source ?doc } } }
} ORDER BY ?g"""


def _removal_targets(
    store: Store, name: str, key_or_name: str, fallback: URIRef, documents: tuple[str, str]
) -> dict[str, tuple[str | None, str | None, bool]]:
    """The document graphs that hold triples and are catalogued under the file name ``name``, or
    are ``key_or_name`` or ``fallback``, in the order of their IRIs: each one's (file name,
    document, whether it matched), with the first catalogue row of a graph as ``graph_metadata``
    gives it. One query: ``store.graphs()``, which ``remove`` called twice, counts every graph of
    the store (0.45 s of CPU at 3x10^5 quads)."""
    given = [fallback]
    if key_or_name.startswith(documents):
        try:
            given.append(URIRef(key_or_name))
            sparql_term(given[-1])
        except Exception:  # not an IRI: no graph is named so
            given.pop()
    # a name no UTF-8 text can hold (lone surrogates, a file system's undecodable bytes) is no stored file's name:
    # an unbound term matches nothing, where the name itself made the query's text unencodable (a 400)
    name_term = sparql_term(RdfLiteral(name)) if _utf8(name) else "?unbound"
    text = _TARGETS.replace("GIVEN", " ".join(sparql_term(g) for g in given)).replace("NAME", name_term)
    result = store.query(text)
    if not isinstance(result, SelectResult):
        raise StoreError("the store answered a SELECT with something else")
    found: dict[str, tuple[str | None, str | None, bool]] = {}
    for g, file, doc, named in result.rows:
        key = str(g)
        matched = named is not None or key == key_or_name
        kept = found.get(key)
        if kept is None:
            found[key] = (None if file is None else str(file), None if doc is None else str(doc), matched)
        elif matched and not kept[2]:
            found[key] = (kept[0], kept[1], True)
    return found


def _utf8(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _reason(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__


def _after(outcome: Outcome, failure: str | None) -> None:
    """Add what failed after the document was stored to its outcome."""
    if failure:
        outcome.after = f"{outcome.after}; {failure}" if outcome.after else failure


#: Below this many documents to read, worker processes cost more than they save.
_PARALLEL_FROM = 8
#: Prepared documents (their N-Triples) held at most while they wait for their turn to be stored.
_READY_CAP = 64
#: Whether this process has prepared a document: its imports, vocabularies, shapes and Voikko are loaded.
_loaded = False
#: Whether :func:`_freeze_heap` froze this process's heap for the batch now running.
_frozen = False


def _freeze_heap() -> None:
    """Once this process has loaded what every document needs (after its first document), move
    everything it holds to the cyclic collector's permanent generation (``gc.freeze``) for the
    batch: the vocabularies, shapes, Voikko and the modules' remembered answers (a quarter of a
    million objects) were traversed again by every full collection, about a tenth of a
    document's CPU, and a forked worker inherits the frozen heap, so that its collector does not
    touch (and copy) the parent's pages either. Objects are freed by their reference counts as
    before; only cycles among the frozen ones wait for :func:`_thaw_heap`."""
    global _frozen
    if _loaded and not _frozen:
        gc.freeze()
        _frozen = True


def _thaw_heap() -> None:
    """The batch's end: the frozen objects are the collector's again (``gc.unfreeze``)."""
    global _frozen
    if _frozen:
        gc.unfreeze()
        _frozen = False


@dataclass
class Prepared:
    """One document read, extracted, mapped and validated, ready to be stored (picklable).

    The graph travels as N-Triples text with its size and class counts: the
    process that writes the store then builds no rdflib terms for it (from
    worker processes, unpickling the terms and rebuilding the graph cost that
    one process more than writing the store).
    """

    ntriples: str = ""
    count: int = 0
    facts: Counter[str] = field(default_factory=Counter)
    kind: str | None = None
    warnings: list[str] = field(default_factory=list)
    report: object | None = None
    error: str | None = None


_WORKER: Ingester | None = None


def _prepare_in_worker(job: tuple[Path, tuple[dict[str, object], bool]]) -> Prepared:
    """Run in a worker process: one Ingester per process, without a store."""
    global _WORKER
    path, (values, validate) = job
    if _WORKER is None:
        _WORKER = Ingester(None, Config.load(values, environ={}), validate=validate)
    return _WORKER.prepare(path)


#: The old name, for callers of the shapes' count (tests).
_violations = violations
