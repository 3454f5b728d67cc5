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

if __name__ == '__main__':
    malformed_archives()
    malformed_edges()
    malformed_zips()
