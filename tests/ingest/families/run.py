"""Run a family generator as a file, for wtrun.py (which runs files, not modules).

    cd WT && /work/main/.venv/bin/python /tmp/s52/wtrun.py WT tests/ingest/families/run.py names --n 300

is ``python -m tests.ingest.families.names --n 300`` with the worktree's code and tests.
"""

import importlib
import sys
from pathlib import Path

# Appended, not put first: first, the worktree's hankegraafi/ folder would hide wtrun's layout of the worktree's
# code, and its subpackages would come from the editable install (main's code).
sys.path.append(str(Path(__file__).resolve().parents[3]))

if __name__ == "__main__":
    sys.exit(importlib.import_module(f"tests.ingest.families.{sys.argv[1]}").cli(sys.argv[2:]))
