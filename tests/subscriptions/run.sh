#!/usr/bin/env bash
# Live updates with the reference clients: builds Graph.Server, starts it on a free loopback port with a throwaway
# database and a writer key, waits for /healthz, runs live.mjs (graphql-ws and graphql-sse) and exits with its code.
# Needs dotnet and node 20+ (npm). Environment overrides: HEALTH_TIMEOUT (seconds, default 120).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
here="$root/tests/subscriptions"
health_timeout="${HEALTH_TIMEOUT:-120}"

work="$(mktemp -d "${TMPDIR:-/tmp}/graph-subscriptions.XXXXXX")"
server_log="$work/server.log"
server_pid=""

# shellcheck disable=SC2317 # called from the EXIT trap
stop_server() {
  if [[ -n "$server_pid" ]] && kill -0 "$server_pid" 2>/dev/null; then
    kill -TERM -- "-$server_pid" 2>/dev/null || kill -TERM "$server_pid" 2>/dev/null || true
    for _ in $(seq 1 50); do
      kill -0 "$server_pid" 2>/dev/null || break
      sleep 0.2
    done
    kill -KILL -- "-$server_pid" 2>/dev/null || kill -KILL "$server_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap stop_server EXIT

port="$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close();});")"
base_url="http://127.0.0.1:$port"
writer_key="live-updates-writer-$RANDOM$RANDOM"

dotnet build "$root/src/Graph.Server" --nologo -v:quiet
launcher=()
command -v setsid >/dev/null && launcher=(setsid)
Graph__Auth__ApiKeys__0__Name=live-writer Graph__Auth__ApiKeys__0__Role=Writer \
Graph__Auth__ApiKeys__0__Hash="$(printf %s "$writer_key" | sha256sum | cut -c1-64)" \
  "${launcher[@]}" dotnet run --project "$root/src/Graph.Server" --no-build -- \
  --urls "$base_url" --db "$work/graph.db" >"$server_log" 2>&1 </dev/null &
server_pid=$!

deadline=$((SECONDS + health_timeout))
until node -e "fetch(process.argv[1],{signal:AbortSignal.timeout(2000)}).then(r=>process.exit(r.status===200?0:1),()=>process.exit(1))" "$base_url/healthz"; do
  if ! kill -0 "$server_pid" 2>/dev/null || ((SECONDS >= deadline)); then
    echo "subscriptions: the server did not become healthy" >&2
    tail -n 100 "$server_log" >&2
    exit 1
  fi
  sleep 1
done

if [[ ! -f "$here/node_modules/.package-lock.json" || "$here/package-lock.json" -nt "$here/node_modules/.package-lock.json" ]]; then
  (cd "$here" && npm ci --no-audit --no-fund)
fi

status=0
(cd "$here" && node live.mjs "$base_url/graphql" "$writer_key") || status=$?
if ((status != 0)); then
  tail -n 100 "$server_log" >&2
fi
exit "$status"
