#!/usr/bin/env bash
# Runs the whole test suite under a sanitizer: address (with leak checks) and/or thread.
#
#   Scripts/sanitize.sh [address|thread]…      (default: address thread)
#
# Each sanitizer builds into its own folder (.build-address, .build-thread), so the normal
# .build is untouched. The CLI tests run the followgraph binary of the same sanitized build.
set -euo pipefail
cd "$(dirname "$0")/.."

sanitizers=("$@")
[ ${#sanitizers[@]} -gt 0 ] || sanitizers=(address thread)
# The Swift backtracer would hold a failing process; the sanitizers report instead.
export SWIFT_BACKTRACE=enable=no
# Leaks: the test runners themselves leak at exit inside XCTest and Foundation's Process
# (objects of killed child processes), which LeakSanitizer would report as failures, so the
# suite runs without leak checks; leak checks run instead on the sanitized followgraph binary
# over the sample data below, and on every fuzz input (Scripts/fuzz.sh).
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0}"
export LSAN_OPTIONS="${LSAN_OPTIONS:-suppressions=$PWD/Fuzz/lsan.supp:print_suppressions=0}"
export TSAN_OPTIONS="${TSAN_OPTIONS:-halt_on_error=1}"

for sanitizer in "${sanitizers[@]}"; do
  case "$sanitizer" in
    address | thread) ;;
    *) echo "unknown sanitizer '$sanitizer' (address or thread)" >&2; exit 2 ;;
  esac
  scratch=".build-$sanitizer"
  echo "== swift test --sanitize=$sanitizer ($scratch)" >&2
  start=$(date +%s)
  swift build --build-tests --scratch-path "$scratch" --sanitize="$sanitizer" 2>&1 \
    | grep -v "Cannot export local symbol" | tail -n 3
  swift test --skip-build --scratch-path "$scratch" --sanitize="$sanitizer"
  if [ "$sanitizer" = address ]; then
    echo "== leak check of followgraph on the sample data" >&2
    bin="$scratch/debug/followgraph"
    work="$(mktemp -d)"
    trap 'rm -rf "$work"' EXIT
    export ASAN_OPTIONS=detect_leaks=1
    "$bin" import --quiet --db "$work/s.sqlite" SampleData/twitter-archive >/dev/null
    "$bin" import --quiet --db "$work/s.sqlite" --network circle \
      SampleData/edges/marketing-circle.txt Tests/FollowImportTests/Fixtures/twitter-2023-06-15-abcdef.zip >/dev/null
    "$bin" report --db "$work/s.sqlite" --out "$work/reports" --as-of 2024-07-01 2>/dev/null
    "$bin" reciprocity --db "$work/s.sqlite" --network x >/dev/null
    "$bin" summary --db "$work/s.sqlite" --format json >/dev/null
    # A rejected import exits 1; a leak would make it exit 23 (LeakSanitizer's code).
    status=0
    "$bin" import --quiet --db "$work/s.sqlite" \
      Tests/FollowImportTests/Fixtures/malformed/crc-mismatch.zip 2>/dev/null || status=$?
    [ "$status" -eq 1 ] || { echo "rejected import exited $status, expected 1" >&2; exit 1; }
    export ASAN_OPTIONS=detect_leaks=0
  fi
  echo "== $sanitizer: passed in $(($(date +%s) - start)) s" >&2
done
