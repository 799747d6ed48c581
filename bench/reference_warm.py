"""``ensure_reference_graphs`` in a warm process (a server worker's upload, a second ``ingest`` call)
on a big store, old checkout beside new, alternated in fresh processes.

The reference graphs are parsed and digested once per process either way; what stays is how the
stored digests are read: ``graph_metadata`` twice (each a count of every graph of the store) before
ingest/reference.py, one query of the two catalogue entries after.

    python -m bench.generate rdf --triples 300000 --out big.nq --no-reference
    python -c "from pathlib import Path; from hankegraafi.store.embedded import EmbeddedStore as S; \
s = S(Path('bigstore')); s.load(Path('big.nq'), 'nq'); s.close()"
    python -m bench.reference_warm --store bigstore --old /tmp/old --new /tmp/new --rounds 2
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

_CHILD = """
import os, sys, time
from pathlib import Path
from bench.ingest_cpu import _import_from
_import_from(Path(sys.argv[2]))
from hankegraafi.ingest.pipeline import Ingester
from hankegraafi.settings import Config
from hankegraafi.store.embedded import EmbeddedStore
store = EmbeddedStore(Path(sys.argv[1]))
ingester = Ingester(store, Config.load({"store": sys.argv[1]}, environ={}))
ingester.ensure_reference_graphs()  # this side's graphs stored, parsed and digested
cpu, wall = [], []
for _ in range(5):
    c, w = time.process_time(), time.perf_counter()
    assert ingester.ensure_reference_graphs() == []
    cpu.append(round(1000 * (time.process_time() - c)))
    wall.append(round(1000 * (time.perf_counter() - w)))
print(f"quads {len(store._store)}: warm ensure CPU ms {cpu}, wall ms {wall}, load {os.getloadavg()[0]:.1f}")
store.close()
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", type=Path, required=True, help="an embedded store (written to)")
    parser.add_argument("--old", type=Path, required=True)
    parser.add_argument("--new", type=Path, required=True)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    here = Path(__file__).resolve().parents[1]
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(here), os.environ.get("PYTHONPATH")])))
    for _round in range(args.rounds):
        for name, root in (("old", args.old), ("new", args.new)):
            proc = subprocess.run(
                [sys.executable, "-c", _CHILD, str(args.store), str(root.resolve())],
                capture_output=True,
                text=True,
                env=env,
                cwd=here,
            )
            print(f"{name}: {proc.stdout.strip() or proc.stderr[-1500:]}", flush=True)


if __name__ == "__main__":
    main()
