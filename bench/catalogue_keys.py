"""Every catalogue query with its default parameters and with one parameter, stored beside live.

``python -m bench.catalogue_keys --store STORE --reps 7``: in one process on one store, each call of
:func:`calls` (every query without required parameters with its defaults, then each query with one
parameter given: a county, a project, a service, an organisation, a kind, a year, a language …)
as served (``queries.run``: the answer stored at write time if one follows the data, else live)
and live (``stored=False``), the two taken in turns, one warm-up each then ``--reps`` timed (a
call slower than ``--budget`` seconds is timed fewer times, at least twice). Prints p50/p95 of
each (ms, wall clock; the CPU time beside it: on a loaded machine the wall clock waits for a
core), whether a stored answer was found, and whether both gave the same rows. ``--recompute``
runs ``answers.recompute`` on the store first (it writes: use a copy).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.speed import pct
from bench.workload import label

HGV = "https://w3id.org/hankegraafi/vocab/"
ID = "https://w3id.org/hankegraafi/id/"


def calls(
    project: str = f"{ID}project/synth-000001",
    canonical: str = f"{ID}project/canonical/08/investointi-1",
    predecessor: str = f"{ID}project/synth-000002",
) -> list[tuple[str, dict[str, str]]]:
    """The calls timed: defaults first, then one parameter each (values of the bench data at
    10^6 triples: ``bench.generate``, loaded with its derived graphs)."""
    from hankegraafi.queries import load_catalogue

    out: list[tuple[str, dict[str, str]]] = [
        (q.name, {}) for q in load_catalogue().values() if not any(p.required for p in q.params)
    ]
    county = f"{HGV}county/08"
    out += [
        ("projects-by-region", {"region": county}),
        ("projects-by-region", {"lang": "sv"}),
        ("projects-by-region", {"region": county, "lang": "sv"}),
        ("budget-by-region", {"lang": "sv"}),
        ("budget-by-region", {"region": county, "lang": "en"}),
        ("deviations", {"lang": "en"}),
        ("unmet-goals", {"lang": "en"}),
        ("outputs-by-type", {"type": f"{HGV}output-type/procurement", "lang": "sv"}),
        ("collaborations", {"lang": "en"}),
        ("budget-by-region", {"region": county}),
        ("budget-by-region", {"kind": "annual"}),
        ("budget-by-region", {"kind": "annual", "region": county}),
        ("budget-by-region", {"inYear": "2023"}),
        ("budget-by-region", {"asOf": "2023-06-30"}),
        ("deviations", {"region": f"{HGV}county/19"}),
        ("deviations", {"dimension": f"{HGV}light-dimension/costs"}),
        ("quality", {"region": county}),
        ("unmet-goals", {"region": county}),
        ("unmet-goals", {"status": f"{HGV}goal-status/not-achieved"}),
        ("outputs-by-type", {"region": county}),
        ("outputs-by-type", {"type": f"{HGV}output-type/procurement"}),
        ("collaborations", {"organisation": f"{HGV}organisation/kela"}),
        ("conflicts", {"project": canonical}),
        ("continuations", {"project": predecessor}),
        ("regions-depending-on", {"node": f"{HGV}service/omaolo"}),
        ("regions-depending-on", {"node": f"{HGV}organisation/digifinland"}),
        ("regions-depending-on", {"node": f"{HGV}service/omaolo", "lang": "sv"}),
        ("regions-depending-on", {"node": f"{HGV}organisation/digifinland", "lang": "en"}),
        ("dependents-of", {"node": f"{HGV}service/palvelutietovaranto"}),
        ("shared-dependencies", {"region1": county, "region2": f"{HGV}county/90"}),
        ("dependencies-of", {"project": project}),
        ("dependency-path", {"from": f"{ID}project/synth-000002", "to": f"{HGV}service/omaolo"}),
        ("project-card", {"project": project}),
        ("project-card", {"project": canonical}),
        ("project-history", {"project": project}),
        ("project-history", {"project": canonical}),
        (
            "changes-between",
            {"project": project, "before": f"{ID}document/synth-000001", "after": f"{ID}document/synth-000002"},
        ),
        ("search-labels", {"text": "perhekeskus"}),
    ]
    return out


def _first(store: Any, sparql: str, fallback: str) -> str:
    from hankegraafi.queries.answers import store_select

    rows = store_select(store)(sparql)
    return rows[0][0] if rows and rows[0][0] else fallback


def _timed(fn: Callable[[], Any]) -> tuple[float, float, Any]:
    t0, c0 = time.perf_counter(), time.process_time()
    value = fn()
    return (time.perf_counter() - t0) * 1000, (time.process_time() - c0) * 1000, value


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", type=Path, required=True)
    parser.add_argument("--reps", type=int, default=7)
    parser.add_argument("--budget", type=float, default=20.0, help="seconds per call and side")
    parser.add_argument("--recompute", action="store_true", help="answers.recompute first (writes the store)")
    parser.add_argument("--calls", help="only the calls whose label matches this regular expression")
    parser.add_argument("--out", type=Path, help="write the figures as JSON here")
    args = parser.parse_args()

    from hankegraafi.queries import answers
    from hankegraafi.store.embedded import EmbeddedStore

    result: dict[str, Any] = {"date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()), "calls": []}
    if args.recompute:
        store = EmbeddedStore(args.store)
        t0 = time.perf_counter()
        answers.recompute(store, str(store.base_iri))
        result["recompute_s"] = time.perf_counter() - t0
        store.close()
        print(f"recompute {result['recompute_s']:.1f} s", flush=True)
    store = EmbeddedStore(args.store, read_only=True)
    hg = "https://w3id.org/hankegraafi/ontology#"
    canonical = _first(
        store,
        f"SELECT ?p WHERE {{ GRAPH <{ID}meta/canonical> {{ ?p a <{hg}Project> }} }} ORDER BY ?p LIMIT 1",
        f"{ID}project/canonical/08/investointi-1",
    )
    predecessor = _first(
        store, f"SELECT ?p WHERE {{ ?p <{hg}continuedBy> ?q }} ORDER BY ?p LIMIT 1", f"{ID}project/synth-000001"
    )
    result["values"] = {"canonical": canonical, "predecessor": predecessor}
    for name, params in calls(f"{ID}project/synth-000001", canonical, predecessor):
        tag = label(name, params)
        if args.calls and not re.search(args.calls, tag):
            continue
        stored = answers.lookup(store, name, params) is not None
        sides: dict[str, dict[str, list[float]]] = {
            "served": {"ms": [], "cpu": []},
            "live": {"ms": [], "cpu": []},
        }
        runs = {
            "served": lambda n=name, p=params: answers.run(store, n, p),
            "live": lambda n=name, p=params: answers.run(store, n, p, stored=False),
        }
        first: dict[str, Any] = {}
        for side, fn in runs.items():
            ms, _cpu, value = _timed(fn)
            first[side] = (ms, value)
        same = list(first["served"][1].rows) == list(first["live"][1].rows)
        slowest = max(first["served"][0], first["live"][0])
        n = max(2, min(args.reps, int(args.budget * 1000 / max(slowest, 1e-3))))
        for _ in range(n):
            for side, fn in runs.items():
                ms, cpu, _value = _timed(fn)
                sides[side]["ms"].append(ms)
                sides[side]["cpu"].append(cpu)
        row: dict[str, Any] = {
            "call": tag,
            "rows": len(first["live"][1].rows),
            "stored": stored,
            "same": same,
            "n": n,
            "load": os.getloadavg()[0],
        }
        for side, got in sides.items():
            row[side] = {
                "p50": pct(got["ms"], 0.5),
                "p95": pct(got["ms"], 0.95),
                "cpu_p50": pct(got["cpu"], 0.5),
            }
        result["calls"].append(row)
        if args.out:
            args.out.write_text(json.dumps(result, indent=1))
        print(
            f"{tag[:70]:70} rows {row['rows']:6} {'S' if stored else 'L'} {'=' if same else '≠'}"
            f"  served {row['served']['p50']:8.1f} {row['served']['p95']:8.1f}"
            f"  live {row['live']['p50']:8.1f} {row['live']['p95']:8.1f}  n {n} load {row['load']:.1f}",
            flush=True,
        )
    store.close()
    if args.out:
        args.out.write_text(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
