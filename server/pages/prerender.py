"""Render the resource pages people browse into the stored bodies (:mod:`.bodies`), ahead of them.

    python -m hankegraafi.server.pages.prerender STORE [--lang fi --lang sv] [--limit N]

A page built live costs the one web process 8-63 ms of CPU at 10^6 triples; stored, a request
reads one value (issue 17: 200 pages/s at 32 connections). This renders, in a process of its own
(``nice``: it yields to the server), the HTML page of every resource of :data:`KINDS`, the hubs
first (counties, services, organisations, vocabularies, programmes, then projects, documents,
municipalities, concepts), in the app ``serve`` builds, over a read-only handle of the store,
exactly as the route builds it (:func:`~.routes.document`, with stored bodies off), and stores
each under the store's stamp read before the handle was opened. Each batch is written only if
the stamp is still the same (no write came between: the handle's snapshot is the stamped data);
otherwise it stops, and the next run renders the new data. First it carries to the stamp every
body stored for an earlier one whose reads answer the same now (:func:`carry`: no page built) and
drops the others; pages stored for the stamp are skipped, and the bodies that cannot be carried
(no reads recorded, another code's) are removed.

At 10^6 triples of ``bench.generate`` data that is ~10 600 pages a language (8 000 of them
projects), ~20 ms of CPU each.
"""

from __future__ import annotations

import argparse
import logging
import os
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from hankegraafi.ontology.namespaces import HG
from hankegraafi.server import reads as page_reads

log = logging.getLogger(__name__)

_SKOS = "http://www.w3.org/2004/02/skos/core#"
#: The classes whose pages are rendered, in order: the hubs, which cost most and are read most,
#: first.
KINDS: tuple[str, ...] = (
    f"{HG}WellbeingServicesCounty",
    f"{HG}DigitalService",
    f"{HG}Organisation",
    f"{HG}NationalActor",
    f"{_SKOS}ConceptScheme",
    f"{HG}Programme",
    f"{HG}Region",
    f"{HG}Project",
    f"{HG}Investment",
    f"{HG}SubProject",
    f"{HG}WorkPackage",
    f"{HG}SourceDocument",
    f"{HG}Municipality",
    f"{_SKOS}Concept",
)
#: Pages written to the stored bodies at once (each batch after the stamp is checked again).
BATCH = 50
#: Above this resident size (MiB), after a page, the renderer opens its store afresh
#: (:func:`_reopened`). RocksDB's caches of a read-only handle grow with what it reads and are
#: given back only with the handle: at 10^6 triples the renderer grew to ~190 MB PSS within a
#: minute of a start, 80 MB of it the handle's, beside ~115 MB for the app it needs.
RESIDENT_MB = 150.0
#: ... and only when it grew this much (MiB) since the last reopen (a larger store's app alone can
#: be over the bound: not a reopen after every page).
GROWTH_MB = 32.0


def resources(store: Any, kinds: Sequence[str] = KINDS) -> list[str]:
    """The IRIs of the resources of ``kinds``, each once, in the order of ``kinds`` then by IRI."""
    seen: set[str] = set()
    out: list[str] = []
    for cls in kinds:
        rows = store.query(f"SELECT DISTINCT ?s WHERE {{ ?s a <{cls}> FILTER(isIRI(?s)) }} ORDER BY ?s")
        for row in rows.dicts():
            iri = str(row["s"])
            if iri not in seen:
                seen.add(iri)
                out.append(iri)
    return out


