#!/usr/bin/env python3
"""Times `followgraph import` on a synthetic Instagram data download.

Usage: python3 Scripts/bench_instagram.py [path/to/followgraph] [--followers N] [--following N]
       [--runs R] [--html]

Writes into a temporary folder (removed afterwards) a download in the 2024+ layout:
`connections/followers_and_following/followers_1.json`, `followers_2.json`, … (10,000 entries
per file, as Instagram splits them), `following.json` (2025+ entries: username in `title`,
`/_u/` links), `personal_information.json`, and the same as a `.zip`; imports the folder and the
zip R times each into fresh databases and prints the median seconds and entries per second.
Build the binary with `swift build -c release` first for meaningful numbers.
"""
import argparse, json, os, shutil, statistics, subprocess, tempfile, time, zipfile


def entry_value(name, ts):
    return {'title': '', 'media_list_data': [],
            'string_list_data': [{'href': f'https://www.instagram.com/{name}', 'value': name,
                                  'timestamp': ts}]}


def entry_title(name, ts):
    return {'title': name,
            'string_list_data': [{'href': f'https://www.instagram.com/_u/{name}', 'timestamp': ts}]}


def html_page(title, names):
    blocks = ''.join(
        '<div class="pam _3-95 _2ph- _a6-g uiBoxWhite noborder"><div class="_a6-p"><div><div>'
        f'<a target="_blank" href="https://www.instagram.com/{n}">{n}</a></div>'
        '<div>Mar 23, 2025 6:45 am</div></div></div></div>' for n in names)
    return (f'<html><head><title>{title}</title></head><body><div class="_a706" role="main">'
            f'{blocks}</div></body></html>')


def write(root, followers, following, html):
    base = os.path.join(root, 'connections', 'followers_and_following')
    os.makedirs(base)
    names = [f'user_{i:07d}' for i in range(max(followers, following))]
    per_file = 10_000
    for part, start in enumerate(range(0, followers, per_file), 1):
        chunk = names[start:start + per_file]
        if html:
            text = html_page('Followers', chunk)
            path = os.path.join(base, f'followers_{part}.html')
        else:
            text = json.dumps([entry_value(n, 1_700_000_000 + i) for i, n in enumerate(chunk)],
                              indent=2)
            path = os.path.join(base, f'followers_{part}.json')
        with open(path, 'w') as f:
            f.write(text)
    # Every other account followed back: half the followings are mutual.
    followed = names[::2][:following] if following <= len(names[::2]) else names[:following]
    if html:
        with open(os.path.join(base, 'following.html'), 'w') as f:
            f.write(html_page('Following', followed))
    else:
        with open(os.path.join(base, 'following.json'), 'w') as f:
            json.dump({'relationships_following': [entry_title(n, 1_750_000_000) for n in followed]},
                      f, indent=2)
    info = os.path.join(root, 'personal_information', 'personal_information')
    os.makedirs(info)
    with open(os.path.join(info, 'personal_information.json'), 'w') as f:
        json.dump({'profile_user': [{'string_map_data': {
            'Username': {'href': '', 'value': 'bench.owner', 'timestamp': 0}}}]}, f)


def zip_folder(root, out):
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for base, _, files in sorted(os.walk(root)):
            for name in sorted(files):
                path = os.path.join(base, name)
                z.write(path, os.path.relpath(path, root))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('binary', nargs='?', default='.build/release/followgraph')
    parser.add_argument('--followers', type=int, default=100_000)
    parser.add_argument('--following', type=int, default=1_000)
    parser.add_argument('--runs', type=int, default=3)
    parser.add_argument('--html', action='store_true')
    args = parser.parse_args()
    work = tempfile.mkdtemp(prefix='followgraph-bench-instagram-')
    try:
        root = os.path.join(work, 'download')
        write(root, args.followers, args.following, args.html)
        zip_path = os.path.join(work, 'download.zip')
        zip_folder(root, zip_path)
        size = sum(os.path.getsize(os.path.join(b, n)) for b, _, fs in os.walk(root) for n in fs)
        entries = args.followers + args.following
        print(f'download: {args.followers:,} followers, {args.following:,} following, '
              f'{"HTML" if args.html else "JSON"}, {size / 1e6:.1f} MB unpacked, '
              f'{os.path.getsize(zip_path) / 1e6:.1f} MB zipped')
        for label, path in [('folder', root), ('zip', zip_path)]:
            times = []
            for run in range(args.runs):
                db = os.path.join(work, f'{label}-{run}.sqlite')
                start = time.perf_counter()
                subprocess.run([args.binary, 'import', '--db', db, path], check=True,
                               stdout=subprocess.DEVNULL)
                times.append(time.perf_counter() - start)
            median = statistics.median(times)
            print(f'{label:6}: median {median:.2f} s of {args.runs} '
                  f'({", ".join(f"{t:.2f}" for t in times)}), {entries / median:,.0f} entries/s')
    finally:
        shutil.rmtree(work)


if __name__ == '__main__':
    main()
