#!/usr/bin/env bash
# Cypher: lints every statement the Neo4j store and `export --format cypher` can send with Neo4j's own analyzer
# (npm @neo4j-cypher/language-support, pinned in tests/Graph.Storage.Neo4j.Tests/Cypher/package-lock.json). The statements
# come from Cypher/statements.json, which CypherCatalogTests keeps equal to the code. Zero diagnostics are required.
set -euo pipefail
cd "$(dirname "$0")/../.."
dir=tests/Graph.Storage.Neo4j.Tests/Cypher
(cd "$dir" && npm ci --no-audit --no-fund --loglevel=error && node lint.mjs statements.json)
