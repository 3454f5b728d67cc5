#!/usr/bin/env python3
"""Regenerates the binary Mastodon and Bluesky fixtures of FollowImportTests.

Run from this folder: python3 make_fediverse_fixtures.py
Text fixtures (mastodon-archive/, *.csv, *.json) are edited by hand; the .tar.gz, .tar and
.car files are built from them and from the records below. Accounts and posts are invented.
"""
import gzip, hashlib, io, json, os, struct, tarfile

# ---------------------------------------------------------------- DAG-CBOR and CAR writing

class Link:
    def __init__(self, cid): self.cid = cid

def head(major, value):
    if value < 24: return bytes([major << 5 | value])
    if value < 256: return bytes([major << 5 | 24, value])
    if value < 65536: return bytes([major << 5 | 25]) + struct.pack('>H', value)
    if value < 2**32: return bytes([major << 5 | 26]) + struct.pack('>I', value)
    return bytes([major << 5 | 27]) + struct.pack('>Q', value)

def cbor(value):
    if value is None: return b'\xf6'
    if value is True: return b'\xf5'
    if value is False: return b'\xf4'
    if isinstance(value, Link): return b'\xd8\x2a' + cbor(b'\x00' + value.cid)
    if isinstance(value, int): return head(0, value) if value >= 0 else head(1, -1 - value)
    if isinstance(value, bytes): return head(2, len(value)) + value
    if isinstance(value, str):
        raw = value.encode('utf-8'); return head(3, len(raw)) + raw
    if isinstance(value, list): return head(4, len(value)) + b''.join(cbor(v) for v in value)
    if isinstance(value, dict):
        keys = sorted(value, key=lambda k: (len(k.encode()), k.encode()))  # DAG-CBOR order
        return head(5, len(keys)) + b''.join(cbor(k) + cbor(value[k]) for k in keys)
    raise TypeError(value)

def varint(n):
    out = b''
    while True:
        b = n & 0x7f; n >>= 7
        if n: out += bytes([b | 0x80])
        else: return out + bytes([b])

def cid_of(data):
    return b'\x01\x71\x12\x20' + hashlib.sha256(data).digest()

class Blocks:
    def __init__(self): self.items = []
    def add(self, value):
        data = value if isinstance(value, bytes) else cbor(value)
        cid = cid_of(data); self.items.append((cid, data)); return Link(cid)

def car(root, blocks):
    header = cbor({'roots': [root], 'version': 1})
    out = varint(len(header)) + header
    for cid, data in blocks.items:
        out += varint(len(cid) + len(data)) + cid + data
    return out

def mst_node(left, entries):
    """entries: [(key, record_link, right_subtree_or_None)] sorted; keys prefix-compressed."""
    out, previous = [], b''
    for key, value, right in entries:
        k = key.encode(); p = 0
        while p < min(len(k), len(previous)) and k[p] == previous[p]: p += 1
        out.append({'p': p, 'k': k[p:], 'v': value, 't': right}); previous = k
    return {'l': left, 'e': out}

OWNER = 'did:plc:owner0000000000000000000'
ALICE = 'did:plc:alice0000000000000000000'
BOB = 'did:plc:bob000000000000000000000'

def repo(version=3):
    b = Blocks()
    # A stale post (an older version of a record) that the tree no longer names.
    b.add({'$type': 'app.bsky.feed.post', 'text': 'deleted draft', 'createdAt': '2024-01-01T00:00:00Z'})
    text = 'Grüße aus Köln 🌍 #café mit @alice.test'
    u = text.encode('utf-8')
    tag_start = u.index('#café'.encode()); mention_start = u.index('@alice.test'.encode())
    post1 = b.add({
        '$type': 'app.bsky.feed.post', 'text': text, 'createdAt': '2024-03-05T10:00:00.123Z',
        'langs': ['de'], 'tags': ['extra'],
        'facets': [
            {'index': {'byteStart': tag_start, 'byteEnd': tag_start + len('#café'.encode())},
             'features': [{'$type': 'app.bsky.richtext.facet#tag', 'tag': 'café'}]},
            {'index': {'byteStart': mention_start, 'byteEnd': mention_start + len('@alice.test')},
             'features': [{'$type': 'app.bsky.richtext.facet#mention', 'did': ALICE}]},
        ]})
    post2 = b.add({
        '$type': 'app.bsky.feed.post', 'text': 'see https://example.test', 'createdAt': '2024-03-06T08:30:00+01:00',
        'facets': [{'index': {'byteStart': 4, 'byteEnd': 24},
                    'features': [{'$type': 'app.bsky.richtext.facet#link', 'uri': 'https://example.test/'}]}],
        'reply': {'root': {'uri': 'at://%s/app.bsky.feed.post/3aaa' % BOB, 'cid': 'x'},
                  'parent': {'uri': 'at://%s/app.bsky.feed.post/3bbb' % BOB, 'cid': 'x'}}})
    repost = b.add({'$type': 'app.bsky.feed.repost', 'createdAt': '2024-03-07T00:00:00Z',
                    'subject': {'uri': 'at://%s/app.bsky.feed.post/3ccc' % BOB, 'cid': 'x'}})
    follow_a = b.add({'$type': 'app.bsky.graph.follow', 'subject': ALICE, 'createdAt': '2023-12-24T18:00:00Z'})
    follow_a2 = b.add({'$type': 'app.bsky.graph.follow', 'subject': ALICE, 'createdAt': '2023-12-20T09:00:00Z'})
    follow_b = b.add({'$type': 'app.bsky.graph.follow', 'subject': BOB, 'createdAt': '2024-02-01T00:00:00Z'})
    like = b.add({'$type': 'app.bsky.feed.like', 'createdAt': '2024-03-01T00:00:00Z',
                  'subject': {'uri': 'at://x/y/z', 'cid': 'x'}})
    profile = b.add({'$type': 'app.bsky.actor.profile', 'displayName': 'Owner Ö'})
    left = b.add(mst_node(None, [('app.bsky.actor.profile/self', profile, None),
                                 ('app.bsky.feed.like/3kaaaaaaaaa22', like, None)]))
    right = b.add(mst_node(None, [('app.bsky.graph.follow/3kfff2', follow_a2, None),
                                  ('app.bsky.graph.follow/3kfff3', follow_b, None)]))
    root = b.add(mst_node(left, [('app.bsky.feed.post/3kppp1', post1, None),
                                 ('app.bsky.feed.post/3kppp2', post2, None),
                                 ('app.bsky.feed.repost/3krrr1', repost, None),
                                 ('app.bsky.graph.follow/3kfff1', follow_a, right)]))
    commit = {'did': OWNER, 'version': version, 'data': root, 'prev': None, 'sig': b'\x00' * 64}
    if version == 3: commit['rev'] = '3kfqzxc4xkc2a'
    return b, b.add(commit)

