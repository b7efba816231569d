#!/usr/bin/env bash
# Runs the explorer's browser tests against the real service: one instance on a fresh store with the sample graph, one
# on a synthetic graph (bench/ generator, 10,000 entities) whose hubs have more than 500 neighbours, for the 500-node
# measurement. Both listen on free loopback ports and are stopped by process group even when the tests fail.
# Needs: the service built (dotnet build src/Graph.Server, which also builds the explorer), `npm ci` done here, and
# Chromium at /usr/bin/chromium (or CHROMIUM_PATH). Screenshots and measurements land in test-results/.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
work="$(mktemp -d)"
pids=()

stop() {
  for pid in "${pids[@]}"; do
    kill -TERM -- "-$pid" 2>/dev/null || true
  done
  for pid in "${pids[@]}"; do
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    kill -KILL -- "-$pid" 2>/dev/null || true
  done
  rm -rf "$work"
}
trap stop EXIT

free_port() {
  node -e "const s = require('net').createServer().listen(0, '127.0.0.1', () => { console.log(s.address().port); s.close(); })"
}

start_service() { # name db port
  # A new session, so `dotnet run` and the app it spawns form one process group; the group's ID is the session
  # leader's PID, which it writes itself ($! would name setsid's parent when setsid has to fork).
  setsid bash -c 'echo $$ >"$0"; exec dotnet run --no-build --project "$1" -- --urls "$2" --db "$3"' \
    "$work/$1.pid" "$root/src/Graph.Server" "http://127.0.0.1:$3" "$2" >"$work/$1.log" 2>&1 &
  for _ in $(seq 1 50); do [ -s "$work/$1.pid" ] && break; sleep 0.1; done
  pids+=("$(cat "$work/$1.pid")")
}

wait_ready() { # name port
  for _ in $(seq 1 240); do
    if curl -fsS "http://127.0.0.1:$2/readyz" >/dev/null 2>&1; then
      echo "$1 service ready on 127.0.0.1:$2"
      return 0
    fi
    sleep 0.5
  done
  echo "$1 service did not become ready; its log:" >&2
  cat "$work/$1.log" >&2
  return 1
}

echo "generating the synthetic graph (10,000 entities) for the 500-node measurement"
dotnet run --project "$root/bench/Graph.Bench" -- generate --entities 10000 --db "$work/synthetic.db" >"$work/generate.log" 2>&1 \
  || { cat "$work/generate.log" >&2; exit 1; }
tail -1 "$work/generate.log"

sample_port="$(free_port)"
start_service sample "$work/sample.db" "$sample_port"
big_port="$(free_port)"
start_service synthetic "$work/synthetic.db" "$big_port"
wait_ready sample "$sample_port"
wait_ready synthetic "$big_port"

cd "$here"
rm -rf test-results
status=0
EXPLORER_URL="http://127.0.0.1:$sample_port" EXPLORER_BIG_URL="http://127.0.0.1:$big_port" npx playwright test "$@" || status=$?
echo "screenshots: $here/test-results/screenshots/"
cat test-results/measurements.json 2>/dev/null || true
exit "$status"
