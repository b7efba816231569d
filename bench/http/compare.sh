#!/usr/bin/env bash
# Issue 15's queries (bench/http/q.lua, q1 … q5) against several builds or settings of the service side by side: every
# server starts once on its own loopback port, then each round runs every query against every server in turn (the order
# of servers alternates between rounds), wrk -t1 -c8. Prints req/s and CPU ms per request per run, the medians, the
# answers' agreement and each server's peak and final resident memory (/proc/PID/status). Servers are stopped by PID.
# Usage (from the repository root):
#   bench/http/compare.sh ROUNDS DURATION NAME=SERVER_DIR@DB[@TOKEN...] ...
# TOKEN is a setting (--Graph:Sqlite:CacheSizeMegabytes=32) or an environment variable for that server (DOTNET_gcServer=0).
# Example: bench/http/compare.sh 5 5s main=bench/data/server-main@bench/data/graph-100000.db \
#            branch=bench/data/server-branch@bench/data/graph-100000-v6.db
set -euo pipefail
rounds=$1; duration=$2; shift 2
inputs=${WRK_INPUTS:-bench/data/wrk-inputs.txt}
export WRK_INPUTS=$inputs
command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
out=$(mktemp -d)
names=(); ports=(); pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true' EXIT
port=5101
for spec in "$@"; do
  name=${spec%%=*}; rest=${spec#*=}
  IFS=@ read -r -a parts <<<"$rest"
  dir=${parts[0]}; db=${parts[1]}; args=(); envs=()
  for token in "${parts[@]:2}"; do
    if [[ $token == --* ]]; then args+=("$token"); else envs+=("$token"); fi
  done
  env "${envs[@]}" dotnet "$dir/Graph.Server.dll" --urls "http://127.0.0.1:$port" --db "$db" --Graph:LoadSampleGraph=false \
    --Graph:RateLimit:ExpensiveQueriesPerMinute=0 "${args[@]}" >"$out/$name.log" 2>&1 &
  pids+=("$!"); names+=("$name"); ports+=("$port"); port=$((port + 1))
done
for p in "${ports[@]}"; do
  for _ in $(seq 1 180); do curl -sf "http://127.0.0.1:$p/healthz" >/dev/null && break; sleep 1; done
done
# The hub: the entity with the most relations pointing at it, as a global ID.
db0=$(echo "${1#*=}" | cut -d@ -f2)
hub_row=$(sqlite3 "$db0" "SELECT e.kind || ':' || e.id FROM entities e WHERE e.id = (SELECT to_id FROM relations GROUP BY to_id ORDER BY count(*) DESC LIMIT 1)")
export HUB=$(printf '%s' "$hub_row" | base64 -w0 | tr '+/' '-_' | tr -d '=')
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); hub $hub_row; ${rounds} rounds of ${duration} per query and server"

# Same answers: the first input of each query, server by server.
entity=$(awk '$1 == "entity" {print $2; exit}' "$inputs")
for q in q2 q4 q5; do
  id=$entity; [ $q = q5 ] && id=$HUB
  case $q in
    q4) doc='query($id: ID!) { neighborhood(id: $id, depth: 2, limit: 200) { nodes { distance entity { id name } } truncated } }' ;;
    *) doc='query($id: ID!) { node(id: $id) { id ... on Entity { name relations(first: 20) { edges { direction node { id type } other { id name kind } } } } } }' ;;
  esac
  sums=$(for p in "${ports[@]}"; do
    curl -s -H 'Content-Type: application/json' -d "{\"query\":\"$doc\",\"variables\":{\"id\":\"$id\"}}" "http://127.0.0.1:$p/graphql" |
      python3 -c 'import json,sys; print(json.dumps(json.load(sys.stdin), ensure_ascii=False, sort_keys=True))' | md5sum | cut -c1-8
  done | sort -u | wc -l)
  echo "answers to $q agree across servers: $([ "$sums" = 1 ] && echo yes || echo NO)"
done

ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
for q in q1 q2 q3 q4 q5; do
  for i in "${!ports[@]}"; do QUERY=$q wrk -t1 -c8 -d3s -s bench/http/q.lua "http://127.0.0.1:${ports[$i]}/graphql" >/dev/null; done
done
hz=$(getconf CLK_TCK)
for round in $(seq 1 "$rounds"); do
  order=("${!ports[@]}"); (( round % 2 == 0 )) && order=($(printf '%s\n' "${order[@]}" | tac))
  for q in q1 q2 q3 q4 q5; do
    for i in "${order[@]}"; do
      before=$(ticks "${pids[$i]}")
      result=$(QUERY=$q wrk -t1 -c8 -d"$duration" -s bench/http/q.lua "http://127.0.0.1:${ports[$i]}/graphql")
      after=$(ticks "${pids[$i]}")
      rps=$(awk '/Requests\/sec/ {print $2}' <<<"$result")
      total=$(awk '/requests in/ {print $1}' <<<"$result")
      errors=$(awk '/non-2xx or socket errors/ {print $NF}' <<<"$result")
      cpu=$(awk -v t=$((after - before)) -v n="$total" -v hz="$hz" 'BEGIN {printf "%.2f", (n > 0 ? t * 1000 / hz / n : 0)}')
      printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$round" "$q" "${names[$i]}" "$rps" "$cpu" "$errors" | tee -a "$out/runs.tsv"
    done
  done
done
echo "== medians (req/s, CPU ms per request)"
python3 - "$out/runs.tsv" "${names[@]}" <<'PY'
import statistics, sys
rows = [l.split('\t') for l in open(sys.argv[1]).read().splitlines()]
names = sys.argv[2:]
print("| query | " + " | ".join(names) + " | " + " | ".join(f"{n} ÷ {names[0]}" for n in names[1:]) + " |")
print("|---" * (1 + 2 * len(names) - 1) + "|")
for q in ["q1", "q2", "q3", "q4", "q5"]:
    med = {n: (statistics.median(float(r[3]) for r in rows if r[1] == q and r[2] == n),
               statistics.median(float(r[4]) for r in rows if r[1] == q and r[2] == n)) for n in names}
    cells = [f"{med[n][0]:,.0f} ({med[n][1]:.2f})" for n in names]
    ratios = [f"{med[n][0] / med[names[0]][0]:.2f}×" for n in names[1:]]
    print(f"| {q} | " + " | ".join(cells) + " | " + " | ".join(ratios) + " |")
print("errors:", sum(int(r[5] or 0) for r in rows))
PY
echo "== resident memory after the runs"
for i in "${!pids[@]}"; do
  echo "${names[$i]}: $(grep -E 'VmHWM|VmRSS' "/proc/${pids[$i]}/status" | awk '{printf "%s %.0f MiB  ", $1, $2 / 1024}')"
done
