#!/usr/bin/env bash
# The whole test suite, as CI runs it (README, .ci/run).
#
# Two runs: every test not marked `timing` on every core (pytest-xdist; `--dist loadfile` keeps
# a file's tests on one worker, so a module's server or store is built once), then the tests
# marked `timing` alone: they time our code by the clock (a bound such as "refused within 5 s", a
# figure in seconds) or load the machine (load and kill runs), and such a bound is about
# our code, not about another test sharing the two cores. A bound on the CPU time of the test's
# own process (marker `cputime`: the fuzz deadlines, the linear-time ratios) is not moved by the
# other tests, so those run in the first run. Tests marked `alone` (they need a
# process without pytest-xdist's threads) run in that second run too. `python -m pytest` alone
# still runs everything in one process. Arguments are passed to both runs (e.g. -x, --run-slow).
set -uo pipefail
cd "$(dirname "$0")/.."
# Bytecode cached in __pycache__ (git ignores it), as Python does by default: with
# PYTHONDONTWRITEBYTECODE set, every pytest process (each worker, then the timing run) rewrote the
# assertions of all ~500 test modules again, 17 s of CPU to collect instead of 7.
unset PYTHONDONTWRITEBYTECODE
# The read-only stores tests/conftest.py's built_once() builds (the samples' ingest, the bulk
# load) are built by the first run and used by the second too, then removed.
HANKEGRAAFI_TESTS_ONCE="$(mktemp -d "${TMPDIR:-/tmp}/hankegraafi-tests-once.XXXXXX")"
export HANKEGRAAFI_TESTS_ONCE
trap 'rm -rf "$HANKEGRAAFI_TESTS_ONCE"' EXIT
# Each test's CPU time (tests/cputimes.py), summed per file after each run: the clock of a
# shared machine says little about what to make faster.
export HANKEGRAAFI_TEST_CPU="$HANKEGRAAFI_TESTS_ONCE/cpu-parallel"
mkdir "$HANKEGRAAFI_TEST_CPU"
# The first run writes the files of the tests it leaves out (tests/conftest.py's pytest_deselected):
# with no arguments given, the second run collects those files only, not all ~500 test modules
# (7 s less of the second run, which runs on one core). A run that wrote none collects everything.
HANKEGRAAFI_PART2_FILES="$HANKEGRAAFI_TESTS_ONCE/part2-files"
export HANKEGRAAFI_PART2_FILES
mkdir "$HANKEGRAAFI_PART2_FILES"
# Each run under tests/treecpu.py, which prints the CPU of its whole process tree: the pool's fork
# server is never waited for by pytest, so its writers' and workers' CPU is in no per-test figure.
# The per-file table has that of the fork server of each pytest process (column "pool") and a row of
# what the pytest processes used outside any test; treecpu's "orphans" are the rest (stop 53, in
# tests/server: the fork servers of 16 `serve` processes its tests started, and 25 of their workers, 45 s of 250).
.venv/bin/python -m tests.treecpu "tests on every core" \
    .venv/bin/python -m pytest -n auto --dist loadfile -m "not timing and not alone" "$@"
parallel=$?
.venv/bin/python -m tests.cputimes "$HANKEGRAAFI_TEST_CPU" 40
export HANKEGRAAFI_TEST_CPU="$HANKEGRAAFI_TESTS_ONCE/cpu-alone"
mkdir "$HANKEGRAAFI_TEST_CPU"
files=()
if [ "$#" -eq 0 ]; then
    mapfile -t files < <(cat "$HANKEGRAAFI_PART2_FILES"/*.txt 2>/dev/null | sort -u)
fi
unset HANKEGRAAFI_PART2_FILES
.venv/bin/python -m tests.treecpu "tests marked timing or alone" \
    .venv/bin/python -m pytest -m "timing or alone" "${files[@]}" "$@"
alone=$?
.venv/bin/python -m tests.cputimes "$HANKEGRAAFI_TEST_CPU" 20
echo "scripts/test.sh: tests on every core exit ${parallel}, tests marked timing or alone exit ${alone}"
[ "$parallel" -ne 0 ] && exit "$parallel"
exit "$alone"
