"""HTML resource pages over HTTP, uncached: this code beside another checkout's, in one run.

    .venv/bin/python -m bench.speed --only pages --old-code /tmp/old-pkgs

What it measures, on one store, for each code (``new``: this checkout; ``old``: a folder that
holds another checkout's ``hankegraafi`` package, put first on ``PYTHONPATH`` of its server,
whose query workers inherit it):

* **first page after a start**: ``hankegraafi serve`` started, the first, second and third
  project page (each code started in turn);
* **steady pages**: both servers up at once (result cache off: every page runs its queries),
  ``per_kind`` project, organisation, county, service and vocabulary (concept scheme) pages each; at one connection the two codes are
  asked page by page in turns, at ``connections`` connections block by block in turns. p50/p95
  per kind and pages per second per code.

Servers run on loopback and are stopped by their process id. The figures depend on the
machine's load, which :mod:`bench.speed` reports with them.
"""

from __future__ import annotations

import http.client
import os
import queue
import shutil
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from itertools import zip_longest
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

#: Classes whose pages are measured, by kind, and the classes a page of the kind has not.
KINDS = {
    "project": ("Project", ("CanonicalProject",)),
    "organisation": ("Organisation", ("WellbeingServicesCounty", "Municipality")),
    "county": ("WellbeingServicesCounty", ()),
    "service": ("DigitalService", ()),
}
#: Kinds whose class is not the ontology's (a vocabulary: its scheme's page lists its concepts).
CLASS_IRIS = {"vocabulary": "http://www.w3.org/2004/02/skos/core#ConceptScheme"}
HG = "https://w3id.org/hankegraafi/ontology#"
#: Connection counts of the steady pages (issue 17 sets its target at 32).
CONNECTIONS = (1, 8, 32)


@contextmanager
def code_env(code: Path | None) -> Iterator[None]:
    """``PYTHONPATH`` with ``code`` first while a server is started (its workers inherit it)."""
    if code is None:
        yield
        return
    before = os.environ.get("PYTHONPATH")
    os.environ["PYTHONPATH"] = str(code) + (os.pathsep + before if before else "")
    try:
        yield
    finally:
        if before is None:
            del os.environ["PYTHONPATH"]
        else:
            os.environ["PYTHONPATH"] = before


def page_paths(target: Path, per_kind: int) -> dict[str, list[str]]:
    """``per_kind + 1`` page paths of each kind (the first is the warm-up page), spread over the
    data (ordered by a hash of the IRI)."""
    from hankegraafi.ontology.namespaces import BASE_IRI_DEFAULT
    from hankegraafi.server.pages.iris import Mapping
    from hankegraafi.store.embedded import EmbeddedStore

    mapping = Mapping(BASE_IRI_DEFAULT)
    store = EmbeddedStore(target, read_only=True)
    out: dict[str, list[str]] = {}
    try:
        classes = {kind: (f"{HG}{cls}", not_cls) for kind, (cls, not_cls) in KINDS.items()}
        classes.update({kind: (iri, ()) for kind, iri in CLASS_IRIS.items()})
        for kind, (cls, not_cls) in classes.items():
            text = (
                f"SELECT DISTINCT ?s WHERE {{ ?s a <{cls}> FILTER(isIRI(?s)) "
                + "".join(f"FILTER NOT EXISTS {{ ?s a <{HG}{c}> }} " for c in not_cls)
                + f"}} ORDER BY MD5(STR(?s)) LIMIT {per_kind + 1}"
            )
            paths = [mapping.page_url(str(r["s"])) for r in store.query(text).dicts()]
            if found := [p for p in paths if p]:  # a kind the data has none of is left out
                out[kind] = found
    finally:
        store.close()
    return out


def _connection(url: str) -> http.client.HTTPConnection:
    parts = urlsplit(url)
    return http.client.HTTPConnection(parts.hostname or "127.0.0.1", parts.port or 80, timeout=300)


