#!/usr/bin/env bash
# Bolt wire format: regenerates the golden PackStream/message vectors with the official JavaScript driver
# (npm neo4j-driver, pinned in tests/Graph.Bolt.Tests/Vectors/package-lock.json) and fails when they differ from the
# committed vectors.json, which the C# tests compare our encoder and decoder with.
set -euo pipefail
cd "$(dirname "$0")/../.."
dir=tests/Graph.Bolt.Tests/Vectors
committed=$(mktemp)
trap 'rm -f "$committed"' EXIT
cp "$dir/vectors.json" "$committed"
(cd "$dir" && npm ci --no-audit --no-fund --loglevel=error && node generate.mjs)
if ! cmp -s "$committed" "$dir/vectors.json"; then
  echo "bolt-vectors: $dir/vectors.json drifted from what generate.mjs produces; regenerate and commit it:" >&2
  diff <(tr ',' '\n' <"$committed") <(tr ',' '\n' <"$dir/vectors.json") | head -40 >&2 || true
  cp "$committed" "$dir/vectors.json"
  exit 1
fi
echo "bolt-vectors: $dir/vectors.json is what the official driver produces today"
