#!/usr/bin/env python3
"""Compare `followgraph likely --pairs` with two baselines on the shared reference graphs.

Protocol (issue 15), per graph, with a seed:
  * draw pairs: half mutual pairs with one direction v->u hidden (label 1), half follows u->v
    never returned (label 0); as many of each, at most --max-pairs, and at most --share of the
    mutual pairs;
  * write the reduced graph (every follow except the hidden ones) as an edge list and the pairs
    as a CSV `follower,followed`;
  * `followgraph import` the reduced graph, `followgraph likely --pairs` scores the pairs;
  * baseline 1: v's follow-back habit on the reduced graph (mutual / followers of v);
  * baseline 2: scikit-learn HistGradientBoostingClassifier (defaults) on standard link
    features computed on the reduced graph (degrees of both, both habits, per-account
    reciprocity, log audience ratio, common neighbours, Adamic-Adar, Jaccard), trained on up to
    50,000 other follows of the reduced graph labelled by whether they are returned there;
  * ROC AUC of all three over the pairs, printed side by side.

Usage: python3 Scripts/likely-compare.py [--graphs ../shared/reference/graphs] [--seed 15]
       [--binary .build/release/followgraph] [--work $TMPDIR/followgraph-likely-compare]
"""
import argparse
import csv
import math
import os
import random
import subprocess
import sys
import tempfile


def ensure_packages():
    """Installs scikit-learn and numpy with pip when missing."""
    missing = []
    for module, package in (("sklearn", "scikit-learn"), ("numpy", "numpy")):
        try:
            __import__(module)
        except ImportError:
            missing.append(package)
    if missing:
        print(f"installing {' '.join(missing)} with pip", file=sys.stderr)
        subprocess.check_call([sys.executable, "-m", "pip", "install", "--quiet", "--user", *missing])


def read_edges(folder):
    """The distinct follows of a reference graph, self-follows dropped, in file order."""
    edges, seen = [], set()
    txt, csv_path = os.path.join(folder, "edges.txt"), os.path.join(folder, "edges.csv")
    if os.path.exists(txt):
        with open(txt) as handle:
            rows = (line.split()[:2] for line in handle if line.strip() and line[0] not in "#%")
            rows = list(rows)
    else:
        with open(csv_path, newline="") as handle:
            reader = csv.reader(handle)
            next(reader)
            rows = [row[:2] for row in reader if len(row) >= 2]
    for u, v in rows:
        if u != v and (u, v) not in seen:
            seen.add((u, v))
            edges.append((u, v))
    return edges


def draw_pairs(edges, seed, share, max_pairs):
    """The held-out pairs (follower, followed, label) and the reduced edge list."""
    edge_set = set(edges)
    mutual = sorted({(u, v) for u, v in edges if (v, u) in edge_set and u < v})
    one_way = sorted((u, v) for u, v in edges if (v, u) not in edge_set)
    rng = random.Random(seed)
    count = min(max_pairs, int(share * len(mutual)), len(one_way))
    rng.shuffle(mutual)
    rng.shuffle(one_way)
    pairs, hidden = [], set()
    for a, b in mutual[:count]:
        u, v = (a, b) if rng.random() < 0.5 else (b, a)
        pairs.append((u, v, 1))
        hidden.add((v, u))
    pairs += [(u, v, 0) for u, v in one_way[:count]]
    rng.shuffle(pairs)
    reduced = [edge for edge in edges if edge not in hidden]
    return pairs, reduced


class Graph:
    """Adjacency sets of a directed graph, with the standard link features of a pair."""

    def __init__(self, edges):
        self.out, self.inn = {}, {}
        for u, v in edges:
            self.out.setdefault(u, set()).add(v)
            self.inn.setdefault(v, set()).add(u)
            self.out.setdefault(v, set())
            self.inn.setdefault(u, set())
        self.mutual = {a: len(self.out[a] & self.inn[a]) for a in self.out}
        self.neighbours = {a: self.out[a] | self.inn[a] for a in self.out}

    def habit(self, a):
        """Followers followed back: mutual / followers (0 without followers)."""
        followers = len(self.inn[a])
        return self.mutual[a] / followers if followers else 0.0

    def features(self, u, v):
        out_u, in_u, out_v, in_v = len(self.out[u]), len(self.inn[u]), len(self.out[v]), len(self.inn[v])
        def reciprocity(a, o, i):
            return 2 * self.mutual[a] / (o + i) if o + i else 0.0
        nu, nv = self.neighbours[u] - {v}, self.neighbours[v] - {u}
        common = nu & nv
        union = nu | nv
        adamic = sum(1 / math.log(len(self.neighbours[w])) for w in common if len(self.neighbours[w]) > 1)
        return [
            out_u, in_u, out_v, in_v, self.habit(u), self.habit(v),
            reciprocity(u, out_u, in_u), reciprocity(v, out_v, in_v),
            math.log((in_v + 1) / (in_u + 1)), len(common), adamic,
            len(common) / len(union) if union else 0.0,
        ]


