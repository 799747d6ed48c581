#!/usr/bin/env bash
# Set up hankegraafi on a fresh machine: system packages, a virtual environment,
# the Python package and the front-end files. Safe to run again.
#   bash scripts/setup.sh          # to run the service
#   bash scripts/setup.sh --dev    # also what the tests need (Chromium, Virtuoso, test tools)
set -euo pipefail
cd "$(dirname "$0")/.."

dev=0
[ "${1:-}" = "--dev" ] && dev=1

# Debian packages: Voikko (Finnish morphology) and Java (HermiT reasoner);
# Chromium only for the browser tests, Virtuoso only for the store tests, wrk only for the
# lookups benchmark (bench.speed --only lookups).
packages=(libvoikko1 voikko-fi default-jre-headless)
[ "$dev" = 1 ] && packages+=(chromium virtuoso-opensource-7-bin wrk)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# A JRE that came some other way is good enough for HermiT.
if command -v java >/dev/null 2>&1; then
  missing=("${missing[@]/default-jre-headless}")
fi
missing=($(printf '%s\n' "${missing[@]}" | grep -v '^$' || true))
if [ "${#missing[@]}" -gt 0 ]; then
  echo "setup: installing Debian packages: ${missing[*]}"
  if [ "$(id -u)" = 0 ]; then sudo_cmd=(); else sudo_cmd=(sudo); fi
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

python=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$python" -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip
if [ "$dev" = 1 ]; then
  .venv/bin/python -m pip install -q -e ".[dev]"
else
  .venv/bin/python -m pip install -q -e .
fi

# Front-end files (query editor, explorer) built from the npm registry, no CDN:
# every scripts/build_*.sh builds one of them.
for build in scripts/build_*.sh; do
  [ -f "$build" ] && bash "$build"
done
# The web tests' checkers (axe-core, the Nu Html Checker), from npm as well.
[ "$dev" = 1 ] && bash scripts/setup_checkers.sh
echo "setup: ready (.venv/bin/hankegraafi)"
