"""Smoke test of the benchmark code: the generator is deterministic and the measuring code runs on a tiny size.

The numbers themselves are not asserted (they depend on the machine); what is
asserted is that the same seed gives the same bytes, that the synthetic graph
has the shape the catalogue queries need (they return rows), and that each
measuring path produces figures and a report.
"""

from __future__ import annotations

import hashlib
import io
import json
import shutil
from pathlib import Path

import pytest
from rdflib import Graph

from bench import generate, report, run
from bench.loadgen import run_load
from bench.workload import WORKLOAD, check_covers_catalogue, sparql_text
from hankegraafi.queries import run as run_query
from hankegraafi.store.embedded import EmbeddedStore

TINY = 14_000  # triples: the reference graphs (about 11 700 at stop 39) and a few documents


def nquads(triples: int, seed: int) -> tuple[bytes, generate.GenerationStats]:
    buf = io.BytesIO()
    stats = generate.write_nquads(buf, triples, seed=seed)
    return buf.getvalue(), stats


def test_same_seed_same_graph_other_seed_other_graph() -> None:
    a, stats_a = nquads(TINY, seed=7)
    b, stats_b = nquads(TINY, seed=7)
    c, _ = nquads(TINY, seed=8)
    assert a == b
    assert stats_a.sha256 == stats_b.sha256 == hashlib.sha256(a).hexdigest()
    assert a != c
    assert stats_a.quads >= TINY and stats_a.documents >= 2
    assert stats_a.quads == a.count(b"\n")


def test_a_small_graph_is_a_prefix_of_a_larger_one() -> None:
    small, s = nquads(TINY, seed=3)
    large, _ = nquads(3 * TINY, seed=3)
    assert large.startswith(small)
    assert s.bytes == len(small)


def test_synthetic_documents_conform_and_the_catalogue_finds_rows(tmp_path: Path) -> None:
    from hankegraafi.shapes import validate

    gen = generate.RdfGenerator(seed=11)
    for i in range(3):
        doc = gen.document(i)
        g = Graph()
        g.parse(data=doc.ntriples(), format="nt")
        assert len(g) == len(doc.triples), "no triple is repeated within a document"
        report_ = validate(g)
        assert report_.conforms, report_.render("en")
    data, _ = nquads(20_000, seed=11)
    path = tmp_path / "g.nq"
    path.write_bytes(data)
    store = EmbeddedStore(tmp_path / "store")
    assert store.load(path, "nq") == data.count(b"\n")
    assert check_covers_catalogue() == []
    rows: dict[str, int] = {}
    for name, params in WORKLOAD:
        rows[name] = max(rows.get(name, 0), len(run_query(store, name, params)))
    for name in ("regions-depending-on", "budget-by-region", "deviations", "unmet-goals", "projects-by-region"):
        assert rows[name] > 0, name
    store.close()


def test_documents_in_four_formats_are_deterministic_and_readable(tmp_path: Path) -> None:
    from hankegraafi.ingest.readers import read_document

    paths = generate.write_documents(tmp_path / "a", 4, seed=5)
    again = generate.write_documents(tmp_path / "b", 4, seed=5)
    assert [p.suffix for p in paths] == [".txt", ".html", ".pdf", ".docx"]
    for p, q in zip(paths, again, strict=True):
        if p.suffix in (".txt", ".html", ".pdf"):
            assert p.read_bytes() == q.read_bytes(), p.name
        doc = read_document(p, max_bytes=10**7)
        stem, lines = generate.document_lines(int(p.name.split("-")[1]), seed=5)
        assert p.stem == stem
        assert any(line.strip() for line in doc.lines)
        if p.suffix == ".txt":
            assert [x.strip() for x in doc.lines if x.strip()] == [x.strip() for x in lines if x.strip()]
    # The variant name is in the text, so each synthetic document describes its own project.
    assert "Kainuun Pilari 4, Investointi 1 " in paths[0].read_text(encoding="utf-8")


