#!/usr/bin/env bash
# Shared by the scripts that test Graph.Server from outside (tests/conformance, tests/subscriptions): build it, start it
# on a free loopback port with a throwaway database in its own process group, wait for /healthz, stop it on exit.
# Source this file after `set -euo pipefail`; it defines root, work, server_log, base_url and the functions below.
# Needs dotnet and node 20+ (npm). HEALTH_TIMEOUT (seconds, default 120) and PORT override the defaults.

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
health_timeout="${HEALTH_TIMEOUT:-120}"

for tool in dotnet node npm; do
  command -v "$tool" >/dev/null || { echo "$0: $tool is not on PATH" >&2; exit 2; }
done

work="$(mktemp -d "${TMPDIR:-/tmp}/graph-server.XXXXXX")"
server_log="$work/server.log"
server_pid=""

# shellcheck disable=SC2317 # called from the EXIT trap
stop_server() {
  if [[ -n "$server_pid" ]] && kill -0 "$server_pid" 2>/dev/null; then
    # The server runs in its own process group (setsid), so this also ends the app that `dotnet run` started.
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
trap 'exit 130' INT
trap 'exit 143' TERM

print_server_log() {
  echo "----- server log, last 200 lines -----" >&2
  tail -n 200 "$server_log" >&2 || true
  echo "----- end of server log -----" >&2
}

# Ask the kernel for a free port.
port="${PORT:-$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close();});")}"
base_url="http://127.0.0.1:$port"

# Builds and starts the server; the caller's environment (e.g. Graph__* settings) reaches it. Returns once /healthz
# answers 200, or exits with the server's log.
start_server() {
  echo "$0: building src/Graph.Server"
  dotnet build "$root/src/Graph.Server" --nologo -v:quiet
  echo "$0: starting the server on $base_url (log: $server_log)"
  local launcher=()
  command -v setsid >/dev/null && launcher=(setsid)
  "${launcher[@]}" dotnet run --project "$root/src/Graph.Server" --no-build -- \
    --urls "$base_url" --db "$work/graph.db" >"$server_log" 2>&1 </dev/null &
  server_pid=$!

  local deadline=$((SECONDS + health_timeout))
  until node -e "fetch(process.argv[1],{signal:AbortSignal.timeout(2000)}).then(r=>process.exit(r.status===200?0:1),()=>process.exit(1))" \
    "$base_url/healthz"; do
    if ! kill -0 "$server_pid" 2>/dev/null; then
      echo "$0: the server exited before $base_url/healthz answered 200" >&2
      print_server_log
      exit 1
    fi
    if ((SECONDS >= deadline)); then
      echo "$0: $base_url/healthz did not answer 200 within ${health_timeout}s" >&2
      print_server_log
      exit 1
    fi
    sleep 1
  done
  echo "$0: server is healthy"
}

# npm ci in the given folder only when node_modules is missing or older than the lock file.
npm_ci_if_stale() {
  if [[ ! -f "$1/node_modules/.package-lock.json" || "$1/package-lock.json" -nt "$1/node_modules/.package-lock.json" ]]; then
    (cd "$1" && npm ci --no-audit --no-fund)
  fi
}
