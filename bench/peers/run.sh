#!/usr/bin/env bash
# Graph side by side with the two servers a user would pick instead (issue 15): PostGraphile 4.14 (+ the connection-filter
# plugin) over a private PostgreSQL cluster, and graphql-yoga 5 + better-sqlite3 12 + DataLoader over a SQLite copy, all
# on the same synthetic graph, on loopback. Checks that the three give the same answers to Q1–Q5 on seeded inputs, then
# runs wrk (-t1 -c8) on each query and server, interleaved over rounds, and writes the medians into bench/RESULTS.md.
# Not part of CI; bounded by --rounds and --duration; every process it starts is stopped on exit.
#
# Usage (from anywhere in the repository):
#   bench/peers/run.sh [--entities 100000] [--rounds 8] [--duration 5] [--inputs 200] [--graph-dir DIR] [--label NAME]
#   bench/peers/run.sh --smoke        # 10k entities, 1 round of 1 s, 40 inputs; writes no RESULTS.md section
set -euo pipefail

repo=$(cd "$(dirname "$0")/../.." && pwd)
entities=100000
rounds=8
duration=5
inputs=200
graph_dir=$repo
label=
smoke=0
while [ $# -gt 0 ]; do
  case $1 in
    --entities) entities=$2; shift 2 ;;
    --rounds) rounds=$2; shift 2 ;;
    --duration) duration=$2; shift 2 ;;
    --inputs) inputs=$2; shift 2 ;;
    --graph-dir) graph_dir=$(cd "$2" && pwd); shift 2 ;;
    --label) label=$2; shift 2 ;;
    --smoke) smoke=1; entities=10000; rounds=1; duration=1; inputs=40; shift ;;
    -h|--help) sed -n 2,12p "$0"; exit 0 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done
[ -n "$label" ] || { [ "$graph_dir" = "$repo" ] && label=repository || label=$(basename "$graph_dir"); }

data=$repo/bench/data
work=$data/peers
mkdir -p "$work"
graph_port=5190 postgraphile_port=5191 yoga_port=5192 pg_port=5493
for port in $graph_port $postgraphile_port $yoga_port $pg_port; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "port $port on 127.0.0.1 is taken" >&2; exit 1; fi
done

say() { echo "== $(date -u +%H:%M:%S) $*"; }

