#!/usr/bin/env bash
# PageRank benchmark (not a test): the Swift implementation on the wiki-vote reference graph
# and on a seeded synthetic graph of about 1.77M follows, and, when python3 has networkx,
# networkx.pagerank on the same files with the same stopping rule (L1 change < 1e-12), with
# the time ratio. Usage: Scripts/bench-pagerank.sh [FOLLOWS] [SEED]
set -euo pipefail
cd "$(dirname "$0")/.."
follows="${1:-1770000}"
seed="${2:-2010}"
reference="${FOLLOWGRAPH_REFERENCE:-../shared/reference}"
mkdir -p .bench
synthetic=".bench/synthetic-${follows}-${seed}.txt"
swift build -c release --product pagerank-benchmark >/dev/null
edges=()
[ -f "$reference/graphs/wiki-vote/edges.txt" ] && edges+=("$reference/graphs/wiki-vote/edges.txt")
echo "== Swift (release), best of 3 runs"
swift_out="$(.build/release/pagerank-benchmark --runs 3 "${edges[@]}" --synthetic "$follows" \
  --seed "$seed" --write-synthetic "$synthetic")"
echo "$swift_out"
# The Swift times, in the order of the files below.
times=($(echo "$swift_out" | sed -n 's/.*best of 3 runs \([0-9.]*\) s.*/\1/p'))
if python3 -c "import networkx, scipy" 2>/dev/null; then
  echo "== networkx $(python3 -c 'import networkx; print(networkx.__version__)'), best of 3 runs"
  python3 - "${times[*]}" "${edges[@]}" "$synthetic" <<'PY'
import sys, time, networkx as nx
swift = [float(t) for t in sys.argv[1].split()]
for index, path in enumerate(sys.argv[2:]):
    g = nx.DiGraph()
    with open(path) as f:
        for line in f:
            if line.startswith(("#", "%")): continue
            parts = line.split()
            if len(parts) >= 2 and parts[0] != parts[1]: g.add_edge(parts[0], parts[1])
    n = g.number_of_nodes()
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        nx.pagerank(g, alpha=0.85, tol=1e-12 / n, max_iter=1000)  # networkx stops at L1 < n*tol
        best = min(best, time.perf_counter() - start)
    ratio = best / swift[index] if index < len(swift) and swift[index] > 0 else float("nan")
    print(f"{path}: {n} accounts, {g.number_of_edges()} follows, best of 3 runs {best:.4f} s, "
          f"{ratio:.0f}x the Swift time")
PY
fi
