"""Render the resource pages people browse into the stored bodies (:mod:`.bodies`), ahead of them.

    python -m hankegraafi.server.pages.prerender STORE [--lang fi --lang sv] [--limit N]

A page built live costs the one web process 8-63 ms of CPU at 10^6 triples; stored, a request
reads one value (issue 17: 200 pages/s at 32 connections). ``serve`` renders them in a thread
of its web process (:class:`Loop`, stop 54: no second interpreter). This module's command
(:func:`render`) renders, in a process of its own (``nice``: it yields to a server), the HTML
page of every resource of :data:`KINDS`, the hubs
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
#: The server counts as busy while a request began within this many seconds (:class:`Loop`).
QUIET = 1.0
#: While the server is busy the renderer takes at most this share of the time: after a page that
#: took t seconds it waits t * (1 / SHARE - 1) (the pages are built in the web process, under its
#: one interpreter lock, and some of their queries take the query workers; when the server is idle,
#: no wait). At 0.25 the load test's requests/s at 10^6 were 0.56-0.75x those of the separate
#: process (stop 54).
SHARE = 0.05


def listed(data: Any, kinds: Sequence[str] = KINDS) -> list[str]:
    """:func:`resources` read through a serving app's query service ``data`` (its local lane: one
    read-only listing per class per pass, in the web process)."""
    seen: set[str] = set()
    out: list[str] = []
    for cls in kinds:
        text = f"SELECT DISTINCT ?s WHERE {{ ?s a <{cls}> FILTER(isIRI(?s)) }} ORDER BY ?s"
        for row in data.bounded_select(text, max_rows=10**8):
            iri = str(row["s"])
            if iri not in seen:
                seen.add(iri)
                out.append(iri)
    return out


class Loop:
    """``serve``'s renderer: every :data:`EVERY` seconds, when the store's stamp has no finished
    run for this code, settings and language, a thread of the web process asks for each page of
    :data:`KINDS` as a client would (:func:`~.routes.document` in a request of its own): a page
    stored for the data now is skipped, one stored for earlier data is carried when its reads
    answer the same, any other is built and stored as a live request stores it (:mod:`.bodies`:
    only if no write came between its reads). A write makes a new stamp: the pass stops at its
    next page and the next look starts one for the new data.

    Until stop 54 this was a child process (``python -m`` this module at ``nice`` 10): a second
    interpreter with the whole app, its names and its own store handle, 135-150 MB PSS at 10^6
    triples while it ran, a third of the server's memory (issue 17). In the web process the pages
    share the app, the name table and the local lane (whose handle is bounded, ``QueryPool.bound_local``);
    while requests come (``quiet``: seconds since the last began) the thread keeps to
    :data:`SHARE` of the time."""

    def __init__(
        self,
        app: Any,
        served: Any,
        config: Any,
        settings: str,
        langs: Sequence[str],
        quiet: Any = None,
        kinds: Sequence[str] = KINDS,
    ) -> None:
        self.app = app
        self.kinds = tuple(kinds)
        self.served = served
        self.config = config
        self.settings = settings
        self.langs = tuple(langs)
        self.quiet = quiet
        self._stop = threading.Event()
        self.done: dict[str, Any] = {}

    def _stamp(self) -> str | None:
        from hankegraafi.server.pages import bodies

        return bodies.store_stamp(self.served.stamps.store)

    def due(self) -> bool:
        """Whether the data now has a language not rendered."""
        stamp = self._stamp()
        if stamp is None:
            return False
        return not all(
            self.served.bodies.is_rendered(stamp, rendered_key(self.settings, lang)) for lang in self.langs
        )

    def render_pass(self) -> dict[str, Any]:
        """One pass over every page of every language not rendered for the stamp now; what it did
        (``stopped``: why it ended early, or None)."""
        from rdflib import URIRef

        from hankegraafi.server.pages import bodies, routes
        from hankegraafi.server.pages.access import access
        from hankegraafi.server.pages.iris import Mapping

        out: dict[str, Any] = {"rendered": 0, "skipped": 0, "failed": 0, "stopped": None}
        self.done = out
        stamp = self._stamp()
        if stamp is None:
            out["stopped"] = "no store files"
            return out
        stored = self.served.bodies
        out["pruned"] = stored.prune(stamp)
        with self.app.test_request_context("/"):
            iris = listed(access(), self.kinds)
        mapping = Mapping(str(self.config.base_iri))
        for lang in self.langs:
            what = rendered_key(self.settings, lang)
            if stored.is_rendered(stamp, what):
                continue
            have = stored.keys(stamp)
            for iri in iris:
                if self._stop.is_set():
                    out["stopped"] = "the server is stopping"
                    return out
                if self._stamp() != stamp:
                    out["stopped"] = "the store was written meanwhile"
                    return out
                path = mapping.page_url(iri, "html")
                if path is None:
                    continue
                started = time.perf_counter()
                with self.app.test_request_context(
                    path, headers={"Accept": "text/html", "Accept-Language": lang}
                ):
                    key = bodies.request_key(iri)
                    if key is None or key in have:
                        out["skipped"] += 1
                        continue
                    try:
                        response = routes.document(URIRef(iri), "html")
                        ok = response.status_code == 200
                    except Exception:  # a page the route answers otherwise (a 404, an error page)
                        log.debug("not rendered: %s", iri, exc_info=True)
                        ok = False
                out["rendered" if ok else "failed"] += 1
                self._yield(time.perf_counter() - started)
            if self._stamp() != stamp:
                out["stopped"] = "the store was written meanwhile"
                return out
            stored.mark_rendered(stamp, what)
        return out

    def _yield(self, took: float) -> None:
        """Wait after a page while the server is busy (:data:`SHARE`)."""
        if self.quiet is not None and self.quiet() < QUIET:
            self._stop.wait(took * (1.0 / SHARE - 1.0))

    def run(self) -> None:
        while not self._stop.wait(EVERY):
            try:
                if self.due():
                    done = self.render_pass()
                    log.info("rendered the resource pages ahead (%s): %s", ", ".join(self.langs), done)
            except Exception:  # the pages are built live meanwhile; the next look tries again
                log.exception("could not render the pages ahead")

    def stop(self) -> None:
        self._stop.set()


def ahead_langs() -> tuple[str, ...]:
    """The languages ``serve`` renders ahead (:data:`LANGS_ENV`, comma-separated; fi by default; a value
    naming none of fi, sv and en, such as "none", turns the renderer off)."""
    return tuple(
        x.strip() for x in os.environ.get(LANGS_ENV, "fi").split(",") if x.strip() in ("fi", "sv", "en")
    )


def start(app: Any, config: Any, quiet: Any = None) -> Loop | None:
    """``serve``'s :class:`Loop` in a daemon thread, where the app keeps stored bodies; else None.
    ``quiet``: seconds since the server's last request began (:data:`SHARE`)."""
    from hankegraafi.server.pages import bodies

    served = bodies.for_app(app.extensions.get("hankegraafi"))
    if served is None:
        return None
    langs = ahead_langs()
    if not langs:
        return None
    settings = bodies.variant(str(config.base_iri), bool(config.publish_person_names), app.view_functions)
    loop = Loop(app, served, config, settings, langs, quiet)
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