def bluesky():
    blocks, commit = repo()
    data = car(commit, blocks)
    open('repo.car', 'wb').write(data)
    blocks2, commit2 = repo(version=2)
    open('repo-v2.car', 'wb').write(car(commit2, blocks2))
    open('truncated.car', 'wb').write(data[:len(data) - 40])
    # A block whose bytes were changed after its CID was computed.
    bad = Blocks(); bad.items = list(blocks.items)
    cid, content = bad.items[1]; bad.items[1] = (cid, content.replace(b'Gr', b'gR', 1))
    open('bad-hash.car', 'wb').write(car(commit, bad))
    # One subtree linked twice: the walk would visit it twice (as a cycle would).
    b = Blocks()
    rec = b.add({'$type': 'app.bsky.graph.follow', 'subject': ALICE, 'createdAt': '2024-01-01T00:00:00Z'})
    shared = b.add(mst_node(None, [('app.bsky.graph.follow/a', rec, None)]))
    root = b.add(mst_node(shared, [('app.bsky.graph.follow/b', rec, shared)]))
    c = b.add({'did': OWNER, 'version': 3, 'data': root, 'prev': None, 'sig': b''})
    open('mst-shared-node.car', 'wb').write(car(c, b))
    # A chain of 80 nodes, each only a left link: deeper than any real tree.
    b = Blocks(); node = b.add(mst_node(None, [('app.bsky.graph.follow/z', rec, None)]))
    b.add({'$type': 'app.bsky.graph.follow', 'subject': ALICE, 'createdAt': '2024-01-01T00:00:00Z'})
    for _ in range(80): node = b.add(mst_node(node, []))
    c = b.add({'did': OWNER, 'version': 3, 'data': node, 'prev': None, 'sig': b''})
    open('mst-too-deep.car', 'wb').write(car(c, b))
    # A commit whose text length (1,000,000) is larger than the block and the file.
    b = Blocks()
    c = b.add(b'\xa1\x63did\x7a\x00\x0f\x42\x40did:plc:x')
    open('cbor-length.car', 'wb').write(car(c, b))

# ---------------------------------------------------------------- Mastodon archives

def add(t, name, data):
    info = tarfile.TarInfo(name); info.size = len(data); info.mtime = 1704164645
    t.addfile(info, io.BytesIO(data))

def targz(path, members, fmt=tarfile.PAX_FORMAT):
    raw = io.BytesIO()
    with tarfile.open(fileobj=raw, mode='w', format=fmt) as t:
        for name, data in members: add(t, name, data)
    with open(path, 'wb') as f:
        f.write(gzip.compress(raw.getvalue(), mtime=0))
    return raw.getvalue()

def mastodon():
    files = [(n, open('mastodon-archive/' + n, 'rb').read())
             for n in ['actor.json', 'outbox.json', 'likes.json', 'bookmarks.json']]
    targz('archive-20240102030405-0123abcd.tar.gz', files + [('media_attachments/files/1/a.png', b'\x89PNG')])
    # The same archive unpacked into a folder whose name is longer than the ustar name field.
    deep = 'x' * 120 + '/'
    raw = io.BytesIO()
    with tarfile.open(fileobj=raw, mode='w', format=tarfile.GNU_FORMAT) as t:
        for name, data in files: add(t, deep + name, data)
    open('archive-gnu-longnames.tar', 'wb').write(raw.getvalue())
    targz('traversal.tar.gz', [('actor.json', files[0][1]), ('../evil.json', b'{}')])
    # 4 MiB of zeros compresses to a few kB: a tiny gzip bomb for a 1 MiB cap.
    targz('bomb.tar.gz', [('actor.json', files[0][1]), ('outbox.json', b' ' * (4 << 20))])
    data = open('archive-20240102030405-0123abcd.tar.gz', 'rb').read()
    open('truncated.tar.gz', 'wb').write(data[:len(data) // 2])
    open('not-a-tar.tar.gz', 'wb').write(gzip.compress(b'Account address,Show boosts\n', mtime=0))

if __name__ == '__main__':
    bluesky()
    mastodon()