def render(
    location: Path,
    *,
    langs: Sequence[str] = ("fi",),
    limit: int | None = None,
    config: Any = None,
    kinds: Sequence[str] = KINDS,
    only: Sequence[str] | None = None,
) -> dict[str, Any]:
    """Render and store the pages of ``location``'s store in ``langs`` (``only``: these IRIs'
    pages instead of every resource of ``kinds``: the benchmark's); what was done."""
    from rdflib import URIRef

    from hankegraafi.server.app import create_app
    from hankegraafi.server.pages import bodies, routes
    from hankegraafi.server.pages.iris import Mapping
    from hankegraafi.settings import Config
    from hankegraafi.store.embedded import EmbeddedStore

    location = Path(location).resolve()
    stamp = bodies.store_stamp(location)
    out: dict[str, Any] = {
        "stamp": stamp,
        "rendered": 0,
        "skipped": 0,
        "failed": 0,
        "stopped": None,
        "carried": 0,
        "dropped": 0,
    }
    if stamp is None:
        out["stopped"] = "no store files"
        return out
    stored = bodies.PageBodies(bodies.bodies_path(location))
    out["pruned"] = stored.prune(stamp)
    store = EmbeddedStore(location, read_only=True)
    started = time.perf_counter()
    cpu = time.process_time()
    try:
        cfg = config or Config.load()
        app = create_app(cfg, store=store)
        # The handle is a snapshot no write reaches: the runner's generation follows every
        # change of its data (none), so the pages read the lists and names stored at write time.
        app.extensions["hankegraafi"].runner.sees_every_write = True
        mapping = Mapping(str(cfg.base_iri))
        iris = resources(store, kinds) if only is None else list(only)
        if limit is not None:
            iris = iris[:limit]
        batch: list[tuple[str, bytes, list[Any] | None]] = []

        def flush() -> bool:
            if not batch:
                return True
            if bodies.store_stamp(location) != stamp:
                out["stopped"] = "the store was written meanwhile"
                return False
            stored.put_many(stamp, batch)
            batch.clear()
            return True

        after = 0.0  # resident MiB after the last reopen: one only when the handle grew since

        def bounded() -> bool:
            nonlocal store, after
            fresh = _reopened(app, store, location, stamp, max(RESIDENT_MB, after + GROWTH_MB))
            if fresh is False:
                out["stopped"] = "the store was written meanwhile"
                return False
            if fresh is not None:
                from hankegraafi.processes import resident_mb

                store, after = fresh, resident_mb()
                out["reopened"] = out.get("reopened", 0) + 1
            return True

        settings = bodies.variant(str(cfg.base_iri), bool(cfg.publish_person_names), app.view_functions)
        if not carry(app, stored, stamp, location, out):
            return out
        have = stored.keys(stamp)
        for lang in langs:
            what = rendered_key(settings, lang)
            if stored.is_rendered(stamp, what):
                continue
            for iri in iris:
                path = mapping.page_url(iri, "html")
                if path is None:
                    continue
                with app.test_request_context(path, headers={"Accept": "text/html", "Accept-Language": lang}):
                    key = bodies.request_key(iri)
                    if key is None or key in have:
                        out["skipped"] += 1
                        continue
                    recorder = page_reads.start()  # what the page reads, to carry it past writes
                    try:
                        response = routes.document(URIRef(iri), "html")
                    except Exception:  # a page the route answers otherwise (a 404, an error page)
                        log.debug("not rendered: %s", iri, exc_info=True)
                        out["failed"] += 1
                        continue
                    finally:
                        # every read since the start is in it only if nothing started another
                        whole = page_reads.stop() is recorder
                    if response.status_code != 200 or not whole:
                        out["failed"] += 1
                        continue
                    batch.append((key, response.get_data(), recorder.reads))
                    out["rendered"] += 1
                if not bounded() or (len(batch) >= BATCH and not flush()):
                    return out
            if not flush():
                return out
            if only is None and limit is None:
                stored.mark_rendered(stamp, what)
    finally:
        out["seconds"] = round(time.perf_counter() - started, 1)
        out["cpu_seconds"] = round(time.process_time() - cpu, 1)
        store.close()
    return out


def _reopened(app: Any, store: Any, location: Path, stamp: str, bound_mb: float = RESIDENT_MB) -> Any:
    """Over ``bound_mb`` MiB resident: the app's queries moved to a fresh read-only handle of
    ``location`` and the old one closed and its memory given back; returns the new store, None
    when under the bound, False when the data is no longer ``stamp``'s (a write came: the caller
    stops). The stamp is read after the open, so the new handle's snapshot is the stamped data."""
    from hankegraafi.processes import resident_mb, trim_heap
    from hankegraafi.server.engine import OxigraphEngine
    from hankegraafi.server.pages import bodies
    from hankegraafi.store.embedded import EmbeddedStore

    runner = app.extensions["hankegraafi"].runner
    if resident_mb() <= bound_mb or not isinstance(getattr(runner, "engine", None), OxigraphEngine):
        return None
    fresh = EmbeddedStore(location, read_only=True)
    source = fresh.engine_source().oxigraph
    if source is None or bodies.store_stamp(location) != stamp:
        fresh.close()
        return False
    runner.store, runner.engine = fresh, OxigraphEngine(source)
    store.close()
    trim_heap()
    return fresh


def carry(app: Any, stored: Any, stamp: str, location: Path, out: dict[str, Any]) -> bool:
    """Carry to ``stamp`` every body stored for an earlier one whose reads answer the same now
    (``bodies.replay``: the page's queries and names, no page built), and drop the others; False
    when a write came meanwhile. ``out`` gets the counts and the seconds it took."""
    from hankegraafi.server.pages import bodies
    from hankegraafi.server.pages.access import access, state

    started = time.perf_counter()
    cpu = time.process_time()
    good: list[str] = []
    bad: list[str] = []
    older = stored.older(stamp)
    if older:  # the names made again from the store's name table in memory, not by queries
        from hankegraafi.server.pages import labels

        with app.test_request_context("/"):
            data, st = access(), state()
            names = bool(st.config.publish_person_names)
            labels.for_page(st, data, person_names=names)
            if data.generation_exact and data.generation is not None:
                st.table.load(data, int(data.generation), person_names=names)

    def flush() -> bool:
        if bodies.store_stamp(location) != stamp:
            out["stopped"] = "the store was written meanwhile"
            return False
        out["carried"] += stored.restamp(stamp, good)
        stored.drop(bad)
        out["dropped"] += len(bad)
        good.clear()
        bad.clear()
        return True

    try:
        for key, items in older:
            with app.test_request_context("/"):
                (good if bodies.replay(items, access(), state()) else bad).append(key)
            if len(good) + len(bad) >= BATCH and not flush():
                return False
        return flush()
    finally:
        out["carry_seconds"] = round(time.perf_counter() - started, 1)
        out["carry_cpu_seconds"] = round(time.process_time() - cpu, 1)


