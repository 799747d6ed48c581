"""Whole ingest, old code and new side by side: CPU and wall clock per document, runs alternated.

Each run is a fresh process that ingests the same ``bench.generate`` documents
into a fresh embedded store (``Ingester.ingest_all``, as ``bench.run``'s ingest
section does, after one warm-up document), and reports the CPU seconds of the
process and of its worker processes. ``--old ROOT`` names a checkout of an
earlier commit (``git worktree add /tmp/s28/old 0d81835``): its runs import
``hankegraafi`` from there, with the same virtualenv, so only the code differs.
The runs go old, new, old, new, … so that a machine loaded by others weighs on
both alike; on a shared machine compare CPU, not wall clock. ``--new ROOT`` names
a checkout for the new side too: a tree that other people edit at the same time
holds their unfinished changes, which would be measured as part of yours. Each
run's worker processes import from the same checkout as the run (a
``sitecustomize`` on their ``PYTHONPATH``): a spawned worker does not inherit the
run's import hook, and ran the editable install's code before.

    python -m bench.ingest_cpu --old /tmp/s28/old --new /tmp/s28/new --docs 100 --rounds 2
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

#: The folders the editable install maps the package and its subpackages to (pyproject's package-dir).
_PACKAGES = {
    "hankegraafi": "hankegraafi",
    "hankegraafi.ingest": "ingest",
    "hankegraafi.ontology": "ontology",
    "hankegraafi.queries": "queries",
    "hankegraafi.server": "server",
    "hankegraafi.shapes": "shapes",
    "hankegraafi.store": "store",
}


def _import_from(root: Path) -> None:
    """Make ``import hankegraafi…`` read the checkout at ``root`` before the editable install."""
    import importlib.util
    from importlib.machinery import ModuleSpec

    class Finder:
        @classmethod
        def find_spec(cls, name: str, path: object = None, target: object = None) -> ModuleSpec | None:
            folder = _PACKAGES.get(name)
            if folder is None:
                return None
            where = root / folder
            return importlib.util.spec_from_file_location(
                name, where / "__init__.py", submodule_search_locations=[str(where)]
            )

    sys.meta_path.insert(0, Finder)  # type: ignore[arg-type]  # a finder class, as the editable one is


def _site(root: Path, folder: Path) -> dict[str, str]:
    """The environment of a run whose processes, workers included, import ``hankegraafi`` from ``root``."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "sitecustomize.py").write_text(
        "import sys\n"
        f"sys.path.insert(0, {str(Path(__file__).resolve().parents[1])!r})\n"
        "from bench.ingest_cpu import _import_from\n"
        "from pathlib import Path\n"
        f"_import_from(Path({str(root)!r}))\n",
        encoding="utf-8",
    )
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(folder), env.get("PYTHONPATH", "")]))
    return env


