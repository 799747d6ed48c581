"""Memory of every process of ``hankegraafi serve`` under ``scripts/load_test.py``, codes side by side.

    .venv/bin/python -m bench.serve_memory --store STORE --code old=/tmp/old/pkgs --code new=/tmp/new/pkgs

Issue 17 asks for the server at 10^6 triples under the load test in at most 200 MB in all its
processes. Each round starts one server per ``--code`` in turn (``NAME=DIR``: DIR is put first on
``PYTHONPATH``, a folder holding a ``hankegraafi`` package whose subpackages are another
checkout's; ``NAME=`` runs the installed code), as ``scripts/load_test.py --store`` starts it (rate
limit and slow lane lifted, result cache at its default), with the stored page bodies removed first
so that every start renders them again, and runs the load test's request mix
(``load_test.run``) for ``--seconds`` with ``--clients`` threads. A sampler takes the PSS of each
process of the server (psutil; shared pages divided among their sharers) every ``--every``
seconds and names it by its role: the web process, the fork server, its query workers, the
resource tracker, the page renderer.

Figures per run: every process's PSS when ready, the peak and median of the sum under load, each
role's peak, the sum when the load ends and 12 s later (the web process trims its heap every few seconds, ``processes.TRIM_SECONDS``),
and the load test's own figures (requests/s, p95, errors), with the load average around the run.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
ROLES = ("web", "forkserver", "worker", "tracker", "renderer", "other")


def role(proc: Any, root: int) -> str:
    """What a process of the server is, from its command line and its parent (the fork server's
    children, the query workers, share its command line)."""
    if proc.pid == root:
        return "web"
    try:
        line = " ".join(proc.cmdline())
        parent = proc.parent()
        parent_line = " ".join(parent.cmdline()) if parent is not None else ""
    except Exception:
        return "other"
    if "prerender" in line:
        return "renderer"
    if "resource_tracker" in line:
        return "tracker"
    if "forkserver" in parent_line or "spawn_main" in line:
        return "worker"
    if "forkserver" in line:
        return "forkserver"
    return "other"


def sample(pid: int, peaks: dict[int, dict[str, Any]] | None = None) -> dict[str, float]:
    """PSS in MB per role (summed over the role's processes), plus ``total`` and ``count``; ``peaks``
    gets each process's role and its largest RSS, USS and PSS so far (MB), by process id."""
    import psutil

    out = dict.fromkeys(ROLES, 0.0)
    count = 0
    try:
        root = psutil.Process(pid)
        procs = [root, *root.children(recursive=True)]
    except psutil.Error:
        return {**out, "total": 0.0, "count": 0}
    for proc in procs:
        try:
            info = proc.memory_full_info()
        except psutil.Error:
            continue
        pss = info.pss / 2**20
        what = role(proc, pid)
        out[what] += pss
        if peaks is not None:
            seen = peaks.setdefault(proc.pid, {"role": what, "rss": 0.0, "uss": 0.0, "pss": 0.0})
            for key, value in (("rss", info.rss), ("uss", info.uss), ("pss", info.pss)):
                seen[key] = max(seen[key], round(value / 2**20, 1))
        count += 1
    return {**{k: round(v, 1) for k, v in out.items()}, "total": round(sum(out.values()), 1), "count": count}


class Sampler(threading.Thread):
    def __init__(self, pid: int, every: float) -> None:
        super().__init__(daemon=True)
        self.pid, self.every = pid, every
        self.samples: list[dict[str, float]] = []
        self.peaks: dict[int, dict[str, Any]] = {}
        self.stop_event = threading.Event()

    def run(self) -> None:
        while not self.stop_event.is_set():
            self.samples.append(sample(self.pid, self.peaks))
            self.stop_event.wait(self.every)


def usable_targets(
    load_test: Any, base: str, first: dict[str, float] | None = None
) -> tuple[list[Any], list[str]]:
    """The load test's targets that answer below 400 once (``load_test.run`` stops at the first that
    does not: until stop 47 an explorer search at 10^6 passed the 30 s query deadline), and those
    that did not. ``first`` gets each target's first answer's time in ms (the first search builds
    the search index)."""
    import requests

    kept, dropped = [], []
    for target in load_test.discover(base):
        started = time.perf_counter()
        try:
            r = requests.get(
                base + target.path, params=target.params, headers={"Accept": target.accept}, timeout=120
            )
            ok = r.status_code < 400
        except requests.RequestException:
            ok = False
        if first is not None:
            first[f"{target.path} {target.params}"] = round((time.perf_counter() - started) * 1000)
        if ok:
            kept.append(target)
        else:
            dropped.append(f"{target.path} {target.params}")
    return kept, dropped


def one_run(
    store: Path,
    pkgs: str,
    clients: int,
    seconds: float,
    every: float,
    log: Path,
    extra_env: dict[str, str] | None = None,
) -> dict[str, Any]:
    sys.path.insert(0, str(REPO / "scripts"))
    import load_test  # scripts/load_test.py: the request mix and its figures

    # Each run asks the server it started for the mix: the patch below had outlived its run, so every
    # later run (the other code, the next round) was given the first run's targets (stop 47: the
    # first code's failing searches were left out of the second's mix too).
    discover = getattr(load_test, "_own_discover", load_test.discover)
    load_test._own_discover = discover
    load_test.discover = discover

    from bench.servers import free_port

    bodies = store.parent / f".{store.name}.pages.sqlite"
    for path in (bodies, Path(str(bodies) + "-wal"), Path(str(bodies) + "-shm")):
        path.unlink(missing_ok=True)
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("HANKEGRAAFI_") and k != "PYTHONPATH"}
    env.update(
        HANKEGRAAFI_RATE_LIMIT="1000000/minute",
        HANKEGRAAFI_SLOW_LANE="64",
        HANKEGRAAFI_SLOW_LANE_PER_CLIENT="64",
        HANKEGRAAFI_MAX_CONNECTIONS_PER_CLIENT="1000",
        HANKEGRAAFI_DERIVE_AT_START="0",  # a bulk-loaded store: no rebuild while measured
    )
    if pkgs:
        env["PYTHONPATH"] = pkgs
    env.update(extra_env or {})
    exe = str(Path(sys.executable).parent / "hankegraafi")  # the venv's command
    load_before = os.getloadavg()
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [exe, "serve", "--store", str(store), "--host", "127.0.0.1", "--port", str(port)],
            stdout=out,
            stderr=subprocess.STDOUT,
            env=env,
            cwd=str(log.parent),  # not a checkout: its hankegraafi/ would come first on sys.path
            start_new_session=True,
        )
    base = f"http://127.0.0.1:{port}"
    figures: dict[str, Any] = {"load_before": load_before}
    try:
        import requests

        deadline = time.monotonic() + 120
        while True:
            try:
                if requests.get(base + "/sparql/limits", timeout=2).ok:
                    break
            except requests.RequestException:
                pass
            if time.monotonic() > deadline or proc.poll() is not None:
                raise RuntimeError(f"server did not start: {log.read_text(errors='replace')[-2000:]}")
            time.sleep(0.3)
        figures["ready"] = sample(proc.pid)
        figures["first_ms"] = {}
        kept, dropped = usable_targets(load_test, base, figures["first_ms"])
        figures["dropped_targets"] = dropped
        load_test.discover = lambda _base: kept  # run() asks again; the same mix without the failing ones
        sampler = Sampler(proc.pid, every)
        sampler.start()
        figures["load"] = load_test.run(base, clients=clients, seconds=seconds, pid=None)
        sampler.stop_event.set()
        sampler.join()
        figures["end"] = sample(proc.pid)
        time.sleep(12)
        figures["settled"] = sample(proc.pid)
        totals = [s["total"] for s in sampler.samples]
        figures["peak_total"] = max(totals)
        figures["median_total"] = round(statistics.median(totals), 1)
        figures["peak_by_role"] = {r: max(s[r] for s in sampler.samples) for r in ROLES}
        figures["samples"] = sampler.samples
        figures["processes"] = sorted(sampler.peaks.values(), key=lambda p: (p["role"], -p["pss"]))
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(30)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(10)
    figures["load_after"] = os.getloadavg()
    return figures


