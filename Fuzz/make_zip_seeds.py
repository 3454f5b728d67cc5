#!/usr/bin/env python3
"""Writes the small zip seeds of Fuzz/corpus/fuzz-zip/ (run from Fuzz/: python3 make_zip_seeds.py).

Each seed exercises one part of the zip reader: stored and deflated members, folders, an
empty archive, ZIP64 records, a member name that tries to leave the tree, and a comment.
"""
import io, os, zipfile

OUT = 'corpus/fuzz-zip'
ACCOUNT = b'window.YTD.account.part0 = [{"account": {"accountId": "1", "username": "me"}}]'
FOLLOWING = b'window.YTD.following.part0 = [{"following": {"accountId": "2"}}]'

def write(name, members, compression=zipfile.ZIP_DEFLATED, zip64=False, comment=b''):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, 'w', compression) as archive:
        archive.comment = comment
        for path, data in members:
            info = zipfile.ZipInfo(path, date_time=(2024, 1, 2, 3, 4, 5))
            info.compress_type = compression
            if path.endswith('/'):
                archive.writestr(info, b'')
                continue
            with archive.open(info, 'w', force_zip64=zip64) as member:
                member.write(data)
    with open(os.path.join(OUT, name), 'wb') as f:
        f.write(buffer.getvalue())

if __name__ == '__main__':
    os.makedirs(OUT, exist_ok=True)
    write('stored.zip', [('data/account.js', ACCOUNT), ('data/following.js', FOLLOWING)],
          compression=zipfile.ZIP_STORED)
    write('deflated-folders.zip', [('top/', b''), ('top/data/', b''),
                                   ('top/data/account.js', ACCOUNT),
                                   ('top/data/following.js', FOLLOWING)])
    write('empty.zip', [])
    write('zip64.zip', [('data/account.js', ACCOUNT)], zip64=True)
    write('traversal.zip', [('../../etc/evil.js', b'x'), ('/abs/data/account.js', ACCOUNT)])
    write('comment.zip', [('edges.txt', b'a b\nb c\n')], comment=b'an archive comment')
