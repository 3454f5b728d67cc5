#!/usr/bin/env bash
# Builds the libFuzzer targets (Fuzz/README.md) with -sanitize=fuzzer,address and runs each
# for SECONDS, then prints executions and findings per target.
#
#   Scripts/fuzz.sh SECONDS [fuzz-NAME…]     e.g. Scripts/fuzz.sh 600, Scripts/fuzz.sh 20 fuzz-csv
#
# Environment: FUZZ_JOBS=N runs N targets at once (default 1); FUZZ_MAX_LEN (default 65536).
# Builds go to .build-fuzz/, new corpus entries to .build-fuzz/corpus/<target>/ (the committed
# seeds in Fuzz/corpus/ are only read), crash inputs to .build-fuzz/artifacts/<target>/, logs
# to .build-fuzz/logs/. Exits non-zero when a target crashed, leaked memory, timed out or hit
# the memory limit.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds="${1:?usage: Scripts/fuzz.sh SECONDS [fuzz-NAME…]}"
shift
if [ $# -gt 0 ]; then
  targets=("$@")
else
  targets=(fuzz-twitter-js fuzz-edge-list fuzz-csv fuzz-zip fuzz-json fuzz-twarc2
    fuzz-csv-formats fuzz-themes fuzz-tar-gz fuzz-mastodon fuzz-bluesky-car fuzz-bluesky-api
    fuzz-instagram fuzz-linkedin fuzz-x-follow-list fuzz-fetch-api)
fi
jobs="${FUZZ_JOBS:-1}"
max_len="${FUZZ_MAX_LEN:-65536}"
scratch=.build-fuzz
reference=../shared/reference/exports

# Large real samples are read in place (libFuzzer truncates them to -max_len), never copied.
extra_seeds() {
  case "$1" in
    fuzz-twitter-js) echo "$reference/twitter-archive-2020/data $reference/twitter-archive-2022/data" ;;
    fuzz-edge-list | fuzz-csv) echo "$reference/mastodon-following" ;;
    fuzz-json) echo "$reference/mastodon-archive $reference/twarc2" ;;
    fuzz-twarc2) echo "$reference/twarc2" ;;
    fuzz-mastodon) echo "$reference/mastodon-archive $reference/mastodon-following" ;;
    fuzz-bluesky-car) echo "$reference/bluesky" ;;
    fuzz-instagram) echo "$reference/instagram" ;;
    fuzz-linkedin) echo "$reference/linkedin" ;;
    fuzz-fetch-api) echo "$reference/../api-recordings/bluesky-bskyr/httptest2-mocks" ;;
  esac
}

for target in "${targets[@]}"; do
  echo "building $target" >&2
  swift build -c debug --scratch-path "$scratch" --product "$target" \
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING -Xswiftc -use-ld=lld \
    2>&1 | grep -v "Cannot export local symbol" | tail -n 3 >&2
done

run_one() {
  local target="$1"
  local corpus="$scratch/corpus/$target" artifacts="$scratch/artifacts/$target/"
  mkdir -p "$corpus" "$artifacts" "$scratch/logs"
  local seeds=("Fuzz/corpus/$target")
  [ -d "Fuzz/regressions/$target" ] && seeds+=("Fuzz/regressions/$target")
  for folder in $(extra_seeds "$target"); do [ -d "$folder" ] && seeds+=("$folder"); done
  # The Swift backtracer would wait on a crash; libFuzzer and ASan report instead.
  SWIFT_BACKTRACE=enable=no ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1}" \
    LSAN_OPTIONS="suppressions=$PWD/Fuzz/lsan.supp:print_suppressions=0" \
    "$scratch/debug/$target" "$corpus" "${seeds[@]}" \
    -max_total_time="$seconds" -max_len="$max_len" -timeout=10 -rss_limit_mb=2048 \
    -malloc_limit_mb=512 -print_final_stats=1 -artifact_prefix="$artifacts" \
    >"$scratch/logs/$target.log" 2>&1
}

status=0
pids=()
names=()
for target in "${targets[@]}"; do
  echo "fuzzing $target for ${seconds}s" >&2
  run_one "$target" &
  pids+=($!)
  names+=("$target")
  if [ "${#pids[@]}" -ge "$jobs" ]; then
    wait "${pids[0]}" || true
    pids=("${pids[@]:1}")
  fi
done
for pid in "${pids[@]}"; do wait "$pid" || true; done

printf '%-18s %12s %10s %9s  %s\n' target executions exec/s corpus findings
for target in "${names[@]}"; do
  log="$scratch/logs/$target.log"
  execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | tail -1 | awk '{print $2}')
  rate=$(grep -o 'stat::average_exec_per_sec: *[0-9]*' "$log" | tail -1 | awk '{print $2}')
  units=$(find "$scratch/corpus/$target" -type f | wc -l)
  crashed=$(grep -c -E '^SUMMARY: |ERROR: libFuzzer|==ERROR' "$log" || true)
  verdict="none"
  if [ "$crashed" -gt 0 ] || [ -z "$execs" ]; then
    verdict="FOUND: $(grep -m1 -E '^SUMMARY: |ERROR: libFuzzer|==ERROR|Fatal error' "$log" || echo 'no final stats')"
    verdict="$verdict ($(find "$scratch/artifacts/$target" -type f | tail -1))"
    status=1
  fi
  printf '%-18s %12s %10s %9s  %s\n' "$target" "${execs:-?}" "${rate:-?}" "$units" "$verdict"
done
exit "$status"
