#!/usr/bin/env python3
"""Labelled corpora that topic discovery was never developed on, derived from the references.

Topic discovery is judged on corpora it has never seen. The three shared corpora are the ones
it was developed on, so this script derives others from the same sources, each with a shape
the three lack, and writes them as corpus folders `topics-benchmark --reference
--reference-dir DIR` reads (posts.csv with `text` and `label`):

  * crisislex-unseen: on-topic CrisisLexT6 tweets *not* in the shared posts.csv, up to 1,500
    per event (other tweets of the same six crises);
  * stackoverflow-unseen: the 8,000 StackOverflow titles *not* in the shared posts.csv
    (400 per tag);
  * stackoverflow-small: 30 unseen titles per tag (600 posts, 20 labels: small clusters);
  * mixed-imbalanced: 31 labels from all three sources (5 TweetEval subjects, 6 crises,
    20 tags) with sizes falling as 600 / rank^0.9 (600 down to 27): many clusters of very
    different sizes, tweets and titles together, like a real archive's mix of interests.

Every choice is deterministic (posts ordered by the SHA-256 of their id, then cut). None of
these corpora was used to choose a setting; they only report how a method holds up.

usage: python3 Scripts/topics-unseen-corpora.py OUT_DIR [REFERENCE_DIR]
"""
import csv
import hashlib
import os
import sys


def key(text):
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def write(folder, rows):
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "posts.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(
            f, fieldnames=["id", "author", "created_at", "text", "label"], lineterminator="\n")
        w.writeheader()
        for i, (text, label) in enumerate(rows, start=1):
            w.writerow({"id": str(i), "author": "corpus",
                        "created_at": "2020-01-01T00:00:00Z", "text": text, "label": label})


def shared_texts(folder):
    with open(os.path.join(folder, "posts.csv"), newline="", encoding="utf-8") as f:
        return {r["text"] for r in csv.DictReader(f)}


def crisislex(root):
    folder = os.path.join(root, "crisislex-t6")
    used = shared_texts(folder)
    by_label = {}
    original = os.path.join(folder, "original")
    for name in sorted(os.listdir(original)):
        if not name.endswith("-ontopic_offtopic.csv"):
            continue
        event = name[: -len("-ontopic_offtopic.csv")]
        seen = set()
        with open(os.path.join(original, name), newline="", encoding="utf-8") as f:
            reader = csv.reader(f)
            next(reader)
            for row in reader:
                if len(row) < 3 or row[2].strip() != "on-topic":
                    continue
                tweet_id, text = row[0].strip("' "), row[1]
                if tweet_id in seen or text in used:
                    continue
                seen.add(tweet_id)
                by_label.setdefault(event, []).append((key(tweet_id), text))
    return {label: [t for _, t in sorted(rows)] for label, rows in by_label.items()}


def stackoverflow(root):
    folder = os.path.join(root, "stackoverflow-stc2")
    used = shared_texts(folder)
    sys.path.insert(0, folder)
    from convert import TAGS  # the tag names of the shared conversion
    original = os.path.join(folder, "original")
    with open(os.path.join(original, "StackOverflow.txt"), encoding="utf-8") as f:
        texts = f.read().split("\n")[:-1]
    with open(os.path.join(original, "StackOverflow_gnd.txt"), encoding="ascii") as f:
        gnd = f.read().split("\n")[:-1]
    by_label = {}
    for i, (text, g) in enumerate(zip(texts, gnd), start=1):
        if text not in used:
            by_label.setdefault(TAGS[int(g)], []).append((key(str(i)), text))
    return {label: [t for _, t in sorted(rows)] for label, rows in by_label.items()}


def tweeteval(root):
    folder = os.path.join(root, "tweeteval-stance")
    by_label = {}
    for topic in sorted(d for d in os.listdir(folder) if "." not in d):
        for split in ("train", "val", "test"):
            with open(os.path.join(folder, topic, f"{split}_text.txt"), encoding="utf-8") as f:
                for line in f.read().split("\n"):
                    if line:
                        by_label.setdefault(topic, []).append((key(line), line))
    return {label: [t for _, t in sorted(rows)] for label, rows in by_label.items()}


def interleave(groups):
    """Rows of every label, ordered by the SHA-256 of the text (a fixed shuffle)."""
    rows = [(text, label) for label, texts in groups.items() for text in texts]
    return sorted(rows, key=lambda r: key(r[1] + "\n" + r[0]))


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    out = sys.argv[1]
    here = os.path.dirname(os.path.abspath(__file__))
    root = sys.argv[2] if len(sys.argv) > 2 else os.path.join(
        here, "..", "..", "shared", "reference", "topics")
    crisis = crisislex(root)
    stack = stackoverflow(root)
    tweets = tweeteval(root)
    write(os.path.join(out, "crisislex-unseen"),
          interleave({label: texts[:1500] for label, texts in crisis.items()}))
    write(os.path.join(out, "stackoverflow-unseen"), interleave(stack))
    write(os.path.join(out, "stackoverflow-small"),
          interleave({label: texts[:30] for label, texts in stack.items()}))
    labels = ([("tweeteval:" + l, t) for l, t in sorted(tweets.items())]
              + [("crisis:" + l, t) for l, t in sorted(crisis.items())]
              + [("stackoverflow:" + l, t) for l, t in sorted(stack.items())])
    labels.sort(key=lambda lt: key(lt[0]))  # a fixed order of sizes across the sources
    mixed = {}
    for rank, (label, texts) in enumerate(labels, start=1):
        mixed[label] = texts[: max(1, round(600 / rank ** 0.9))]
    write(os.path.join(out, "mixed-imbalanced"), interleave(mixed))
    for name in sorted(os.listdir(out)):
        with open(os.path.join(out, name, "posts.csv"), encoding="utf-8") as f:
            rows = list(csv.DictReader(f))
        print(f"{name}: {len(rows)} posts, {len({r['label'] for r in rows})} labels",
              file=sys.stderr)


if __name__ == "__main__":
    main()
