"""HTML resource pages kept as rendered, read back by key while the store's files are unchanged.

A resource page costs one web process 8-63 ms of CPU to build at 10^6 triples (queries, names,
shaping, the template), and one process builds every page (the GIL): about 35 pages/s at most,
where issue 17 asks 200 at 32 connections. A page's HTML is a function of the data, the page's
IRI and path, its language and the app's settings, so a page rendered once is the answer for
every later request of the same data: this module keeps the bodies in a SQLite file beside the
store (:func:`bodies_path`), compressed, keyed by

- the **store's stamp** (:func:`store_stamp`): a digest of the names and sizes of the RocksDB
  files that hold data (``*.sst``, and the write-ahead logs that are not empty). Every committed
  write appends to a log or adds a table file (a bulk load; a compaction only renames, which
  makes a new stamp and so only loses the bodies), and RocksDB never reuses a file's number, so
  equal stamps mean no write came between, whatever wrote (``serve``'s writer, ``hankegraafi
  load`` while the server was stopped, a SPARQL update). Opening the store read-write flushes a
  non-empty log into a table file once; after that an idle store keeps its stamp across
  restarts of ``serve``;
- the **code's stamp** (:func:`code_stamp`): a digest of the package's page code, templates,
  texts, queries and vocabularies, so a body an older code rendered is never served;
- the page's path, IRI, language and the app's settings that a page shows
  (:func:`variant`: the base IRI, whether person names are published, which views exist).

Exactness is by construction, not by a list of what each write touched: a body is stored only
for the stamp its data was read at (:meth:`PageBodies.put` is given the stamp read before the
page's reads and is refused unless the stamp read after them is the same), and read only for the
stamp now. A write does not kill the bodies it did not touch: each is stored with the reads that
made it (``server/reads.py``), and a body of an earlier stamp is carried to the stamp now when
every read, made again over the data now, answers the same (:func:`replay`, in a request by
:func:`carry`, for every body by the renderer's first pass): the page is a function of its reads.
``tests/pages/test_bodies.py`` compares every stored page, carried or rendered, with the page built
live after ingest, re-ingest, remove, load, a curation decision and a SPARQL update.

Who fills it: a page built live is stored as it is answered (:func:`~.routes.document`), and
:mod:`.prerender` renders the pages of the kinds people browse (projects, organisations,
counties, services, vocabularies, documents) in a process of its own at low priority.
``HANKEGRAAFI_PAGE_BODIES=0`` switches it all off.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import sqlite3
import threading
import time
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from hankegraafi.server import reads as page_reads

log = logging.getLogger(__name__)

#: The environment switch (``0``, ``false``, ``no``, ``off``: no stored bodies, none written).
ENV = "HANKEGRAAFI_PAGE_BODIES"
#: Most bytes of one page's HTML kept (a larger one is built live every time).
MAX_BODY = 4 * 1024 * 1024
#: How long a stamp read for the lookups of one write generation is trusted before it is read
#: again (a compaction after a write renames files: only a miss, never a wrong page).
STAMP_SECONDS = 2.0

_SCHEMA = """
DROP TABLE IF EXISTS bodies;
CREATE TABLE IF NOT EXISTS pages (
  key TEXT PRIMARY KEY,
  stamp TEXT NOT NULL,
  body BLOB NOT NULL,
  reads BLOB
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS pages_stamp ON pages (stamp);
CREATE TABLE IF NOT EXISTS rendered (stamp TEXT NOT NULL, what TEXT NOT NULL, PRIMARY KEY (stamp, what))
"""


@dataclass
class Kept:
    """A page's body stored for another stamp, with the reads that made it (``server/reads.py``)."""

    key: str
    stamp: str
    body: bytes
    reads: list[Any]


def enabled() -> bool:
    """Whether stored bodies are read and written (``HANKEGRAAFI_PAGE_BODIES``, on by default)."""
    return os.environ.get(ENV, "1").strip().lower() not in ("0", "false", "no", "off")


def bodies_path(store: Path) -> Path:
    """The SQLite file of ``store``'s bodies: hidden, beside the store's folder."""
    store = Path(store).resolve()
    return store.parent / f".{store.name}.pages.sqlite"


def store_stamp(store: Path) -> str | None:
    """A digest of the data files of the store's folder (their names and sizes), or None when it
    is no folder of RocksDB files. Empty logs, the manifest, options and info logs are left out:
    they change when the store is opened, not when its data does."""
    try:
        entries = sorted(os.scandir(store), key=lambda e: e.name)
    except OSError:
        return None
    parts: list[str] = []
    for entry in entries:
        name = entry.name
        if not (name.endswith(".sst") or name.endswith(".log")):
            continue
        try:
            size = entry.stat().st_size
        except OSError:  # removed by a compaction while listed: the next read sees the new set
            return None
        if name.endswith(".log") and size == 0:
            continue
        parts.append(f"{name} {size}")
    if not parts:
        return None
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:32]


