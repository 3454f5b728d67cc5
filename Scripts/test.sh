#!/usr/bin/env bash
# The README's test command: installs what is missing, starts a throwaway PostgreSQL cluster
# on 127.0.0.1 for the PostgreSQL tests (unless FOLLOWGRAPH_TEST_POSTGRES_URL already names a
# server), runs `swift test` with any arguments given, and stops the cluster.
set -euo pipefail
cd "$(dirname "$0")/.."

bash Scripts/setup.sh
if [ -z "${FOLLOWGRAPH_TEST_POSTGRES_URL:-}" ]; then
  eval "$(bash Scripts/postgres-cluster.sh start)"
  trap 'bash Scripts/postgres-cluster.sh stop "$FOLLOWGRAPH_POSTGRES_DIR"' EXIT
fi
swift test "$@"
