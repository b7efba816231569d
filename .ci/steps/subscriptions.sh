#!/usr/bin/env bash
# Live updates (issue 11 item 4): subscriptions over WebSocket with the npm graphql-ws client and over Server-Sent Events
# with graphql-sse, against the running service (tests/subscriptions/run.sh starts and stops it). Installs what it needs:
# node and npm from apt when missing, the clients by `npm ci`.
set -euo pipefail
cd "$(dirname "$0")/../.."

if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >/dev/null
fi

(cd tests/subscriptions && npm ci --no-audit --no-fund)
bash tests/subscriptions/run.sh
