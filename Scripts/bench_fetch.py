#!/usr/bin/env python3
"""Times `followgraph fetch` against synthetic Mastodon and Bluesky servers on loopback.

Usage: python3 Scripts/bench_fetch.py [path/to/followgraph] [--followers N]

Starts an HTTP server on 127.0.0.1 (a port the system picks) that answers the Mastodon
endpoints (lookup, followers/following 80 a page with `Link` headers, Account entities with
counts) and the Bluesky ones (resolveHandle, getProfile, getFollowers/getFollows 100 a page
with `cursor`, getProfiles 25 actors a call), for an owner with N followers (default 10,000)
following N/2 accounts. Runs `followgraph fetch` for each network into a fresh database and
prints requests, seconds, and both per 1,000 followers. No request leaves the machine.
Build the binary with `swift build -c release` first for meaningful numbers.
"""
import argparse, json, os, socket, subprocess, sys, tempfile, threading, time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

def mastodon_account(n, host):
    return {"id": str(10_000_000 + n), "username": f"u{n}", "acct": f"u{n}" if n % 2 else f"u{n}@remote.example",
            "display_name": f"User {n}", "bot": n % 50 == 0, "created_at": "2022-11-09T00:00:00.000Z",
            "note": "<p>hi</p>", "url": f"https://{host}/@u{n}", "followers_count": n % 997,
            "following_count": n % 311, "statuses_count": n % 101, "last_status_at": "2026-11-30",
            "emojis": [], "fields": []}

def bluesky_profile(n, detailed):
    p = {"did": f"did:plc:bench{n:019d}", "handle": f"u{n}.bsky.social", "displayName": f"U {n}",
         "labels": [], "createdAt": "2024-01-01T00:00:00.000Z"}
    if detailed:
        p.update(followersCount=n % 997, followsCount=n % 311, postsCount=n % 101)
    return p

