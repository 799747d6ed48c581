"""What runs in the pool's child processes: the query workers and the writer.

A query worker isolates itself (an empty network namespace, an address space
cap), opens the store read-only and answers :class:`QueryJob` s until its
parent is gone; the writer opens the store read-write for one write
(update, graph upload, ingest, curation) and ends. The web process's side,
which starts, times and kills them, is :mod:`.pool`.
"""

from __future__ import annotations

import contextlib
import logging
import os
import traceback
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from hankegraafi.server.engine import EngineError, check_size

log = logging.getLogger(__name__)

#: Frames of a child's traceback passed on (a RecursionError has thousands).
_TRACE_FRAMES = 30
#: A query worker gives its free heap back to the kernel after an answer larger than this...
TRIM_AFTER_BYTES = 1_000_000
#: ... or after any job that left it this much (MiB) more resident than after its last trim: a
#: query's own work (a join, sort or aggregate over 10^6 triples) is freed when its answer, small
#: as it may be, is sent, but glibc keeps the pages. Under the load test at 10^6 a worker held
#: 83 MB of heap so (the others 6-8). Reading ``/proc/self/statm`` costs microseconds.
TRIM_AFTER_GROWTH_MB = 8.0
#: ... and opens its store afresh when, trimmed, it is still this much (MiB) over its size with the
#: store just opened: RocksDB's caches of a read-only handle grow with what it reads and go only
#: with the handle.
REOPEN_AFTER_GROWTH_MB = 32.0


@dataclass(frozen=True)
class StoreSpec:
    """How a child process opens the store (picklable: a path or a URL, never a handle)."""

    location: str
    remote: bool
    base_iri: str
    remote_timeout: float = 30.0
    remote_retries: int = 2
    #: Address space of one query worker (MiB); 0 leaves it unlimited.
    query_memory_mb: int = 2048
    #: Largest serialised answer a worker hands to the web process (0: unlimited).
    max_result_bytes: int = 50_000_000

    def open_engine(self) -> Any:
        from hankegraafi.server.engine import OxigraphEngine, RemoteEngine

        if self.remote:
            return RemoteEngine(self.location.rstrip("/"), self.remote_timeout)
        import pyoxigraph as ox

        return OxigraphEngine(ox.Store.read_only(self.location))

    def open_store(self) -> Any:
        """The read-write :class:`Store` used by the writer process."""
        if self.remote:
            from hankegraafi.store.remote import RemoteStore

            return RemoteStore(
                self.location,
                base_iri=self.base_iri,
                timeout=self.remote_timeout,
                retries=self.remote_retries,
            )
        from hankegraafi.store.embedded import EmbeddedStore

        return EmbeddedStore(Path(self.location), base_iri=self.base_iri)


def _isolate(spec: StoreSpec) -> dict[str, str]:
    """Cut a query worker off the network and cap its memory; what could not be done, by name.

    A query worker of an embedded store needs no network at all, so it gets an
    empty network namespace: even a query that slipped past the guard cannot
    reach any host. One that queries a remote SPARQL server needs the network,
    and says so. Runs before anything starts a thread.
    """
    from hankegraafi.processes import cap_memory, isolate_network

    missing: dict[str, str] = {}
    if spec.remote:
        missing["network"] = "the store is a remote SPARQL server, which the workers must reach"
    else:
        why = isolate_network()
        if why:
            missing["network"] = why
    why = cap_memory(spec.query_memory_mb)
    if why:
        missing["memory"] = why
    return missing


def _reader_main(conn: Connection, spec: StoreSpec, parent: int) -> None:
    """A query worker: isolate itself, open the store read-only, then answer jobs until told to stop."""
    from hankegraafi.processes import die_with_parent, resident_mb, trim_heap

    missing = _isolate(spec)
    # Started from a short-lived thread at times, so no PR_SET_PDEATHSIG (see die_with_parent).
    die_with_parent(parent, deathsig=False)
    with contextlib.suppress(OSError):
        os.nice(5)  # the web process and the writer come first
    try:
        engine = spec.open_engine()
    except Exception as exc:
        conn.send(("fatal", f"{type(exc).__name__}: {exc}"))
        return
    conn.send(("ready", os.getpid(), missing))
    trimmed_at = opened_at = resident_mb()
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return  # the web process is gone
        if job is None:
            return
        large = False
        try:
            outcome = check_size(engine.execute(job), job, spec.max_result_bytes)
            conn.send(("ok", outcome))
            large = len(outcome.body) > TRIM_AFTER_BYTES
            del outcome
        except EngineError as exc:
            conn.send(("error", exc.kind, str(exc)))
        except MemoryError:
            conn.send(("memory", f"the query needed more than {spec.query_memory_mb} MiB"))
            return  # a worker that ran out of memory is not trusted with another query
        except Exception:
            conn.send(("crash", traceback.format_exc(limit=-_TRACE_FRAMES)))
        if large or resident_mb() > trimmed_at + TRIM_AFTER_GROWTH_MB:
            trim_heap()  # the job's rows and bytes are free now; a worker lives for many queries
            trimmed_at = resident_mb()
            if not spec.remote and trimmed_at > opened_at + REOPEN_AFTER_GROWTH_MB:
                with contextlib.suppress(Exception):  # else it answers on the handle it has
                    fresh = spec.open_engine()
                    engine = fresh
                    del fresh
                    trim_heap()
                    trimmed_at = opened_at = resident_mb()