def _get(conn: http.client.HTTPConnection, path: str) -> float:
    """Milliseconds of one GET of an HTML page (raises unless 200)."""
    t0 = time.perf_counter()
    conn.request("GET", path, headers={"Accept": "text/html"})
    resp = conn.getresponse()
    body = resp.read()
    if resp.status != 200:
        raise RuntimeError(f"{path}: {resp.status} {body[:200]!r}")
    return (time.perf_counter() - t0) * 1000


def first_pages(
    target: Path, logs: Path, codes: dict[str, Path | None], paths: Sequence[str]
) -> dict[str, Any]:
    """Per code: seconds until the server answers, then the first three pages' milliseconds."""
    from bench import servers

    out: dict[str, Any] = {}
    for name, code in codes.items():
        with code_env(code):
            server = servers.start_ours(target, logs, name=f"pages-first-{name}")
        with server:
            conn = _connection(server.url)
            out[name] = {"ready_s": server.ready_seconds, "pages_ms": [_get(conn, p) for p in paths[:3]]}
            conn.close()
    return out


def _block(url: str, paths: Sequence[str], connections: int) -> tuple[list[tuple[str, float]], float]:
    """Each path once over ``connections`` keep-alive connections: (path, ms) and the wall seconds."""
    todo: queue.Queue[str] = queue.Queue()
    for p in paths:
        todo.put(p)
    done: list[tuple[str, float]] = []
    errors: list[BaseException] = []
    lock = threading.Lock()

    def worker() -> None:
        conn = _connection(url)
        try:
            while True:
                try:
                    path = todo.get_nowait()
                except queue.Empty:
                    return
                ms = _get(conn, path)
                with lock:
                    done.append((path, ms))
        except BaseException as exc:  # reported after the block
            errors.append(exc)
        finally:
            conn.close()

    t0 = time.perf_counter()
    threads = [threading.Thread(target=worker) for _ in range(connections)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    if errors:
        raise RuntimeError(f"page requests failed: {errors[0]}")
    return done, time.perf_counter() - t0


def steady(
    target: Path,
    logs: Path,
    codes: dict[str, Path | None],
    paths: dict[str, list[str]],
    connections: Sequence[int] = CONNECTIONS,
) -> dict[str, Any]:
    """Both servers up; every measured page once per code and connection count, codes in turns.

    A serving process holds its store's lock, so each code after the first serves a copy of the
    store (copied afresh: the same files, so the same data and layout).
    """
    from bench import servers
    from bench.loadgen import percentile

    kind_of = {p: kind for kind, ps in paths.items() for p in ps[1:]}
    # The kinds in turns; a kind with fewer pages (a store's few vocabularies) ends early.
    measured = [p for ps in zip_longest(*(ps[1:] for ps in paths.values())) for p in ps if p is not None]
    started = {}
    try:
        for i, (name, code) in enumerate(codes.items()):
            store = target
            if i:
                store = target.parent / f"{target.name}-copy-{name}"
                shutil.rmtree(store, ignore_errors=True)
                shutil.copytree(target, store)
                _copy_bodies(target, store)
            with code_env(code):
                started[name] = servers.start_ours(store, logs, name=f"pages-steady-{name}")
        # A page of each kind first: what a start costs is not measured here.
        for server in started.values():
            _block(server.url, [ps[0] for ps in paths.values()], 1)
        out: dict[str, Any] = {}
        names = list(started)
        for n in connections:
            times: dict[str, list[tuple[str, float]]] = {name: [] for name in names}
            wall = dict.fromkeys(names, 0.0)
            size = max(1, n * 2) if n > 1 else 1
            for i in range(0, len(measured), size):
                order = names if (i // size) % 2 == 0 else names[::-1]
                for name in order:
                    done, seconds = _block(started[name].url, measured[i : i + size], n)
                    times[name] += done
                    wall[name] += seconds
            for name in names:
                entry: dict[str, Any] = {"pages": len(times[name]), "per_s": len(times[name]) / wall[name]}
                for kind in paths:
                    ms = [t for p, t in times[name] if kind_of[p] == kind]
                    entry[kind] = {"p50_ms": percentile(ms, 0.5), "p95_ms": percentile(ms, 0.95)}
                every = [t for _, t in times[name]]
                entry["all"] = {"p50_ms": percentile(every, 0.5), "p95_ms": percentile(every, 0.95)}
                out.setdefault(str(n), {})[name] = entry
        out["memory"] = {name: memory(server) for name, server in started.items()}
        return out
    finally:
        for server in started.values():
            server.stop()


def _copy_bodies(target: Path, store: Path) -> None:
    """The stored page bodies of ``target`` beside its copy (the same files: the same stamp), so
    that the code serving the copy reads what was rendered for the data (``server/pages/bodies.py``)."""
    import sqlite3

    from hankegraafi.server.pages.bodies import bodies_path

    source = bodies_path(target)
    if not source.exists():
        return
    copy = bodies_path(store)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{copy}{suffix}").unlink(missing_ok=True)
    with sqlite3.connect(source) as src, sqlite3.connect(copy) as dst:
        src.backup(dst)


def memory(server: Any) -> dict[str, Any]:
    """Memory of a server's every process right after the steady pages (issue 17: ≤ 200 MB in all
    its processes at 10^6): each process's peak RSS (VmHWM), RSS and PSS now, and their sums. PSS
    divides a page shared by the forked query workers among them, so its sum is what the tree holds."""
    import psutil

    procs = []
    try:
        root = psutil.Process(server.process.pid)
        tree = [root, *root.children(recursive=True)]
    except psutil.NoSuchProcess:
        tree = []
    for proc in tree:
        try:
            status = Path(f"/proc/{proc.pid}/status").read_text().splitlines()
            rollup = Path(f"/proc/{proc.pid}/smaps_rollup").read_text().splitlines()
            role = _role(proc, root)
        except (OSError, psutil.Error):
            continue

        def kb(lines: list[str], name: str) -> float:
            return next((int(line.split()[1]) for line in lines if line.startswith(name)), 0) / 1024

        procs.append(
            {
                "pid": proc.pid,
                "role": role,
                "peak_rss_mb": kb(status, "VmHWM:"),
                "rss_mb": kb(status, "VmRSS:"),
                "pss_mb": kb(rollup, "Pss:"),
            }
        )
    return {
        "processes": procs,
        **{f"{k}_sum": sum(p[k] for p in procs) for k in ("peak_rss_mb", "rss_mb", "pss_mb")},
    }


def _role(proc: Any, root: Any) -> str:
    """What a process of ``serve``'s tree is (server/README.md "process model")."""
    if proc.pid == root.pid:
        return "web process"
    if "resource_tracker" in " ".join(proc.cmdline()):
        return "multiprocessing resource tracker"
    return "fork server" if proc.ppid() == root.pid else "query worker"


def prerender_pages(target: Path, paths: dict[str, list[str]]) -> dict[str, Any]:
    """The stored page bodies of the measured pages (``paths``) rendered before the servers start
    (``server/pages/prerender.py``, fi), as ``serve``'s renderer stores them with every other page
    of its kinds after a start or a write (at 10^6 triples that whole run is ~10 600 pages: tens of
    minutes on a loaded machine, so only the measured ones here: the figures are those of pages
    whose bodies are stored, not of the run). The store is opened for writing and closed first
    (that flushes a log left by the load, which a server's start would otherwise do and so renew
    the store's stamp)."""
    from hankegraafi.ontology.namespaces import BASE_IRI_DEFAULT
    from hankegraafi.server.pages import prerender
    from hankegraafi.server.pages.iris import Mapping, split_suffix
    from hankegraafi.store.embedded import EmbeddedStore

    for _ in range(2):  # the log flushed, the small files compacted (tests/pages/test_bodies.py)
        EmbeddedStore(target).close()
    mapping = Mapping(BASE_IRI_DEFAULT)
    iris = []
    for path in (p for ps in paths.values() for p in ps):
        prefix = "/vocab/" if path.startswith("/vocab/") else "/id/"
        iris.append(str(mapping.iri_for(prefix, split_suffix(path[len(prefix) :])[0])))
    return prerender.render(target, langs=("fi",), only=iris)


def run(
    target: Path, logs: Path, *, old_code: Path | None, per_kind: int, prerender: bool = False
) -> dict[str, Any]:
    """First pages and steady pages of this code (and of ``old_code`` when given); with
    ``prerender``, this code's stored page bodies are rendered first (:func:`prerender_pages`)."""
    codes: dict[str, Path | None] = {"new": None}
    if old_code is not None:
        codes = {"old": old_code, "new": None}
    paths = page_paths(target, per_kind)
    rendered = None
    if prerender:
        rendered = prerender_pages(target, paths)
        # serve's own renderer would render the ~10 600 other pages beside the measured ones (nice 10)
        os.environ["HANKEGRAAFI_PRERENDER_LANGS"] = "none"
    return {
        "codes": {k: str(v) if v else "this checkout" for k, v in codes.items()},
        "per_kind": per_kind,
        "prerender": rendered,
        "first": first_pages(target, logs, codes, paths["project"][1:]),
        "steady": steady(target, logs, codes, paths),
        "load": " ".join(f"{x:.2f}" for x in os.getloadavg()),
    }


def report(r: dict[str, Any]) -> list[str]:
    """Markdown lines for :func:`bench.speed.report`."""
    kinds = [
        k for k in (*KINDS, *CLASS_IRIS) if any(k in e for by in r["steady"].values() for e in by.values())
    ]
    lines = ["## Resource pages over HTTP (uncached)", ""]
    lines += [f"- {k}: {v}" for k, v in r["codes"].items()]
    if r.get("prerender"):
        p = r["prerender"]
        lines.append(
            f"- new's stored bodies of the measured pages rendered first (prerender, fi): {p['rendered']} pages in {p['seconds']} s"
            f" ({p['cpu_seconds']} s CPU), {p['skipped']} already stored, {p['failed']} not pages"
        )
    lines += ["", "| code | ready s | first page ms | second | third |", "|---|---:|---:|---:|---:|"]
    for name, f in r["first"].items():
        lines.append(
            f"| {name} | {f['ready_s']:.1f} | " + " | ".join(f"{ms:.0f}" for ms in f["pages_ms"]) + " |"
        )
    lines += [
        "",
        f"Steady pages ({r['per_kind']} per kind, each once per code and connection count; load after {r['load']}):",
        "",
        "| connections | code | pages/s | all p50/p95 ms | "
        + " | ".join(f"{kind} p50/p95" for kind in kinds)
        + " |",
        "|---:|---|---:|---:|" + "---:|" * len(kinds),
    ]
    for n, by_code in r["steady"].items():
        if n == "memory":
            continue
        for name, e in by_code.items():
            cells = [f"{e[k]['p50_ms']:.0f} / {e[k]['p95_ms']:.0f}" for k in ("all", *kinds)]
            lines.append(f"| {n} | {name} | {e['per_s']:.1f} | " + " | ".join(cells) + " |")
    lines.append("")
    if "memory" in r["steady"]:
        lines += [
            "Memory of each server's processes after the steady pages (MB):",
            "",
            "| code | process | peak RSS | RSS | PSS |",
            "|---|---|---:|---:|---:|",
        ]
        for name, m in r["steady"]["memory"].items():
            for p in m["processes"]:
                lines.append(
                    f"| {name} | {p['role']} ({p['pid']}) | {p['peak_rss_mb']:.0f} | {p['rss_mb']:.0f} | {p['pss_mb']:.0f} |"
                )
            lines.append(
                f"| {name} | **all** | {m['peak_rss_mb_sum']:.0f} | {m['rss_mb_sum']:.0f} | {m['pss_mb_sum']:.0f} |"
            )
        lines.append("")
    return lines