def tree_baseline(graph, reduced, pairs, seed):
    """HistGradientBoostingClassifier (defaults) on standard features, 50,000 other follows."""
    from sklearn.ensemble import HistGradientBoostingClassifier
    asked = {(u, v) for u, v, _ in pairs}
    others = [edge for edge in reduced if edge not in asked]
    rng = random.Random(seed + 1)
    if len(others) > 50_000:
        others = rng.sample(others, 50_000)
    x = [graph.features(u, v) for u, v in others]
    y = [1 if u in graph.out[v] else 0 for u, v in others]
    model = HistGradientBoostingClassifier(random_state=seed).fit(x, y)
    return model.predict_proba([graph.features(u, v) for u, v, _ in pairs])[:, 1]


def run_followgraph(binary, work, reduced, pairs):
    """Imports the reduced graph and scores the pairs with `followgraph likely --pairs`."""
    edges_path, pairs_path = os.path.join(work, "reduced.txt"), os.path.join(work, "pairs.csv")
    db = os.path.join(work, "reduced.sqlite")
    with open(edges_path, "w") as handle:
        handle.writelines(f"{u} {v}\n" for u, v in reduced)
    with open(pairs_path, "w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["follower", "followed"])
        writer.writerows((u, v) for u, v, _ in pairs)
    if os.path.exists(db):
        os.remove(db)
    subprocess.run([binary, "import", "--db", db, "--format", "edge-list", edges_path],
                   check=True, stdout=subprocess.DEVNULL)
    result = subprocess.run([binary, "likely", "--db", db, "--pairs", pairs_path, "--format", "csv", "--quiet"],
                            check=True, capture_output=True, text=True)
    rows = list(csv.DictReader(result.stdout.splitlines()))
    if [(r["follower"], r["followed"]) for r in rows] != [(u, v) for u, v, _ in pairs]:
        raise SystemExit("followgraph likely returned the pairs in another order")
    return [float(r["probability"]) for r in rows]


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--graphs", default=os.path.join(root, "..", "shared", "reference", "graphs"))
    parser.add_argument("--seed", type=int, default=15)
    parser.add_argument("--share", type=float, default=0.25, help="share of mutual pairs hidden")
    parser.add_argument("--max-pairs", type=int, default=2000, help="most pairs per class")
    release = os.path.join(root, ".build", "release", "followgraph")
    parser.add_argument("--binary", default=release if os.path.exists(release) else os.path.join(root, ".build", "debug", "followgraph"))
    parser.add_argument("--work", default=os.path.join(tempfile.gettempdir(), "followgraph-likely-compare"))
    parser.add_argument("--graph", action="append", help="only this graph (repeatable)")
    args = parser.parse_args()
    ensure_packages()
    from sklearn.metrics import roc_auc_score
    print(f"seed {args.seed}, share {args.share}, binary {args.binary}")
    print(f"{'graph':<20} {'pairs':>6} {'followgraph':>12} {'habit':>8} {'sklearn HGB':>12}  beats both")
    for name in sorted(os.listdir(args.graphs)):
        folder = os.path.join(args.graphs, name)
        if not os.path.isdir(folder) or (args.graph and name not in args.graph):
            continue
        work = os.path.join(args.work, name)
        os.makedirs(work, exist_ok=True)
        pairs, reduced = draw_pairs(read_edges(folder), args.seed, args.share, args.max_pairs)
        labels = [label for _, _, label in pairs]
        graph = Graph(reduced)
        ours = roc_auc_score(labels, run_followgraph(args.binary, work, reduced, pairs))
        habit = roc_auc_score(labels, [graph.habit(v) for _, v, _ in pairs])
        trees = roc_auc_score(labels, tree_baseline(graph, reduced, pairs, args.seed))
        verdict = "yes" if ours > habit and ours > trees else "NO"
        print(f"{name:<20} {len(pairs):>6} {ours:>12.4f} {habit:>8.4f} {trees:>12.4f}  {verdict}", flush=True)


if __name__ == "__main__":
    main()
