"""The benchmark report: Markdown tables and PNG plots from the figures of one run.

``python -m bench.report RESULTS.json [--out DIR]`` rewrites the report of a
saved run (for example after a change of layout) without measuring again.
"""

from __future__ import annotations

import argparse
import json
import math
import statistics
from collections.abc import Sequence
from pathlib import Path
from typing import Any

TARGETS = {
    "endpoint_vs_direct": 0.8,
    "catalogue_p95_ms_1e6": 100.0,
    "vs_rdflib": 20.0,
    "vs_rdflib_endpoint": 10.0,
    "ingest_docs_per_s": 20.0,
    "bulk_triples_per_s": 300_000.0,
}


def _f(x: Any, digits: int = 1) -> str:
    if x is None or (isinstance(x, float) and math.isnan(x)):
        return "–"
    if isinstance(x, float):
        if abs(x) >= 1000:
            return f"{x:,.0f}".replace(",", " ")
        return f"{x:.{digits}f}"
    if isinstance(x, int):
        return f"{x:,}".replace(",", " ")
    return str(x)


def _size(key: str) -> str:
    n = int(key)
    exp = len(str(n)) - 1
    return f"10^{exp}" if n == 10**exp else key


def _table(header: Sequence[str], rows: list[Sequence[Any]]) -> list[str]:
    out = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    out += ["| " + " | ".join(_f(c) if not isinstance(c, str) else c for c in row) + " |" for row in rows]
    return [*out, ""]


def _not_run(title: str, value: object) -> list[str]:
    """A section that has no figures: not asked for, or failed (its error shown)."""
    return [f"## {title}", "", f"not run ({value})" if value else "not run", ""]


def _value(results: dict[str, Any], name: str) -> Any:
    return results.get("sections", {}).get(name, {}).get("value")


def _median(xs: Sequence[float]) -> float:
    return statistics.median(xs) if xs else float("nan")


def targets(results: dict[str, Any]) -> list[tuple[str, str, str, str]]:
    """(target, wanted, measured, verdict) rows."""
    rows: list[tuple[str, str, str, str]] = []

    def verdict(ok: bool | None) -> str:
        return "–" if ok is None else ("met" if ok else "**missed**")

    endpoint = _value(results, "endpoint") or {}
    small = endpoint.get("100000", {}) if isinstance(endpoint, dict) else {}
    direct = small.get("pyoxigraph-direct", {})
    best_direct = max((v.get("throughput", 0) for v in direct.values() if isinstance(v, dict)), default=0)
    ours = small.get("ours", {}).get("levels", {})
    best_ours = max((v.get("throughput", 0) for v in ours.values() if isinstance(v, dict)), default=0)
    if best_direct and best_ours:
        ratio = best_ours / best_direct
        rows.append(
            (
                "endpoint throughput vs pyoxigraph direct (10^5, best level each)",
                "≥ 0.8x",
                f"{ratio:.2f}x ({best_ours:.1f} vs {best_direct:.1f} q/s)",
                verdict(ratio >= TARGETS["endpoint_vs_direct"]),
            )
        )
    rdfep = small.get("rdflib-endpoint", {}).get("levels", {})
    best_rdfep = max((v.get("throughput", 0) for v in rdfep.values() if isinstance(v, dict)), default=0)
    if best_rdfep and best_ours:
        ratio = best_ours / best_rdfep
        rows.append(
            (
                "endpoint throughput vs rdflib-endpoint (10^5, best level each)",
                "≥ 10x",
                f"{ratio:.1f}x ({best_ours:.1f} vs {best_rdfep:.2f} q/s)",
                verdict(ratio >= TARGETS["vs_rdflib_endpoint"]),
            )
        )
    catalogue = _value(results, "catalogue") or {}
    if isinstance(catalogue, dict):
        for size in sorted(catalogue, key=int):
            ours_c = catalogue[size].get("ours", {})
            summary = ours_c.get("summary")
            for engine, what in (("ours", "live"), ("ours-stored", "as served: answers stored at write time")):
                served = catalogue[size].get(engine, {}).get("summary")
                if served and int(size) == 1_000_000:
                    rows.append(
                        (
                            f"catalogue p95 at 10^6 ({engine}, {what}; all queries incl. aggregates)",
                            "≤ 100 ms",
                            f"{_f(served['p95_ms'])} ms (slowest: {served['worst_query']} {_f(served['worst_p95_ms'])} ms)",
                            verdict(served["p95_ms"] <= TARGETS["catalogue_p95_ms_1e6"]),
                        )
                    )
            rdf = catalogue[size].get("rdflib")
            if summary and rdf and rdf.get("queries"):
                speed = speedup(ours_c, rdf)
                if speed is not None:
                    ratio, note = speed
                    rows.append(
                        (
                            f"catalogue vs rdflib's engine at {_size(size)} (sum of per-query medians)",
                            "≥ 20x",
                            f"{ratio:.1f}x{note}",
                            verdict(ratio >= TARGETS["vs_rdflib"]),
                        )
                    )
    ingest = _value(results, "ingest") or {}
    with_v: dict[str, Any] = {}
    if isinstance(ingest, dict):  # the fastest way the command line ingests with validation
        runs = [v for k, v in ingest.items() if k.startswith("with_validation") and isinstance(v, dict)]
        with_v = max(runs, key=lambda v: v.get("docs_per_s", 0), default={})
    if "docs_per_s" in with_v:
        rows.append(
            (
                "ingest end to end with validation",
                "≥ 20 documents/s",
                f"{with_v['docs_per_s']:.1f} documents/s, {_f(with_v['triples_per_s'])} triples/s",
                verdict(with_v["docs_per_s"] >= TARGETS["ingest_docs_per_s"]),
            )
        )
    shacl = _value(results, "shacl") or {}
    per_doc = shacl.get("per_document", []) if isinstance(shacl, dict) else []
    if len(per_doc) >= 2:
        # The smallest run is one short document (per-call overhead); compare the two largest.
        first, last = per_doc[-2], per_doc[-1]
        a = first["seconds"] / first["triples"]
        b = last["seconds"] / last["triples"]
        rows.append(
            (
                "validation cost linear in documents (seconds per triple, two largest runs)",
                "≈ 1x",
                f"{b / a:.2f}x ({last['documents']} vs {first['documents']} documents)",
                verdict(0.5 <= b / a <= 1.5),
            )
        )
    bulk = _value(results, "bulk") or {}
    if isinstance(bulk, dict) and bulk:
        size = max(bulk, key=int)
        for engine in ("ours", "ours-lenient"):
            r = bulk[size].get(engine, {})
            if "rate" in r:
                rows.append(
                    (
                        f"bulk load at {_size(size)} ({engine}, on disk)",
                        "≥ 300 000 triples/s",
                        f"{_f(r['rate'])} triples/s",
                        verdict(r["rate"] >= TARGETS["bulk_triples_per_s"]),
                    )
                )
    return rows


