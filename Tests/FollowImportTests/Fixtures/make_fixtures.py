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
