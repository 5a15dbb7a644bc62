#!/usr/bin/env bash
# Runs HavenServerTests against a real PostgreSQL: Debian's postgresql, a throwaway cluster on a
# local port, removed afterwards. Run as root (CI and the dev machines are). Extra arguments go to
# `swift test` (for example --skip-build).
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PG_PORT:-55432}

if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi
BIN=$(dirname "$(ls -d /usr/lib/postgresql/*/bin/initdb | sort -V | tail -1)")
DATA=$(mktemp -d /tmp/haven-pg.XXXXXX)
chown postgres "$DATA"
as_postgres() { su postgres -s /bin/sh -c "$*"; }
as_postgres "'$BIN/initdb' -D '$DATA/db' -A trust -U postgres" >/dev/null
as_postgres "'$BIN/pg_ctl' -D '$DATA/db' -o \"-p $PORT -k $DATA -c listen_addresses=127.0.0.1 -c fsync=off\" -l '$DATA/log' -w start" >/dev/null
trap 'as_postgres "'"'$BIN/pg_ctl'"' -D '"'$DATA/db'"' -m fast stop" >/dev/null 2>&1 || true; rm -rf "$DATA"' EXIT
psql -h 127.0.0.1 -p "$PORT" -U postgres -qc 'CREATE DATABASE haven_test'

echo "== HavenServerTests on PostgreSQL ($("$BIN/postgres" --version))"
HAVEN_TEST_DATABASE_URL="postgres://postgres@127.0.0.1:$PORT/haven_test?sslmode=disable" \
  swift test --filter HavenServerTests "$@"
