"""Stored page bodies against pages built live, at scale: another checkout's server builds each page,
this one answers it from its stored bodies (``server/pages/bodies.py``); byte for byte.

    .venv/bin/python -m bench.pages_bodies_check STORE OLD_CODE [--per-kind 10]

``OLD_CODE``: a folder holding another checkout's ``hankegraafi`` package (as ``bench.speed
--old-code``), whose pages are built live by the same page code. This code's server runs on STORE
with its renderer off; run it twice (the first run stores what it builds where nothing is stored
for the data and this code): the report says how many bodies were stored before and after, so a
run that stored none answered every page from a stored body. The old server runs on a copy.
"""

from __future__ import annotations

import argparse
import http.client
import os
import shutil
from collections.abc import Sequence
from pathlib import Path
from urllib.parse import urlsplit


def _fetch(url: str, paths: Sequence[str]) -> dict[str, tuple[int, bytes]]:
    parts = urlsplit(url)
    conn = http.client.HTTPConnection(parts.hostname or "127.0.0.1", parts.port or 80, timeout=300)
    out = {}
    for path in paths:
        conn.request("GET", path, headers={"Accept": "text/html"})
        response = conn.getresponse()
        out[path] = (response.status, response.read())
    conn.close()
    return out


def main(argv: Sequence[str] | None = None) -> int:
    from bench import servers
    from bench.pages_speed import code_env, page_paths
    from hankegraafi.server.pages import bodies

    parser = argparse.ArgumentParser(prog="python -m bench.pages_bodies_check", description=__doc__)
    parser.add_argument("store", type=Path)
    parser.add_argument("old_code", type=Path)
    parser.add_argument("--per-kind", type=int, default=10)
    parser.add_argument("--logs", type=Path, default=Path("/tmp/hankegraafi-bodies-check"))
    args = parser.parse_args(argv)
    target: Path = args.store.resolve()
    paths = [p for ps in page_paths(target, args.per_kind).values() for p in ps]
    os.environ["HANKEGRAAFI_PRERENDER_LANGS"] = "none"
    copy = target.parent / f"{target.name}-copy-check"
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(target, copy)
    try:
        with code_env(args.old_code):
            old = servers.start_ours(copy, args.logs, name="check-old")
        with old:
            built = _fetch(old.url, paths)
    finally:
        shutil.rmtree(copy, ignore_errors=True)
    stored = bodies.PageBodies(bodies.bodies_path(target))

    def count() -> int:
        stamp = bodies.store_stamp(target)
        return len(stored.keys(stamp)) if stamp else 0

    before = count()
    new = servers.start_ours(target, args.logs, name="check-new")
    with new:
        answered = _fetch(new.url, paths)
    after = count()
    same = sum(1 for p in paths if built[p] == answered[p])
    print(f"bodies stored for the data now: {before} before, {after} after (none stored: every page read)")
    print(f"{same} of {len(paths)} pages byte for byte the same (old built live, new from its stored bodies)")
    for p in paths:
        if built[p] != answered[p]:
            print("differs:", p, built[p][0], answered[p][0], len(built[p][1]), len(answered[p][1]))
    return 0 if same == len(paths) else 1


if __name__ == "__main__":
    raise SystemExit(main())
