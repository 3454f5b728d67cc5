#!/usr/bin/env bash
# PostgreSQL benchmark (issue 17; not a test): ratios measured in the same run.
#
#  1. import of S and M through `followgraph import --db postgresql://…` vs the floor: `psql
#     \copy` of the same accounts and edges into the same tables (the store's own schema),
#     plus building the follow_by_followed index after the load, as the import does; and the
#     same with the import's other step too (foreign keys dropped before, added after);
#  2. in-database reciprocity on each size (`followgraph reciprocity --in-database`) vs the
#     same SQL run by `psql`; peak RSS of followgraph (/usr/bin/time -v);
#  3. in-database `accounts` (every account's figures and PageRank, streamed as CSV): time per
#     PageRank iteration and total, peak RSS;
#  4. in-memory `reciprocity` on the same database: peak RSS, for the memory per follow.
#
# Usage: Scripts/bench-postgres.sh [SIZES] [RUNS] [PAGERANK_CAP]
#   e.g. Scripts/bench-postgres.sh "S M" 3        (PageRank to convergence, cap 1,000)
#        FOLLOWGRAPH_BENCH_CONFIG=debug Scripts/bench-postgres.sh M 1 10
# Uses FOLLOWGRAPH_TEST_POSTGRES_URL when set, else starts (and stops) a throwaway cluster.
# FOLLOWGRAPH_BENCH_OUT: the output folder (default .bench/postgres). FOLLOWGRAPH_BENCH_SKIP_IMPORT=1:
# time only the floor, and analyse the floor's database (same schema, same rows).
# Prints medians; the raw times go to .bench/postgres/times.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes="${1:-S M}"
runs="${2:-3}"
cap="${3:-1000}"
config="${FOLLOWGRAPH_BENCH_CONFIG:-release}"
out="${FOLLOWGRAPH_BENCH_OUT:-.bench/postgres}"
mkdir -p "$out"
: >"$out/times.txt"

swift build -c "$config" --product followgraph >/dev/null
swift build -c "$config" --product followgraph-bench >/dev/null
fg=".build/$config/followgraph"

started=""
if [ -z "${FOLLOWGRAPH_TEST_POSTGRES_URL:-}" ]; then
  eval "$(bash Scripts/postgres-cluster.sh start)"
  started=yes
fi
trap '[ -n "$started" ] && bash Scripts/postgres-cluster.sh stop "$FOLLOWGRAPH_POSTGRES_DIR"' EXIT
server="${FOLLOWGRAPH_TEST_POSTGRES_URL%/*}"
admin="$server/postgres"

# Seconds of wall time of a command; stdout to /dev/null, stderr kept in $out/last.err.
seconds() {
  local start end
  start=$(date +%s.%N)
  "$@" >/dev/null 2>"$out/last.err"
  end=$(date +%s.%N)
  echo "$end - $start" | bc -l
}

# Peak RSS (KiB) of a command, from /usr/bin/time -v; stdout to $out/last.out.
peak_rss() {
  /usr/bin/time -v "$@" >"$out/last.out" 2>"$out/last.time"
  awk -F': ' '/Maximum resident set size/ {print $2}' "$out/last.time"
}

