#!/usr/bin/env bash
# Grows the committed fuzz corpus from a longer run of Scripts/fuzz.sh: for each target, the
# inputs that run found (.build-fuzz/corpus/<target>/) are merged into Fuzz/corpus/<target>/
# with libFuzzer's -merge=1, which keeps only those that add coverage beyond what the
# committed seeds already reach. Inputs over MAX_BYTES (default 8192) are left out: they keep
# the repository small, and a large input found from a reference sample would be mostly a copy
# of ../shared/reference/, which is never copied into the project.
#
#   Scripts/fuzz-merge.sh [fuzz-NAME…]      (after Scripts/fuzz.sh SECONDS has built and run)
set -euo pipefail
cd "$(dirname "$0")/.."

scratch=.build-fuzz
max_bytes="${MAX_BYTES:-8192}"
if [ $# -gt 0 ]; then
  targets=("$@")
else
  targets=()
  for folder in Fuzz/corpus/fuzz-*; do targets+=("$(basename "$folder")"); done
fi

for target in "${targets[@]}"; do
  binary="$scratch/debug/$target"
  grown="$scratch/corpus/$target"
  if [ ! -x "$binary" ] || [ ! -d "$grown" ]; then
    echo "$target: no build or run in $scratch; run Scripts/fuzz.sh first" >&2
    continue
  fi
  small=$(mktemp -d)
  find "$grown" -type f -size -"$((max_bytes + 1))"c -exec cp {} "$small" \;
  before=$(find "Fuzz/corpus/$target" -type f | wc -l)
  SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=detect_leaks=0 \
    "$binary" -merge=1 "Fuzz/corpus/$target" "$small" >"$scratch/logs/$target.merge.log" 2>&1 \
    || { echo "$target: merge failed (see $scratch/logs/$target.merge.log)" >&2; rm -rf "$small"; exit 1; }
  after=$(find "Fuzz/corpus/$target" -type f | wc -l)
  echo "$target: $before seeds, $(find "$small" -type f | wc -l) grown inputs of at most $max_bytes bytes, $after after the merge"
  rm -rf "$small"
done