#: The packages a page's HTML comes from, and whether their subfolders count (the server's own
#: do not: its front ends' node_modules are thousands of files no page reads).
_CODE = (
    ("hankegraafi.server", False),
    ("hankegraafi.server.pages", True),
    ("hankegraafi.queries", True),
    ("hankegraafi.ontology", True),
)
_TEMPLATES = "templates/pages"
_CODE_SUFFIXES = frozenset({".py", ".html", ".rq", ".json", ".ttl", ".yaml", ".toml"})


@cache
def code_stamp() -> str:
    """A digest of the code and texts a page's HTML comes from (the server's, the queries', the
    ontology's and the settings' files), read once per process."""
    import importlib

    h = hashlib.sha256()
    for package, deep in _CODE:
        base = Path(importlib.import_module(package).__file__ or "").resolve().parent
        for path in sorted(base.rglob("*") if deep else base.iterdir()):
            if path.suffix in _CODE_SUFFIXES and path.is_file():
                h.update(f"{package}/{path.relative_to(base)}".encode())
                h.update(path.read_bytes())
    import hankegraafi

    templates = Path(importlib.import_module("hankegraafi.server").__file__ or "").resolve().parent / _TEMPLATES
    for path in sorted(templates.iterdir()):
        h.update(path.name.encode())
        h.update(path.read_bytes())
    for name in ("settings.py", "__init__.py"):
        path = Path(hankegraafi.__file__).resolve().parent / name
        if path.is_file():
            h.update(path.read_bytes())
    return h.hexdigest()[:16]


def variant(base_iri: str, person_names: bool, views: Iterable[str]) -> str:
    """What of the app's settings a page's HTML shows, as one short key."""
    text = "\n".join([base_iri, "names" if person_names else "no-names", *sorted(views)])
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def page_key(path: str, iri: str, lang: str, script_root: str, settings: str) -> str:
    """The key of one page's body under a stamp (the code's stamp is part of it)."""
    return f"{code_stamp()}|{settings}|{lang}|{script_root}|{path}|{iri}"


