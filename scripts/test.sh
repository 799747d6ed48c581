#!/usr/bin/env bash
# The whole test suite, as CI runs it (README, .ci/run).
#
# Two runs: every test folder but tests/reliability on every core (pytest-xdist; `--dist
# loadfile` keeps a file's tests on one worker, so a module's server or store is built once),
# then tests/reliability alone: its tests time servers under attack, load and SIGKILL, and
# bounds such as "refused within 5 s" are about our code, not about another test sharing the
# two cores. `python -m pytest` alone still runs everything in one process.
# Arguments are passed to both runs (e.g. -x, --run-slow).
set -uo pipefail
cd "$(dirname "$0")/.."
.venv/bin/python -m pytest -n auto --dist loadfile --ignore=tests/reliability "$@"
parallel=$?
.venv/bin/python -m pytest tests/reliability "$@"
alone=$?
echo "scripts/test.sh: tests on every core exit ${parallel}, tests/reliability alone exit ${alone}"
[ "$parallel" -ne 0 ] && exit "$parallel"
exit "$alone"
