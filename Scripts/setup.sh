#!/usr/bin/env bash
# Installs what FollowGraph needs to build on Debian/Ubuntu when it is missing:
# SQLite's headers (GRDB links the system libsqlite3) and zlib's (zip and gzip reading).
# Swift itself (6.1 or newer) must already be on PATH.
set -euo pipefail

missing=()
for package in libsqlite3-dev zlib1g-dev; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing ${missing[*]}" >&2
  if [ "$(id -u)" -eq 0 ]; then
    apt-get update -qq && apt-get install -y -qq "${missing[@]}" >&2
  else
    sudo apt-get update -qq && sudo apt-get install -y -qq "${missing[@]}" >&2
  fi
fi
command -v swift >/dev/null || { echo "swift is not on PATH (install Swift 6.1 or newer)" >&2; exit 1; }
