#!/usr/bin/env bash
# Load benchmark of `tandem serve` (issue 10, item 5). Not a test: it takes about ten minutes.
#
#   bash bench/load.sh                       # SQLite and PostgreSQL, 64 connections, 60 s per mix
#   BACKENDS=sqlite DURATION=20s bash bench/load.sh
#
# Builds the release binary and the axum "hello" example, measures the hello ceiling, then per
# backend: loads the data set (bench/load-data.py), starts `tandem serve`, logs a coordinator in,
# and drives wrk (bench/load.lua) with the read mix, the 90/10 read/write mix, and the read mix at
# 5x the connections (overload), followed by a recovery probe. Every figure goes to stdout and to
# target/bench/load.json. Traffic goes to 127.0.0.1 only; every run is bounded by DURATION.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)
DURATION=${DURATION:-60s}
CONNECTIONS=${CONNECTIONS:-64}
OVERLOAD=${OVERLOAD:-$((CONNECTIONS * 5))}
THREADS=${THREADS:-2}
PEOPLE=${PEOPLE:-20000}
BACKENDS=${BACKENDS:-"sqlite postgres"}
PG_ADMIN=${TANDEM_BENCH_POSTGRES:-postgres://postgres@127.0.0.1:5432/postgres}
TARGET=${CARGO_TARGET_DIR:-$ROOT/target}
OUT=$ROOT/target/bench
WORK=$(mktemp -d /tmp/tandem-load.XXXXXX)
mkdir -p "$OUT"
RESULTS=$OUT/load.json.tmp
: >"$RESULTS"

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }

echo "== building (release)"
cargo build --release -q -p tandem-cli
cargo build --release -q -p tandem-web --example hello
TANDEM=$TARGET/release/tandem
HELLO=$TARGET/release/examples/hello

SERVER_PID=""
cleanup() {
  if [ -n "$SERVER_PID" ]; then kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

wait_for() { # URL
  for _ in $(seq 1 300); do
    curl -fs -o /dev/null "$1" && return 0
    sleep 0.1
  done
  echo "server did not come up at $1" >&2
  exit 1
}

stop_server() {
  kill "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null || true; SERVER_PID=""
}

# run_wrk NAME CONNECTIONS DURATION URL [ENV...]: one wrk run; appends its result to $RESULTS.
run_wrk() {
  local name=$1 connections=$2 duration=$3 url=$4; shift 4
  local line
  line=$(env "$@" wrk -t"$THREADS" -c"$connections" -d"$duration" --timeout 10s \
    -s "$ROOT/bench/load.lua" "$url" | grep '^RESULT ' | sed 's/^RESULT //')
  printf '%-34s %s\n' "$name" "$line"
  printf '{"name": "%s", "connections": %d, "load": "%s", "result": %s}\n' \
    "$name" "$connections" "$(cut -d' ' -f1-3 /proc/loadavg)" "$line" >>"$RESULTS"
}

echo "== hello ceiling (axum, one handler)"
PORT=$(free_port)
"$HELLO" "$PORT" >/dev/null &
SERVER_PID=$!
wait_for "http://127.0.0.1:$PORT/"
run_wrk "hello" "$CONNECTIONS" "$DURATION" "http://127.0.0.1:$PORT" BENCH_MODE=hello
stop_server

for backend in $BACKENDS; do
  echo "== $backend: loading $PEOPLE people"
  case $backend in
    sqlite) URL="sqlite://$WORK/load.db" ;;
    postgres)
      psql "$PG_ADMIN" -qX -c "DROP DATABASE IF EXISTS tandem_load" -c "CREATE DATABASE tandem_load" >/dev/null
      URL="${PG_ADMIN%/*}/tandem_load" ;;
    *) echo "unknown backend $backend" >&2; exit 1 ;;
  esac
  python3 "$ROOT/bench/load-data.py" --binary "$TANDEM" --database "$URL" --people "$PEOPLE" \
    --writes "$WORK/writes.tsv" >"$WORK/data.json"
  python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print("   %d organisations, %d programmes, %d people; registrations for %d programmes" % (d["organisations"], d["programmes"], d["people"], d["writable_programmes"]))' "$WORK/data.json"
  field() { python3 -c 'import json,sys; v=json.load(open(sys.argv[1]))[sys.argv[2]]; print(" ".join(v) if isinstance(v, list) else v)' "$WORK/data.json" "$1"; }

  PORT=$(free_port)
  (cd "$WORK" && exec "$TANDEM" serve --database "$URL" --port "$PORT" --mail-dir "$WORK/mail") >"$WORK/serve.log" 2>&1 &
  SERVER_PID=$!
  BASE="http://127.0.0.1:$PORT"
  wait_for "$BASE/health"
  COOKIE=$(curl -s -o /dev/null -D - --data-urlencode "email=$(field coordinator)" \
    --data-urlencode "password=$(field password)" "$BASE/login" \
    | grep -i '^set-cookie: tandem_session=' | sed 's/^[Ss]et-[Cc]ookie: //; s/;.*//' | tr -d '\r')
  [ -n "$COOKIE" ] || { echo "coordinator log-in failed" >&2; exit 1; }
  export BENCH_MODE=tandem BENCH_PROGRAMMES="$(field published_programmes)" BENCH_OWN="$(field own_programmes)" BENCH_COOKIE="$COOKIE" BENCH_WRITES="$WORK/writes.tsv"

  run_wrk "$backend read" "$CONNECTIONS" "$DURATION" "$BASE" BENCH_WRITE_PERCENT=0
  run_wrk "$backend read/write 90/10" "$CONNECTIONS" "$DURATION" "$BASE" BENCH_WRITE_PERCENT=10
  run_wrk "$backend overload read x$((OVERLOAD / CONNECTIONS))" "$OVERLOAD" "$DURATION" "$BASE" BENCH_WRITE_PERCENT=0
  # Recovery: from the end of the overload, how long until a programme page answers 200 again
  # in under 50 ms, then a short run at the normal load to compare with the first.
  started=$(date +%s.%N)
  first=$(field published_programmes | cut -d' ' -f1)
  for _ in $(seq 1 200); do
    read -r code seconds < <(curl -s -o /dev/null -w '%{http_code} %{time_total}\n' "$BASE/programmes/$first")
    if [ "$code" = 200 ] && python3 -c "import sys; sys.exit(0 if float('$seconds') < 0.05 else 1)"; then break; fi
    sleep 0.05
  done
  recovered=$(python3 -c "print(round($(date +%s.%N) - $started, 3))")
  echo "$backend recovered after ${recovered} s (first fast 200 on a programme page)"
  printf '{"name": "%s recovery", "seconds": %s}\n' "$backend" "$recovered" >>"$RESULTS"
  run_wrk "$backend read after overload" "$CONNECTIONS" 10s "$BASE" BENCH_WRITE_PERCENT=0
  stop_server
  echo "   server log: $(grep -ci 'error' "$WORK/serve.log" || true) lines mention an error"
  unset BENCH_MODE BENCH_PROGRAMMES BENCH_OWN BENCH_COOKIE BENCH_WRITES
  if [ "$backend" = postgres ]; then psql "$PG_ADMIN" -qX -c "DROP DATABASE IF EXISTS tandem_load" >/dev/null; fi
done

python3 -c 'import json,sys; rows=[json.loads(l) for l in open(sys.argv[1])]; json.dump({"nproc": int(sys.argv[3]), "runs": rows}, open(sys.argv[2], "w"), indent=1)' \
  "$RESULTS" "$OUT/load.json" "$(nproc)"
rm -f "$RESULTS"
echo "== written to target/bench/load.json"