def make_handler(followers, following):
    follower_ids = list(range(1, followers + 1))
    following_ids = list(range(followers // 2, followers // 2 + following))

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        def log_message(self, *args): pass

        def setup(self):
            super().setup()
            # Headers and body go out in two writes: without this, delayed ACKs stall each
            # keep-alive response by ~40 ms and the server, not the client, is measured.
            self.request.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

        def reply(self, body, headers=()):
            data = json.dumps(body).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            for k, v in headers: self.send_header(k, v)
            self.end_headers()
            self.wfile.write(data)

        def do_GET(self):
            url = urlparse(self.path)
            q = parse_qs(url.query)
            base = f"http://127.0.0.1:{self.server.server_address[1]}"
            if url.path == "/api/v1/accounts/lookup":
                owner = mastodon_account(0, "bench.example") | {"id": "1", "acct": "owner", "username": "owner",
                        "followers_count": followers, "following_count": following}
                return self.reply(owner)
            parts = url.path.split("/")
            if len(parts) == 6 and parts[4].isdigit() and parts[4] != "1":
                # Depth 2: neighbour n follows 500 accounts and has 1,000 followers.
                n = int(parts[4]) - 10_000_000
                ids = [(n * 37 + j) % 200_000 for j in range(1000 if parts[5] == "followers" else 500)]
                start = int(q.get("max_id", ["0"])[0])
                headers = []
                if start + 80 < len(ids):
                    headers.append(("Link", f'<{base}{url.path}?limit=80&max_id={start + 80}>; rel="next"'))
                return self.reply([mastodon_account(m, "bench.example") for m in ids[start:start + 80]], headers)
            for name, ids in (("followers", follower_ids), ("following", following_ids)):
                if url.path == f"/api/v1/accounts/1/{name}":
                    start = int(q.get("max_id", ["0"])[0])
                    page = ids[start:start + 80]
                    headers = []
                    if start + 80 < len(ids):
                        headers.append(("Link", f'<{base}/api/v1/accounts/1/{name}?limit=80&max_id={start + 80}>; rel="next"'))
                    return self.reply([mastodon_account(n, "bench.example") for n in page], headers)
            if url.path == "/xrpc/com.atproto.identity.resolveHandle":
                return self.reply({"did": "did:plc:benchowner000000000000"})
            if url.path == "/xrpc/app.bsky.actor.getProfile":
                return self.reply({"did": "did:plc:benchowner000000000000", "handle": "owner.bsky.social",
                                   "followersCount": followers, "followsCount": following, "postsCount": 1})
            for name, key, ids in (("getFollowers", "followers", follower_ids), ("getFollows", "follows", following_ids)):
                if url.path == f"/xrpc/app.bsky.graph.{name}":
                    start = int(q.get("cursor", ["0"])[0])
                    body = {key: [bluesky_profile(n, False) for n in ids[start:start + 100]]}
                    if start + 100 < len(ids): body["cursor"] = str(start + 100)
                    return self.reply(body)
            if url.path == "/xrpc/app.bsky.actor.getProfiles":
                return self.reply({"profiles": [bluesky_profile(int(a[len("did:plc:bench"):]), True)
                                                for a in q.get("actors", [])]})
            self.send_response(404); self.send_header("Content-Length", "0"); self.end_headers()
    return Handler

def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("binary", nargs="?", default=".build/release/followgraph")
    parser.add_argument("--followers", type=int, default=10_000)
    parser.add_argument("--depth2", type=int, metavar="N",
                        help="also a Mastodon fetch at depth 2 with --max-accounts N")
    args = parser.parse_args()
    server = ThreadingHTTPServer(("127.0.0.1", 0), make_handler(args.followers, args.followers // 2))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    port = server.server_address[1]
    try:
        with tempfile.TemporaryDirectory() as folder:
            for network, account in (("mastodon", "owner@bench.example"), ("bluesky", "owner.bsky.social")):
                db = os.path.join(folder, f"{network}.sqlite")
                started = time.perf_counter()
                out = subprocess.run([args.binary, "fetch", "--db", db, "--network", network, "--server",
                                      f"http://127.0.0.1:{port}", "--output", "json", "--quiet", account],
                                     capture_output=True, text=True, timeout=600)
                seconds = time.perf_counter() - started
                if out.returncode != 0:
                    sys.exit(f"{network}: exit {out.returncode}: {out.stderr}")
                result = json.loads(out.stdout)
                per = 1000 / args.followers
                print(f"{network}: {result['followers']} followers, {result['following']} following: "
                      f"{result['requests']} requests in {seconds:.2f} s; per 1,000 followers "
                      f"{result['requests'] * per:.1f} requests, {seconds * per:.3f} s")
            if args.depth2:
                db = os.path.join(folder, "depth2.sqlite")
                started = time.perf_counter()
                out = subprocess.run([args.binary, "fetch", "--db", db, "--network", "mastodon", "--server",
                                      f"http://127.0.0.1:{port}", "--depth", "2", "--max-accounts",
                                      str(args.depth2), "--output", "json", "--quiet", "owner@bench.example"],
                                     capture_output=True, text=True, timeout=3600)
                seconds = time.perf_counter() - started
                if out.returncode != 0:
                    sys.exit(f"depth 2: exit {out.returncode}: {out.stderr}")
                result = json.loads(out.stdout)
                started = time.perf_counter()
                rec = subprocess.run([args.binary, "reciprocity", "--db", db, "--account", "owner@bench.example",
                                      "--format", "json"], capture_output=True, text=True, timeout=600)
                graph = json.loads(rec.stdout)
                print(f"depth 2, --max-accounts {args.depth2}: {result['neighbours_complete']} of "
                      f"{result['neighbours_tried']} neighbours complete, {result['requests']} requests in "
                      f"{seconds:.1f} s; graph: {graph['accounts']} accounts, {graph['follows']} follows, "
                      f"edge reciprocity {graph['edge_reciprocity']:.4f} "
                      f"(reciprocity took {time.perf_counter() - started:.1f} s)")
    finally:
        server.shutdown()

if __name__ == "__main__":
    main()
