"""Benchmark of the dependency explorer on a large generated graph.

Generates a seeded synthetic graph (``bench.generate``: the shape of the real
graph, the reference vocabularies included) into a temporary embedded store,
checks it holds at least 100 000 nodes, builds the real application
(``create_app`` on that store, result cache off) and times, through its
routes, the first view (the page and its start node) and each expansion and
question the page asks, against the target of 1 s.

Run from the repository root::

    .venv/bin/python -m bench.explorer_bench               # about 1.2 M triples
    .venv/bin/python -m bench.explorer_bench --triples 300000 --min-nodes 0   # a quick look

Each request is timed cold (the first time) and warm (the median of
``--repeat`` more runs); the store's own caches are warm after the first.
"""

from __future__ import annotations

import argparse
import logging
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

TARGET_SECONDS = 1.0
V = "https://w3id.org/hankegraafi/vocab/"
HG = "https://w3id.org/hankegraafi/ontology#"

log = logging.getLogger("bench.explorer")


@dataclass
class Timing:
    name: str
    cold: float
    warm: float | None
    detail: str

    def line(self) -> str:
        warm = f"{self.warm * 1000:8.1f}" if self.warm is not None else "       –"
        # The 1 s target is for the first view and the expansions; the rest is shown for the record.
        walking = self.name.startswith(("first view", "expand"))
        flag = ("ok" if self.cold < TARGET_SECONDS else "SLOW") if walking else ""
        return f"{self.name:<44} {self.cold * 1000:8.1f} {warm}  {flag:<4}  {self.detail}"


def build_store(directory: Path, triples: int, seed: int) -> tuple[Any, float, float]:
    """Generate N-Quads and bulk-load them; returns the store and the two durations."""
    from bench.generate import write_nquads
    from hankegraafi.store.embedded import EmbeddedStore

    data = directory / "graph.nq"
    started = time.perf_counter()
    with data.open("wb") as out:
        write_nquads(out, triples, seed=seed)
    generated = time.perf_counter() - started
    store = EmbeddedStore(directory / "store")
    started = time.perf_counter()
    store.load(data, "nq")
    loaded = time.perf_counter() - started
    data.unlink()
    return store, generated, loaded


def scalar(store: Any, text: str) -> Any:
    result = store.query(text)
    return result.rows[0][0] if result.rows else None


def pick_nodes(store: Any) -> dict[str, str]:
    """The nodes the walk starts from: a busy service, a county, a project of it, a project elsewhere."""
    busiest = store.query(
        f"""SELECT ?s (COUNT(?d) AS ?n) WHERE {{ ?s a <{HG}DigitalService> . ?d <{HG}dependsOn> ?s }}
        GROUP BY ?s ORDER BY DESC(?n) LIMIT 1"""
    ).rows[0][0]
    counties = store.query(
        f"""SELECT ?c (COUNT(?p) AS ?n) WHERE {{ ?p <{HG}region> ?c . ?p <{HG}partOf> ?w .
        ?d <{HG}dependent> ?p }} GROUP BY ?c ORDER BY DESC(?n) LIMIT 2"""
    ).rows
    (county_a, _), (county_b, _) = counties

    def project_in(county: Any) -> Any:
        return store.query(
            f"""SELECT ?p WHERE {{ ?p <{HG}region> <{county}> ; <{HG}partOf> ?w .
            ?d <{HG}dependent> ?p ; <{HG}dependsOn> <{busiest}> }} ORDER BY ?p LIMIT 1"""
        ).rows[0][0]

    programme = store.query(
        f"SELECT ?g (COUNT(?p) AS ?n) WHERE {{ ?p <{HG}programme> ?g }} GROUP BY ?g ORDER BY DESC(?n) LIMIT 1"
    ).rows[0][0]
    return {
        "service": str(busiest),
        "county": str(county_a),
        "county2": str(county_b),
        "project": str(project_in(county_a)),
        "project2": str(project_in(county_b)),
        "programme": str(programme),
        "digifinland": V + "organisation/digifinland",
    }


def timed(client: Any, url: str, params: dict[str, Any], repeat: int) -> tuple[float, float | None, Any]:
    def once() -> tuple[float, Any]:
        started = time.perf_counter()
        response = client.get(url, query_string=params)
        elapsed = time.perf_counter() - started
        if response.status_code != 200:
            raise RuntimeError(
                f"{url} {params}: {response.status_code} {response.get_data(as_text=True)[:300]}"
            )
        body = response.get_json() if response.is_json else response.get_data(as_text=True)
        response.close()
        return elapsed, body

    cold, body = once()
    warm = [once()[0] for _ in range(repeat)]
    return cold, (statistics.median(warm) if warm else None), body


