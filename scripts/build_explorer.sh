#!/usr/bin/env bash
# Build the dependency explorer's browser libraries from the npm registry (no CDN):
# install exactly what server/explorer_frontend/package-lock.json pins and copy the
# distribution files into server/static/vendor/explorer/ (not committed).
set -euo pipefail
cd "$(dirname "$0")/.."

src=server/explorer_frontend
out=server/static/vendor/explorer

if ! command -v npm >/dev/null 2>&1; then
  echo "build_explorer: npm is not installed (Node.js 18 or newer is needed)" >&2
  exit 1
fi
(cd "$src" && npm ci --no-audit --no-fund --loglevel=error)
mkdir -p "$out"
cp "$src/node_modules/cytoscape/dist/cytoscape.min.js" "$out/cytoscape.min.js"
cp "$src/node_modules/cytoscape/LICENSE" "$out/cytoscape.LICENSE"
# Hierarchical layout: dagre (bundled with graphlib and lodash) and its cytoscape adapter.
cp "$src/node_modules/dagre/dist/dagre.min.js" "$out/dagre.min.js"
cp "$src/node_modules/dagre/LICENSE" "$out/dagre.LICENSE"
cp "$src/node_modules/cytoscape-dagre/cytoscape-dagre.js" "$out/cytoscape-dagre.js"
cp "$src/node_modules/cytoscape-dagre/LICENSE" "$out/cytoscape-dagre.LICENSE"
echo "build_explorer: copied cytoscape $(node -p "require('./$src/node_modules/cytoscape/package.json').version") to $out"