def speedup(ours: dict[str, Any], peer: dict[str, Any]) -> tuple[float, str] | None:
    """Sum of peer medians over sum of our medians, on the queries the peer finished; timeouts make it a lower bound."""
    mine = {q["label"]: _median(q["ms"]) for q in ours.get("queries", []) if q["ms"]}
    total_peer = total_ours = 0.0
    timeouts = 0
    for q in peer.get("queries", []):
        if q["label"] not in mine:
            continue
        if q["ms"]:
            total_peer += _median(q["ms"])
            total_ours += mine[q["label"]]
        elif "timeout_s" in q:
            total_peer += q["timeout_s"] * 1000
            total_ours += mine[q["label"]]
            timeouts += 1
    if not total_ours:
        return None
    note = f" (at least: {timeouts} rdflib queries stopped at the time limit)" if timeouts else ""
    return total_peer / total_ours, note


def write_report(results: dict[str, Any], out_dir: Path) -> Path:
    """Write ``<date>-<host>.md``, its plots and the raw JSON into ``out_dir``; returns the .md path."""
    out_dir.mkdir(parents=True, exist_ok=True)
    m = results.get("machine", {})
    stem = f"{results.get('started', 'run')[:10]}-{m.get('host', 'machine')}"
    if results.get("mode") in ("quick", "tiny"):
        stem += f"-{results['mode']}"
    if results.get("only"):
        stem += "-" + "-".join(results["only"])
    (out_dir / f"{stem}.json").write_text(json.dumps(results, indent=1, default=str), encoding="utf-8")
    lines = [
        f"# Benchmark {results.get('started', '')} on {m.get('host', '')}",
        "",
        f"- mode: **{results.get('mode')}**; command: `{results.get('command', '')}`; commit {m.get('commit', '')}",
        f"- machine: {m.get('cpu', '')}, {m.get('cores')} cores, {m.get('memory_gb')} GB; {m.get('os', '')}; Python {m.get('python')}",
        "- versions: " + ", ".join(f"{k} {v}" for k, v in m.get("versions", {}).items()),
        f"- finished {results.get('finished', '')}",
    ]
    if results.get("note"):
        lines.append(f"- note: {results['note']}")
    lines.append("- load average (1 min) before/after each section: " + ", ".join(
        f"{name} {s['loadavg_before'][0]:.1f}/{s['loadavg_after'][0]:.1f}"
        for name, s in results.get("sections", {}).items()
    ))  # fmt: skip
    lines += ["", "## Targets", ""]
    lines += _table(("target", "wanted", "measured", "verdict"), [list(r) for r in targets(results)])
    plots: list[str] = []
    lines += _bulk(results)
    lines += _catalogue(results)
    lines += _endpoint(results)
    lines += _ingest(results)
    lines += _shacl(results)
    try:
        plots = _plots(results, out_dir, stem)
    except Exception as exc:  # a plot must not lose the figures
        lines.append(f"(plots failed: {exc})")
    if plots:
        lines += ["## Plots", ""] + [f"![{p}]({p})" for p in plots] + [""]
    md = out_dir / f"{stem}.md"
    md.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return md


