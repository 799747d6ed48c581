"""The product type-checks: mypy over every package, 0 errors (config in pyproject's [tool.mypy]).

The folders are installed as one namespace (``store/`` is ``hankegraafi.store``,
see pyproject's package-dir) through an editable-install import hook that mypy
cannot follow, so the check runs on a tree of symbolic links laid out as the
installed package (under .mypy_cache, whose cache it reuses). A cold run (CI's
fresh clone) takes about 15 s of CPU, 40 s on a busy two-core machine; a warm
one a few seconds. It runs once per session for all the layer tests, started in
the background as soon as the session's tests are collected (tests/conftest.py), so
that its 15 s run on the second core while the other tests run. Errors are
reported with the repository's paths, one test per layer so that a failure says
whose it is.

By hand: ``.venv/bin/python -m tests.test_types`` prints every error;
``.venv/bin/python -m tests.test_types server`` only those under server/.
"""

from __future__ import annotations

import functools
import re
import shutil
import subprocess
import sys
import tomllib
from collections import Counter
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
TREE = REPO / ".mypy_cache" / "tree"
BACKGROUND_TREE = REPO / ".mypy_cache" / "tree-background"
LINE = re.compile(r"^(?P<path>hankegraafi/[^:]+\.py):(?P<line>\d+): (?P<kind>error|note): (?P<text>.*)$")
LAYERS = ("ontology", "shapes", "store", "queries", "ingest", "server", "hankegraafi")


def lay_out_tree(tree: Path = TREE) -> Path:
    """``tree/hankegraafi`` with links to the files of hankegraafi/ and to each other folder."""
    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    package_dir: dict[str, str] = config["tool"]["setuptools"]["package-dir"]
    root = tree / "hankegraafi"
    if root.exists():
        shutil.rmtree(root)
    root.mkdir(parents=True)
    for entry in (REPO / package_dir["hankegraafi"]).iterdir():
        if entry.name != "__pycache__":
            (root / entry.name).symlink_to(entry)
    for name, folder in package_dir.items():
        if name != "hankegraafi":
            (root / name.split(".", 1)[1]).symlink_to(REPO / folder, target_is_directory=True)
    return tree


def source_path(tree_path: str) -> str:
    """The repository path of a file mypy names by its place in the tree."""
    parts = tree_path.split("/")
    if len(parts) > 2 and (REPO / parts[1]).is_dir() and parts[1] != "hankegraafi":
        return "/".join(parts[1:])
    return tree_path


def mypy_command() -> list[str]:
    return [
        sys.executable,
        "-m",
        "mypy",
        "--config-file",
        str(REPO / "pyproject.toml"),
        "--cache-dir",
        str(REPO / ".mypy_cache"),
        "--show-error-codes",
    ]


#: The mypy run started when the session's tests were collected (``start_in_background``).
_background: subprocess.Popen[str] | None = None


def start_in_background() -> None:
    """Start the one mypy run of the session now, to run on the second core beside the other tests.

    tests/conftest.py calls this once collection has picked a ``test_no_type_errors`` test; the
    test then waits for this run's output instead of starting its own. The run has a tree of its
    own (``BACKGROUND_TREE``): ``test_the_tree_is_the_installed_layout`` lays ``TREE`` out again
    while it may still be reading.
    """
    global _background
    if _background is None:
        tree = lay_out_tree(BACKGROUND_TREE)
        _background = subprocess.Popen(
            mypy_command(), cwd=tree, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )


def stop_background() -> None:
    """End a background run nobody waited for (a session stopped early)."""
    if _background is not None and _background.poll() is None:
        _background.kill()
        _background.communicate()


@functools.cache
def run_mypy() -> tuple[tuple[str, ...], str]:
    """(every error line with repository paths, mypy's last line)."""
    if _background is not None:
        stdout, stderr = _background.communicate(timeout=600)
        done = subprocess.CompletedProcess(_background.args, _background.returncode, stdout, stderr)
    else:
        done = subprocess.run(mypy_command(), cwd=lay_out_tree(), capture_output=True, text=True, timeout=600)
    if done.returncode not in (0, 1):
        raise RuntimeError(f"mypy did not run: {done.stderr or done.stdout}")
    errors = []
    for line in done.stdout.splitlines():
        m = LINE.match(line)
        if m and m["kind"] == "error":
            errors.append(f"{source_path(m['path'])}:{m['line']}: {m['text']}")
    summary = done.stdout.strip().splitlines()[-1] if done.stdout.strip() else ""
    return tuple(errors), summary


def layer_of(path: str) -> str:
    top = path.split("/", 1)[0]
    return top if top in LAYERS else "hankegraafi"


def test_the_tree_is_the_installed_layout() -> None:
    tree = lay_out_tree()
    assert (tree / "hankegraafi" / "store" / "base.py").resolve() == REPO / "store" / "base.py"
    assert (tree / "hankegraafi" / "settings.py").resolve() == REPO / "hankegraafi" / "settings.py"
    assert source_path("hankegraafi/store/base.py") == "store/base.py"
    assert source_path("hankegraafi/cli.py") == "hankegraafi/cli.py"


@pytest.mark.parametrize("layer", LAYERS)
def test_no_type_errors(layer: str) -> None:
    errors, summary = run_mypy()
    mine = [e for e in errors if layer_of(e) == layer]
    assert not mine, f"{len(mine)} mypy errors in {layer}/ ({summary}):\n" + "\n".join(mine)


def main(argv: list[str]) -> int:
    errors, summary = run_mypy()
    wanted = [e for e in errors if not argv or any(e.startswith(a.rstrip("/") + "/") for a in argv)]
    print("\n".join(wanted))
    per_file = Counter(e.split(":", 1)[0] for e in wanted)
    for path, count in per_file.most_common():
        print(f"{count:4d} {path}")
    print(f"{len(wanted)} errors shown; mypy: {summary}")
    return 1 if wanted else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
