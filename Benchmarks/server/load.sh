#!/usr/bin/env bash
# Load benchmark of `haven serve` on loopback: the message-coach API and check-in writes (SQLite).
# Bounded: each run lasts DURATION seconds (default 15) with CONNECTIONS connections (default 32).
# Usage: Benchmarks/server/load.sh [path/to/haven]   (default .build/debug/haven; build it first)
set -euo pipefail
cd "$(dirname "$0")/../.."
HAVEN=$(realpath "${1:-.build/debug/haven}")
PORT=${PORT:-18080}
DURATION=${DURATION:-15}
CONNECTIONS=${CONNECTIONS:-32}
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }

WORK=$(mktemp -d)
# Started inside $WORK so that the journal key it creates is thrown away with it.
(cd "$WORK" && exec "$HAVEN" serve --hostname 127.0.0.1 --port "$PORT" --database "$WORK/haven.sqlite") >"$WORK/serve.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true; wait $SERVER 2>/dev/null || true; rm -rf "$WORK"' EXIT
cd "$WORK"
for _ in $(seq 1 50); do curl -s -o /dev/null "http://127.0.0.1:$PORT/" && break; sleep 0.2; done

BASE="http://127.0.0.1:$PORT/api/v1"
curl -s -o /dev/null -X POST "$BASE/users" -H 'Content-Type: application/json' \
  -d '{"email": "bench@example.org", "password": "benchmark password", "displayName": "Bench"}'
HAVEN_TOKEN=$(curl -s -X POST "$BASE/tokens" -H 'Content-Type: application/json' \
  -d '{"email": "bench@example.org", "password": "benchmark password"}' | sed 's/.*"token":"\([^"]*\)".*/\1/')
export HAVEN_TOKEN
SCRIPTS="$OLDPWD/Benchmarks/server"

echo "== POST /api/v1/coach ($CONNECTIONS connections, ${DURATION}s)"
wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency -s "$SCRIPTS/coach.lua" "$BASE/coach"
echo "== POST /api/v1/checkins ($CONNECTIONS connections, ${DURATION}s, SQLite WAL)"
wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency -s "$SCRIPTS/checkin.lua" "$BASE/checkins"
echo "== rows written: $(python3 -c "import sqlite3; print(sqlite3.connect('haven.sqlite').execute('select count(*) from check_ins').fetchone()[0])")"
