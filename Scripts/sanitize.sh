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
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0}"
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
  echo "== $sanitizer: passed in $(($(date +%s) - start)) s" >&2
done
