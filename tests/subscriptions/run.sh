#!/usr/bin/env bash
# Live updates with the reference clients: starts Graph.Server on a free loopback port with a throwaway database and a
# writer key (tests/support/graph-server.sh), runs live.mjs (graphql-ws and graphql-sse) and exits with its code.
# Needs dotnet and node 20+ (npm). Environment overrides: HEALTH_TIMEOUT (seconds, default 120).
set -euo pipefail

# shellcheck source=../support/graph-server.sh
source "$(dirname "${BASH_SOURCE[0]}")/../support/graph-server.sh"
here="$root/tests/subscriptions"

writer_key="live-updates-writer-$RANDOM$RANDOM"
export Graph__Auth__ApiKeys__0__Name=live-writer Graph__Auth__ApiKeys__0__Role=Writer
Graph__Auth__ApiKeys__0__Hash="$(printf %s "$writer_key" | sha256sum | cut -c1-64)"
export Graph__Auth__ApiKeys__0__Hash

start_server
npm_ci_if_stale "$here"

status=0
(cd "$here" && node live.mjs "$base_url/graphql" "$writer_key") || status=$?
if ((status != 0)); then
  print_server_log
fi
exit "$status"
