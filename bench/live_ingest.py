"""Ingest and remove beside a running server: from the command's start to the data visible (issue 17).

``hankegraafi serve`` holds the embedded store, so ``hankegraafi ingest`` hands the
documents to it (server/handoff.py) and the server's writer stores them between two
drains of its readers. What a user waits for is the command's start to the moment
``/sparql`` answers with the new graph; this script measures that, for one sample
document and for the bundled samples folder, and the same for ``remove`` (until the
graph is gone), beside a direct ingest into a store no server holds.

    .venv/bin/python -m bench.live_ingest [--repeat 3] [--out bench/results/FILE.md]

Every figure is a real command line in a child process against a real server on
loopback; a poll of ``/sparql`` every 20 ms decides when the data is visible.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path

from bench.live import Live
from bench.servers import free_port, wait_ready

POLL_S = 0.02
VISIBLE_WITHIN_S = 60.0


def start_logged(store: Path, log: Path) -> Live:
    """``hankegraafi -v serve`` on a free loopback port: with ``-v`` its access log names each request's ms."""
    port = free_port()
    # the polls of /sparql are this benchmark's, not a client to hold to 120 a minute
    env = {**os.environ, "HANKEGRAAFI_RATE_LIMIT": "1000000/minute"}
    command = [sys.executable, "-m", "hankegraafi.cli", "-v", "serve", "--store", str(store)]
    with log.open("wb") as out:
        process = subprocess.Popen(
            [*command, "--host", "127.0.0.1", "--port", str(port)],
            stdout=out,
            stderr=subprocess.STDOUT,
            env=env,
        )
    server = Live(f"http://127.0.0.1:{port}", process, log, env)
    if not wait_ready(process, lambda: server.get("/sparql", params={"query": "ASK {}"}).ok, 90, pause=0.2):
        server.stop()
        raise RuntimeError(f"serve did not start:\n{log.read_text(errors='replace')[-2000:]}")
    return server


def run_cli(*args: str) -> tuple[float, float, subprocess.CompletedProcess[str]]:
    """The command's start and end (monotonic seconds) and what it printed."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("HANKEGRAAFI_")}
    began = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-m", "hankegraafi.cli", *args],
        capture_output=True,
        text=True,
        timeout=600,
        env={**env, "COLUMNS": "200"},
    )
    return began, time.monotonic(), done


def handoff_ms(server: Live, since: int) -> tuple[float, int]:
    """Milliseconds the server spent on hand-off requests logged after byte ``since`` of its log
    (the access log's "ms to the headers": the drain, the writer's work, fresh readers), and the
    log's new end."""
    text = server.log.read_bytes()
    total = 0.0
    for line in text[since:].decode("utf-8", "replace").splitlines():
        found = re.search(r'"(?:POST|DELETE) /ingest/files" \d+ (\d+) ms', line)
        if found:
            total += float(found.group(1))
    return total, len(text)


def round_trip_ms(server: Live, tries: int = 50) -> float:
    """Median round trip of a hand-off request the server refuses (no token): the transport and
    the route's own cost, without a write."""
    times = []
    for _ in range(tries):
        began = time.perf_counter()
        answer = server.post("/ingest/files", json={"paths": ["/nowhere.txt"]})
        times.append((time.perf_counter() - began) * 1000)
        assert answer.status_code == 401, answer.status_code
    return statistics.median(times)


def graph_count(server: Live, graph: str) -> int:
    """Triples in one named graph, through the server's public /sparql."""
    query = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"
    answer = server.get(
        "/sparql", params={"query": query}, headers={"Accept": "application/sparql-results+json"}
    )
    answer.raise_for_status()
    return int(answer.json()["results"]["bindings"][0]["n"]["value"])


def wait_until(check: Callable[[], bool]) -> float:
    """The monotonic time at which ``check`` first held (polled every 20 ms)."""
    deadline = time.monotonic() + VISIBLE_WITHIN_S
    while time.monotonic() < deadline:
        if check():
            return time.monotonic()
        time.sleep(POLL_S)
    raise RuntimeError(f"not visible within {VISIBLE_WITHIN_S:.0f} s")


def graphs_of(paths: Sequence[Path], base: str) -> list[str]:
    from hankegraafi.ingest.pipeline import document_key
    from hankegraafi.ontology.namespaces import graph_iri

    return [str(graph_iri(document_key(p), base=base)) for p in paths]


