#!/usr/bin/env bash
# GraphQL-over-HTTP conformance: starts Graph.Server on a free loopback port with a throwaway database
# (tests/support/graph-server.sh), runs audit.mjs against /graphql and exits with the audit's code.
# Needs dotnet and node 20+ (npm). Environment overrides: PORT, HEALTH_TIMEOUT (seconds, default 120).
set -euo pipefail

# shellcheck source=../support/graph-server.sh
source "$(dirname "${BASH_SOURCE[0]}")/../support/graph-server.sh"
here="$root/tests/conformance"

start_server
npm_ci_if_stale "$here"

status=0
(cd "$here" && node audit.mjs "$base_url/graphql") || status=$?
if ((status != 0)); then
  print_server_log
fi
exit "$status"
