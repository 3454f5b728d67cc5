#!/usr/bin/env python3
"""Times `followgraph import` on large synthetic Mastodon and Bluesky exports.

Usage: python3 Scripts/bench_fediverse.py [path/to/followgraph] [--scale N]

Writes into a temporary folder (removed afterwards):
- a Bluesky repository (CAR v1, DAG-CBOR, a two-level MST) with 20k follows and 100k posts
  with facets, times --scale;
- a Mastodon archive (.tar.gz) whose outbox holds 100k activities (80% posts, 20% boosts),
  times --scale, and a following_accounts.csv of 20k rows;
then imports each into a fresh database and prints seconds, records per second and MB/s.
Build the binary with `swift build -c release` first for meaningful numbers.
"""
import argparse, gzip, hashlib, io, json, os, shutil, struct, subprocess, sys, tarfile, tempfile, time

def head(major, value):
    if value < 24: return bytes([major << 5 | value])
    if value < 256: return bytes([major << 5 | 24, value])
    if value < 65536: return bytes([major << 5 | 25]) + struct.pack('>H', value)
    if value < 2**32: return bytes([major << 5 | 26]) + struct.pack('>I', value)
    return bytes([major << 5 | 27]) + struct.pack('>Q', value)

class Link:
    def __init__(self, cid): self.cid = cid

def cbor(v):
    if v is None: return b'\xf6'
    if isinstance(v, Link): return b'\xd8\x2a' + cbor(b'\x00' + v.cid)
    if isinstance(v, bool): return b'\xf5' if v else b'\xf4'
    if isinstance(v, int): return head(0, v) if v >= 0 else head(1, -1 - v)
    if isinstance(v, bytes): return head(2, len(v)) + v
    if isinstance(v, str): r = v.encode(); return head(3, len(r)) + r
    if isinstance(v, list): return head(4, len(v)) + b''.join(cbor(x) for x in v)
    keys = sorted(v, key=lambda k: (len(k.encode()), k.encode()))
    return head(5, len(keys)) + b''.join(cbor(k) + cbor(v[k]) for k in keys)

def varint(n):
    out = b''
    while True:
        b = n & 0x7f; n >>= 7
        if n: out += bytes([b | 0x80])
        else: return out + bytes([b])

def bluesky_car(path, follows, posts):
    blocks = []
    def add(value):
        data = cbor(value); cid = b'\x01\x71\x12\x20' + hashlib.sha256(data).digest()
        blocks.append(cid + data); return Link(cid)
    owner = 'did:plc:benchowner000000000000'
    records = []
    for i in range(follows):
        records.append(('app.bsky.graph.follow/3k%010d' % i, add({
            '$type': 'app.bsky.graph.follow', 'subject': 'did:plc:bench%019d' % i,
            'createdAt': '2024-01-01T00:00:00.000Z'})))
    for i in range(posts):
        text = 'Grüße %d 🌍 #tag%d and more words for a realistic length of a post' % (i, i % 50)
        u = text.encode(); s = u.index(b'#')
        records.append(('app.bsky.feed.post/3k%010d' % i, add({
            '$type': 'app.bsky.feed.post', 'text': text, 'createdAt': '2024-02-01T12:00:00.000Z',
            'langs': ['de'], 'facets': [{'index': {'byteStart': s, 'byteEnd': s + len(b'#tag%d' % (i % 50))},
                                         'features': [{'$type': 'app.bsky.richtext.facet#tag', 'tag': 'tag%d' % (i % 50)}]}]})))
    records.sort()
    def node(left, entries):
        out, prev = [], b''
        for key, value, right in entries:
            k = key.encode(); p = 0
            while p < min(len(k), len(prev)) and k[p] == prev[p]: p += 1
            out.append({'p': p, 'k': k[p:], 'v': value, 't': right}); prev = k
        return {'l': left, 'e': out}
    top = []
    for start in range(0, len(records), 33):
        group = records[start:start + 33]
        leaf = add(node(None, [(k, v, None) for k, v in group[1:]])) if len(group) > 1 else None
        top.append((group[0][0], group[0][1], leaf))
    root = add(node(None, top))
    commit = add({'did': owner, 'version': 3, 'data': root, 'rev': '3kfqzxc4xkc2a', 'prev': None, 'sig': b'\0' * 64})
    header = cbor({'roots': [commit], 'version': 1})
    with open(path, 'wb') as f:
        f.write(varint(len(header)) + header)
        for block in blocks: f.write(varint(len(block)) + block)
    return follows + posts