def _err(r: dict[str, Any]) -> str:
    return (
        ("error: " + str(r.get("error", ""))[:120].replace("|", "/").replace("\n", " ")) if "error" in r else ""
    )


def _bulk(results: dict[str, Any]) -> list[str]:
    bulk = _value(results, "bulk")
    if not isinstance(bulk, dict) or "error" in bulk:
        return _not_run("Bulk load", bulk)
    rows = []
    for size in sorted(bulk, key=int):
        for engine, r in bulk[size].items():
            rows.append([_size(size), engine, r.get("rate"), r.get("seconds"), r.get("peak_mb"), _err(r)])
    return [
        "## Bulk load (N-Quads file → store)",
        "",
        "ours = `EmbeddedStore.load` (chunks on several threads, strict parsing); ours-lenient = the same without "
        "the parser's validation (for our own exports); pyoxigraph-disk = one `bulk_load` call on disk; "
        "oxigraph-server = `oxigraph load`; rdflib = `Dataset.parse` in memory.",
        "",
        *_table(("triples", "engine", "triples/s", "seconds", "peak MB", ""), rows),
    ]


def _catalogue(results: dict[str, Any]) -> list[str]:
    cat = _value(results, "catalogue")
    if not isinstance(cat, dict) or "error" in cat:
        return _not_run("Catalogue queries", cat)
    lines = [
        "## Catalogue query latency",
        "",
        "Every catalogue query (18 calls, aggregates included), a warm-up run then the repetitions; "
        "p50/p95 over all calls. ours = `queries.run` on the embedded store (results as rdflib terms) "
        "loaded with no derived step, so every call runs live; ours-stored = the same on a copy of that "
        "store after the derived step `hankegraafi load` runs (the whole-graph, per-county, per-node, "
        "per-kind and per-pair answers stored at write time: the product as it serves); "
        "pyoxigraph = the same SPARQL text, every value read; rdflib = `Dataset(default_union=True).query`, "
        "30 s limit per query.",
        "",
    ]
    derive = results.get("derive") or {}
    if derive:
        lines += [
            "The derived step that made ours-stored's store (every derived graph from nothing after the bulk "
            "load, the catalogue's answers stored), then `optimize()`:",
            "",
        ]
        drows = [
            [
                _size(size),
                r.get("seconds"),
                r.get("cpu_seconds"),
                ", ".join(f"{k} {_f(v)}" for k, v in (r.get("steps") or {}).items()),
                r.get("optimize_seconds"),
                r.get("peak_mb"),
                _err(r) or ("stale after it!" if r.get("stale") else ""),
            ]
            for size, r in sorted(derive.items(), key=lambda kv: int(kv[0]))
        ]
        lines += _table(("triples", "seconds", "CPU s", "steps (s)", "optimize s", "peak MB", ""), drows)
    rows = []
    for size in sorted(cat, key=int):
        for engine, r in cat[size].items():
            s = r.get("summary", {})
            rows.append([
                _size(size), engine, s.get("p50_ms"), s.get("p95_ms"), s.get("mean_ms"),
                f"{s.get('worst_query', '')} {_f(s.get('worst_p95_ms'))}" if s else "",
                r.get("open_seconds"), r.get("peak_mb"),
                ("timeouts: " + ", ".join(s["timeouts"])) if s.get("timeouts") else _err(r),
            ])  # fmt: skip
    lines += _table(
        ("triples", "engine", "p50 ms", "p95 ms", "mean ms", "slowest (p95 ms)", "open/load s", "peak MB", ""),
        rows,
    )
    for size in sorted(cat, key=int):
        engines = [e for e in cat[size] if cat[size][e].get("queries")]
        if not engines:
            continue
        lines += [f"### Per query at {_size(size)} (median ms; rows)", ""]
        labels = [q["label"] for q in cat[size][engines[0]]["queries"]]
        rows = []
        for i, label in enumerate(labels):
            row: list[Any] = [label]
            for e in engines:
                q = cat[size][e]["queries"][i]
                if q["ms"]:
                    row.append(f"{_f(_median(q['ms']))} ({q['rows']})")
                elif "timeout_s" in q:
                    row.append(f"> {q['timeout_s']:.0f} s")
                else:
                    row.append(q.get("error", "–")[:40])
            rows.append(row)
        lines += _table(("query", *engines), rows)
    return lines