# --- tools: wrk and PostgreSQL from Debian, the Node packages into bench/peers (git-ignored) ---
need=()
command -v wrk >/dev/null || need+=(wrk)
ls -d /usr/lib/postgresql/*/bin >/dev/null 2>&1 || need+=(postgresql)
command -v node >/dev/null || need+=(nodejs npm)
if [ ${#need[@]} -gt 0 ]; then
  say "apt-get install ${need[*]}"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi
pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
[ -d "$repo/bench/peers/node_modules/graphql-yoga" ] || (cd "$repo/bench/peers" && npm ci --no-audit --no-fund)
node -e "require('$repo/bench/peers/node_modules/better-sqlite3')(':memory:')" 2>/dev/null \
  || (cd "$repo/bench/peers" && npm rebuild better-sqlite3)
[ -d "$repo/bench/peers/postgraphile/node_modules/postgraphile" ] || (cd "$repo/bench/peers/postgraphile" && npm ci --no-audit --no-fund)

# --- the graph: generated once per size with this repository's generator, then copied for each Graph under test ---
db=$data/graph-$entities.db
if [ ! -f "$db" ]; then
  [ -f "$data/bin/Graph.Bench.dll" ] || dotnet build "$repo/bench/Graph.Bench" -c Release -o "$data/bin" -v q -nologo >/dev/null
  say "generate --entities $entities --seed 42"
  dotnet "$data/bin/Graph.Bench.dll" generate --entities "$entities" --seed 42 --db "$db"
fi
fingerprint="$(stat -c '%s %Y' "$db") $(cat "$repo/bench/peers/export.mjs" "$repo/bench/peers/postgraphile/"*.sql | sha1sum | cut -c1-12)"

# --- the SQLite copy for yoga, and the COPY files for PostgreSQL ---
export_dir=$work/export-$entities
if [ "$(cat "$export_dir/fingerprint" 2>/dev/null)" != "$fingerprint" ]; then
  say "export $db"
  rm -rf "$export_dir" && mkdir -p "$export_dir"
  node "$repo/bench/peers/export.mjs" "$db" "$export_dir"
  echo "$fingerprint" >"$export_dir/fingerprint"
fi

pids=()
pg_data=$work/pg
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  if [ -f "$pg_data/postmaster.pid" ]; then as_pg "$pg_bin/pg_ctl" -D "$pg_data" -m fast -w stop >/dev/null || true; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- a private PostgreSQL cluster: its own data directory and port, loopback only, C collation (byte order, as Graph's) ---
if [ ! -f "$pg_data/PG_VERSION" ]; then
  say "initdb $pg_data"
  mkdir -p "$pg_data"
  [ "$(id -u)" = 0 ] && chown postgres: "$pg_data"
  as_pg "$pg_bin/initdb" -D "$pg_data" -U postgres --auth=trust --locale=C --encoding=UTF8 >/dev/null
fi
# jit off: with it, the planner compiles the search scan on every request (what any OLTP deployment switches off).
as_pg "$pg_bin/pg_ctl" -D "$pg_data" -l "$pg_data/server.log" -w start \
  -o "-c listen_addresses=127.0.0.1 -c port=$pg_port -c unix_socket_directories=$pg_data -c jit=off" >/dev/null
export PGOPTIONS="-c client_min_messages=warning"
psql=("$pg_bin/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$pg_port" -U postgres)
if [ "$("${psql[@]}" -d peers -tAc "SELECT fingerprint FROM load_info" 2>/dev/null)" != "$fingerprint" ]; then
  say "load PostgreSQL"
  "${psql[@]}" -d postgres -c "DROP DATABASE IF EXISTS peers" -c "CREATE DATABASE peers"
  "${psql[@]}" -d peers -f "$repo/bench/peers/postgraphile/schema.sql"
  "${psql[@]}" -d peers -c "\\copy peer.entities FROM '$export_dir/entities.tsv'" \
    -c "\\copy peer.relations FROM '$export_dir/relations.tsv'"
  "${psql[@]}" -d peers -f "$repo/bench/peers/postgraphile/indexes.sql"
  "${psql[@]}" -d peers -c "CREATE TABLE public.load_info AS SELECT '$fingerprint'::text AS fingerprint"
fi

# --- Graph, Release build of --graph-dir, on its own copy of the file (a newer build may migrate it) ---
graph_build=$work/graph-server-$label
say "build Graph ($graph_dir, $(git -C "$graph_dir" rev-parse --abbrev-ref HEAD) $(git -C "$graph_dir" rev-parse --short HEAD))"
dotnet build "$graph_dir/src/Graph.Server" -c Release -o "$graph_build" -v q -nologo >"$work/graph-build.log" 2>&1 \
  || { cat "$work/graph-build.log"; exit 1; }
graph_db=$work/graph-$label-$entities.db
rm -f "$graph_db" "$graph_db-wal" "$graph_db-shm"
cp "$db" "$graph_db"
[ ! -f "$db-wal" ] || cp "$db-wal" "$graph_db-wal"

say "start the servers"
# The per-client budget for expensive reads would turn a load test into a test of the limiter: it is switched off here.
dotnet "$graph_build/Graph.Server.dll" --urls "http://127.0.0.1:$graph_port" --db "$graph_db" --Graph:LoadSampleGraph=false \
  --Graph:RateLimit:ExpensiveQueriesPerMinute=0 >"$work/graph.log" 2>&1 &
graph_pid=$!
pids+=("$graph_pid")
(cd "$repo/bench/peers/postgraphile" && exec node node_modules/postgraphile/cli.js \
  -c "postgres://postgres@127.0.0.1:$pg_port/peers" -s peer -n 127.0.0.1 -p "$postgraphile_port" \
  --append-plugins postgraphile-plugin-connection-filter --disable-graphiql --disable-query-log \
  --disable-default-mutations --no-setof-functions-contain-nulls) >"$work/postgraphile.log" 2>&1 &
postgraphile_pid=$!
pids+=("$postgraphile_pid")
node "$repo/bench/peers/yoga-server.mjs" "$export_dir/peer.db" "$yoga_port" >"$work/yoga.log" 2>&1 &
yoga_pid=$!
pids+=("$yoga_pid")

wait_for() { # name url pid
  for _ in $(seq 1 180); do
    kill -0 "$3" 2>/dev/null || { echo "$1 exited; its log:" >&2; cat "$work/$1.log" >&2; exit 1; }
    curl -sf -o /dev/null -H 'Content-Type: application/json' -d '{"query":"{ __typename }"}' "$2" && return 0
    sleep 1
  done
  echo "$1 did not answer at $2" >&2; exit 1
}
wait_for graph "http://127.0.0.1:$graph_port/graphql" "$graph_pid"
wait_for postgraphile "http://127.0.0.1:$postgraphile_port/graphql" "$postgraphile_pid"
wait_for yoga "http://127.0.0.1:$yoga_port/graphql" "$yoga_pid"

node "$repo/bench/peers/bench.mjs" \
  --db "$db" --work "$work" --repo "$repo" --graph-dir "$graph_dir" --label "$label" --smoke "$smoke" \
  --rounds "$rounds" --duration "$duration" --inputs "$inputs" --entities "$entities" \
  --graph "$graph_pid@http://127.0.0.1:$graph_port/graphql" \
  --postgraphile "$postgraphile_pid@http://127.0.0.1:$postgraphile_port/graphql" \
  --yoga "$yoga_pid@http://127.0.0.1:$yoga_port/graphql" \
  --pg-data "$pg_data" --pg-version "$("$pg_bin/postgres" --version | awk '{print $3}')"
