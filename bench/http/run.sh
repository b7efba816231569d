#!/usr/bin/env bash
# GraphQL over HTTP on loopback with wrk (Debian package `wrk`): the `{ __typename }` reference and entity-by-ID runs
# side by side (twice, alternating), then the fixed mix, then the neighborhood ratio (API vs hand-written SQL) against
# the same service, then the service's peak memory. Every run is bounded in time
# and targets 127.0.0.1 only; the service is stopped by its PID on exit.
# Usage (from the repository root): bench/http/run.sh [DB] [DURATION]
set -euo pipefail
db=${1:-bench/data/graph-1000000.db}
duration=${2:-20s}
port=5088
url=http://127.0.0.1:$port/graphql
command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }

dotnet build src/Graph.Server -c Release -o bench/data/server -v q -nologo >/dev/null
[ -f bench/data/bin/Graph.Bench.dll ] || dotnet build bench/Graph.Bench -c Release -o bench/data/bin -v q -nologo >/dev/null
[ -f bench/data/wrk-inputs.txt ] || dotnet bench/data/bin/Graph.Bench.dll wrk-inputs --db "$db" --out bench/data/wrk-inputs.txt

# The per-client budget for expensive reads would turn a load test into a test of the limiter: it is switched off here.
dotnet bench/data/server/Graph.Server.dll --urls "http://127.0.0.1:$port" --db "$db" --Graph:LoadSampleGraph=false \
  --Graph:RateLimit:ExpensiveQueriesPerMinute=0 >bench/data/server.log 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break
  sleep 1
done

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -r); db: $db"
# One client thread and 8 connections, so the service keeps most of the two cores; both scripts get the same client.
run() {
  echo "== wrk $1 ($2)"
  wrk -t1 -c8 -d"$2" --latency -s "bench/http/$1.lua" "$url" | grep -iE "Requests/sec|Latency|50%|99%|non-2xx|errors"
}
# Warm-up (JIT, tiering, page cache), not reported; then the reference and entity lookups alternate three times.
wrk -t1 -c8 -d5s -s bench/http/typename.lua "$url" >/dev/null
wrk -t1 -c8 -d5s -s bench/http/entity.lua "$url" >/dev/null
for round in 1 2 3; do
  run typename "$duration"
  run entity "$duration"
done
run mix 30s
echo "== 2-hop neighborhood: GraphQL over HTTP vs one hand-written SQLite statement"
dotnet bench/data/bin/Graph.Bench.dll ratios --db "$db" --url "$url" --samples 300
echo "== service memory"
grep -E "VmHWM|VmRSS" "/proc/$pid/status"
