#!/usr/bin/env bash
# Build the query editor (YASGUI) from the npm registry, no CDN: install exactly
# what server/frontend/package-lock.json pins and copy its distribution files
# into server/static/vendor/yasgui/ (not committed; the app serves them).
set -euo pipefail
cd "$(dirname "$0")/.."

src=server/frontend
out=server/static/vendor/yasgui

if ! command -v npm >/dev/null 2>&1; then
  echo "build_frontend: npm is not installed (Node.js 18 or newer is needed)" >&2
  exit 1
fi
(cd "$src" && npm ci --no-audit --no-fund --loglevel=error)
dist="$src/node_modules/@zazuko/yasgui/build"
for f in yasgui.min.js yasgui.min.css; do
  if [ ! -f "$dist/$f" ]; then
    echo "build_frontend: $dist/$f is missing; the @zazuko/yasgui package layout has changed" >&2
    exit 1
  fi
done
mkdir -p "$out"
cp "$dist/yasgui.min.js" "$dist/yasgui.min.css" "$out/"
cp "$src/node_modules/@zazuko/yasgui/LICENSE" "$out/yasgui.LICENSE" 2>/dev/null || true
version=$(node -p "require('./$src/node_modules/@zazuko/yasgui/package.json').version")
echo "$version" > "$out/VERSION"
echo "build_frontend: copied @zazuko/yasgui $version to $out"
