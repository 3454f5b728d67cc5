#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests (issue 17): Debian's `postgresql` package
# (installed when missing), initdb in a temporary folder as the `postgres` user, listening on
# 127.0.0.1 only, trust authentication for local connections.
#
#   eval "$(bash Scripts/postgres-cluster.sh start)"   # exports FOLLOWGRAPH_TEST_POSTGRES_URL
#   bash Scripts/postgres-cluster.sh stop "$FOLLOWGRAPH_POSTGRES_DIR"
#
# `start` prints the shell lines to export on stdout; everything else goes to stderr.
set -euo pipefail

find_bin() {
  local found
  found=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  [ -n "$found" ] && [ -x "$found/initdb" ] && echo "$found"
}

install_postgresql() {
  echo "installing postgresql (Debian's package) for the PostgreSQL tests" >&2
  if [ "$(id -u)" -eq 0 ]; then
    apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
  else
    sudo apt-get update -qq >&2 && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
  fi
}

# Runs a command as the user that owns the cluster: `postgres` when we are root (initdb
# refuses to run as root), else ourselves.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

start() {
  local bin dir port
  bin=$(find_bin || true)
  if [ -z "$bin" ]; then
    install_postgresql
    bin=$(find_bin)
  fi
  dir=$(mktemp -d /tmp/followgraph-postgres.XXXXXX)
  chmod 755 "$dir"
  [ "$(id -u)" -eq 0 ] && chown postgres: "$dir"
  port=$(free_port)
  as_owner "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; exit 1; }
  # TLS when openssl is there (a self-signed certificate), so the tests see a server that
  # offers it, as most managed PostgreSQL servers do.
  local ssl=""
  if command -v openssl >/dev/null; then
    as_owner openssl req -new -x509 -nodes -days 2 -subj "/CN=127.0.0.1" \
      -keyout "$dir/data/server.key" -out "$dir/data/server.crt" >/dev/null 2>&1 \
      && chmod 600 "$dir/data/server.key" && ssl="-c ssl=on"
  fi
  as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "$ssl -c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_wal_size=4GB -c shared_buffers=256MB" \
    start >&2 || { cat "$dir/server.log" >&2; exit 1; }
  echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') listening on 127.0.0.1:$port${ssl:+ with TLS} (data in $dir)" >&2
  echo "export FOLLOWGRAPH_TEST_POSTGRES_URL=postgresql://postgres@127.0.0.1:$port/postgres"
  echo "export FOLLOWGRAPH_POSTGRES_DIR=$dir"
  echo "export FOLLOWGRAPH_POSTGRES_BIN=$bin"
}

stop() {
  local dir=${1:-${FOLLOWGRAPH_POSTGRES_DIR:-}} bin
  [ -n "$dir" ] && [ -d "$dir/data" ] || { echo "no cluster folder given" >&2; return 0; }
  bin=$(find_bin)
  as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >&2 || true
  rm -rf "$dir"
}

case "${1:-}" in
  start) start ;;
  stop) stop "${2:-}" ;;
  *) echo "usage: $0 start | stop [folder]" >&2; exit 2 ;;
esac
