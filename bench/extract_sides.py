"""Extraction CPU, old code beside new: the same documents read once per run, ``extract`` timed, runs alternated.

Each run is a fresh process importing ``hankegraafi`` from one checkout (``bench.ingest_cpu``'s import
hook; only the code differs): it reads the documents (the ``bench.generate`` documents and/or the corpus
sets named), extracts the first once to warm up (vocabularies, Voikko), then times ``extract`` over all of
them in CPU seconds of the process (on a shared machine CPU, not wall clock). Runs go old, new, old, new …
so that the load weighs on both alike; the medians and their ratio are printed with the load average.

    python -m bench.extract_sides --old /tmp/old --new /tmp/new --docs 100 --set test34 --rounds 3
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.ingest_cpu import _import_from, _site

CORPUS = Path(__file__).resolve().parents[1] / "tests" / "ingest" / "corpus"


def run_once(paths: list[Path], code: Path | None) -> dict[str, float]:
    """Extract ``paths`` once in this process: CPU ms per document read and extracted."""
    if code is not None:
        _import_from(code)
    from hankegraafi.ingest.extract import extract
    from hankegraafi.ingest.readers import IngestError, read_document

    documents = []
    for path in paths:
        try:
            documents.append(read_document(path, max_bytes=50_000_000))
        except IngestError:
            continue
    extract(documents[0])  # warm-up: vocabularies, Voikko, label indexes
    cpu = time.process_time()
    for document in documents:
        try:
            extract(document)
        except IngestError:
            continue
    cpu = time.process_time() - cpu
    return {
        "documents": len(documents),
        "cpu_ms_per_doc": 1000 * cpu / len(documents),
        "load": os.getloadavg()[0],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--old", type=Path, required=True, help="a checkout of the old code")
    parser.add_argument("--new", type=Path, required=True, help="a checkout of the new code")
    parser.add_argument("--mid", type=Path, help="a checkout between the two (a commit of several), run third")
    parser.add_argument("--docs", type=int, default=100, help="bench.generate documents (0: none)")
    parser.add_argument("--set", action="append", default=[], help="a corpus set (a folder with gold)")
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--seed", type=int, default=20240601)
    parser.add_argument("--one", help=argparse.SUPPRESS)  # internal: one run, JSON arguments
    args = parser.parse_args()
    if args.one:
        spec = json.loads(args.one)
        print("RESULT " + json.dumps(run_once([Path(p) for p in spec["paths"]], Path(spec["code"]))))
        return
    from bench.generate import write_documents

    with tempfile.TemporaryDirectory() as tmp:
        paths: list[Path] = []
        if args.docs:
            paths += write_documents(Path(tmp) / "docs", args.docs, seed=args.seed)
        for name in args.set:
            paths += sorted(
                g.with_name(g.name[: -len(".gold.json")]) for g in (args.corpus / name).glob("*.gold.json")
            )
        sides = [("old", args.old.resolve()), ("new", args.new.resolve())]
        sides += [("mid", args.mid.resolve())] if args.mid else []
        figures: dict[str, list[dict[str, float]]] = {side: [] for side, _root in sides}
        for _round in range(args.rounds):
            for side, root in sides:
                spec = {"paths": [str(p) for p in paths], "code": str(root)}
                proc = subprocess.run(
                    [
                        sys.executable,
                        "-m",
                        "bench.extract_sides",
                        "--old",
                        ".",
                        "--new",
                        ".",
                        "--one",
                        json.dumps(spec),
                    ],
                    capture_output=True,
                    text=True,
                    cwd=Path(__file__).resolve().parents[1],
                    env=_site(root, Path(tmp) / f"site-{side}"),
                )
                line = next((x for x in proc.stdout.splitlines() if x.startswith("RESULT ")), None)
                if line is None:
                    print(proc.stderr[-2000:], file=sys.stderr)
                    continue
                result = json.loads(line[7:])
                figures[side].append(result)
                print(
                    f"{side} {root}: {result['documents']} documents, extraction CPU {result['cpu_ms_per_doc']:6.1f}"
                    f" ms/doc, load {result['load']:.1f}",
                    flush=True,
                )
    old = statistics.median(r["cpu_ms_per_doc"] for r in figures["old"])
    for side in figures:
        if side != "old" and figures[side]:
            cpu = statistics.median(r["cpu_ms_per_doc"] for r in figures[side])
            print(f"median extraction CPU old {old:.1f} ms/doc, {side} {cpu:.1f} ms/doc: {cpu / old:.2f}x")


if __name__ == "__main__":
    main()
