"""Resource pages right after one document's ingest: stored bodies carried past the write (this
code) beside every body stale (another checkout's), in one run.

    .venv/bin/python -m bench.pages_after_write STORE DOCUMENT --work DIR --old-code OLD/pkgs \
        [--new-code NEW/pkgs] [--per-kind 20] [--all | --limit N] [--json OUT]

``STORE``: a store of ``bench.generate`` data (``bench.speed`` leaves one in its ``--work``; it is
copied, never written). What it does and reports:

1. the copy's pages rendered into the stored bodies with their reads (``server/pages/prerender.py``,
   fi): every page of the kinds ``serve`` renders (``--all``), or ``--limit`` of them spread over
   all (every n-th) and the measured ones; seconds and CPU;
2. ``DOCUMENT`` ingested into the copy (``Ingester.ingest_all``, derived graphs included, as
   ``hankegraafi ingest``); seconds;
3. **right after the write**, both servers up on copies of the store and its bodies file, the
   measured pages (``--per-kind`` of each kind of ``bench.pages_speed``) each read once at 32
   connections, codes block by block in turns: the old code finds every body stale and builds each
   page live; this code carries a body whose reads answer as before (``bodies.carry``, in the
   request) and builds the others;
4. the carrying pass of ``serve``'s renderer (``prerender.carry``): how many stored bodies survive
   the write, how many were dropped, in how many seconds; then the measured pages again at 32
   connections on fresh copies (the old code still builds every page live: its renderer starts over).

Servers run on loopback and are stopped by their process id; the load average is reported.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import os
import platform
import shutil
import time
from pathlib import Path
from typing import Any


def _load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def _iris(paths: dict[str, list[str]]) -> list[str]:
    from hankegraafi.ontology.namespaces import BASE_IRI_DEFAULT
    from hankegraafi.server.pages.iris import Mapping, split_suffix

    mapping = Mapping(BASE_IRI_DEFAULT)
    out = []
    for path in (p for ps in paths.values() for p in ps):
        prefix = "/vocab/" if path.startswith("/vocab/") else "/id/"
        out.append(str(mapping.iri_for(prefix, split_suffix(path[len(prefix) :])[0])))
    return out


def _ingest(target: Path, document: Path, work: Path) -> float:
    from hankegraafi.ingest.pipeline import Ingester
    from hankegraafi.settings import Config
    from hankegraafi.store.embedded import EmbeddedStore

    docs = work / "docs"
    shutil.rmtree(docs, ignore_errors=True)
    docs.mkdir(parents=True)
    shutil.copy(document, docs / document.name)
    cfg = Config.load({"store": str(target)}, environ={})
    started = time.perf_counter()
    store = EmbeddedStore(target)
    try:
        ingester = Ingester(store, cfg)
        ingester.ensure_reference_graphs()
        ingester.ingest_all([docs])
    finally:
        store.close()
    del store, ingester
    gc.collect()  # the engine's handle (and the store's LOCK) goes with its last reference
    return time.perf_counter() - started


def _pages(
    target: Path, logs: Path, old_code: Path, new_code: Path | None, paths: dict[str, list[str]]
) -> dict[str, Any]:
    from bench import pages_speed

    return pages_speed.steady(target, logs, {"old": old_code, "new": new_code}, paths, connections=(32,))


def run(
    store: Path,
    document: Path,
    work: Path,
    *,
    old_code: Path,
    new_code: Path | None = None,
    per_kind: int,
    every: bool,
    limit: int | None,
) -> dict[str, Any]:
    from bench import pages_speed
    from hankegraafi.server.pages import bodies, prerender
    from hankegraafi.store.embedded import EmbeddedStore

    work.mkdir(parents=True, exist_ok=True)
    target = work / "store"
    shutil.rmtree(target, ignore_errors=True)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{bodies.bodies_path(target)}{suffix}").unlink(missing_ok=True)
    shutil.copytree(store, target)
    for _ in range(2):  # the log flushed, the small files compacted (as pages_speed.prerender_pages)
        EmbeddedStore(target).close()
    gc.collect()
    logs = work / "logs"
    logs.mkdir(exist_ok=True)
    os.environ["HANKEGRAAFI_PRERENDER_LANGS"] = "none"  # the servers' own renderers stay off
    os.environ["HANKEGRAAFI_DERIVE_AT_START"] = "0"
    out: dict[str, Any] = {
        "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "machine": f"{platform.processor() or platform.machine()}, {os.cpu_count()} CPUs",
        "load_before": _load(),
        "old_code": str(old_code),
        "new_code": str(new_code or "this checkout"),
        "document": document.name,
    }
    paths = pages_speed.page_paths(target, per_kind)
    measured = _iris(paths)
    if every:
        done = prerender.render(target, langs=("fi",))
    else:
        listing = EmbeddedStore(target, read_only=True)
        try:
            resources = prerender.resources(listing)
        finally:
            listing.close()
        # every n-th of serve's pages (kinds in prerender's order, then by IRI): the kinds as many
        # as the data has of each, so the share that survives is the whole render's
        others = resources[:: max(1, len(resources) // limit)][:limit] if limit else []
        out["resources"] = len(resources)
        done = prerender.render(target, langs=("fi",), only=list(dict.fromkeys([*measured, *others])))
    out["rendered"] = done
    stamp = bodies.store_stamp(target)
    out["stored_before"] = len(bodies.PageBodies(bodies.bodies_path(target)).keys(stamp or ""))
    out["ingest_seconds"] = round(_ingest(target, document, work), 1)
    gc.collect()
    out["load_after_ingest"] = _load()
    out["right_after"] = _pages(target, logs, old_code, new_code, paths)
    carried = prerender.render(target, langs=("fi",), only=[])
    out["carry"] = {k: carried.get(k) for k in ("carried", "dropped", "carry_seconds", "stopped")}
    out["load_after_carry"] = _load()
    out["after_carry"] = _pages(target, logs, old_code, new_code, paths)
    out["load_after"] = _load()
    return out


def report(r: dict[str, Any]) -> list[str]:
    lines = [
        f"# Resource pages right after one document's ingest ({r['document']})",
        "",
        f"{r['date']} · {r['machine']} · load average before {r['load_before']}, after the ingest "
        f"{r['load_after_ingest']}, after the carrying pass {r['load_after_carry']}, at the end {r['load_after']}",
        "",
        f"- rendered before the write (fi, with their reads): {r['rendered']['rendered']} pages in "
        f"{r['rendered']['seconds']} s ({r['rendered']['cpu_seconds']} s CPU); stored {r['stored_before']}",
        f"- the ingest, derived graphs included: {r['ingest_seconds']} s",
        f"- carried past the write: {r['carry']['carried']} of {r['stored_before']} bodies (of "
        f"{r.get('resources', 'all')} pages of serve's kinds), dropped "
        f"{r['carry']['dropped']}, in {r['carry']['carry_seconds']} s",
        "",
        "| when | code | pages/s at 32 | ratio | all p50/p95 ms | project p95 | county p95 |",
        "|---|---|---:|---:|---:|---:|---:|",
    ]
    for when in ("right_after", "after_carry"):
        by = r[when]["32"]
        old = by["old"]["per_s"]
        for code in ("old", "new"):
            e = by[code]
            lines.append(
                f"| {when.replace('_', ' ')} | {code} | {e['per_s']:.1f} | {e['per_s'] / old:.2f}x | "
                f"{e['all']['p50_ms']:.0f} / {e['all']['p95_ms']:.0f} | "
                f"{e.get('project', {}).get('p95_ms', 0):.0f} | {e.get('county', {}).get('p95_ms', 0):.0f} |"
            )
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.pages_after_write", description=__doc__)
    parser.add_argument("store", type=Path)
    parser.add_argument("document", type=Path)
    parser.add_argument("--work", type=Path, required=True)
    parser.add_argument("--old-code", type=Path, required=True)
    parser.add_argument("--new-code", type=Path, help="this code laid out as installed (default: the checkout)")
    parser.add_argument("--per-kind", type=int, default=20)
    parser.add_argument("--all", action="store_true", help="render every page of serve's kinds first")
    parser.add_argument("--limit", type=int, help="else render N of them spread over all and the measured ones")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    r = run(
        args.store,
        args.document,
        args.work,
        old_code=args.old_code,
        new_code=args.new_code,
        per_kind=args.per_kind,
        every=args.all,
        limit=args.limit,
    )
    if args.json:
        args.json.write_text(json.dumps(r, indent=1, default=str))
    print("\n".join(report(r)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
