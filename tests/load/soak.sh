#!/usr/bin/env bash
# Soak: the service on 127.0.0.1 under a mixed read load from wrk (default 60 s, 32 connections, 2 threads) plus a
# trickle of document ingestions (one every 2 s), bounded in time. Reports requests/s, latency percentiles,
# non-2xx responses and the service's resident memory at start and end.
# With HOSTILE=1, HOSTILE_CLIENTS (default 4) more clients send the worst documents of the CPU tests back to back the
# whole time (tests/load/hostile.mjs), so the percentiles show what they cost everyone else.
# Usage: [HOSTILE=1] bash tests/load/soak.sh [SECONDS] [CONNECTIONS]      (needs wrk: apt-get install wrk)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
duration="${1:-60}"
connections="${2:-32}"
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }

work="$(mktemp -d)"
port="$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close();});")"
base="http://127.0.0.1:$port"
key="soak-writer-key"
hash="$(printf %s "$key" | sha256sum | cut -c1-64)"

dotnet build "$root/src/Graph.Server" -c Release --nologo -v:quiet
# Rate limits off: this measures the service, not its budgets (the limits have their own tests).
Graph__Auth__ApiKeys__0__Name=soak Graph__Auth__ApiKeys__0__Hash="$hash" Graph__Auth__ApiKeys__0__Role=Writer \
Graph__RateLimit__ExpensiveQueriesPerMinute=0 Graph__RateLimit__MutationsPerMinute=0 \
  dotnet "$root/src/Graph.Server/bin/Release/net10.0/Graph.Server.dll" --urls "$base" --db "$work/graph.db" >"$work/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true; wait $server 2>/dev/null || true; rm -rf "$work"' EXIT
until curl -sf "$base/readyz" >/dev/null; do sleep 0.5; kill -0 $server || { cat "$work/server.log"; exit 1; }; done

ids="$(curl -s -H 'Content-Type: application/json' \
  -d '{"query":"{ companies(first: 1) { nodes { id } } places(where: { nameContains: \"大连市\" }) { nodes { id } } }"}' "$base/graphql")"
export COMPANY_ID PLACE_ID
COMPANY_ID="$(node -e 'const d=JSON.parse(process.argv[1]).data;console.log(d.companies.nodes[0].id)' "$ids")"
PLACE_ID="$(node -e 'const d=JSON.parse(process.argv[1]).data;console.log(d.places.nodes[0].id)' "$ids")"

rss() { awk '/VmRSS/ { print int($2 / 1024) }' "/proc/$server/status"; }
# CPU seconds the service has used (utime + stime, in clock ticks of 1/100 s).
cpu() { awk '{ printf "%.1f", ($14 + $15) / 100 }' "/proc/$server/stat"; }
# Warm up, then take the starting memory.
wrk -t2 -c"$connections" -d5s -s "$(dirname "$0")/mix.lua" "$base" >/dev/null
start_rss="$(rss)"
start_cpu="$(cpu)"

trickle() {
  local i=0 end=$((SECONDS + duration))
  while [ $SECONDS -lt $end ]; do
    i=$((i + 1))
    body="$(node -e '
      const i = Number(process.argv[1]);
      const text = `【数据月报】\n\n● 第${i}期简报\n\n今年 1-3 月，沈阳市软件业务收入 ${100 + i}.5 亿元，同比增长 ${i % 30}.2%。\n\n（来源：沈阳日报）\n`;
      console.log(JSON.stringify({ query: "mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) { alreadyIngested } }",
        variables: { input: { title: `soak ${i}`, text } } }));' "$i")"
    code="$(curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' -H "X-Api-Key: $key" -d "$body" "$base/graphql")"
    [ "$code" = 200 ] || echo "ingestion $i: HTTP $code" >&2
    sleep 2
  done
  echo "ingestions: $i"
}
trickle > "$work/trickle.log" 2>&1 &
trickler=$!
if [ "${HOSTILE:-0}" = 1 ]; then
  node "$(dirname "$0")/hostile.mjs" "$base" "$duration" > "$work/hostile.log" 2>&1 &
  attacker=$!
fi

wrk -t2 -c"$connections" -d"${duration}s" --latency -s "$(dirname "$0")/mix.lua" "$base" | tee "$work/wrk.log"
wait $trickler
[ -n "${attacker:-}" ] && wait "$attacker"
end_rss="$(rss)"
end_cpu="$(cpu)"
cat "$work/trickle.log"
[ -f "$work/hostile.log" ] && cat "$work/hostile.log"
echo "memory: ${start_rss} MiB at start, ${end_rss} MiB at end"
echo "service CPU during the run: $(echo "$end_cpu - $start_cpu" | bc) s over ${duration} s"
grep -q "Non-2xx" "$work/wrk.log" && { echo "non-2xx responses seen"; exit 1; } || echo "non-2xx responses: 0"
