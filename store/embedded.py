"""The embedded store: pyoxigraph (RocksDB) in a directory on disk.

Oxigraph runs each SPARQL update and each ``extend`` in one transaction; a
graph is replaced by one update that drops the old triples, inserts the new
ones and rewrites the catalogue entry, so a crash at any point leaves the old
graph or the new one, whole, and no reader ever sees a graph in between.
"""

from __future__ import annotations

import io
import logging
import os
import threading
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import IO

import pyoxigraph as ox
from rdflib import Graph, URIRef

from hankegraafi.ontology.namespaces import BASE_IRI_DEFAULT, catalogue_graph
from hankegraafi.store.base import (
    GRAPHS_QUERY,
    STAGING_PREFIX,
    Bindings,
    DocumentMeta,
    DumpFormat,
    EngineSource,
    GraphInfo,
    QueryResult,
    QuerySyntaxError,
    SelectResult,
    Store,
    StoreError,
    StoreLocked,
    UnsupportedFormat,
    UpdateFailed,
    graph_infos,
    inject_values,
    metadata_triples,
)
from hankegraafi.store.terms import ox_to_graph, ox_to_rdflib

log = logging.getLogger(__name__)


def _bytes(serialized: bytes | None) -> bytes:
    """pyoxigraph's ``serialize()`` without an output: the bytes (None only when given an output)."""
    if serialized is None:
        raise StoreError("pyoxigraph serialised nothing")
    return serialized


#: Line-based formats: a chunk cut at a line end is a valid document on its own.
_LINE_FORMATS = ("nq", "nt")
#: Bytes per chunk of a parallel bulk load, and the most threads one load uses.
_LOAD_CHUNK = 32 << 20
_LOAD_THREADS = 4

RDF_FORMATS: dict[str, ox.RdfFormat] = {
    "nq": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG,
    "ttl": ox.RdfFormat.TURTLE,
    "nt": ox.RdfFormat.N_TRIPLES,
}

RESULT_FORMATS: dict[str, ox.QueryResultsFormat] = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}

GRAPH_FORMATS: dict[str, ox.RdfFormat] = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
    "application/ld+json": ox.RdfFormat.JSON_LD,
    "application/n-quads": ox.RdfFormat.N_QUADS,
    "application/trig": ox.RdfFormat.TRIG,
}


def _refuse_foreign_folder(path: Path) -> None:
    """StoreError if ``path`` is a folder holding other files and no store (no engine CURRENT
    file): the engine would put its files among them, move a file named LOG aside and, cleaning
    up, delete names like ``000001.log`` it did not write (``--store`` naming the documents'
    own folder, '.' or the home folder; tests/reliability/test_cli_outputs.py). An empty folder,
    or one not there yet, becomes a store."""
    try:
        if not path.is_dir() or (path / "CURRENT").exists():
            return
        with os.scandir(path) as entries:
            other = next((entry.name for entry in entries), None)
    except OSError as exc:
        raise StoreError(f"cannot open embedded store at {path}: {exc}") from exc
    if other is not None:
        raise StoreError(
            f"{path} ei ole tietovarasto / är inget lager / is no store: the folder holds other files "
            f"({other!r} …) and no store's; give an empty or new folder (--store)"
        )


