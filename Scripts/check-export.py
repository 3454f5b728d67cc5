#!/usr/bin/env python3
"""Reads `followgraph export` files back with networkx and compares them with the reference.

For each graph in ../shared/reference/graphs/: import it, export GraphML and GEXF, read both
with networkx, and check that nodes, edges, overall reciprocity and every node's pagerank and
reciprocity attributes match the networkx values in expected/ (per_account.csv).

    python3 Scripts/check-export.py [path/to/followgraph]     (default .build/debug/followgraph)
Exits non-zero on the first mismatch. Installs networkx with pip when it is missing.
"""
import csv, json, math, os, subprocess, sys, tempfile

try:
    import networkx as nx
except ImportError:
    subprocess.check_call([sys.executable, '-m', 'pip', 'install', '-q', 'networkx'])
    import networkx as nx

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
binary = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, '.build/debug/followgraph')
graphs = os.path.join(os.path.dirname(root), 'shared/reference/graphs')


def run(*args):
    subprocess.run([binary, *args], check=True, stdout=subprocess.DEVNULL)


failures = 0
for name in sorted(os.listdir(graphs)):
    folder = os.path.join(graphs, name)
    edges = next(os.path.join(folder, f) for f in ('edges.txt', 'edges.csv')
                 if os.path.exists(os.path.join(folder, f)))
    expected = json.load(open(os.path.join(folder, 'expected/expected.json')))
    rows = {r['account']: r for r in csv.DictReader(open(os.path.join(folder, 'expected/per_account.csv')))}
    with tempfile.TemporaryDirectory() as tmp:
        db = os.path.join(tmp, 'g.sqlite')
        run('import', '--db', db, '--format', 'edge-list', edges)
        for fmt, reader in (('graphml', nx.read_graphml), ('gexf', nx.read_gexf)):
            out = os.path.join(tmp, 'g.' + fmt)
            run('export', '--db', db, '--format', fmt, '--out', out)
            g = reader(out)
            problems = []
            if (g.number_of_nodes(), g.number_of_edges()) != (expected['accounts'], expected['follows']):
                problems.append(f'{g.number_of_nodes()} nodes, {g.number_of_edges()} edges')
            if abs(nx.overall_reciprocity(g) - expected['edge_reciprocity']) > 1e-12:
                problems.append('overall reciprocity')
            for node, data in g.nodes(data=True):
                row = rows.get(node)
                if row is None:
                    problems.append(f'node {node} not in the reference')
                    continue
                for key in ('pagerank', 'networkx_reciprocity'):
                    ours = data.get('pagerank' if key == 'pagerank' else 'reciprocity')
                    theirs = float(row[key]) if row[key] else None
                    if (ours is None) != (theirs is None) or (ours is not None and abs(ours - theirs) > 1e-9):
                        problems.append(f'{node} {key}: {ours} vs {theirs}')
                        break
            verdict = 'ok' if not problems else 'MISMATCH ' + '; '.join(problems[:3])
            failures += bool(problems)
            print(f'{name:20} {fmt:8} {g.number_of_nodes():6} nodes {g.number_of_edges():8} edges  {verdict}')
sys.exit(1 if failures else 0)