def _writer_main(conn: Connection, spec: StoreSpec, op: tuple[Any, ...], parent: int) -> None:
    """The one read-write process: open the store, apply one write, close; it ends with the web process."""
    from hankegraafi.processes import cap_memory, die_with_parent, isolate_network
    from hankegraafi.store.base import QuerySyntaxError, StoreError, StoreLocked

    # The writer runs updates and parses uploads: no network for an embedded
    # store, and twice a query worker's memory (ingest validates in memory).
    # Before any thread starts (a user namespace needs a single thread). What could not be done is
    # the answer of "open" (the pool's start): the readers' isolation is the same kernel's, and
    # they start only on first need.
    missing: dict[str, str] = {}
    if not spec.remote and (why := isolate_network()):
        missing["network"] = why
    if why := cap_memory(spec.query_memory_mb * 2):
        missing["memory"] = why
    die_with_parent(parent, deathsig=False)
    try:
        store = spec.open_store()
    except StoreLocked as exc:
        conn.send(("error", "locked", str(exc)))
        return
    except Exception as exc:
        conn.send(("error", "store", f"{type(exc).__name__}: {exc}"))
        return
    try:
        conn.send(("ok", missing if op[0] == "open" else _apply(store, op)))
    except QuerySyntaxError as exc:
        conn.send(("error", "syntax", str(exc)))
    except (SyntaxError, ValueError) as exc:
        conn.send(("error", "bad-data", str(exc)))
    except StoreError as exc:
        conn.send(("error", "store", str(exc)))
    except Exception:
        conn.send(("error", "crash", traceback.format_exc(limit=-_TRACE_FRAMES)))
    finally:
        store.close()


def _aside_main(conn: Connection, spec: StoreSpec, parent: int) -> None:
    """The rebuild of a stale store's derived graphs beside the readers (``derived.compute_aside``):
    the store only read, as a query worker reads it, then a copy of it rebuilt. Says ``copied`` once
    the store itself is closed again, then ``ok`` with the copy's folder (None: nothing stale) or
    ``error``. No network, the writer's memory, below the web process and the writer in CPU."""
    from hankegraafi.ingest.derived import compute_aside
    from hankegraafi.processes import cap_memory, die_with_parent, isolate_network

    isolate_network()
    cap_memory(spec.query_memory_mb * 2)
    die_with_parent(parent, deathsig=False)
    with contextlib.suppress(OSError):
        os.nice(5)
    try:
        folder = compute_aside(Path(spec.location), spec.base_iri, on_copied=lambda: conn.send(("copied",)))
        conn.send(("ok", None if folder is None else str(folder)))
    except Exception as exc:
        conn.send(("error", f"{type(exc).__name__}: {exc}"))


def _keeping(store: Any, update: str, graphs: tuple[str, ...]) -> str:
    """``update`` followed, in the same request (one transaction), by each of ``graphs`` put back
    as it is now: an update that may write any graph (``DROP ALL``, ``GRAPH ?g`` in a template)
    leaves the product's own records as they were (``sparql.own_graphs``)."""
    import secrets

    from rdflib import BNode, Graph, URIRef

    from hankegraafi.store.sparqlparse import strip_comments

    parts = [update.rstrip() if strip_comments(update).rstrip().endswith(";") else update.rstrip() + "\n;"]
    # Blank nodes under labels of this request's own (random, per graph), which no client can know
    # beforehand: the store's labels are public (/sparql), and one label in two blocks of a request
    # is a syntax error, so an update using one of them was refused.
    prefix = f"keep{secrets.token_hex(16)}g"
    for n, graph in enumerate(graphs):
        fresh: dict[BNode, BNode] = {}

        def relabel(term: Any, fresh: dict[BNode, BNode] = fresh, mark: str = f"{prefix}{n}n") -> Any:
            return fresh.setdefault(term, BNode(f"{mark}{len(fresh)}")) if isinstance(term, BNode) else term

        kept = Graph()
        for triple in store.get_graph(URIRef(graph)):
            kept.add((relabel(triple[0]), triple[1], relabel(triple[2])))
        triples = kept.serialize(format="nt")
        parts.append(f"DROP SILENT GRAPH <{graph}>")
        if triples.strip():
            parts.append(f"INSERT DATA {{ GRAPH <{graph}> {{\n{triples}\n}} }}")
    if graphs:  # the last is the document catalogue (sparql.own_graphs): entries of graphs now gone go
        parts.append(_gone_entries(graphs[-1]))
    return "\n".join([*parts[:1], " ;\n".join(parts[1:])])