class EmbeddedStore(Store):
    """pyoxigraph on disk (or in memory when ``path`` is None, for tests and tools)."""

    def __init__(
        self,
        path: Path | None,
        *,
        base_iri: str = BASE_IRI_DEFAULT,
        read_only: bool = False,
    ) -> None:
        self.path = path
        self.base_iri = base_iri
        self.read_only = read_only
        #: Held while a document's graph is written: :meth:`_write_new` looks, then loads.
        self._writing = threading.Lock()
        self.description = f"embedded store at {path}" if path else "in-memory store"
        try:
            if path is None:
                self._store = ox.Store()
            elif read_only:
                if not (path / "CURRENT").exists():
                    raise StoreError(
                        f"no store at {path}: ingest documents first ('hankegraafi ingest PATH --store {path}')"
                    )
                self._store = ox.Store.read_only(str(path))
            else:
                _refuse_foreign_folder(path)
                path.mkdir(parents=True, exist_ok=True)
                self._store = ox.Store(str(path))
        except OSError as exc:
            message = str(exc)
            if "lock" in message.lower():
                raise StoreLocked(
                    "tietovarasto on toisen prosessin käytössä / lagret används av en annan process / "
                    f"{self.description} is in use by another process "
                    f"(is 'hankegraafi serve' or another ingest running?): {message}"
                ) from exc
            raise StoreError(f"cannot open {self.description}: {message}") from exc
        except RuntimeError as exc:  # the engine's own word for files it cannot read (Corruption: …)
            raise StoreError(
                f"cannot open {self.description}: its files are damaged ({exc}); restore the folder "
                "from a backup, or load an export into a new store ('hankegraafi load FILE --store NEW')"
            ) from exc
        if not read_only:
            self._drop_orphaned_staging()

    @classmethod
    def over(cls, handle: ox.Store, *, base_iri: str = BASE_IRI_DEFAULT) -> EmbeddedStore:
        """A read-only :class:`Store` over a handle another part opened and keeps (``serve``'s local
        lane): nothing is opened, and :meth:`close` only lets go of it."""
        store = cls.__new__(cls)
        store.path = None
        store.base_iri = base_iri
        store.read_only = True
        store._writing = threading.Lock()
        store.description = "the server's read-only handle of its store"
        store._store = handle
        return store

    # -- queries -------------------------------------------------------------

    def _run(
        self, sparql: str, bindings: Bindings | None
    ) -> ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples:
        # pyoxigraph's own substitution only binds projected variables, so the
        # parameters go in as a VALUES block escaped by rdflib, as on a remote server.
        text = inject_values(sparql, bindings) if bindings else sparql
        try:
            return self._store.query(text, use_default_graph_as_union=True)
        except SyntaxError as exc:
            raise QuerySyntaxError(str(exc)) from exc
        except OSError as exc:
            raise StoreError(f"{self.description}: {exc}") from exc

    def query(self, sparql: str, *, bindings: Bindings | None = None) -> QueryResult:
        result = self._run(sparql, bindings)
        if isinstance(result, ox.QueryBoolean):
            return bool(result)
        if isinstance(result, ox.QuerySolutions):
            variables = [v.value for v in result.variables]
            rows = [tuple(ox_to_rdflib(sol[i]) for i in range(len(variables))) for sol in result]
            return SelectResult(variables, rows)
        return ox_to_graph(result)

    def query_serialized(self, sparql: str, media_type: str, *, bindings: Bindings | None = None) -> bytes:
        result = self._run(sparql, bindings)
        if isinstance(result, ox.QueryTriples):
            fmt = GRAPH_FORMATS.get(media_type)
            if fmt is None:
                raise UnsupportedFormat(f"graph results cannot be given as {media_type}")
            return _bytes(result.serialize(format=fmt))
        fmt_r = RESULT_FORMATS.get(media_type)
        if fmt_r is None:
            raise UnsupportedFormat(f"query results cannot be given as {media_type}")
        return _bytes(result.serialize(format=fmt_r))

    # -- updates -------------------------------------------------------------

    def _writable(self) -> None:
        if self.read_only:
            raise StoreError(f"{self.description} is open read-only")

    def update(self, sparql: str) -> None:
        self._writable()
        try:
            self._store.update(sparql)
        except SyntaxError as exc:
            raise QuerySyntaxError(str(exc)) from exc
        except RuntimeError as exc:  # Oxigraph's failed operation: "The graph <g> does not exist"
            raise UpdateFailed(f"the update failed: {exc}; SILENT lets the operation pass") from exc
        except OSError as exc:
            raise StoreError(f"{self.description}: update failed: {exc}") from exc

    def replace_graph(self, graph: URIRef, data: Graph, meta: DocumentMeta | None = None) -> None:
        """Drop the old graph, write the new one and its catalogue entry in one transaction.

        One SPARQL update is one transaction in Oxigraph: a reader sees the
        graph wholly old or wholly new, and a kill leaves nothing behind. (An
        earlier version loaded into a staging graph first and moved it; a kill
        between the two left that staging graph visible to every reader.)
        """
        count = len(data)
        self.replace_graph_ntriples(graph, data.serialize(format="nt") if count else "", count, meta)

    def replace_graph_ntriples(
        self, graph: URIRef, ntriples: str, count: int, meta: DocumentMeta | None = None
    ) -> None:
        """:meth:`replace_graph` with the text as it is, in the same one update.

        A graph the store has never held (no triple, no catalogue entry) is written by the
        engine's N-Quads loader instead, still in one transaction with its catalogue entry: there
        is nothing to drop, and Oxigraph's SPARQL parser took a third of a document's write
        (:meth:`_write_new`)."""
        self._writable()
        target = f"<{graph}>"
        catalogue = catalogue_graph(self.base_iri)
        body = metadata_triples(graph, meta, count).serialize(format="nt") if meta is not None else ""
        with self._writing:
            if self._write_new(graph, ntriples if count else "", catalogue, body):
                log.info("replaced %s (%d triples)", graph, count)
                return
            parts = [f"DROP SILENT GRAPH {target}"]
            if count:
                parts.append(f"INSERT DATA {{ GRAPH {target} {{ {ntriples} }} }}")
            parts.append(f"DELETE WHERE {{ GRAPH <{catalogue}> {{ {target} ?p ?o }} }}")
            if meta is not None:
                parts.append(f"INSERT DATA {{ GRAPH <{catalogue}> {{ {body} }} }}")
            self.update(" ;\n".join(parts))
        log.info("replaced %s (%d triples)", graph, count)

    def _write_new(self, graph: URIRef, ntriples: str, catalogue: URIRef, body: str) -> bool:
        """Write a graph the store does not hold and its catalogue entry in one load (one
        transaction, as the update); False, writing nothing, when there is something to replace,
        a blank node in the entry, a line that is not one N-Triples statement or a text the loader
        refuses. The caller holds :attr:`_writing`, so that no other thread of this process writes
        the graph between the look and the load.

        A blank node of the graph is loaded too: the engine's loader (pyoxigraph >= 0.5) names
        every blank node of a load afresh, as an update makes those of its INSERT DATA new, so
        that no label of the text meets one the store holds (tests/store/test_new_graph_write.py).
        The vocabularies' graph (10 000 triples with blank nodes, written into every new store)
        went by the SPARQL parser: 0.48 s of CPU a new store, 0.22 s by the loader (stop 56)."""
        name = ox.NamedNode(str(graph))
        if "_:" in body or self._store.contains_named_graph(name):
            return False
        if (
            next(self._store.quads_for_pattern(name, None, None, ox.NamedNode(str(catalogue))), None)
            is not None
        ):
            return False
        quads: list[str] = []
        for text, into in ((ntriples, f"<{graph}>"), (body, f"<{catalogue}>")):
            for line in text.split("\n"):
                line = line.rstrip()
                if not line:
                    continue
                if not line.endswith(" ."):
                    return False
                quads.append(f"{line[:-1]}{into} .\n")
        if not quads:
            return True  # no triples and no entry: what the update leaves too
        try:
            self._store.load("".join(quads), format=ox.RdfFormat.N_QUADS)
        except SyntaxError:  # nothing written: the update says what it says of the text
            return False
        except OSError as exc:
            raise StoreError(f"{self.description}: update failed: {exc}") from exc
        return True

    def drop_graph(self, graph: URIRef) -> bool:
        self._writable()
        existed = self._store.contains_named_graph(ox.NamedNode(str(graph)))
        catalogue = catalogue_graph(self.base_iri)
        self.update(
            f"DROP SILENT GRAPH <{graph}> ;\nDELETE WHERE {{ GRAPH <{catalogue}> {{ <{graph}> ?p ?o }} }}"
        )
        return bool(existed)

    def _drop_orphaned_staging(self) -> None:
        orphans = [
            g
            for g in self._store.named_graphs()
            if isinstance(g, ox.NamedNode) and g.value.startswith(STAGING_PREFIX)
        ]
        for g in orphans:
            log.warning("dropping staging graph left by an interrupted write: %s", g.value)
            self._store.remove_graph(g)

    # -- inspection ----------------------------------------------------------

    def graphs(self) -> list[GraphInfo]:
        result = self.query(GRAPHS_QUERY)
        assert isinstance(result, SelectResult)
        return graph_infos(result)

    def count(self, graph: URIRef | None = None) -> int:
        if graph is None:
            return len(self._store)
        return sum(1 for _ in self._store.quads_for_pattern(None, None, None, ox.NamedNode(str(graph))))

    # -- bulk ----------------------------------------------------------------

    def load(
        self,
        source: Path | IO[bytes],
        fmt: DumpFormat,
        *,
        lenient: bool = False,
        threads: int | None = None,
        optimize: bool = True,
    ) -> int:
        """Add a dataset with Oxigraph's bulk loader; returns the quads added.

        N-Quads and N-Triples of more than one chunk are cut at line ends and
        loaded by several threads at once (the bulk loader is CPU-bound and
        releases the GIL), about twice as fast on two cores. ``lenient`` skips
        most of the parser's validation (IRIs, language tags), roughly doubling
        the rate again: for files this tool wrote itself (an export), not for
        input from elsewhere. Like a single bulk load, a file that fails half
        way leaves what was loaded before the error. It ends with
        :meth:`optimize` (``optimize=False`` leaves that to the caller): the
        chunks leave many small files behind, and queries read them all.
        """
        self._writable()
        rdf_format = RDF_FORMATS.get(fmt)
        if rdf_format is None:
            raise UnsupportedFormat(f"cannot load format {fmt!r}")
        name = getattr(source, "name", source)
        workers = threads if threads is not None else min(_LOAD_THREADS, os.cpu_count() or 1)
        before = len(self._store)
        try:
            if fmt in _LINE_FORMATS and workers > 1:
                if isinstance(source, Path):
                    with source.open("rb") as fh:
                        self._load_lines(fh, rdf_format, workers, lenient, name)
                else:
                    self._load_lines(source, rdf_format, workers, lenient, name)
            elif isinstance(source, Path):
                self._store.bulk_load(path=str(source), format=rdf_format, lenient=lenient)
            else:
                self._store.bulk_load(source, format=rdf_format, lenient=lenient)
        except SyntaxError as exc:
            raise StoreError(f"cannot load {name}: {exc}") from exc
        except OSError as exc:
            raise StoreError(f"{self.description}: load failed: {exc}") from exc
        if optimize:
            self.optimize()
        return len(self._store) - before

    def optimize(self) -> None:
        """Compact the store's files (RocksDB), as after a bulk load: at 10^6 triples of generated
        data the chunked load's 50 files became 19 and the catalogue's slow queries 1.8–2.7x faster."""
        self._writable()
        try:
            self._store.optimize()
        except OSError as exc:
            raise StoreError(f"{self.description}: optimize failed: {exc}") from exc

    def _load_lines(
        self, source: IO[bytes], rdf_format: ox.RdfFormat, workers: int, lenient: bool, name: object
    ) -> None:
        """Bulk-load a line-based file in chunks on ``workers`` threads.

        Blank node labels are scoped to one bulk-load call, so every line that
        may hold a blank node (``_:``) is kept back and loaded in one last call.
        """
        first = source.read(_LOAD_CHUNK)
        rest = source.read(1)
        if not rest:  # one chunk: nothing to share out
            self._store.bulk_load(first, format=rdf_format, lenient=lenient)
            return
        blank: list[bytes] = []
        pending: list[tuple[int, Future[None]]] = []

        def load(chunk: bytes) -> None:
            self._store.bulk_load(chunk, format=rdf_format, lenient=lenient)

        def collect(limit: int) -> None:
            while len(pending) > limit:
                line, future = pending.pop(0)
                try:
                    future.result()
                except SyntaxError as exc:
                    raise SyntaxError(f"{exc} (in the part that starts at line {line})") from exc

        line = 1
        carry = first + rest
        with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="bulk-load") as pool:
            eof = False
            while not eof:
                block = source.read(_LOAD_CHUNK)
                eof = not block
                data = carry + block
                if not data:
                    break
                cut = len(data) if eof else data.rfind(b"\n") + 1
                if cut == 0:  # one line longer than a chunk: keep reading
                    carry = data
                    continue
                chunk, carry = data[:cut], data[cut:]
                if b"_:" in chunk:
                    lines = chunk.splitlines(keepends=True)
                    blank.extend(x for x in lines if b"_:" in x)
                    chunk = b"".join(x for x in lines if b"_:" not in x)
                pending.append((line, pool.submit(load, chunk)))
                line += data[:cut].count(b"\n")
                collect(2 * workers)
            collect(0)
        if blank:
            self._store.bulk_load(b"".join(blank), format=rdf_format, lenient=lenient)
        log.info("bulk-loaded %s on %d threads", name, workers)

    def dump(self, out: IO[bytes], fmt: DumpFormat) -> None:
        rdf_format = RDF_FORMATS.get(fmt)
        if rdf_format is None:
            raise UnsupportedFormat(f"cannot dump format {fmt!r}")
        if fmt in ("nq", "trig"):
            self._store.dump(out, format=rdf_format)
            return
        # A triple format gets the union of all graphs (duplicates removed), the default graph
        # among them: a Turtle or N-Triples load writes there, and every query reads it.
        result = self._store.query(
            "CONSTRUCT { ?s ?p ?o } WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }"
        )
        if not isinstance(result, ox.QueryTriples):
            raise StoreError(f"{self.description}: a CONSTRUCT gave no triples")
        result.serialize(out, format=rdf_format)

    def flush(self) -> None:
        self._store.flush()

    def engine_source(self) -> EngineSource:
        return EngineSource(oxigraph=self._store)

    def close(self) -> None:
        if not self.read_only and self.path is not None:
            try:
                self._store.flush()
            except OSError as exc:
                del self._store
                # The transactions were committed to RocksDB's write-ahead log, which the
                # next open replays; the user still has to know the disk is full.
                raise StoreError(f"embedded store at {self.path}: could not flush on close: {exc}") from exc
        del self._store


def dump_bytes(store: Store, fmt: DumpFormat) -> bytes:
    buf = io.BytesIO()
    store.dump(buf, fmt)
    return buf.getvalue()