class PageBodies:
    """The stored bodies of one store (a SQLite file), shared by the threads of a process."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._local = threading.local()
        self._failed = False
        #: Hits and misses of :meth:`get`, bodies written by :meth:`put` (the benchmark reads them).
        self.hits = self.misses = self.written = 0
        #: Bodies carried to a new stamp (:meth:`restamp`): their reads answered as before.
        self.carried = 0

    def _db(self) -> sqlite3.Connection | None:
        if self._failed:
            return None
        db = getattr(self._local, "db", None)
        if db is None:
            try:
                db = sqlite3.connect(self.path, timeout=2.0, isolation_level=None, check_same_thread=False)
                db.execute("PRAGMA journal_mode=WAL")
                db.execute("PRAGMA synchronous=NORMAL")
                db.executescript(_SCHEMA)
            except sqlite3.Error as exc:
                log.warning("stored page bodies off: %s: %s", self.path, exc)
                self._failed = True
                return None
            self._local.db = db
        return db

    def get(self, stamp: str, key: str) -> bytes | None:
        """The body stored for ``key`` under ``stamp``, or None."""
        db = self._db()
        if db is None:
            return None
        try:
            row = db.execute("SELECT body FROM pages WHERE key = ? AND stamp = ?", (key, stamp)).fetchone()
            body = None if row is None else zlib.decompress(row[0])
        except (sqlite3.Error, zlib.error) as exc:
            log.warning("a stored page body could not be read (built live): %s", exc)
            body = None
        if body is None:
            self.misses += 1
        else:
            self.hits += 1
        return body

    def put(self, stamp: str, key: str, body: bytes, reads: list[Any] | None = None) -> bool:
        """Store ``body`` under ``stamp`` (with the reads that made it, if recorded); False when
        too large or not written."""
        return self.put_many(stamp, [(key, body, reads)]) == 1

    def put_many(self, stamp: str, items: Iterable[tuple[str, bytes, list[Any] | None]]) -> int:
        """Store several bodies under ``stamp`` in one transaction (each replaces the key's
        earlier body); how many were written."""
        rows = [
            (key, stamp, zlib.compress(body, 1), None if reads is None else _pack(reads))
            for key, body, reads in items
            if len(body) <= MAX_BODY
        ]
        db = self._db()
        if db is None or not rows:
            return 0
        if not self._write(
            db, "INSERT OR REPLACE INTO pages (key, stamp, body, reads) VALUES (?, ?, ?, ?)", rows
        ):
            return 0
        self.written += len(rows)
        return len(rows)

    def _write(self, db: sqlite3.Connection, sql: str, rows: list[tuple[Any, ...]]) -> bool:
        try:
            db.execute("BEGIN IMMEDIATE")
            db.executemany(sql, rows)
            db.execute("COMMIT")
        except sqlite3.Error as exc:
            log.warning("page bodies not stored: %s", exc)
            with contextlib.suppress(sqlite3.Error):
                db.execute("ROLLBACK")
            return False
        return True

    def keys(self, stamp: str) -> set[str]:
        """The keys stored under ``stamp``."""
        db = self._db()
        if db is None:
            return set()
        return {row[0] for row in db.execute("SELECT key FROM pages WHERE stamp = ?", (stamp,))}

    def kept(self, key: str, stamp: str) -> Kept | None:
        """The body of ``key`` stored for another stamp than ``stamp``, if its reads were recorded."""
        db = self._db()
        if db is None:
            return None
        try:
            row = db.execute(
                "SELECT stamp, body, reads FROM pages WHERE key = ? AND stamp != ? AND reads IS NOT NULL",
                (key, stamp),
            ).fetchone()
            return None if row is None else Kept(key, row[0], zlib.decompress(row[1]), _unpack(row[2]))
        except (sqlite3.Error, zlib.error, ValueError) as exc:
            log.warning("a stored page body could not be read (built live): %s", exc)
            return None

    def older(self, stamp: str) -> list[tuple[str, list[Any]]]:
        """The keys stored for other stamps than ``stamp`` with their reads (none without)."""
        db = self._db()
        if db is None:
            return []
        out = []
        for key, packed in db.execute(
            "SELECT key, reads FROM pages WHERE stamp != ? AND reads IS NOT NULL", (stamp,)
        ):
            with contextlib.suppress(zlib.error, ValueError):
                out.append((key, _unpack(packed)))
        return out

    def restamp(self, stamp: str, keys: Iterable[str]) -> int:
        """Mark the bodies of ``keys`` right for ``stamp`` (their reads gave the same answers)."""
        rows = [(stamp, key) for key in keys]
        db = self._db()
        if db is None or not rows or not self._write(db, "UPDATE pages SET stamp = ? WHERE key = ?", rows):
            return 0
        self.carried += len(rows)
        return len(rows)

    def drop(self, keys: Iterable[str]) -> None:
        """Remove the bodies of ``keys`` (a read of theirs answers otherwise now)."""
        db = self._db()
        rows = [(key,) for key in keys]
        if db is not None and rows:
            self._write(db, "DELETE FROM pages WHERE key = ?", rows)

    def mark_rendered(self, stamp: str, what: str) -> None:
        """Note that every page of ``what`` (a language's prerender) is stored for ``stamp``."""
        db = self._db()
        if db is not None:
            with contextlib.suppress(sqlite3.Error):
                db.execute("INSERT OR REPLACE INTO rendered (stamp, what) VALUES (?, ?)", (stamp, what))

    def is_rendered(self, stamp: str, what: str) -> bool:
        db = self._db()
        if db is None:
            return False
        try:
            row = db.execute("SELECT 1 FROM rendered WHERE stamp = ? AND what = ?", (stamp, what)).fetchone()
        except sqlite3.Error:
            return False
        return row is not None

    def prune(self, stamp: str) -> int:
        """Remove the bodies of other stamps that cannot be carried to this one: no reads
        recorded, or another code's; how many went."""
        db = self._db()
        if db is None:
            return 0
        try:
            gone = db.execute(
                "DELETE FROM pages WHERE stamp != ? AND (reads IS NULL OR substr(key, 1, ?) != ?)",
                (stamp, len(code_stamp()) + 1, code_stamp() + "|"),
            ).rowcount
            db.execute("DELETE FROM rendered WHERE stamp != ?", (stamp,))
            if gone:
                db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            return int(gone)
        except sqlite3.Error as exc:
            log.warning("old page bodies not removed: %s", exc)
            return 0


def _pack(reads: list[Any]) -> bytes:
    return zlib.compress(json.dumps(reads, separators=(",", ":")).encode(), 1)


def _unpack(packed: bytes) -> list[Any]:
    reads = json.loads(zlib.decompress(packed))
    if not isinstance(reads, list):
        raise ValueError("stored reads are no list")
    return reads


class StampCache:
    """The store's stamp for lookups, read once per write generation and again after
    :data:`STAMP_SECONDS` (a stat of the store's few dozen files: ~0.1 ms)."""

    def __init__(self, store: Path) -> None:
        self.store = Path(store)
        self._lock = threading.Lock()
        self._seen: tuple[int, float, str | None] | None = None

    def get(self, generation: int) -> str | None:
        now = time.monotonic()
        with self._lock:
            seen = self._seen
        if seen is not None and seen[0] == generation and now - seen[1] < STAMP_SECONDS:
            return seen[2]
        stamp = store_stamp(self.store)
        with self._lock:
            self._seen = (generation, now, stamp)
        return stamp


class Served:
    """The stored bodies a serving app reads and writes: its store's file and stamp."""

    def __init__(self, store: Path) -> None:
        self.bodies = PageBodies(bodies_path(store))
        self.stamps = StampCache(store)


def for_app(services: object) -> Served | None:
    """The stored bodies of an app's runner, or None: only a serving pool on an embedded store
    (``serve``), whose web process holds the store's lock, so every write is its writer's and its
    readers' handles are opened again after each (a bare app over a store its caller opened may
    read a handle older than the files: nothing is stored or read there)."""
    if not enabled():
        return None
    runner = getattr(services, "runner", None)
    spec = getattr(runner, "spec", None)
    if (
        runner is None
        or spec is None
        or getattr(spec, "remote", True)
        or not getattr(runner, "sees_every_write", False)
    ):
        return None
    location = Path(str(spec.location))
    if not location.is_dir():
        return None
    return Served(location)


# -- in a request ------------------------------------------------------------------------------


def of_app() -> Served | None:
    """The current app's stored bodies (made on first use), or None where it keeps none."""
    from flask import current_app

    from hankegraafi.server.pages.access import state

    st = state()
    if st.bodies is None:
        with st.lock:
            if st.bodies is None:
                st.bodies = for_app(current_app.extensions.get("hankegraafi")) or False
    return st.bodies or None


def request_key(iri: str) -> str | None:
    """The key of the current request's page among the stored bodies, or None when its HTML
    depends on more than the data, the page and the language (a part asked for, any parameter
    but ``hl``)."""
    from flask import current_app, request

    from hankegraafi.server import i18n
    from hankegraafi.server.pages.access import state

    if any(name != "hl" for name in request.args):
        return None
    config = state().config
    settings = variant(str(config.base_iri), bool(config.publish_person_names), current_app.view_functions)
    return page_key(request.path, iri, i18n.current_lang(), request.script_root, settings)


@dataclass
class Lookup:
    """One request's look for its page's stored body: what it found, and what it needs to keep
    the page it builds instead (:meth:`keep`)."""

    served: Served
    key: str
    generation: int | None
    stamp: str | None = None
    found: bytes | None = None

    def keep(self, generation: int | None, body: bytes) -> bool:
        """Store the page built for this request, only if no write came between its reads: the
        runner's generation and the store's stamp (read afresh) as they were before them; with
        the reads it made (``server/reads.py``), so that a later write it does not touch carries it."""
        recorder = page_reads.stop()
        if self.stamp is None or generation != self.generation:
            return False
        if store_stamp(self.served.stamps.store) != self.stamp:
            return False
        return self.served.bodies.put(self.stamp, self.key, body, None if recorder is None else recorder.reads)


def look_up(iri: str, generation: int | None) -> Lookup | None:
    """The stored body of the current request's page for the data now (``generation``: the
    runner's write counter), or None where bodies are neither read nor kept for it. A body stored
    for an earlier stamp whose reads answer now as then is carried to this one (:func:`carry`);
    otherwise the page is built, its reads recorded."""
    served = of_app()
    key = request_key(iri) if served is not None else None
    if served is None or key is None:
        return None
    lookup = Lookup(served, key, generation)
    stamp = served.stamps.get(-1 if generation is None else int(generation))
    if stamp is not None:
        lookup.found = served.bodies.get(stamp, key)
    if lookup.found is None:
        lookup.stamp = store_stamp(served.stamps.store)  # read afresh: the page's reads follow it
        if lookup.stamp is not None:
            lookup.found = carry(served, key, lookup.stamp, generation)
        if lookup.found is None:
            page_reads.start()
    return lookup


def carry(served: Served, key: str, stamp: str, generation: int | None) -> bytes | None:
    """The body of ``key`` stored for an earlier stamp, carried to ``stamp`` if every read it was
    built from answers the same now (:func:`replay`) and no write came meanwhile; else None."""
    kept = served.bodies.kept(key, stamp)
    if kept is None:
        return None
    from hankegraafi.server.pages.access import access, state

    data = access()
    st = state()
    try:
        if not replay(kept.reads, data, st):
            return None
    finally:
        # The name table of the data now, read in a thread as after a page built (routes.document):
        # the next pages' names are then read from memory, carried or built.
        if st.table is not None:
            st.table.refresh(data, person_names=bool(st.config.publish_person_names))
    if data.generation != generation or store_stamp(served.stamps.store) != stamp:
        return None
    served.bodies.restamp(stamp, [key])
    return kept.body


#: What :func:`again` answers for a read it does not know (never equal to a recorded one).
_UNKNOWN = object()


def replay(items: list[Any], data: Any, st: Any) -> bool:
    """Whether every read of a page (``items``, as :class:`~hankegraafi.server.reads.Recorder`
    recorded them) answers over ``data`` now as it did when the page was built; ``st``: the pages'
    state (its shared names and the stored lists' version)."""
    try:
        for kind, args, digest in items:
            if (
                kind == "bounded_select_raw"
            ):  # the engine's terms, no rdflib term made (a third arg: order-free)
                if (
                    data.bounded_digest(
                        args[0], max_rows=int(args[1]), order_free=len(args) > 2 and args[2] is True
                    )
                    != digest
                ):
                    return False
                continue
            if kind in ("select", "construct"):  # the answer's bytes
                bounded, graph = kind == "select" and bool(args[2]), kind == "construct"
                if data.answer_digest(args[0], max_rows=int(args[1]), bounded=bounded, graph=graph) != digest:
                    return False
                continue
            answer = again(str(kind), list(args), data, st)
            if answer is _UNKNOWN or page_reads.digest(answer) != digest:
                return False
    except Exception:  # a read that fails now: build the page live (it says what fails)
        log.debug("a stored page's read failed again", exc_info=True)
        return False
    return True


def again(kind: str, args: list[Any], data: Any, st: Any) -> object:
    """One recorded read made again over ``data``: its answer as the recorder digested it."""
    if kind == "bounded_select":
        return data.bounded_select(args[0], max_rows=int(args[1]))
    if kind == "bounded_ask":
        return data.bounded_ask(args[0])
    if kind == "ask":
        return data.ask(args[0])
    if kind == "names":
        from rdflib import URIRef

        from hankegraafi.server.pages import labels

        iris = [str(i) for i in args[0]]
        page = labels.for_page(st, data, person_names=bool(args[1]))
        page.want([URIRef(i) for i in iris])
        return page.names_of(iris)
    if kind == "lists":
        from hankegraafi.server.pages.lists import stored_groups, versions_of

        return stored_groups(data, versions_of(st), str(args[0]), str(args[1]), [str(r) for r in args[2]])
    return _UNKNOWN


def html_response(body: bytes) -> Any:
    """A stored page's answer, as ``routes.render`` makes a built one's."""
    from flask import Response

    response = Response(body, mimetype="text/html")
    response.vary.add("Accept-Language")
    response.vary.add("Cookie")
    return response
