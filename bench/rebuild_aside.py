"""A stale store's rebuild done aside (``derived.compute_aside`` then ``derived.apply_computed``) beside
the rebuild in place (``derived.recompute_all``): how long the store is written (readers stopped, in
``serve``) by each.

    python -m bench.rebuild_aside --store STORE [--work DIR]

STORE is copied to ``--work`` twice (never written itself); in each copy the derived graphs' stamp is
dropped (a kill between a write's commit and its rebuild). One copy is rebuilt in place; in the other
the compute runs on the store opened read-only, then the short write. Wall clock and CPU of each
part, and whether both copies end with the same derived graphs (their N-Triples lines' digest).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import time
from pathlib import Path


def _digest(store: object, base: str) -> str:
    from hankegraafi.ingest import derived
    from hankegraafi.store.graphdiff import construct_lines, engine_of

    oxi = engine_of(store)
    assert oxi is not None
    lines: list[str] = []
    for graph in [*(step.graph(base) for step in derived.steps()), derived.stamp_graph_iri(base)]:
        lines += sorted(
            construct_lines(oxi, f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}")
        )
    return hashlib.sha256("\n".join(lines).encode()).hexdigest()[:16] + f" ({len(lines)} lines)"


def _timed(what: str, run: object) -> object:
    cpu, wall = time.process_time(), time.perf_counter()
    result = run()  # type: ignore[operator]
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    print(f"{what}: wall {wall:.2f} s, CPU {cpu:.2f} s, load {os.getloadavg()[0]:.1f}", flush=True)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", type=Path, required=True)
    parser.add_argument("--work", type=Path, default=Path("/tmp/rebuild-aside"))
    args = parser.parse_args()
    from hankegraafi.ingest import derived
    from hankegraafi.store.embedded import EmbeddedStore

    shutil.rmtree(args.work, ignore_errors=True)
    args.work.mkdir(parents=True)
    for side in ("in-place", "aside"):
        shutil.copytree(args.store, args.work / side)
        store = EmbeddedStore(args.work / side)
        store.drop_graph(derived.stamp_graph_iri(str(store.base_iri)))
        store.close()
    store = EmbeddedStore(args.work / "in-place")
    base = str(store.base_iri)
    assert derived.missing(store, base)
    _timed(
        "in place: recompute_all (the store written, readers stopped, all along)",
        lambda: derived.recompute_all(store, base),
    )
    in_place = _digest(store, base)
    store.close()
    folder = _timed(
        "aside: compute_aside (the store only read)", lambda: derived.compute_aside(args.work / "aside", base)
    )
    assert isinstance(folder, Path)
    store = EmbeddedStore(args.work / "aside")
    wrote = _timed(
        "aside: apply_computed (the short write)", lambda: derived.apply_computed(store, base, folder)
    )
    aside = _digest(store, base)
    store.close()
    print(
        f"applied: {wrote}; derived graphs in place {in_place}, aside {aside}: {'same' if in_place == aside else 'DIFFER'}"
    )
    shutil.rmtree(args.work, ignore_errors=True)


if __name__ == "__main__":
    main()
