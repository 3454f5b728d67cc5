#!/usr/bin/env python3
"""Regenerates the binary fixtures of FollowImportTests from the text fixtures beside it.

Run from this folder: python3 make_fixtures.py
"""
import zipfile, os

def archive_zip():
    base = 'twitter-archive-mini/data'
    with zipfile.ZipFile('twitter-2023-06-15-abcdef.zip', 'w', zipfile.ZIP_DEFLATED) as z:
        for name in sorted(os.listdir(base)):
            info = zipfile.ZipInfo('data/' + name, date_time=(2023, 6, 15, 12, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            with open(os.path.join(base, name), 'rb') as f:
                z.writestr(info, f.read())

def malformed():
    os.makedirs('malformed', exist_ok=True)
    # Not a zip, despite the name and the magic number.
    with open('malformed/not-a-zip.zip', 'wb') as f:
        f.write(b'PK\x03\x04this is not really a zip archive')
    # Invalid UTF-8 inside a JSON string of an archive file.
    os.makedirs('malformed/invalid-utf8/data', exist_ok=True)
    with open('malformed/invalid-utf8/data/account.js', 'wb') as f:
        f.write(b'window.YTD.account.part0 = [ {\n  "account" : {\n    "accountId" : "1",\n'
                b'    "username" : "bad\xff\xfename"\n  }\n} ]\n')
    with open('malformed/invalid-utf8-edges.txt', 'wb') as f:
        f.write(b'alice bob\ncaf\xe9 bob\n')

if __name__ == '__main__':
    archive_zip()
    malformed()


# The malformed-input corpus driven by MalformedCorpusTests: one broken input per case.
ACCOUNT = b'window.YTD.account.part0 = [ {\n  "account" : {\n    "accountId" : "1",\n    "username" : "me"\n  }\n} ]\n'

def put(path, data):
    os.makedirs(os.path.dirname(path) or '.', exist_ok=True)
    with open(path, 'wb') as f:
        f.write(data)

def archive(name, files, with_account=True):
    """A folder archive malformed/<name>/data/… holding `files` (and a valid account.js)."""
    if with_account and 'account.js' not in files:
        files = dict(files, **{'account.js': ACCOUNT})
    for member, data in files.items():
        put(f'malformed/{name}/data/{member}', data)

def malformed_archives():
    archive('x-empty-account', {'account.js': b''})
    archive('x-account-no-entry', {'account.js': b'window.YTD.account.part0 = []\n'})
    archive('x-account-id-number', {'account.js':
        b'window.YTD.account.part0 = [ { "account" : { "accountId" : 12 } } ]\n'})
    archive('x-follower-missing-key', {'follower.js':
        b'window.YTD.follower.part0 = [\n  { "follower" : { "accountId" : "2" } },\n'
        b'  { "follower" : { "userLink" : "https://x.com/intent/user?user_id=3" } }\n]\n'})
    archive('x-following-object', {'following.js':
        b'window.YTD.following.part0 = { "following" : { "accountId" : "2" } }\n'})
    archive('x-deep-nesting', {'following.js':
        b'window.YTD.following.part0 = ' + b'[' * 101 + b']' * 101 + b'\n'})
    tweet = lambda body: b'window.YTD.tweets.part0 = [ { "tweet" : ' + body + b' } ]\n'
    archive('x-tweet-no-id', {'tweets.js': tweet(
        b'{ "full_text" : "hi", "created_at" : "Sat Aug 12 16:10:37 +0000 2023" }')})
    archive('x-tweet-bad-date', {'tweets.js': tweet(
        b'{ "id_str" : "5", "created_at" : "yesterday" }')})
    archive('x-tweet-no-date', {'tweets.js': tweet(b'{ "id_str" : "5" }')})
    archive('x-tweet-escape-in-date', {'tweets.js': tweet(
        b'{ "id_str" : "5", "created_at" : "\\u001b[2J\\u001b[31mnow\\u202e" }')})
    archive('x-manifest-truncated', {'manifest.js':
        b'window.__THAR_CONFIG = { "archiveInfo" : { "generationDate" : "2024-'})
    archive('x-bom-and-spaces', {'account.js': b'\xef\xbb\xbf  \n\t\n'})
    archive('x-trailing-garbage', {'account.js': ACCOUNT.rstrip() + b' window.alert(1)\n'})
    archive('x-too-many-records', {'following.js': b'window.YTD.following.part0 = [\n' +
        b',\n'.join(b'{ "following" : { "accountId" : "%d" } }' % i for i in range(2, 7)) +
        b'\n]\n'})
    archive('x-no-account', {'following.js':
        b'window.YTD.following.part0 = [ { "following" : { "accountId" : "2" } } ]\n'},
        with_account=False)
    archive('x-nul-in-json', {'account.js': ACCOUNT.replace(b'"me"', b'"m\x00e"')})
    archive('x-wrong-assignment', {'account.js': b'var account = [ ]\n'})

def malformed_edges():
    put('malformed/comments-only.txt', b'# a comment\n% another\n')
    put('malformed/blank-lines-only.txt', b'\n  \n\t\n')
    put('malformed/long-line.txt', b'alice bob\n' + b'x' * 40 + b' bob\n')
    put('malformed/too-many-edges.txt', b'a b\nb c\nc d\n')
    put('malformed/bom-one-column.txt', b'\xef\xbb\xbfalice\n')
    put('malformed/text-after-quote.csv', b'follower,followed\n"alice"x,bob\n')
    put('malformed/short-row.csv', b'source,target,weight\nalice,bob,1\ncarol\n')
    put('malformed/empty-id.csv', b'follower,followed\nalice,bob\n,bob\n')
    put('malformed/header-only.csv', b'follower,followed\n')
    put('malformed/invalid-utf8-header.csv', b'follower\xff,followed\nalice,bob\n')
    put('malformed/invalid-utf8-id.csv', b'follower,followed\n\xffalice,bob\n')
    put('malformed/commas-only.csv', b'follower,followed\n' + b',' * 40 + b'\n')
    put('malformed/long-quoted-field.csv', b'follower,followed\n"' + b'a\n' * 30 + b'",bob\n')
    put('malformed/escape-in-header.csv',
        '"from\x1b[2J\u202euser",to_user\nalice,bob\n'.encode())
    put('malformed/quote-never-closed-at-start.csv', b'"follower,followed\nalice,bob\n')

def zip_bytes(members, compression=zipfile.ZIP_DEFLATED):
    import io
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, 'w', compression) as z:
        for name, data in members:
            info = zipfile.ZipInfo(name, date_time=(2024, 1, 2, 3, 4, 5))
            info.compress_type = compression
            z.writestr(info, data)
    return bytearray(buffer.getvalue())

def malformed_zips():
    good = zip_bytes([('data/account.js', ACCOUNT)])
    put('malformed/truncated.zip', bytes(good[:len(good) // 2]))
    # A stored member whose content no longer matches its CRC-32.
    stored = zip_bytes([('data/account.js', ACCOUNT)], zipfile.ZIP_STORED)
    stored[stored.index(b'"me"') + 1] = ord('X')
    put('malformed/crc-mismatch.zip', bytes(stored))
    # A deflated member whose compressed bytes are garbage.
    deflated = zip_bytes([('data/account.js', ACCOUNT * 4)])
    start = 30 + len('data/account.js')
    for i in range(start, start + 24):
        deflated[i] = 0xFF
    put('malformed/corrupt-deflate.zip', bytes(deflated))
    # 4 MiB of zeros in a few KiB: read with a 1 MiB --max-decompressed-size.
    put('malformed/bomb.zip', bytes(zip_bytes([('data/account.js', b'\x00' * (4 << 20))])))
    put('malformed/empty-archive.zip', bytes(zip_bytes([])))
    # A deflate stream with no final block: ZIPFoundation's own reader loops forever at the
    # end of the file (fuzz-zip found it); ZipTree must stop at the member's last byte.
    import zlib
    deflater = zlib.compressobj(9, zlib.DEFLATED, -15)
    endless = deflater.compress(ACCOUNT) + deflater.flush(zlib.Z_SYNC_FLUSH)
    raw = zip_bytes([('data/account.js', endless)], zipfile.ZIP_STORED)
    raw[8:10] = (8).to_bytes(2, 'little')
    directory = raw.index(b'PK\x01\x02')
    raw[directory + 10:directory + 12] = (8).to_bytes(2, 'little')
    put('malformed/unterminated-deflate.zip', bytes(raw))
    put('malformed/no-export-inside.zip', bytes(zip_bytes([('notes/readme.txt', b'hello\n')])))


# Broken inputs of the formats that came after the first hardening pass (twarc2, accounts and
# posts CSV, themes files, Mastodon, Bluesky). Broken Mastodon archives and Bluesky
# repositories already under fediverse/ are listed in MalformedCorpusTests as they are.
TWARC_PAGE = (b'{"data": [{"id": "1", "username": "alice", "public_metrics": {"followers_count": 2}}], '
              b'"__twarc": {"url": "https://api.twitter.com/2/users/by", '
              b'"retrieved_at": "2024-01-02T03:04:05+00:00"}}\n')

def malformed_twarc2():
    put('malformed/twarc2-no-json-line.jsonl', b'hello\nworld\n')
    put('malformed/twarc2-deep-line.jsonl', TWARC_PAGE + b'{"data": ' + b'[' * 101 + b']' * 101 + b'}\n')
    put('malformed/twarc2-long-first-line.jsonl',
        TWARC_PAGE.replace(b'"alice"', b'"' + b'a' * 100 + b'"') + b'{"data": []}\n')
    users = b', '.join(b'{"id": "%d", "username": "u%d"}' % (i, i) for i in range(1, 6))
    put('malformed/twarc2-page-of-many-users.jsonl',
        b'{"data": [' + users + b'], "__twarc": {"url": "https://api.twitter.com/2/users"}}\n')
    put('malformed/twarc2-many-lines.jsonl',
        b''.join(b'{"id": "%d", "username": "u%d", "public_metrics": {}}\n' % (i, i)
                 for i in range(1, 5)))

def malformed_accounts_csv():
    put('malformed/accounts-bad-flag.csv', b'id,followers_count,verified\n1,10,true\n2,3,maybe\n')
    put('malformed/accounts-too-many-fields.csv', b'id,followers_count\n1,10\n2,3,4\n')
    put('malformed/accounts-empty-id.csv', b'id,followers_count\n1,10\n ,3\n')
    put('malformed/accounts-blank.csv', b'\xef\xbb\xbf\n\n')
    put('malformed/accounts-too-many.csv', b'id,followers_count\n1,1\n2,2\n3,3\n')

def malformed_posts_csv():
    put('malformed/posts-no-text-column.csv', b'author,created_at\nalice,2024-01-01\n')
    put('malformed/posts-bad-date.csv', b'author,created_at,text\nalice,yesterday,hello\n')
    put('malformed/posts-short-row.csv', b'author,created_at,text\nalice,2024-01-01\n')
    put('malformed/posts-empty-author.csv', b'author,created_at,text\n@,2024-01-01,hi\n')
    put('malformed/posts-two-networks.csv',
        b'author,created_at,text,network\na,2024-01-01,x,mastodon\nb,2024-01-02,y,bluesky\n')
    put('malformed/posts-unknown-network.csv',
        b'author,created_at,text,network\na,2024-01-01,x,my space\n')

def malformed_themes():
    laughs = [b'a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]']
    for prev, name in zip('abcdefghi', 'bcdefghij'):
        laughs.append(b'%s: &%s [%s]' % (name.encode(), name.encode(),
                                          b', '.join([b'*' + prev.encode()] * 9)))
    put('malformed/themes-billion-laughs.yaml', b'\n'.join(laughs) + b'\n')
    put('malformed/themes-unknown-key.yaml', b'sports:\n  words: [goal]\n  colour: [red]\n')
    put('malformed/themes-number.toml', b'marketing = ["brand"]\nsports = 5\n')
    put('malformed/themes-unclosed-string.toml', b'marketing = ["brand", "seo]\n')
    put('malformed/themes-bad-json.json', b'{"marketing": ["brand", "seo"\n')
    put('malformed/themes-same-name.yaml', b'Sports: [goal]\nsports: [nfl]\n')
    put('malformed/themes-empty.yaml', b'# nothing here\n\n')
    put('malformed/themes-nested-list.yaml', b'sports:\n  words: [[goal]]\n')

ACTOR = (b'{"@context": "https://www.w3.org/ns/activitystreams", "type": "Person", '
         b'"id": "https://example.social/users/me", "preferredUsername": "me"}\n')
OUTBOX_HEAD = (b'{"@context": "https://www.w3.org/ns/activitystreams", '
               b'"type": "OrderedCollection", "orderedItems": ')

def malformed_mastodon():
    put('malformed/mastodon-following-no-header.csv', b'alice@example.org,true\n')
    put('malformed/mastodon-following-no-owner.csv',
        b'Account address,Show boosts\nalice@example.org,true\n')
    put('malformed/mastodon-following-too-many.csv',
        b'Account address,Show boosts\na@example.org,true\nb@example.org,true\nc@example.org,true\n')
    put('malformed/mastodon-actor-no-username.json', ACTOR.replace(b'"me"', b'""'))
    put('malformed/mastodon-outbox-deep.json', OUTBOX_HEAD + b'[' * 101 + b']' * 101 + b'}\n')
    put('malformed/mastodon-outbox-no-date.json', OUTBOX_HEAD +
        b'[{"type": "Create", "object": {"id": "https://example.social/n/1", "content": "hi"}}]}\n')
    follows = b'Account address,Show boosts\n' + b''.join(
        b'u%d@example.org,true\n' % i for i in range(3))
    put('malformed/mastodon-archive-many-follows/actor.json', ACTOR)
    put('malformed/mastodon-archive-many-follows/following_accounts.csv', follows)
    announce = lambda i: (b'{"type": "Announce", "id": "https://example.social/a/%d", '
                          b'"published": "2024-01-02T03:04:05Z", "object": "https://x.example/%d"}'
                          % (i, i))
    put('malformed/mastodon-archive-many-records/actor.json', ACTOR)
    put('malformed/mastodon-archive-many-records/outbox.json',
        OUTBOX_HEAD + b'[' + b', '.join(announce(i) for i in range(2)) + b']}\n')
    put('malformed/mastodon-archive-many-records/following_accounts.csv',
        b'Account address,Show boosts\nu1@example.org,true\nu2@example.org,true\n')
    put('malformed/mastodon-api-no-acct.json',
        b'[{"username": "a", "acct": "a@example.org"}, {"username": "b"}]\n')
    put('malformed/mastodon-api-deep.json',
        b'[{"username": "a", "acct": "a@example.org", "fields": [{"name": ["x"]}]}]\n')
    put('malformed/mastodon-api-too-many.json',
        b'[{"username": "a", "acct": "a@example.org"}, {"username": "b", "acct": "b@example.org"}]\n')

def malformed_tar():
    # A pax record declaring a length near Int.max after a first record: the bounds check
    # overflowed (crash) before it was written as a subtraction.
    import tarfile
    def header(name, size, kind):
        info = tarfile.TarInfo(name); info.size = size; info.type = kind; info.mtime = 0
        return info.tobuf(format=tarfile.USTAR_FORMAT)
    pax = b'5 a=\n9223372036854775807 x\n'
    data = header('PaxHeaders/x', len(pax), tarfile.XHDTYPE) + pax + b'\0' * (512 - len(pax))
    data += header('actor.json', 2, tarfile.REGTYPE) + b'{}' + b'\0' * 510 + b'\0' * 1024
    put('malformed/tar-pax-length-overflow.tar', data)

def cbor_text(text):
    raw = text.encode()
    return (bytes([0x60 | len(raw)]) if len(raw) < 24 else bytes([0x78, len(raw)])) + raw

def car_with_header(header):
    # A CAR file is a varint header length, the DAG-CBOR header, then blocks (none here).
    length, varint = len(header), b''
    while length >= 0x80:
        varint += bytes([length & 0x7F | 0x80]); length >>= 7
    return varint + bytes([length]) + header

def malformed_bluesky():
    # {"roots": [[[…101 levels…]]], "version": 1}
    deep = b'\x81' * 100 + b'\x80'
    put('malformed/car-deep-header.car', car_with_header(
        b'\xa2' + cbor_text('roots') + deep + cbor_text('version') + b'\x01'))
    # {"roots": [42(42(42(… 101 tags …)))], "version": 1}: tags nest like arrays.
    tags = b'\xd8\x2a' * 101 + b'\x41\x00'
    put('malformed/car-nested-tags.car', car_with_header(
        b'\xa2' + cbor_text('roots') + b'\x81' + tags + cbor_text('version') + b'\x01'))
    put('malformed/car-version-2.car', car_with_header(
        b'\xa2' + cbor_text('roots') + b'\x80' + cbor_text('version') + b'\x02'))
    put('malformed/bluesky-api-no-subject.json',
        b'{"followers": [{"did": "did:plc:alice", "handle": "alice.test"}]}\n')
    put('malformed/bluesky-api-not-a-page.json', b'{"cursor": "3kabc"}\n')
    put('malformed/bluesky-api-missing-did.json',
        b'{"subject": {"did": "did:plc:owner", "handle": "owner.test"}, '
        b'"follows": [{"did": "did:plc:alice"}, {"handle": "bob.test"}]}\n')
    put('malformed/bluesky-api-bad-did.json',
        b'{"subject": {"did": "did:plc:owner", "handle": "owner.test"}, '
        b'"follows": [{"did": "did:plc:alice"}, {"did": "did:PLC:bob%"}]}\n')
    put('malformed/bluesky-api-deep.json',
        b'{"profiles": [{"did": "did:plc:alice", "handle": "a.test", "labels": [{"v": [1]}]}]}\n')


def disagreeing_zips():
    """Archives whose local header disagrees with the central directory (issue 18), and
    members the reader refuses by design."""
    import zlib
    following = b'window.YTD.following.part0 = [ {\n  "following" : {\n    "accountId" : "2"\n  }\n} ]\n'
    # The fuzz-zip finding, rebuilt: data/tweets.js is stored in the central directory,
    # deflated in its local header, and its deflate stream never ends before the file does.
    deflater = zlib.compressobj(9, zlib.DEFLATED, -15)
    endless = deflater.compress(b'window.YTD.tweets.part0 = [' + b' ' * 2000) + deflater.flush(zlib.Z_SYNC_FLUSH)
    raw = zip_bytes([('data/account.js', ACCOUNT), ('data/following.js', following),
                     ('data/tweets.js', endless)], zipfile.ZIP_STORED)
    local = raw.index(b'data/tweets.js') - 30  # the first copy of the name is the local header's
    raw[local + 8:local + 10] = (8).to_bytes(2, 'little')
    put('malformed/method-disagrees.zip', bytes(raw))

    def one(mutate, compression=zipfile.ZIP_STORED):
        data = zip_bytes([('data/account.js', ACCOUNT)], compression)
        directory = data.index(b'PK\x01\x02')
        mutate(data, directory)
        return bytes(data)

    def rename(data, directory):
        data[30 + len('data/acc')] = ord('X')
    put('malformed/name-disagrees.zip', one(rename))

    def resize(data, directory):
        data[18:22] = (len(ACCOUNT) + 7).to_bytes(4, 'little')
    put('malformed/size-disagrees.zip', one(resize))

    def descriptor(data, directory):
        data[6] |= 0x08
    put('malformed/flags-disagree.zip', one(descriptor))

    def encrypt(data, directory):
        data[6] |= 0x01
        data[directory + 8] |= 0x01
    put('malformed/encrypted.zip', one(encrypt))

    def bzip2(data, directory):
        data[8:10] = (12).to_bytes(2, 'little')
        data[directory + 10:directory + 12] = (12).to_bytes(2, 'little')
    put('malformed/unsupported-method.zip', one(bzip2))


def valid_zips():
    """Well-formed archives in the layouts real writers use, for ZipTreeTests."""
    import io

    class Unseekable(io.RawIOBase):
        def __init__(self):
            self.data = bytearray()
        def writable(self):
            return True
        def write(self, b):
            self.data += b
            return len(b)

    # A writer that cannot seek back puts sizes and CRC in a data descriptor (flag bit 3).
    stream = Unseekable()
    with zipfile.ZipFile(stream, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in [('data/account.js', ACCOUNT), ('data/empty.js', b'')]:
            info = zipfile.ZipInfo(name, date_time=(2024, 1, 2, 3, 4, 5))
            info.compress_type = zipfile.ZIP_DEFLATED
            with z.open(info, 'w') as member:
                member.write(data)
    put('zip/data-descriptor.zip', bytes(stream.data))
    # Names: UTF-8 flagged, code page 437 unflagged (0x81 is u-umlaut there), a symbolic link
    # (skipped), a folder (skipped), and a ZIP64 member.
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, 'w', zipfile.ZIP_DEFLATED) as z:
        z.writestr(zipfile.ZipInfo('données/é.txt', date_time=(2024, 1, 2, 3, 4, 5)), b'utf8\n')
        z.writestr(zipfile.ZipInfo('cp437/mX.txt', date_time=(2024, 1, 2, 3, 4, 5)), b'cp437\n')
        link = zipfile.ZipInfo('link.txt', date_time=(2024, 1, 2, 3, 4, 5))
        link.create_system = 3
        link.external_attr = 0o120777 << 16
        z.writestr(link, b'/etc/passwd')
        z.writestr(zipfile.ZipInfo('folder/', date_time=(2024, 1, 2, 3, 4, 5)), b'')
        info = zipfile.ZipInfo('big/zip64.txt', date_time=(2024, 1, 2, 3, 4, 5))
        with z.open(info, 'w', force_zip64=True) as member:
            member.write(b'zip64\n' * 100)
    data = buffer.getvalue().replace(b'cp437/mX.txt', b'cp437/m\x81.txt')
    put('zip/names.zip', data)

if __name__ == '__main__':
    valid_zips()
    malformed_archives()
    malformed_edges()
    malformed_zips()
    disagreeing_zips()
    malformed_twarc2()
    malformed_accounts_csv()
    malformed_posts_csv()
    malformed_themes()
    malformed_mastodon()
    malformed_bluesky()
    malformed_tar()