def table(runs: list[dict[str, Any]]) -> str:
    lines = [
        "| code | round | ready | peak | median | end | settled | "
        + " | ".join(f"{r} peak" for r in ROLES[:-1])
        + " | req/s | p95 ms | errors | load |",
        "|---|---:|" + "---:|" * (9 + len(ROLES) - 1),
    ]
    for run in runs:
        roles = " | ".join(f"{run['peak_by_role'][r]}" for r in ROLES[:-1])
        load = f"{run['load_before'][0]:.1f}-{run['load_after'][0]:.1f}"
        lines.append(
            f"| {run['code']} | {run['round']} | {run['ready']['total']} ({run['ready']['count']}) | "
            f"{run['peak_total']} | {run['median_total']} | {run['end']['total']} ({run['end']['count']}) | "
            f"{run['settled']['total']} | {roles} | {run['load']['rps']} | {run['load']['p95_ms']} | "
            f"{run['load']['errors']} | {load} |"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--store", type=Path, required=True)
    parser.add_argument("--code", action="append", required=True, help="NAME=PKGS (PKGS empty: installed)")
    parser.add_argument(
        "--env",
        action="append",
        default=[],
        help="NAME:KEY=VALUE, an environment setting of code NAME's server only",
    )
    parser.add_argument("--clients", type=int, default=32)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--every", type=float, default=2.0, help="seconds between two samples")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--logs", type=Path, default=Path("/tmp"))
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    codes = [c.split("=", 1) for c in args.code]
    envs: dict[str, dict[str, str]] = {}
    for item in args.env:
        name, setting = item.split(":", 1)
        key, value = setting.split("=", 1)
        envs.setdefault(name, {})[key] = value
    runs: list[dict[str, Any]] = []
    for n in range(args.rounds):
        for name, pkgs in codes:
            log = args.logs / f"serve-memory-{name}-{n}.log"
            figures = one_run(args.store, pkgs, args.clients, args.seconds, args.every, log, envs.get(name))
            runs.append({"code": name, "round": n, **figures})
            brief = {k: v for k, v in runs[-1].items() if k not in ("samples", "first_ms")}
            print(json.dumps(brief), flush=True)
            if args.json:
                args.json.write_text(json.dumps({"args": vars(args), "runs": runs}, indent=1, default=str))
    print(table(runs))


if __name__ == "__main__":
    main()
