#!/usr/bin/env python3
"""Runs one edge list through python-igraph, networkx, DuckDB and the FollowGraph CLI and
prints their times side by side (medians of several runs, whole commands, peak memory).

Usage: python3 Scripts/bench-compare.py [--edges .bench/S-seed7.txt] [--runs 3]
           [--slow-runs 1] [--followgraph .build/release/followgraph] [--skip networkx]

Each tool runs as a separate process; its time is the whole command (interpreter start,
imports, reading the file, the work), measured here, and its peak resident memory comes from
wait4(). A tool whose Python package is missing is reported as skipped. The machine may be
shared and noisy: the table shows medians and the min/max spread.

Work done by each tool:
- igraph: numpy reads the pairs, np.unique maps ids to 0..n-1, Graph(); edge and pair
  reciprocity; per account following, followers, mutual; PageRank.
- networkx: read_edgelist into a DiGraph; overall_reciprocity; reciprocity per node,
  degrees; PageRank.
- duckdb: in-memory table from read_csv; edge and pair reciprocity by a self-join;
  per-account following, followers, mutual into a table. No durable file.
- followgraph: `import` (durable SQLite file), `reciprocity --format json`, `accounts` (CSV
  of every account), `report` (summary.txt and CSV files); the sum is the whole path.
"""

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

IGRAPH = r"""
import json, sys, time
t0 = time.perf_counter()
import numpy as np, igraph as ig
pairs = np.fromfile(sys.argv[1], dtype=np.int64, sep=" ").reshape(-1, 2)
ids, dense = np.unique(pairs, return_inverse=True)
dense = dense.reshape(-1, 2)
g = ig.Graph(n=len(ids), edges=dense, directed=True)
t1 = time.perf_counter()
edge = g.reciprocity(ignore_loops=True)
pair = g.reciprocity(ignore_loops=True, mode="ratio")
following = np.array(g.outdegree())
followers = np.array(g.indegree())
mutual = np.bincount(dense[:, 0], weights=np.array(g.is_mutual(), dtype=float), minlength=len(ids))
t2 = time.perf_counter()
rank = g.pagerank()
t3 = time.perf_counter()
print(json.dumps({"load": t1 - t0, "reciprocity": t2 - t1, "pagerank": t3 - t2,
                  "edge_reciprocity": edge, "accounts": len(ids), "mutual": int(mutual.sum())}))
"""

NETWORKX = r"""
import json, sys, time
t0 = time.perf_counter()
import networkx as nx
g = nx.read_edgelist(sys.argv[1], create_using=nx.DiGraph, nodetype=int)
t1 = time.perf_counter()
edge = nx.overall_reciprocity(g)
per_node = nx.reciprocity(g, g.nodes)
following = dict(g.out_degree())
followers = dict(g.in_degree())
t2 = time.perf_counter()
rank = nx.pagerank(g)
t3 = time.perf_counter()
print(json.dumps({"load": t1 - t0, "reciprocity": t2 - t1, "pagerank": t3 - t2,
                  "edge_reciprocity": edge, "accounts": g.number_of_nodes()}))
"""

DUCKDB = r"""
import json, sys, time
t0 = time.perf_counter()
import duckdb
con = duckdb.connect()
con.execute("CREATE TABLE e AS SELECT * FROM read_csv(?, delim=' ', header=false, "
            "columns={'src': 'BIGINT', 'dst': 'BIGINT'})", [sys.argv[1]])
t1 = time.perf_counter()
follows, reciprocated = con.execute(
    "SELECT count(*), count(r.src) FROM e LEFT JOIN e r ON e.src = r.dst AND e.dst = r.src"
).fetchone()
con.execute('''
  CREATE TABLE per_account AS
  WITH o AS (SELECT src AS a, count(*) AS following FROM e GROUP BY src),
       i AS (SELECT dst AS a, count(*) AS followers FROM e GROUP BY dst),
       m AS (SELECT e.src AS a, count(*) AS mutual FROM e JOIN e r
             ON e.src = r.dst AND e.dst = r.src GROUP BY e.src)
  SELECT coalesce(o.a, i.a) AS account, coalesce(following, 0) AS following,
         coalesce(followers, 0) AS followers, coalesce(mutual, 0) AS mutual
  FROM o FULL OUTER JOIN i ON o.a = i.a LEFT JOIN m ON m.a = coalesce(o.a, i.a)''')
accounts = con.execute("SELECT count(*) FROM per_account").fetchone()[0]
t2 = time.perf_counter()
print(json.dumps({"load": t1 - t0, "reciprocity": t2 - t1,
                  "edge_reciprocity": reciprocated / follows, "accounts": accounts}))
"""

PYTHON_TOOLS = {"igraph": ("igraph", IGRAPH), "networkx": ("networkx", NETWORKX),
                "duckdb": ("duckdb", DUCKDB)}


def cpu_seconds(usage):
    """User + system CPU time of a finished child."""
    return usage.ru_utime + usage.ru_stime


def run_checked(command, stdout_path=None):
    """Runs a command, stdout to a file or /dev/null; returns (seconds, peak MiB, CPU s)."""
    start = time.perf_counter()
    with open(stdout_path or os.devnull, "wb") as sink:
        process = subprocess.Popen(command, stdout=sink, stderr=subprocess.PIPE)
        stderr = process.stderr.read()
        _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    if status != 0:
        sys.exit(f"{' '.join(command)} failed: {stderr.decode(errors='replace')[-500:]}")
    return seconds, usage.ru_maxrss / 1024, cpu_seconds(usage)


