"""Memory of ``hankegraafi serve`` (every process of it) per phase, this code beside another's.

    .venv/bin/python -m bench.pages_memory --store STORE --old-code /tmp/old/pkgs --paths paths.json

Each round starts one server per code in turn (``--rounds`` times, alternated: old, new, old, new),
result cache on, and runs the same phases against it, taking the PSS of the server's process tree
(psutil; shared pages divided among their sharers) after each:

* ``ready``: ``/sparql`` answers an ``ASK {}``;
* ``lookups``: 200 ASKs on one subject each (the lookup lane);
* ``pages``: the resource pages of ``--paths`` (JSON: kind -> paths, as ``bench.pages_speed``'s
  ``page_paths`` gives them), twice;
* ``answers``: ``--answers`` distinct SELECTs of ``--rows`` rows each (about 1.5 MB of JSON each at
  8 000 rows), the kind of answers the result cache keeps, run by the query workers.

Servers run on loopback and are stopped by their process group. Figures depend on the machine's
load, which the report gives with them.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import signal
import socket
import subprocess
import time
from pathlib import Path
from typing import Any
from urllib.parse import quote

PHASES = ("ready", "lookups", "pages", "answers")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _get(port: int, path: str) -> int:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=300)
    try:
        conn.request("GET", path)
        response = conn.getresponse()
        response.read()
        return response.status
    finally:
        conn.close()


def _pss(pid: int) -> tuple[float, int]:
    import psutil

    root = psutil.Process(pid)
    total, count = 0.0, 0
    for proc in [root, *root.children(recursive=True)]:
        try:
            total += proc.memory_full_info().pss
            count += 1
        except psutil.Error:
            pass
    return round(total / 2**20, 1), count


def one_server(
    store: str, code: Path | None, paths: dict[str, list[str]], answers: int, rows: int, log: Path
) -> dict[str, Any]:
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("HANKEGRAAFI_")}
    env.update({"HANKEGRAAFI_RATE_LIMIT": "1000000/minute", "HANKEGRAAFI_RESULT_CACHE_SECONDS": "300"})
    env.update({"HANKEGRAAFI_DERIVE_AT_START": "0"})  # a bulk-loaded store: no rebuild while measured
    env.update({"HANKEGRAAFI_MAX_ROWS": str(max(rows, 10_000))})
    if code is not None:
        env["PYTHONPATH"] = str(code) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    exe = str(Path(__file__).resolve().parents[1] / ".venv" / "bin" / "hankegraafi")
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [exe, "serve", "--store", store, "--host", "127.0.0.1", "--port", str(port)],
            stdout=out,
            stderr=subprocess.STDOUT,
            env=env,
            start_new_session=True,
        )
    figures: dict[str, Any] = {}
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                if _get(port, "/sparql?query=ASK%7B%7D") == 200:
                    break
            except OSError:
                pass
            if time.monotonic() > deadline or proc.poll() is not None:
                raise RuntimeError(f"server did not start: {log.read_text(errors='replace')[-2000:]}")
            time.sleep(0.2)
        figures["ready"] = _pss(proc.pid)
        for i in range(200):
            iri = f"https://w3id.org/hankegraafi/id/project/synth-{i:06d}"
            _get(port, "/sparql?query=" + quote(f"ASK {{ <{iri}> ?p ?o }}"))
        figures["lookups"] = _pss(proc.pid)
        for _ in range(2):
            for kind_paths in paths.values():
                for path in kind_paths:
                    _get(port, path)
        figures["pages"] = _pss(proc.pid)
        for i in range(answers):
            text = f"SELECT ?s ?p ?o WHERE {{ ?s ?p ?o }} LIMIT {rows} OFFSET {i * rows}"
            status = _get(port, "/sparql?query=" + quote(text))
            if status != 200:
                figures.setdefault("errors", []).append(status)
        figures["answers"] = _pss(proc.pid)
        time.sleep(11)  # the web process trims its heap every 10 s
        figures["settled"] = _pss(proc.pid)
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(30)
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--store", required=True)
    parser.add_argument("--old-code", type=Path, required=True)
    parser.add_argument("--paths", type=Path, required=True)
    parser.add_argument("--answers", type=int, default=60)
    parser.add_argument("--rows", type=int, default=8_000)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    paths = json.loads(args.paths.read_text())
    load_before = os.getloadavg()
    runs: list[dict[str, Any]] = []
    for n in range(args.rounds):
        for name, code in (("old", args.old_code), ("new", None)):
            log = Path(f"/tmp/pages-memory-{name}-{n}.log")
            figures = one_server(args.store, code, paths, args.answers, args.rows, log)
            runs.append({"code": name, "round": n, **figures})
            print(json.dumps(runs[-1]), flush=True)
    result = {"load_before": load_before, "load_after": os.getloadavg(), "runs": runs, "args": vars(args)}
    if args.json:
        args.json.write_text(json.dumps(result, indent=1, default=str))
    print("| code | round | " + " | ".join(f"{p} PSS MB (processes)" for p in (*PHASES, "settled")) + " |")
    print("|---|---:|" + "---:|" * (len(PHASES) + 1))
    for run in runs:
        cells = [f"{run[p][0]} ({run[p][1]})" for p in (*PHASES, "settled")]
        print(f"| {run['code']} | {run['round']} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