def run(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--triples", type=int, default=1_200_000, help="size of the generated graph (quads)")
    parser.add_argument("--seed", type=int, default=20240611, help="seed of the generator")
    parser.add_argument("--min-nodes", type=int, default=100_000, help="refuse to measure a smaller graph")
    parser.add_argument("--repeat", type=int, default=3, help="warm runs of each request")
    parser.add_argument("--keep", type=Path, help="build the store in this directory and keep it")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)

    from hankegraafi.server.app import create_app
    from hankegraafi.settings import Config

    workdir = args.keep or Path(tempfile.mkdtemp(prefix="explorer-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    store, generated, loaded = build_store(workdir, args.triples, args.seed)
    try:
        quads = len(store._store)
        nodes = int(scalar(store, "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s ?p ?o }").toPython())
        drawable = int(
            scalar(
                store,
                f"""SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {{ ?s a ?c . VALUES ?c {{ <{HG}Project> <{HG}Investment>
                <{HG}SubProject> <{HG}DigitalService> <{HG}Organisation> <{HG}NationalActor>
                <{HG}WellbeingServicesCounty> <{HG}Programme> }} }}""",
            ).toPython()
        )
        dependencies = int(
            scalar(store, f"SELECT (COUNT(*) AS ?n) WHERE {{ ?d a <{HG}Dependency> }}").toPython()
        )
        print(
            f"graph: {quads} quads, {nodes} nodes (distinct subjects), {drawable} drawable nodes "
            f"(projects, services, organisations, counties, programmes), {dependencies} dependencies"
        )
        print(f"generated in {generated:.1f} s, bulk-loaded in {loaded:.1f} s into {workdir / 'store'}")
        if nodes < args.min_nodes:
            print(f"refused: {nodes} nodes is fewer than --min-nodes {args.min_nodes}", file=sys.stderr)
            return 2

        picked = pick_nodes(store)
        config = Config.load(
            {"store": str(workdir / "store"), "result_cache_seconds": 0, "rate_limit": "1000000/minute"},
            environ={},
        )
        app = create_app(config, store=store)
        client = app.test_client()
        api = "/explorer/api"
        steps: list[tuple[str, str, dict[str, Any], Callable[[Any], str]]] = [
            (
                "first view: page",
                "/explorer",
                {"hl": "fi", "node": picked["service"]},
                lambda b: f"{len(b)} bytes",
            ),
            (
                "first view: start node",
                f"{api}/start",
                {"node": picked["service"]},
                lambda b: b["nodes"][0]["label"],
            ),
            ("expand service (hub)", f"{api}/expand", {"node": picked["service"]}, _expansion),
            (
                "expand service, next page",
                f"{api}/expand",
                {"node": picked["service"], "offset": 60},
                _expansion,
            ),
            (
                "expand service, incoming only",
                f"{api}/expand",
                {"node": picked["service"], "dir": "in"},
                _expansion,
            ),
            ("expand county (hub)", f"{api}/expand", {"node": picked["county"]}, _expansion),
            ("expand programme (largest hub)", f"{api}/expand", {"node": picked["programme"]}, _expansion),
            ("expand project", f"{api}/expand", {"node": picked["project"]}, _expansion),
            ("expand organisation", f"{api}/expand", {"node": picked["digifinland"]}, _expansion),
            (
                "side panel: node facts",
                f"{api}/node",
                {"node": picked["project"]},
                lambda b: f"{len(b['facts'])} facts",
            ),
            ("search 'Omaolon'", f"{api}/search", {"q": "Omaolon"}, lambda b: f"{len(b['hits'])} hits"),
            ("impact of the service", f"{api}/impact", {"node": picked["service"]}, _walk),
            ("dependencies of a project", f"{api}/dependencies", {"node": picked["project"]}, _walk),
            (
                "path between projects of two counties",
                f"{api}/path",
                {"a": picked["project"], "b": picked["project2"]},
                _path,
            ),
            (
                "shared dependencies of two counties",
                f"{api}/shared",
                {"a": picked["county"], "b": picked["county2"]},
                lambda b: f"{len(b['shared'])} shared",
            ),
            ("chart: budget per county", f"{api}/charts/budget", {}, lambda b: f"{b['rows']} rows"),
            ("chart: deviations", f"{api}/charts/deviations", {}, lambda b: f"{b['rows']} rows"),
            (
                "chart: county × service matrix",
                f"{api}/charts/matrix",
                {},
                lambda b: f"{len(b['cells'])} cells",
            ),
        ]
        print(f"\n{'request':<44} {'cold ms':>8} {'warm ms':>8}  (target {TARGET_SECONDS:.0f} s)")
        timings: list[Timing] = []
        for name, url, params, describe in steps:
            cold, warm, body = timed(client, url, {"hl": "fi", **params}, args.repeat)
            timing = Timing(name, cold, warm, describe(body))
            timings.append(timing)
            print(timing.line(), flush=True)
        walking = [t for t in timings if t.name.startswith(("first view", "expand"))]
        slow = [t.name for t in walking if t.cold >= TARGET_SECONDS]
        print(
            f"\nfirst view and expansions: worst cold {max(t.cold for t in walking) * 1000:.1f} ms; "
            + ("all under 1 s" if not slow else f"over 1 s: {', '.join(slow)}")
        )
        return 1 if slow else 0
    finally:
        store.close()
        if args.keep is None:
            import shutil

            shutil.rmtree(workdir, ignore_errors=True)


def _expansion(body: dict[str, Any]) -> str:
    capped = " (capped)" if body["more"] else ""
    total = f"{body['total']}+" if body["totalCapped"] else body["total"]
    return f"{body['returned']} of {total} edges{capped}, {len(body['nodes'])} nodes"


def _walk(body: dict[str, Any]) -> str:
    return f"{len(body['nodes'])} nodes, {len(body['edges'])} edges" + (", capped" if body["truncated"] else "")


def _path(body: dict[str, Any]) -> str:
    return f"length {body['length']}, {len(body['paths'])} paths" if body["found"] else "no path"


if __name__ == "__main__":
    sys.exit(run())
