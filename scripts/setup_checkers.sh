#!/usr/bin/env bash
# The checkers of the web tests, from the npm registry (dev setup only; run by
# scripts/setup.sh --dev): axe-core (accessibility, run inside Chromium) and
# vnu-jar (the Nu Html Checker, run on the machine's Java). Installs exactly what
# tests/web/checkers/package-lock.json pins into tests/web/checkers/node_modules/.
set -euo pipefail
cd "$(dirname "$0")/.."

src=tests/web/checkers
if ! command -v npm >/dev/null 2>&1; then
  echo "setup_checkers: npm is not installed (Node.js 20 or newer is needed)" >&2
  exit 1
fi
(cd "$src" && npm ci --no-audit --no-fund --loglevel=error)
for f in axe-core/axe.min.js vnu-jar/build/dist/vnu.jar; do
  if [ ! -f "$src/node_modules/$f" ]; then
    echo "setup_checkers: $src/node_modules/$f is missing; the package layout has changed" >&2
    exit 1
  fi
done
echo "setup_checkers: axe-core $(node -p "require('./$src/node_modules/axe-core/package.json').version")," \
  "vnu-jar $(node -p "require('./$src/node_modules/vnu-jar/package.json').version") in $src/node_modules"