def mastodon_archive(path, activities):
    actor = {'@context': ['https://www.w3.org/ns/activitystreams'], 'id': 'https://bench.example/users/me',
             'type': 'Person', 'preferredUsername': 'me', 'name': 'Me'}
    items = []
    for i in range(activities):
        if i % 5 == 4:
            items.append({'id': 'https://bench.example/users/me/statuses/%d/activity' % i, 'type': 'Announce',
                          'published': '2024-01-01T00:00:00Z', 'object': 'https://other.example/s/%d' % i})
        else:
            items.append({'id': 'https://bench.example/users/me/statuses/%d/activity' % i, 'type': 'Create',
                          'published': '2024-01-01T00:00:00Z', 'object': {
                              'id': 'https://bench.example/users/me/statuses/%d' % i, 'type': 'Note',
                              'published': '2024-01-01T00:00:00Z', 'inReplyTo': None,
                              'content': '<p>post %d <a href="https://example.com/%d">link</a> #t%d</p>' % (i, i, i % 40),
                              'contentMap': {'en': 'x'},
                              'tag': [{'type': 'Hashtag', 'name': '#t%d' % (i % 40)},
                                      {'type': 'Mention', 'href': 'https://other.example/users/u%d' % (i % 300), 'name': '@u%d@other.example' % (i % 300)}]}})
    outbox = json.dumps({'@context': 'https://www.w3.org/ns/activitystreams', 'id': 'outbox.json',
                         'type': 'OrderedCollection', 'totalItems': activities, 'orderedItems': items}).encode()
    raw = io.BytesIO()
    with tarfile.open(fileobj=raw, mode='w') as t:
        for name, data in [('actor.json', json.dumps(actor).encode()), ('outbox.json', outbox)]:
            info = tarfile.TarInfo(name); info.size = len(data); t.addfile(info, io.BytesIO(data))
    with open(path, 'wb') as f: f.write(gzip.compress(raw.getvalue(), compresslevel=6, mtime=0))
    return activities, len(raw.getvalue())

def following_csv(path, rows):
    with open(path, 'w') as f:
        f.write('Account address,Show boosts,Notify on new posts,Languages\n')
        for i in range(rows): f.write('user%d@host%d.example,true,false,"en, de"\n' % (i, i % 500))
    return rows

def timed(binary, db, *args):
    start = time.perf_counter()
    subprocess.run([binary, 'import', '--db', db, '--quiet', *args], check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start

def main():
    parser = argparse.ArgumentParser(description='Times followgraph import on synthetic exports.')
    parser.add_argument('binary', nargs='?', default='.build/release/followgraph')
    parser.add_argument('--scale', type=int, default=1)
    options = parser.parse_args()
    binary, scale = options.binary, options.scale
    folder = tempfile.mkdtemp()
    try:
        car = os.path.join(folder, 'repo.car')
        records = bluesky_car(car, 20000 * scale, 100000 * scale)
        archive = os.path.join(folder, 'archive-20240101000000-bench.tar.gz')
        activities, tar_bytes = mastodon_archive(archive, 100000 * scale)
        csv = os.path.join(folder, 'following_accounts.csv')
        rows = following_csv(csv, 20000 * scale)
        for name, path, count, unit, extra in [
            ('bluesky-car', car, records, 'records', []),
            ('mastodon-archive', archive, activities, 'activities', []),
            ('mastodon-following', csv, rows, 'rows', ['--owner', 'me@bench.example']),
        ]:
            db = os.path.join(folder, name + '.sqlite')
            seconds = timed(binary, db, *extra, path)
            size = os.path.getsize(path) / 1e6
            print('%-19s %8d %-10s %7.1f MB  %6.2f s  %9.0f %s/s  %6.1f MB/s' % (
                name, count, unit, size, seconds, count / seconds, unit, size / seconds))
        print('(mastodon-archive: %.1f MB decompressed tar)' % (tar_bytes / 1e6))
    finally:
        shutil.rmtree(folder)

if __name__ == '__main__':
    main()
