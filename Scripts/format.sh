#!/usr/bin/env bash
# Formats every Swift file with the repo's .swift-format, then lints strictly.
# Usage: Scripts/format.sh         (format in place, then lint)
#        Scripts/format.sh --lint  (lint only; exits non-zero on findings)
set -euo pipefail
cd "$(dirname "$0")/.."
files=()
while IFS= read -r -d '' file; do files+=("$file"); done < <(git ls-files -z '*.swift')
if [ "${1:-}" != "--lint" ]; then
  swift format format --parallel --in-place "${files[@]}"
fi
swift format lint --strict --parallel "${files[@]}"