median() { sort -g | awk '{a[NR]=$1} END {if (NR) print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

fresh_db() {
  psql "$admin" -qX -c "DROP DATABASE IF EXISTS $1" -c "CREATE DATABASE $1" >/dev/null
}

record() { echo "$1 $2" >>"$out/times.txt"; }

for size in $sizes; do
  edges=".bench/$size-seed7.txt"
  [ -f "$edges" ] || ".build/$config/followgraph-bench" generate --size "$size" --edges "$edges"
  follows=$(wc -l <"$edges")

  # The floor's input, prepared once and not timed: account rows numbered in order of first
  # appearance, follows as row ids sorted by (follower, followed), as the import writes them.
  if [ ! -f "$out/$size.follows.tsv" ]; then
    awk -v accounts="$out/$size.accounts.tsv" -v follows="$out/$size.follows.unsorted" '
      function row(id) { if (!(id in seen)) { seen[id] = ++n; print n "\tgeneric\t" id > accounts }; return seen[id] }
      { a = row($1); b = row($2); print a "\t" b "\t1709251200\t1709251200" > follows }' "$edges"
    sort -n -k1,1 -k2,2 -S 2G "$out/$size.follows.unsorted" >"$out/$size.follows.tsv"
    rm -f "$out/$size.follows.unsorted"
  fi

  skip="${FOLLOWGRAPH_BENCH_SKIP_IMPORT:-}"
  for run in $(seq 1 "$runs"); do
    db="bench_import_${size,,}"
    if [ -z "$skip" ]; then
      fresh_db "$db"
      record "$size.import" "$(seconds "$fg" import --db "$server/$db" --format edge-list "$edges")"
    fi

    floor="bench_floor_${size,,}"
    fresh_db "$floor"
    "$fg" summary --db "$server/$floor" >/dev/null  # the store's schema, empty
    psql "$server/$floor" -qX -c "DROP INDEX follow_by_followed" >/dev/null
    record "$size.floor" "$(seconds psql "$server/$floor" -qX -v ON_ERROR_STOP=1 \
      -c "\\copy account (id, network, native_id) FROM '$out/$size.accounts.tsv'" \
      -c "\\copy follow (follower_id, followed_id, first_seen, last_seen) FROM '$out/$size.follows.tsv'" \
      -c "CREATE INDEX follow_by_followed ON follow (followed_id, follower_id)")"
    # The same steps as the import's empty-table load, by psql: foreign keys and the reverse
    # index dropped before the load, added back after it (checked once, not per row).
    same="bench_same_${size,,}"
    fresh_db "$same"
    "$fg" summary --db "$server/$same" >/dev/null
    psql "$server/$same" -qX -c "DROP INDEX follow_by_followed" \
      -c "ALTER TABLE follow DROP CONSTRAINT follow_follower_id_fkey, DROP CONSTRAINT follow_followed_id_fkey" \
      >/dev/null
    record "$size.floor_same_steps" "$(seconds psql "$server/$same" -qX -v ON_ERROR_STOP=1 \
      -c "\\copy account (id, network, native_id) FROM '$out/$size.accounts.tsv'" \
      -c "\\copy follow (follower_id, followed_id, first_seen, last_seen) FROM '$out/$size.follows.tsv'" \
      -c "CREATE INDEX follow_by_followed ON follow (followed_id, follower_id)" \
      -c "ALTER TABLE follow ADD CONSTRAINT follow_follower_id_fkey FOREIGN KEY (follower_id) REFERENCES account (id), ADD CONSTRAINT follow_followed_id_fkey FOREIGN KEY (followed_id) REFERENCES account (id)")"
    psql "$admin" -qX -c "DROP DATABASE $same" >/dev/null
    if [ -n "$skip" ]; then
      psql "$admin" -qX -c "DROP DATABASE IF EXISTS $db" -c "ALTER DATABASE $floor RENAME TO $db" \
        >/dev/null
    else
      psql "$admin" -qX -c "DROP DATABASE $floor" >/dev/null
    fi
  done

  db="bench_import_${size,,}"
  psql "$server/$db" -qX -c "VACUUM ANALYZE" >/dev/null
  # Disk: the follow table, its primary key and follow_by_followed, and the account table.
  for relation in follow follow_pkey follow_by_followed account; do
    record "$size.bytes.$relation" \
      "$(psql "$server/$db" -qAtX -c "SELECT pg_relation_size('$relation')")"
  done
  # The SQL of PostgresStore.reciprocityCounts on a one-network database, as psql runs it.
  counts_sql="SELECT count(*), coalesce(sum(t.following), 0)::bigint, coalesce(sum(t.mutual), 0)::bigint
FROM (SELECT coalesce(o.id, i.id) AS id, coalesce(o.following, 0) AS following,
       coalesce(i.followers, 0) AS followers, coalesce(o.mutual, 0) AS mutual
FROM (SELECT f.follower_id AS id, count(*) AS following, count(r.follower_id) AS mutual
      FROM follow f
      LEFT JOIN follow r ON r.followed_id = f.follower_id AND r.follower_id = f.followed_id
      GROUP BY f.follower_id) o
FULL JOIN (SELECT v.followed_id AS id, count(*) AS followers
           FROM follow v
           GROUP BY v.followed_id) i ON i.id = o.id) t"
  for run in $(seq 1 "$runs"); do
    record "$size.reciprocity.followgraph" \
      "$(seconds "$fg" reciprocity --db "$server/$db" --in-database --format json)"
    record "$size.reciprocity.psql" "$(seconds psql "$server/$db" -qAtX -c "$counts_sql")"
  done
  record "$size.reciprocity.rss_kib" \
    "$(peak_rss "$fg" reciprocity --db "$server/$db" --in-database --format json)"
  cp "$out/last.out" "$out/$size.reciprocity-in-database.json"
  record "$size.accounts.rss_kib" \
    "$(peak_rss "$fg" accounts --db "$server/$db" --in-database --max-iterations "$cap")"
  grep -o 'pagerank in the database.*' "$out/last.time" | tee "$out/$size.pagerank.txt"
  record "$size.accounts.rows" "$(($(wc -l <"$out/last.out") - 1))"
  record "$size.memory.rss_kib" \
    "$(peak_rss "$fg" reciprocity --db "$server/$db" --in-memory --format json)"
  cp "$out/last.out" "$out/$size.reciprocity-in-memory.json"
  record "$size.follows" "$follows"
done

echo "== medians of $runs runs (seconds), from $out/times.txt"
for key in $(awk '{print $1}' "$out/times.txt" | sort -u); do
  printf '%-32s %s\n' "$key" "$(awk -v k="$key" '$1 == k {print $2}' "$out/times.txt" | median)"
done
for size in $sizes; do
  m() { awk -v k="$size.$1" '$1 == k {print $2}' "$out/times.txt" | median; }
  [ -n "$(m import)" ] && echo "$size: import / floor = $(echo "$(m import) / $(m floor)" | bc -l | cut -c1-5)"
  [ -n "$(m import)" ] && echo "$size: import / floor with the import's steps = $(echo "$(m import) / $(m floor_same_steps)" | bc -l | cut -c1-5)"
  echo "$size:" \
    "reciprocity followgraph / psql = $(echo "$(m reciprocity.followgraph) / $(m reciprocity.psql)" | bc -l | cut -c1-5)," \
    "in-memory bytes per follow = $(echo "$(m memory.rss_kib) * 1024 / $(m follows)" | bc -l | cut -c1-6)"
  if cmp -s <(grep -v '"definitions"' "$out/$size.reciprocity-in-database.json" | head -c 400) \
    <(grep -v '"definitions"' "$out/$size.reciprocity-in-memory.json" | head -c 400); then
    echo "$size: reciprocity JSON in the database = in memory (first 400 bytes)"
  fi
done