def measure(
    server: Live, store: Path, docs: Sequence[Path], base: str, label: str
) -> list[dict[str, float | str]]:
    """Ingest ``docs`` through the running server, wait for them, remove them, wait until gone."""
    graphs = graphs_of(docs, base)
    target = [str(docs[0])] if len(docs) == 1 else [str(docs[0].parent)]
    _, mark = handoff_ms(server, 0)
    began, ended, done = run_cli("ingest", *target, "--store", str(store))
    if done.returncode != 0 or "handed to it" not in done.stderr:
        raise RuntimeError(f"ingest failed ({done.returncode}):\n{done.stdout}\n{done.stderr}")
    seen = wait_until(lambda: all(graph_count(server, g) > 0 for g in graphs))
    ms, mark = handoff_ms(server, mark)
    rows: list[dict[str, float | str]] = [
        {
            "what": f"ingest {label}",
            "cli": ended - began,
            "server": ms / 1000,
            "after": seen - ended,
            "total": seen - began,
        }
    ]
    names = [p.name for p in docs]
    began, ended, done = run_cli("remove", *names, "--store", str(store))
    if done.returncode != 0:
        raise RuntimeError(f"remove failed ({done.returncode}):\n{done.stdout}\n{done.stderr}")
    gone = wait_until(lambda: all(graph_count(server, g) == 0 for g in graphs))
    ms, _ = handoff_ms(server, mark)
    rows.append(
        {
            "what": f"remove {label}",
            "cli": ended - began,
            "server": ms / 1000,
            "after": gone - ended,
            "total": gone - began,
        }
    )
    return rows


def direct(docs: Sequence[Path], where: Path, label: str) -> dict[str, float | str]:
    """The same ingest into a store no server holds (what the command takes without a hand-off)."""
    store = where / f"direct-{time.monotonic_ns()}"
    target = [str(docs[0])] if len(docs) == 1 else [str(docs[0].parent)]
    began, ended, done = run_cli("ingest", *target, "--store", str(store))
    if done.returncode != 0:
        raise RuntimeError(f"direct ingest failed:\n{done.stderr}")
    shutil.rmtree(store, ignore_errors=True)
    seconds = ended - began
    return {
        "what": f"direct ingest {label} (no server)",
        "cli": seconds,
        "server": 0.0,
        "after": 0.0,
        "total": seconds,
    }


def table(rows: list[dict[str, float | str]], repeat: int) -> str:
    """Median (min–max) seconds per step over the repeats."""
    lines = [
        "| step | command start → end (s) | of it in the server's hand-off requests (s) "
        "| command end → visible (s) | command start → visible (s) |",
        "|---|---|---|---|---|",
    ]
    for what in dict.fromkeys(str(r["what"]) for r in rows):
        mine = [r for r in rows if r["what"] == what]
        cells = []
        for key in ("cli", "server", "after", "total"):
            values = [float(r[key]) for r in mine]
            cells.append(f"{statistics.median(values):.2f} ({min(values):.2f}–{max(values):.2f})")
        lines.append(f"| {what} | " + " | ".join(cells) + " |")
    return "\n".join(lines) + f"\n\nMedian (min–max) of {repeat} runs each.\n"


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--out", type=Path, help="also write the report (Markdown) here")
    args = parser.parse_args(argv)

    from hankegraafi.ingest.pipeline import sample_documents
    from hankegraafi.settings import Config

    base = str(Config.load({}, environ={}).base_iri)
    with tempfile.TemporaryDirectory(prefix="hg-live-ingest-") as folder:
        where = Path(folder)
        samples = where / "samples"
        samples.mkdir()
        for doc in sample_documents():
            shutil.copy(doc, samples / doc.name)
        every = sorted(samples.iterdir())
        one = where / "one"
        one.mkdir()
        single = [Path(shutil.copy(every[0], one / every[0].name))]
        store = where / "store"
        # the reference graphs are in place before the server starts, as after any first ingest
        _, _, first = run_cli("ingest", str(single[0]), "--store", str(store))
        assert first.returncode == 0, first.stderr
        _, _, gone = run_cli("remove", single[0].name, "--store", str(store))
        assert gone.returncode == 0, gone.stderr
        rows: list[dict[str, float | str]] = []
        for _ in range(args.repeat):
            rows.append(direct(single, where, "1 document"))
            rows.append(direct(every, where, f"samples folder ({len(every)} documents)"))
        server = start_logged(store, where / "serve.log")
        load_before = os.getloadavg()
        try:
            trip = round_trip_ms(server)
            for _ in range(args.repeat):
                rows.extend(measure(server, store, single, base, "1 document"))
                rows.extend(measure(server, store, every, base, f"samples folder ({len(every)} documents)"))
        finally:
            server.stop()
        load_after = os.getloadavg()
    report = (
        f"# Ingest and remove beside a running server ({datetime.now(UTC):%Y-%m-%d %H:%M} UTC)\n\n"
        f"`python -m bench.live_ingest --repeat {args.repeat}` on {platform.node()} "
        f"({os.cpu_count()} cores), Python {platform.python_version()}; load average (1 min) "
        f"{load_before[0]:.1f} before the server runs, {load_after[0]:.1f} after.\n\n"
        "Visible: `/sparql` counts triples in every document's graph (removed: none left), polled "
        f"every {POLL_S * 1000:.0f} ms. The command is a fresh interpreter each time "
        "(`python -m hankegraafi.cli`). The server's part is the access log's time of its "
        "`/ingest/files` requests (drain the readers, the writer's work, fresh readers). A hand-off "
        f"request the server refuses (no token) takes {trip:.1f} ms there and back (median of 50): "
        "the transport's share.\n\n" + table(rows, args.repeat)
    )
    print(report)
    if args.out:
        args.out.write_text(report, encoding="utf-8")


if __name__ == "__main__":
    main()
