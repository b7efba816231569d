#!/usr/bin/env bash
# The README's typed client (issue 11 item 7): graphql-codegen generates TypeScript types for the tour's operations
# (tests/typed-client/tour/*.graphql, the README's blocks byte for byte) from the service's schema, and tsc --strict
# checks a client that uses them. Installs what it needs: node and npm from apt when missing, the tools by `npm ci`.
set -euo pipefail
cd "$(dirname "$0")/../../tests/typed-client"

if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >/dev/null
fi

npm ci --no-audit --no-fund
rm -rf generated
npm run --silent codegen
npm run --silent check
echo "typed client: types generated for $(ls tour/*.graphql | wc -l) tour operations; tsc --strict passed"
