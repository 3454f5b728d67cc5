#!/usr/bin/env python3
"""scikit-learn's TF-IDF + NMF on every labelled corpus of ../shared/reference/topics/.

Recomputes, in this run, the anchor each corpus's expected.json describes, and prints one JSON
object: {corpus: {"nmi", "ari", "purity", "anchor_nmi", "k", "posts"}}. The topics-benchmark
executable runs this script and prints its figures beside its own.

usage: python3 Scripts/topics-sklearn.py [REFERENCE_DIR]   (default ../shared/reference/topics)

Recipes (from the expected.json files):
  * a corpus folder with posts.csv (crisislex-t6, stackoverflow-stc2): the `recipe` string:
    TfidfVectorizer(sublinear_tf=True, stop_words='english', min_df=2), NMF(n_components=k,
    init='nndsvd', random_state=0, max_iter=400), argmax of W, k = number of labels;
  * tweeteval-stance (the top-level expected.json): its `preprocessing.steps` (html.unescape,
    lower, drop URLs and mentions, '#' -> ' ', letter runs of 2+, scikit-learn's English stop
    words, min_df=2), TfidfVectorizer defaults, NMF(init='nndsvd', random_state=0), k = 5.
scikit-learn is pip-installed (1.9.1, the version of the anchors) when missing.
"""
import csv
import html
import json
import os
import re
import subprocess
import sys


def ensure_sklearn():
    try:
        import sklearn  # noqa: F401
    except ImportError:
        subprocess.run(
            [sys.executable, "-m", "pip", "install", "--quiet", "scikit-learn==1.9.1"],
            check=True, stdout=sys.stderr, stderr=sys.stderr)


def purity(labels, clusters):
    counts = {}
    for label, cluster in zip(labels, clusters):
        counts.setdefault(cluster, {}).setdefault(label, 0)
        counts[cluster][label] += 1
    return sum(max(c.values()) for c in counts.values()) / len(labels)


def score(labels, clusters):
    from sklearn.metrics import adjusted_rand_score, normalized_mutual_info_score
    return {
        "nmi": normalized_mutual_info_score(labels, clusters),
        "ari": adjusted_rand_score(labels, clusters),
        "purity": purity(labels, clusters),
    }


def csv_corpus(folder):
    from sklearn.decomposition import NMF
    from sklearn.feature_extraction.text import TfidfVectorizer
    with open(os.path.join(folder, "posts.csv"), newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    texts = [r["text"] for r in rows]
    labels = [r["label"] for r in rows]
    k = len(set(labels))
    x = TfidfVectorizer(sublinear_tf=True, stop_words="english", min_df=2).fit_transform(texts)
    w = NMF(n_components=k, init="nndsvd", random_state=0, max_iter=400).fit_transform(x)
    result = score(labels, w.argmax(axis=1))
    expected = os.path.join(folder, "expected.json")
    result["anchor_nmi"] = None  # a derived corpus (Scripts/topics-unseen-corpora.py) has none
    if os.path.isfile(expected):
        with open(expected, encoding="utf-8") as f:
            result["anchor_nmi"] = json.load(f)["sklearn_nmf_nmi"]
    result.update(k=k, posts=len(texts))
    return result


def tweeteval(root):
    from sklearn.decomposition import NMF
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS, TfidfVectorizer
    folder = os.path.join(root, "tweeteval-stance")
    texts, labels = [], []
    for topic in sorted(d for d in os.listdir(folder) if "." not in d):
        for split in ("train", "val", "test"):
            with open(os.path.join(folder, topic, f"{split}_text.txt"), encoding="utf-8") as f:
                for line in f.read().split("\n"):
                    if line:
                        texts.append(line)
                        labels.append(topic)

    def tokenize(text):
        text = html.unescape(text).lower()
        text = re.sub(r"(?:https?://|www\.)\S+", " ", text)
        text = re.sub(r"@\w+", " ", text).replace("#", " ")
        return [t for t in re.findall(r"[^\W\d_]{2,}", text) if t not in ENGLISH_STOP_WORDS]

    x = TfidfVectorizer(analyzer=tokenize, min_df=2).fit_transform(texts)
    w = NMF(n_components=5, init="nndsvd", random_state=0).fit_transform(x)
    result = score(labels, w.argmax(axis=1))
    with open(os.path.join(root, "expected.json"), encoding="utf-8") as f:
        result["anchor_nmi"] = json.load(f)["methods"]["nmf"]["nmi"]
    result.update(k=5, posts=len(texts))
    return result


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    root = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        here, "..", "..", "shared", "reference", "topics")
    ensure_sklearn()
    from threadpoolctl import threadpool_limits
    out = {}
    with threadpool_limits(1):
        if os.path.isdir(os.path.join(root, "tweeteval-stance")):
            out["tweeteval-stance"] = tweeteval(root)
        for name in sorted(os.listdir(root)):
            folder = os.path.join(root, name)
            if os.path.isfile(os.path.join(folder, "posts.csv")):
                out[name] = csv_corpus(folder)
    json.dump(out, sys.stdout, indent=1, sort_keys=True)
    print()


if __name__ == "__main__":
    main()
