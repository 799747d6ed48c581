"""What two checkouts store for the same documents, compared line by line (no behaviour change).

Each side, in a fresh process importing its checkout (``bench.ingest_cpu``'s ``sitecustomize``),
ingests the same documents into a fresh embedded store (``ensure_reference_graphs``, then
``ingest_all`` with ``--jobs``) and dumps it as N-Quads. The lines are compared as sets, after
dropping what differs on every run (the times of ingest and of the change log, the change log's
entry names made of those times, blank-node labels: each replaced by a placeholder); the differences are printed by graph.
``--remove N``: then, in another fresh process, each side removes its first N documents by file name
(``Ingester.remove``, one derived rebuild each: a fresh process's ``remove``) before the dump.

    python -m bench.dump_sides --old /tmp/old --new /tmp/new --docs 100 --set test34 [--remove 3]
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

_CHILD = """
import json, sys
from pathlib import Path
from hankegraafi.ingest.pipeline import Ingester
from hankegraafi.settings import Config
from hankegraafi.store.embedded import EmbeddedStore
store_path, out, jobs, *paths = sys.argv[1:]
store = EmbeddedStore(Path(store_path))
ingester = Ingester(store, Config.load({"store": store_path}, environ={}))
ingester.ensure_reference_graphs()
outcomes = ingester.ingest_all([Path(p) for p in paths], jobs=int(jobs))
with open(out, "wb") as f:
    store.dump(f, "nq")
store.close()
print("statuses", json.dumps(sorted(o.status for o in outcomes)))
"""

_REMOVE_CHILD = """
import json, sys
from pathlib import Path
from hankegraafi.ingest.pipeline import Ingester
from hankegraafi.settings import Config
from hankegraafi.store.embedded import EmbeddedStore
store_path, out, *names = sys.argv[1:]
store = EmbeddedStore(Path(store_path))
ingester = Ingester(store, Config.load({"store": store_path}, environ={}))
removed = []
for name in names:
    removed.append(str(ingester.remove(name)))
    assert ingester.removal_failure is None, ingester.removal_failure
with open(out, "wb") as f:
    store.dump(f, "nq")
store.close()
print("removed", json.dumps(removed))
"""

#: Values that differ on every run: times, and blank-node labels.
_TIME = re.compile(r'"\d{4}-\d\d-\d\dT[^"]*"\^\^<http://www.w3.org/2001/XMLSchema#dateTime>')
_BNODE = re.compile(r"_:[A-Za-z0-9]+")
#: A change-log entry is named by a digest of its time.
_CHANGE = re.compile(r"/id/change/[0-9a-f]+>")


def _lines(path: Path) -> Counter[str]:
    text = path.read_text(encoding="utf-8")
    return Counter(
        _CHANGE.sub("/id/change/C>", _BNODE.sub("_:b", _TIME.sub('"T"', line)))
        for line in text.splitlines()
        if line.strip()
    )


def _graph(line: str) -> str:
    found = re.findall(r"<[^>]*>", line)
    return found[-1] if len(found) >= 4 else "(default)"


def main() -> None:
    from bench.ingest_cpu import _site

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--old", type=Path, required=True)
    parser.add_argument("--new", type=Path, required=True)
    parser.add_argument("--docs", type=int, default=100)
    parser.add_argument("--set", action="append", default=[], help="a development set of the corpus")
    parser.add_argument("--corpus", type=Path, default=Path("tests/ingest/corpus"))
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--seed", type=int, default=20240601)
    parser.add_argument("--remove", type=int, default=0, help="then remove the first N documents")
    args = parser.parse_args()
    from bench.generate import write_documents

    with tempfile.TemporaryDirectory() as tmp:
        docs = (
            [str(p) for p in write_documents(Path(tmp) / "docs", args.docs, seed=args.seed)]
            if args.docs
            else []
        )
        for name in args.set:
            docs += [str(p) for p in sorted((args.corpus / name).iterdir()) if not p.name.endswith(".json")]
        dumps = {}
        for side, root in (("old", args.old.resolve()), ("new", args.new.resolve())):
            out = Path(tmp) / f"{side}.nq"
            proc = subprocess.run(
                [
                    sys.executable,
                    "-c",
                    _CHILD,
                    str(Path(tmp) / f"store-{side}"),
                    str(out),
                    str(args.jobs),
                    *docs,
                ],
                capture_output=True,
                text=True,
                env=_site(root, Path(tmp) / f"site-{side}"),
            )
            if proc.returncode:
                raise SystemExit(proc.stderr[-3000:])
            statuses = Counter(json.loads(proc.stdout.split("statuses ", 1)[1]))
            if args.remove:
                names = [Path(d).name for d in docs[: args.remove]]
                store = str(Path(tmp) / f"store-{side}")
                removal = subprocess.run(
                    [sys.executable, "-c", _REMOVE_CHILD, store, str(out), *names],
                    capture_output=True,
                    text=True,
                    env=_site(root, Path(tmp) / f"site-{side}"),
                )
                if removal.returncode:
                    raise SystemExit(removal.stderr[-3000:])
                print(f"{side}: {removal.stdout.strip()}")
            dumps[side] = _lines(out)
            print(f"{side}: {sum(dumps[side].values())} quads, documents {dict(statuses)} ({root})")
        only_old = dumps["old"] - dumps["new"]
        only_new = dumps["new"] - dumps["old"]
        print(
            f"{len(docs)} documents; quads only in old: {sum(only_old.values())}, only in new: {sum(only_new.values())}"
        )
        for label, lines in (("only in old", only_old), ("only in new", only_new)):
            for graph, n in sorted(Counter(_graph(line) for line in lines.elements()).items()):
                print(f"  {label}: {n:5d} in {graph}")
                for line in sorted(x for x in lines if _graph(x) == graph)[:4]:
                    print(f"    {line[:240]}")


if __name__ == "__main__":
    main()