def _endpoint(results: dict[str, Any]) -> list[str]:
    ep = _value(results, "endpoint")
    if not isinstance(ep, dict) or "error" in ep:
        return _not_run("Endpoint", ep)
    lines = [
        "## Endpoint throughput and latency (loopback, closed loop)",
        "",
        "Each client sends the catalogue workload's SPARQL (POST /sparql, JSON results) in turn for the "
        "section's seconds per level. ours = `hankegraafi serve` (waitress, query workers, result cache off; "
        "ours-cached = cache on); ours-remote = ours with the remote backend on an Oxigraph server; "
        "pyoxigraph-direct = threads in one process running the same texts and serialising JSON (no HTTP). "
        "peak MB = the sum of each process's peak RSS (a page shared by forked workers counted in each); "
        "PSS MB = the sum of proportional set sizes right after the largest load (shared pages divided "
        "among their sharers: the memory the server's process tree holds).",
        "",
    ]
    rows = []
    for size in sorted(ep, key=int):
        for name, r in ep[size].items():
            if name == "pyoxigraph-direct":
                for c, v in r.items():
                    rows.append(
                        [
                            _size(size),
                            name,
                            f"{c} thread(s)",
                            v.get("throughput"),
                            v.get("p50_ms"),
                            v.get("p95_ms"),
                            0,
                            v.get("peak_mb"),
                            None,
                            _err(v),
                        ]
                    )
                continue
            if "levels" not in r:
                rows.append([_size(size), name, "", None, None, None, None, None, None, _err(r)])
                continue
            for c, v in r["levels"].items():
                rows.append([
                    _size(size), name, c, v.get("throughput"), v.get("p50_ms"), v.get("p95_ms"), v.get("errors"),
                    r.get("peak_mb"), r.get("pss_mb"),
                    (v.get("error_sample") or "")[:80].replace("|", "/") or _err(v),
                ])  # fmt: skip
    lines += _table(
        ("triples", "server", "clients", "queries/s", "p50 ms", "p95 ms", "errors", "peak MB", "PSS MB", ""),
        rows,
    )
    return lines


def _ingest(results: dict[str, Any]) -> list[str]:
    ing = _value(results, "ingest")
    if not isinstance(ing, dict) or "error" in ing:
        return _not_run("Ingest", ing)
    rows = []
    for name, r in ing.items():
        rows.append(
            [
                name,
                r.get("documents"),
                r.get("stored"),
                r.get("docs_per_s"),
                r.get("triples_per_s"),
                r.get("seconds"),
                r.get("first_document_s"),
                r.get("peak_mb"),
                _err(r),
            ]
        )
    return [
        "## Ingest end to end (synthetic .txt/.html/.pdf/.docx → read, extract, map, validate, store)",
        "",
        "The first document is ingested before the clock starts (it reads the shapes, vocabularies and Voikko "
        "once per process); its time is shown apart.",
        "",
        *_table(
            (
                "run",
                "documents",
                "stored",
                "documents/s",
                "triples/s",
                "seconds",
                "first document s",
                "peak MB",
                "",
            ),
            rows,
        ),
    ]


def _shacl(results: dict[str, Any]) -> list[str]:
    sh = _value(results, "shacl")
    if not isinstance(sh, dict) or "error" in sh:
        return _not_run("SHACL validation", sh)
    rows = [
        [
            "each document's graph",
            r["documents"],
            r["triples"],
            r["seconds"],
            r["seconds"] / r["documents"] * 1000,
            r.get("conforming"),
        ]
        for r in sh.get("per_document", [])
    ]
    rows += [
        ["one merged graph", r["documents"], r["triples"], r.get("seconds", f"> {r.get('timeout_s')} s"),
         (r["seconds"] / r["documents"] * 1000) if "seconds" in r else None, r.get("conforms")]
        for r in sh.get("one_graph", [])
    ]  # fmt: skip
    return [
        "## SHACL validation (synthetic document graphs, `hankegraafi.shapes.validate`)",
        "",
        f"Peak memory {_f(sh.get('peak_mb'))} MB.",
        "",
        *_table(("how", "documents", "triples", "seconds", "ms per document", "conforms"), rows),
    ]