def python_tool(name, module, code, edges, runs):
    try:
        __import__(module)
    except ImportError:
        print(f"{name}: skipped (pip install {module})", file=sys.stderr)
        return None
    samples = []
    for index in range(runs):
        start = time.perf_counter()
        process = subprocess.Popen([sys.executable, "-c", code, edges],
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        out = process.stdout.read()
        err = process.stderr.read()
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - start
        if status != 0:
            sys.exit(f"{name} failed: {err.decode(errors='replace')[-800:]}")
        inner = json.loads(out.decode().strip().splitlines()[-1])
        samples.append({"total": seconds, "rss": usage.ru_maxrss / 1024,
                        "cpu": cpu_seconds(usage), **inner})
        print(f"{name} run {index + 1}/{runs}: {seconds:.2f} s", file=sys.stderr)
    return samples


def followgraph(binary, edges, runs):
    samples = []
    for index in range(runs):
        folder = tempfile.mkdtemp(prefix="followgraph-bench-")
        db = os.path.join(folder, "graph.sqlite")
        steps = [
            ("import", [binary, "import", "--db", db, "--format", "edge-list", "--network",
                        "bench", "--observed-at", "2024-01-01", "--quiet", edges], None),
            ("reciprocity", [binary, "reciprocity", "--db", db, "--format", "json"], None),
            ("accounts", [binary, "accounts", "--db", db],
             os.path.join(folder, "accounts.csv")),
            ("report", [binary, "report", "--db", db, "--out", os.path.join(folder, "report"),
                        "--as-of", "2024-01-01"], None),
        ]
        sample = {"total": 0.0, "rss": 0.0, "cpu": 0.0}
        for name, command, stdout_path in steps:
            seconds, rss, cpu = run_checked(command, stdout_path)
            sample["cmd_" + name] = seconds
            sample["total"] += seconds
            sample["cpu"] += cpu
            sample["rss"] = max(sample["rss"], rss)
        shutil.rmtree(folder, ignore_errors=True)
        samples.append(sample)
        print(f"followgraph run {index + 1}/{runs}: {sample['total']:.2f} s", file=sys.stderr)
    return samples


def median(samples, key):
    values = [s[key] for s in samples if key in s]
    return statistics.median(values) if values else None


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--edges", default=".bench/S-seed7.txt")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--slow-runs", type=int, default=1,
                        help="runs for networkx (tens of seconds per run)")
    parser.add_argument("--followgraph", default=".build/release/followgraph")
    parser.add_argument("--skip", action="append", default=[],
                        help="a tool to leave out (igraph, networkx, duckdb, followgraph)")
    args = parser.parse_args()
    if not os.path.exists(args.edges):
        sys.exit(f"{args.edges} does not exist; run followgraph-bench generate first")

    results = {}
    if "followgraph" not in args.skip:
        if not os.path.exists(args.followgraph):
            sys.exit(f"{args.followgraph} not found; swift build -c release --product followgraph")
        results["followgraph"] = followgraph(args.followgraph, args.edges, args.runs)
    for name, (module, code) in PYTHON_TOOLS.items():
        if name in args.skip:
            continue
        runs = args.slow_runs if name == "networkx" else args.runs
        samples = python_tool(name, module, code, args.edges, runs)
        if samples:
            results[name] = samples

    size = os.path.getsize(args.edges)
    print(f"Edge list {args.edges} ({size / 1e6:.0f} MB). Whole commands, medians; the machine "
          "has 2 cores shared with other work, so expect noise (CPU s = user + system time "
          "of the processes, less sensitive to it).\n")
    reference = median(results["followgraph"], "total") if "followgraph" in results else None
    print("| tool | runs | median s | min s | max s | CPU s | peak RSS MiB | × FollowGraph | "
          "load s | analysis s | PageRank s |")
    print("|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|")
    for name, samples in results.items():
        totals = [s["total"] for s in samples]
        ratio = f"{median(samples, 'total') / reference:.1f}" if reference else ""

        def cell(key):
            value = median(samples, key)
            return f"{value:.2f}" if value is not None else ""

        print(f"| {name} | {len(samples)} | {statistics.median(totals):.2f} | {min(totals):.2f} "
              f"| {max(totals):.2f} | {cell('cpu')} | {max(s['rss'] for s in samples):.0f} | {ratio} "
              f"| {cell('load')} | {cell('reciprocity')} | {cell('pagerank')} |")
    if "followgraph" in results:
        steps = ", ".join(f"{k} {median(results['followgraph'], 'cmd_' + k):.2f} s"
                          for k in ("import", "reciprocity", "accounts", "report"))
        print(f"\nFollowGraph commands (medians): {steps}.")
    checks = {name: median(samples, "edge_reciprocity") for name, samples in results.items()
              if median(samples, "edge_reciprocity") is not None}
    if checks:
        print("Edge reciprocity computed: " + ", ".join(f"{k} {v:.6f}" for k, v in checks.items()))


if __name__ == "__main__":
    main()