def _gone_entries(catalogue: str) -> str:
    """The update that drops the catalogue's entry of every document graph that holds nothing
    now, as ``DELETE /graph-store`` drops the entry of the graph it drops (``store.drop_graph``)."""
    from hankegraafi.ontology.namespaces import HG

    return (
        f"DELETE {{ GRAPH <{catalogue}> {{ ?g ?p ?o }} }} WHERE {{ GRAPH <{catalogue}> "
        f"{{ ?g a <{HG.DocumentGraph}> ; ?p ?o }} FILTER NOT EXISTS {{ GRAPH ?g {{ ?s ?q ?v }} }} }}"
    )


def _apply(store: Any, op: tuple[Any, ...]) -> Any:
    kind = op[0]
    if kind == "open":
        return None
    if kind == "derive":  # after a write stopped part way: the derived graphs follow what it stored
        _derive(store)
        return None
    if kind == "derive-apply":  # the short write of a rebuild done aside (server/rebuild.py)
        from hankegraafi.ingest.derived import apply_computed

        return apply_computed(store, str(store.base_iri), Path(op[1]))
    if kind == "update":
        kept = op[2] if len(op) > 2 else ()
        store.update(_keeping(store, op[1], kept) if kept else op[1])
        _derive(store)
        return None
    if kind == "replace":
        from rdflib import URIRef

        from hankegraafi.rdfinput import parse_untrusted

        _, graph, data, rdf_format = op
        # Checked in the web process already; checked again where it is parsed (UnsafeRdf is a ValueError: 400).
        g = parse_untrusted(data, rdf_format)
        store.replace_graph(URIRef(graph), g)
        _derive(store)
        return len(g)
    if kind == "drop":
        from rdflib import URIRef

        dropped = store.drop_graph(URIRef(op[1]))
        _derive(store)
        return dropped
    if kind == "ingest":
        return _ingest(store, op[1], op[2], op[3])
    if kind == "ingest-files":  # the command line's documents, by path (server/handoff.py)
        return _ingest_files(store, op[1], op[2], op[3])
    if kind == "curate":  # a decision from /review: recorded, applied, derived graphs rebuilt
        from hankegraafi.ingest.curation import decide

        return decide(store, op[1], op[2], op[3], **op[4])
    if kind == "remove":
        from hankegraafi.ingest.pipeline import Ingester
        from hankegraafi.settings import Config

        removed = Ingester(store, Config.load(op[2], environ={})).remove(op[1])
        return None if removed is None else str(removed)
    if kind == "remove-files":  # the command line's names, in one write (server/handoff.py)
        from hankegraafi.ingest.pipeline import Ingester
        from hankegraafi.settings import Config

        ingester = Ingester(store, Config.load(op[2], environ={}))
        return [None if (gone := ingester.remove(name)) is None else str(gone) for name in op[1]]
    raise ValueError(f"unknown write {kind!r}")


def _derive(store: Any) -> None:
    """A write through SPARQL Update or the graph store is a write like an ingest: the derived
    graphs (curation applied, canonical projects, inferences) follow what is now stored."""
    from hankegraafi.ingest.derived import recompute_all

    recompute_all(store, str(store.base_iri))


def _ingest(store: Any, name: str, data: bytes, values: dict[str, Any]) -> dict[str, Any]:
    """One uploaded document through the ingest pipeline; the name was made safe by the web layer."""
    import tempfile

    from hankegraafi.ingest.pipeline import Ingester
    from hankegraafi.settings import Config

    cfg = Config.load(values, environ={})
    with tempfile.TemporaryDirectory(prefix="hg-upload-") as folder:
        path = Path(folder) / Path(name).name
        path.write_bytes(data)
        ingester = Ingester(store, cfg)
        ingester.ensure_reference_graphs()
        outcome = ingester.ingest(path)
    return _outcome(outcome, name, path)


def _outcome(outcome: Any, name: str, path: Path) -> dict[str, Any]:
    """One outcome as the ingest routes answer it; the temporary path never shows."""
    return {
        "file": name,
        "status": outcome.status,
        "graph": None if outcome.graph is None else str(outcome.graph),
        "kind": outcome.kind,
        "triples": outcome.triples,
        "facts": dict(outcome.facts),
        "warnings": list(outcome.warnings),
        "error": outcome.error.replace(str(path), name) if outcome.error else None,
        "reason": outcome.reason,
        # What failed after the document was stored (its change-log entry, the derived graphs'
        # rebuild): the command line prints "stored, but: ..." (P9's ingest/pipeline.py Outcome.after).
        "after": getattr(outcome, "after", None),
    }


def _ingest_files(
    store: Any, paths: list[str], values: dict[str, Any], flags: dict[str, bool]
) -> list[dict[str, Any]]:
    """Documents on this machine's disk, ingested as ``hankegraafi ingest`` would: same file names, same graphs."""
    from hankegraafi.ingest.pipeline import Ingester
    from hankegraafi.settings import Config

    ingester = Ingester(store, Config.load(values, environ={}), **flags)
    ingester.ensure_reference_graphs()
    outcomes = ingester.ingest_all([Path(p) for p in paths])
    return [_outcome(o, str(o.path), o.path) for o in outcomes]