def _plots(results: dict[str, Any], out_dir: Path, stem: str) -> list[str]:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    made: list[str] = []

    def save(fig: Any, ax: Any, title: str, name: str, legend: int = 8) -> None:
        """Title, legend and file of one chart: every chart below ends so."""
        ax.set_title(title)
        ax.legend(fontsize=legend)
        fig.tight_layout()
        fig.savefig(out_dir / name, dpi=100)
        plt.close(fig)
        made.append(name)

    cat = _value(results, "catalogue")
    if isinstance(cat, dict) and "error" not in cat:
        fig, ax = plt.subplots(figsize=(6, 4))
        engines = sorted({e for s in cat.values() for e in s})
        for e in engines:
            xs, ys = [], []
            for size in sorted(cat, key=int):
                s = cat[size].get(e, {}).get("summary")
                if s and s.get("complete"):
                    xs.append(int(size))
                    ys.append(s["p95_ms"])
            if xs:
                ax.plot(xs, ys, marker="o", label=e)
        ax.set_xscale("log")
        ax.set_yscale("log")
        ax.axhline(100, color="grey", linestyle=":", label="target 100 ms")
        ax.set_xlabel("triples")
        ax.set_ylabel("catalogue p95 (ms)")
        save(fig, ax, "Catalogue query latency, p95", f"{stem}-catalogue.png")
    ep = _value(results, "endpoint")
    if isinstance(ep, dict) and "error" not in ep:
        for size in sorted(ep, key=int):
            fig, ax = plt.subplots(figsize=(6, 4))
            for name, r in ep[size].items():
                if name == "pyoxigraph-direct":
                    xs = [int(c) for c in r]
                    ys = [v.get("throughput", 0) for v in r.values()]
                elif "levels" in r:
                    xs = [int(c) for c in r["levels"]]
                    ys = [v.get("throughput", 0) for v in r["levels"].values()]
                else:
                    continue
                ax.plot(xs, ys, marker="o", label=name)
            ax.set_xscale("log", base=2)
            ax.set_xlabel("concurrent clients (threads for pyoxigraph-direct)")
            ax.set_ylabel("queries/s")
            save(
                fig,
                ax,
                f"Endpoint throughput, catalogue workload, {_size(size)} triples",
                f"{stem}-endpoint-{size}.png",
            )
    sh = _value(results, "shacl")
    if isinstance(sh, dict) and sh.get("per_document"):
        fig, ax = plt.subplots(figsize=(6, 4))
        a = sh["per_document"]
        ax.plot(
            [r["triples"] for r in a],
            [r["seconds"] for r in a],
            marker="o",
            label="each document's graph on its own",
        )
        b = [r for r in sh.get("one_graph", []) if "seconds" in r]
        if b:
            ax.plot([r["triples"] for r in b], [r["seconds"] for r in b], marker="s", label="one merged graph")
        ax.set_xlabel("triples validated")
        ax.set_ylabel("seconds")
        save(fig, ax, "SHACL validation time", f"{stem}-shacl.png")
    bulk = _value(results, "bulk")
    if isinstance(bulk, dict) and "error" not in bulk:
        fig, ax = plt.subplots(figsize=(7, 4))
        sizes = sorted(bulk, key=int)
        engines = sorted({e for s in bulk.values() for e in s})
        width = 0.8 / max(len(engines), 1)
        for i, e in enumerate(engines):
            ys = [bulk[s].get(e, {}).get("rate", 0) / 1000 for s in sizes]
            ax.bar([j + i * width for j in range(len(sizes))], ys, width, label=e)
        ax.axhline(300, color="grey", linestyle=":", label="target 300 k/s")
        ax.set_xticks([j + 0.4 - width / 2 for j in range(len(sizes))], [_size(s) for s in sizes])
        ax.set_ylabel("thousand triples/s")
        save(fig, ax, "Bulk load rate", f"{stem}-bulk.png", legend=7)
    return made


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench.report", description="Rewrite the report of a saved run."
    )
    parser.add_argument("results", type=Path)
    parser.add_argument("--out", type=Path, default=Path(__file__).parent / "results")
    args = parser.parse_args(argv)
    results = json.loads(args.results.read_text(encoding="utf-8"))
    md = write_report(results, args.out)
    print(md)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