def rendered_key(settings: str, lang: str) -> str:
    """What :meth:`~.bodies.PageBodies.mark_rendered` notes for one language's whole run."""
    from hankegraafi.server.pages import bodies

    return f"{bodies.code_stamp()}|{settings}|{lang}|{len(KINDS)}"


#: The environment setting of the languages ``serve`` renders ahead (comma-separated; the
#: default language only: the others are stored as they are first read).
LANGS_ENV = "HANKEGRAAFI_PRERENDER_LANGS"
#: Seconds between ``serve``'s looks at the store's stamp (a write makes a new one).
EVERY = 10.0


class Loop:
    """``serve``'s renderer: every :data:`EVERY` seconds, when the store's stamp has no finished
    run for this code, settings and language, a child process renders it (``python -m`` this
    module at ``nice`` 10, the server's settings passed whole); one at a time, stopped with the
    server. A write while it runs makes a new stamp: the child stops at its next batch and the
    next look starts one for the new data."""

    def __init__(self, served: Any, config: Any, settings: str, langs: Sequence[str]) -> None:
        self.served = served
        self.config = config
        self.settings = settings
        self.langs = tuple(langs)
        self.child: Any = None
        self._stop = threading.Event()

    def due(self) -> bool:
        """Whether the data now has a language not rendered (and no child is at it)."""
        if self.child is not None and self.child.poll() is None:
            return False
        from hankegraafi.server.pages import bodies

        stamp = bodies.store_stamp(self.served.stamps.store)
        if stamp is None:
            return False
        return not all(
            self.served.bodies.is_rendered(stamp, rendered_key(self.settings, lang)) for lang in self.langs
        )

    def start_child(self) -> None:
        import dataclasses
        import json
        import subprocess
        import sys

        args = [sys.executable, "-m", "hankegraafi.server.pages.prerender", str(self.served.stamps.store)]
        args += ["--config-json", json.dumps(dataclasses.asdict(self.config), default=str)]
        for lang in self.langs:
            args += ["--lang", lang]
        self.child = subprocess.Popen(args, stdin=subprocess.DEVNULL)
        log.info("rendering the resource pages ahead (%s) in process %d", ", ".join(self.langs), self.child.pid)

    def run(self) -> None:
        while not self._stop.wait(EVERY):
            try:
                if self.due():
                    self.start_child()
            except Exception:  # the pages are built live meanwhile; the next look tries again
                log.exception("could not start rendering the pages ahead")

    def stop(self) -> None:
        self._stop.set()
        child = self.child
        if child is not None and child.poll() is None:
            child.terminate()
            try:
                child.wait(5)
            except Exception:
                child.kill()


def ahead_langs() -> tuple[str, ...]:
    """The languages ``serve`` renders ahead (:data:`LANGS_ENV`, comma-separated; fi by default; a value
    naming none of fi, sv and en, such as "none", turns the renderer off)."""
    return tuple(
        x.strip() for x in os.environ.get(LANGS_ENV, "fi").split(",") if x.strip() in ("fi", "sv", "en")
    )


def start(app: Any, config: Any) -> Loop | None:
    """``serve``'s :class:`Loop` in a daemon thread, where the app keeps stored bodies; else None."""
    from hankegraafi.server.pages import bodies

    served = bodies.for_app(app.extensions.get("hankegraafi"))
    if served is None:
        return None
    langs = ahead_langs()
    if not langs:
        return None
    settings = bodies.variant(str(config.base_iri), bool(config.publish_person_names), app.view_functions)
    loop = Loop(served, config, settings, langs)
    threading.Thread(target=loop.run, name="hg-prerender", daemon=True).start()
    return loop


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m hankegraafi.server.pages.prerender", description=__doc__)
    parser.add_argument("store", type=Path)
    parser.add_argument("--lang", action="append", choices=("fi", "sv", "en"), help="languages (default fi)")
    parser.add_argument("--limit", type=int, help="at most this many resources")
    parser.add_argument("--nice", type=int, default=10, help="CPU priority to yield to the server")
    parser.add_argument("--config-json", help="the server's settings, whole (serve passes them)")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s", datefmt="%H:%M:%S")
    if args.nice:
        os.nice(args.nice)
    from hankegraafi.settings import Config

    if args.config_json:
        import json

        config = Config.load(json.loads(args.config_json), environ={})
    else:
        config = Config.load({"store": str(args.store)})
    out = render(args.store, langs=args.lang or ("fi",), limit=args.limit, config=config)
    log.info("prerendered pages: %s", out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