def test_measuring_paths_produce_figures_and_a_report(tmp_path: Path) -> None:
    data, stats = nquads(TINY, seed=1)
    path = tmp_path / "g.nq"
    path.write_bytes(data)
    bulk = run.w_bulk({"engine": "ours", "data": str(path), "target": str(tmp_path / "store")})
    assert bulk["quads"] == stats.quads and bulk["rate"] > 0
    cat = run.w_catalogue({"engine": "ours", "store": str(tmp_path / "store"), "reps": 1})
    mem = run.w_catalogue({"engine": "pyoxigraph-memory", "data": str(path), "reps": 1})
    for result in (cat, mem):
        assert [q["query"] for q in result["queries"]] == [n for n, _ in WORKLOAD]
        assert all(len(q["ms"]) == 1 and "error" not in q for q in result["queries"])
    # Both engines answer with the same number of rows for every call.
    assert [q["rows"] for q in cat["queries"]] == [q["rows"] for q in mem["queries"]]
    cat["summary"] = run.summarise_latency(cat)
    assert cat["summary"]["complete"] and cat["summary"]["p95_ms"] >= cat["summary"]["p50_ms"]
    # ours-stored: a copy after the derived step (as `hankegraafi load` leaves it) answers every call
    # with as many rows as the live store (the stored answers equal the live ones: tests/queries)
    shutil.copytree(tmp_path / "store", tmp_path / "derived")
    derive = run.w_derive({"store": str(tmp_path / "derived")})
    assert derive["seconds"] > 0 and not derive["stale"] and "stored catalogue answers" in derive["steps"]
    stored = run.w_catalogue({"engine": "ours-stored", "store": str(tmp_path / "derived"), "reps": 1})
    assert all(len(q["ms"]) == 1 and "error" not in q for q in stored["queries"])
    live_derived = run.w_catalogue({"engine": "ours", "store": str(tmp_path / "derived"), "reps": 1})
    assert [q["rows"] for q in stored["queries"]] == [q["rows"] for q in live_derived["queries"]]
    stored["summary"] = run.summarise_latency(stored)
    results = {
        "machine": run.machine(),
        "started": "2000-01-01T00:00:00+00:00",
        "mode": "tiny",
        "derive": {str(TINY): derive},
        "sections": {
            "bulk": {
                "value": {str(TINY): {"ours": bulk}},
                "loadavg_before": [0, 0, 0],
                "loadavg_after": [0, 0, 0],
            },
            "catalogue": {
                "value": {str(TINY): {"ours": cat, "ours-stored": stored}},
                "loadavg_before": [0, 0, 0],
                "loadavg_after": [0, 0, 0],
            },
        },
    }
    md = report.write_report(results, tmp_path / "out")
    text = md.read_text(encoding="utf-8")
    assert "## Catalogue query latency" in text and "| ours |" in text and "| ours-stored |" in text
    assert "The derived step that made ours-stored's store" in text
    assert json.loads((tmp_path / "out" / f"{md.stem}.json").read_text())["mode"] == "tiny"
    assert (tmp_path / "out" / f"{md.stem}-catalogue.png").stat().st_size > 1000


@pytest.mark.server
def test_load_generator_against_a_real_server(tmp_path: Path) -> None:
    from bench import servers

    data, _ = nquads(TINY, seed=2)
    path = tmp_path / "g.nq"
    path.write_bytes(data)
    assert run.w_bulk(
        {"engine": "oxigraph-server", "data": str(path), "target": str(tmp_path / "ox"), "quads": 0}
    )
    queries = [sparql_text(n, p) for n, p in WORKLOAD[:4]]
    with servers.start_oxigraph(tmp_path / "ox", tmp_path / "logs") as server:
        result = run_load(server.url, queries, concurrency=2, duration=1.0)
        peak, pss = server.peak_rss_mb(), server.pss_mb()
        assert peak > 1 and 0 < pss <= peak  # one process: its PSS is at most its peak RSS
    assert result.errors == 0
    assert result.requests > 0 and result.throughput > 0
    assert result.p95_ms >= result.p50_ms > 0
