#!/usr/bin/env bash
# Starts a throwaway PostgreSQL cluster on a local port for the server tests, from Debian's
# packages (installed if missing). Prints the connection URL on stdout; stop it with
# `.ci/postgres.sh stop DIR`. Never touches a system cluster.
set -euo pipefail

if [ "${1:-}" = "stop" ]; then
  dir="$2"
  bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  runuser -u postgres -- "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$dir"
  exit 0
fi

if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  echo "installing PostgreSQL from Debian's packages" >&2
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
fi
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
port="${HAVEN_PG_PORT:-55432}"
dir=$(mktemp -d /tmp/haven-pg.XXXXXX)
chown postgres "$dir"
runuser -u postgres -- "$bin/initdb" -D "$dir/data" -A trust -U haven >/dev/null
runuser -u postgres -- "$bin/pg_ctl" -D "$dir/data" -l "$dir/log" -w \
  -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null
runuser -u postgres -- "$bin/createdb" -h 127.0.0.1 -p "$port" -U haven haven_test
echo "$dir postgres://haven@127.0.0.1:$port/haven_test"
