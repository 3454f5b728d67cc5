#!/usr/bin/env bash
# The main job on the sample data: set up, build, import SampleData/ into a fresh database and
# write the reports into Reports/. Run from anywhere; paths are relative to the repo root.
# FollowGraphCLITests/SampleReportsTests runs the same import and report steps and fails when
# Reports/ is stale, so change both together.
set -euo pipefail
cd "$(dirname "$0")/.."

bash Scripts/setup.sh
swift build --product followgraph >&2
bin="$(swift build --show-bin-path)/followgraph"

db="$(mktemp -d)/sample.sqlite"
trap 'rm -rf "$(dirname "$db")"' EXIT
"$bin" import --db "$db" --observed-at 2024-07-01 SampleData/twitter-archive
"$bin" import --db "$db" --observed-at 2024-07-01 --network x SampleData/audience/accounts.csv
"$bin" import --db "$db" --observed-at 2024-07-01 --network circle SampleData/edges/marketing-circle.txt
# Two Instagram exports of Maya's account, January and July: the report shows what changed.
"$bin" import --db "$db" --observed-at 2024-01-15 --format instagram SampleData/instagram/instagram-mayalin.mktg-2024-01-15
"$bin" import --db "$db" --observed-at 2024-07-01 --format instagram SampleData/instagram/instagram-mayalin.mktg-2024-07-01
"$bin" report --db "$db" --out Reports --as-of 2024-07-01 --themes SampleData/themes.yaml
"$bin" reciprocity --db "$db" --network x --limit 10