def run_once(
    docs: Path, validate: bool, jobs: int, code: Path | None, start: str | None = None
) -> dict[str, float]:
    """One run in this process: ingest ``docs`` into a fresh store, return the figures; ``start``
    forces how the worker processes are started ("spawn" or "fork", ingest/startmethod.py)."""
    if code is not None:
        _import_from(code)
    if start is not None:
        from hankegraafi.ingest import startmethod

        startmethod.start_method = lambda: start  # type: ignore[assignment,return-value]
    from hankegraafi.ingest.pipeline import Ingester
    from hankegraafi.settings import Config
    from hankegraafi.store.embedded import EmbeddedStore

    paths = sorted(docs.iterdir())
    with tempfile.TemporaryDirectory() as tmp:
        store = EmbeddedStore(Path(tmp) / "store")
        ingester = Ingester(store, Config.load(), validate=validate, force=True)
        ingester.ensure_reference_graphs()
        ingester.ingest(paths[0])  # warm-up: shapes, vocabularies, Voikko
        cpu, wall = time.process_time(), time.perf_counter()
        children = resource.getrusage(resource.RUSAGE_CHILDREN)
        outcomes = ingester.ingest_all(paths[1:], jobs=jobs)
        wall = time.perf_counter() - wall
        cpu = time.process_time() - cpu
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        store.close()
    worker_cpu = (after.ru_utime + after.ru_stime) - (children.ru_utime + children.ru_stime)
    count = len(outcomes)
    return {
        "documents": count,
        "stored": sum(o.status == "stored" for o in outcomes),
        "cpu_ms_per_doc": 1000 * cpu / count,
        "worker_cpu_ms_per_doc": 1000 * worker_cpu / count,
        "docs_per_s": count / wall,
        "load": os.getloadavg()[0],
        "module": sys.modules["hankegraafi"].__file__ or "",
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--old", type=Path, help="a checkout of the old code")
    parser.add_argument("--new", type=Path, help="a checkout of the new code (default: the editable install)")
    parser.add_argument(
        "--starts",
        nargs="*",
        choices=["spawn", "fork"],
        help="instead of old and new: the new code with its workers started each way in turn",
    )
    parser.add_argument("--docs", type=int, default=100)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--seed", type=int, default=20240601)
    parser.add_argument("--jobs", type=int, nargs="*", default=[1, 2])
    parser.add_argument("--one", help=argparse.SUPPRESS)  # internal: one run, JSON arguments
    args = parser.parse_args()
    if args.one:
        spec = json.loads(args.one)
        code = Path(spec["code"]) if spec["code"] else None
        print(
            "RESULT "
            + json.dumps(run_once(Path(spec["docs"]), spec["validate"], spec["jobs"], code, spec.get("start")))
        )
        return
    from bench.generate import write_documents

    with tempfile.TemporaryDirectory() as tmp:
        docs = Path(tmp) / "docs"
        write_documents(docs, args.docs + 1, seed=args.seed)
        new = str(args.new.resolve()) if args.new else None
        codes: list[tuple[str, str | None, str | None]] = [("new", new, None)]
        if args.old:
            codes.insert(0, ("old", str(args.old.resolve()), None))
        if args.starts:
            codes = [(f"new start={start}", new, start) for start in args.starts]
        figures: dict[str, list[dict[str, float]]] = {}
        for _round in range(args.rounds):
            for validate, jobs in [(True, j) for j in args.jobs] + ([] if args.starts else [(False, 1)]):
                for side, (name, root, start) in enumerate(codes):
                    spec = {"docs": str(docs), "validate": validate, "jobs": jobs, "code": root, "start": start}
                    proc = subprocess.run(
                        [sys.executable, "-m", "bench.ingest_cpu", "--one", json.dumps(spec)],
                        capture_output=True,
                        text=True,
                        cwd=Path(__file__).resolve().parents[1],
                        env=_site(Path(root), Path(tmp) / f"site-{side}") if root else None,
                    )
                    line = next((x for x in proc.stdout.splitlines() if x.startswith("RESULT ")), None)
                    if line is None:
                        print(proc.stderr[-2000:], file=sys.stderr)
                        continue
                    result = json.loads(line[7:])
                    key = f"{name} validation={'on' if validate else 'off'} jobs={jobs}"
                    figures.setdefault(key, []).append(result)
                    print(
                        f"{key:40s} CPU {result['cpu_ms_per_doc']:6.1f} + workers {result['worker_cpu_ms_per_doc']:6.1f}"
                        f" ms/doc  {result['docs_per_s']:5.1f} docs/s  stored {result['stored']}/{result['documents']}"
                        f"  load {result['load']:.1f}",
                        flush=True,
                    )
        shutil.rmtree(docs, ignore_errors=True)
    print("medians:")
    for key, runs in figures.items():
        cpu = statistics.median(r["cpu_ms_per_doc"] + r["worker_cpu_ms_per_doc"] for r in runs)
        rate = statistics.median(r["docs_per_s"] for r in runs)
        print(f"{key:40s} total CPU {cpu:6.1f} ms/doc  {rate:5.1f} docs/s")


if __name__ == "__main__":
    main()
