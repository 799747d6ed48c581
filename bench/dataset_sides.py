"""What it costs ``/sparql`` to leave the derived caches out of its dataset, on a big store, side by side.

    python -m bench.dataset_sides --store STORE [--rounds 3]

The endpoint's default graph is the union of every named graph (``use_default_graph_as_union``),
the stored catalogue answers, page lists, name index and inference bookkeeping included (issue 17,
stop 52). The engine has no "union of every graph but these": the other way is to name the
dataset, every graph but the caches, as ``default_graph`` and ``named_graphs`` (``dataset``), or
only ``named_graphs`` so that ``GRAPH ?g`` leaves them out (``named``). Each query is run in
turn on the three, ``--rounds`` times, in one process on one read-only handle; the figures are
milliseconds per query (median of the rounds) and the rows, which must be the same.
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
from pathlib import Path
from typing import Any

import pyoxigraph as ox

#: The cache graphs' paths under the base IRI (``server.pages.dumps.CACHE_GRAPH_PATHS``).
CACHES = ("meta/answers", "meta/page-lists", "meta/name-index", "meta/inferred-state")
HG = "https://w3id.org/hankegraafi/ontology#"


def queries(project: str) -> dict[str, str]:
    p = f"<{project}>"
    return {
        "ask one IRI": f"ASK {{ {p} ?p ?o }}",
        "one subject": f"SELECT * {{ {p} ?p ?o }}",
        "into one subject": f"SELECT * {{ ?s ?p {p} }}",
        "count a class": f"SELECT (COUNT(*) AS ?n) {{ ?p a <{HG}Project> }}",
        "GRAPH ?g of one subject": f"SELECT ?g {{ GRAPH ?g {{ {p} ?p ?o }} }}",
        "two-step join": f"SELECT * {{ {p} ?p ?o . ?o ?p2 ?o2 }}",
        "not inferred (project-card's)": (
            f"SELECT * {{ {p} ?p ?o FILTER NOT EXISTS {{ GRAPH ?i {{ {p} ?p ?o }} "
            "FILTER(STRENDS(STR(?i), '/meta/inferred')) } }"
        ),
    }


def run(store: ox.Store, text: str, kwargs: dict[str, Any]) -> tuple[float, int]:
    started = time.perf_counter()
    result = store.query(text, **kwargs)
    rows = 1 if isinstance(result, ox.QueryBoolean) else sum(1 for _ in result)
    return (time.perf_counter() - started) * 1000, rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--store", type=Path, required=True)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    store = ox.Store.read_only(str(args.store))
    graphs = list(store.named_graphs())
    public = [g for g in graphs if not g.value.endswith(CACHES)]
    sides: dict[str, dict[str, Any]] = {
        "union": {"use_default_graph_as_union": True},
        "dataset": {"default_graph": public, "named_graphs": public},
        "named": {"use_default_graph_as_union": True, "named_graphs": public},
    }
    first = store.query(
        f"SELECT ?p {{ ?p a <{HG}Project> }} LIMIT 1 OFFSET 500", use_default_graph_as_union=True
    )
    project = next(iter(first))[0].value  # type: ignore[union-attr]
    print(
        f"{len(store)} quads, {len(graphs)} named graphs ({len(graphs) - len(public)} caches), load {os.getloadavg()[0]:.1f}"
    )
    print("| query | " + " | ".join(f"{side} ms" for side in sides) + " | rows |")
    print("|---|" + "---:|" * (len(sides) + 1))
    for name, text in queries(project).items():
        times: dict[str, list[float]] = {side: [] for side in sides}
        rows: set[int] = set()
        for _ in range(args.rounds):
            for side, kwargs in sides.items():
                ms, n = run(store, text, kwargs)
                times[side].append(ms)
                rows.add(n)
        cells = " | ".join(f"{statistics.median(times[side]):.2f}" for side in sides)
        print(f"| {name} | {cells} | {'/'.join(map(str, sorted(rows)))} |")
    print(f"load after {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
