import FollowImport
import FollowModel

extension MalformedCorpusTests {
  static let mastodonFollowing = "mastodon-following"
  static let blueskyCAR = "bluesky-car"
  static let blueskyAPI = "bluesky-api"

  /// Broken Mastodon exports: following CSV, archives (`.tar.gz`, folders, their JSON files)
  /// and API JSON.
  static let mastodonCases: [Case] = [
    Case(
      "mastodon-following-no-header.csv", as: mastodonFollowing, owner: mastodonOwner,
      "{path}: line 1: expected the header 'Account address,Show boosts,…' of a Mastodon "
        + "following export"),
    Case(
      "mastodon-following-no-owner.csv",
      "{path}: a Mastodon following export does not say whose it is (no actor.json was "
        + "imported alongside or found in its folder); name the owner with --owner"),
    Case(
      "mastodon-following-too-many.csv", limits: ImportLimits(maxRecords: 2),
      owner: mastodonOwner,
      "{path}: record limit exceeded (more than 2 rows); raise it with --max-records if the "
        + "file is genuine"),
    Case(
      "fediverse/traversal.tar.gz",
      "{path}: tar header 2: unsafe member name '../evil.json' (absolute, or with '..'); the "
        + "archive is refused"),
    Case(
      "fediverse/bomb.tar.gz", limits: ImportLimits(maxDecompressedBytes: 1 << 20),
      "{path}: decompressed size limit exceeded (more than 1048576 bytes after "
        + "decompression); raise it with --max-decompressed-size if the file is genuine"),
    Case(
      "tar-pax-length-overflow.tar",
      "{path}: tar header 1: pax header: malformed record at byte 5"),
    Case(
      "fediverse/truncated.tar.gz",
      "{path}: the gzip stream is truncated (it ends after 2560 decompressed bytes)"),
    Case(
      "fediverse/not-a-tar.tar.gz", "{path}: not a tar archive (28 bytes, less than one tar header)"
    ),
    Case(
      "fediverse/not-a-collection",
      "{path}:outbox.json: type: not an ActivityStreams OrderedCollection (type is 'Collection')"),
    Case(
      "mastodon-actor-no-username.json",
      "{path}: preferredUsername: not an ActivityPub actor: no preferredUsername"),
    Case(
      "mastodon-outbox-deep.json", owner: mastodonOwner,
      "{path}: JSON nesting depth limit at line 1 exceeded (deeper than 100); raise it with "
        + "--max-json-depth if the file is genuine"),
    Case(
      "mastodon-outbox-no-date.json", owner: mastodonOwner,
      "{path}: orderedItems record 1: Create https://example.social/n/1: 'published' is "
        + "missing or not an ISO 8601 date"),
    Case(
      "mastodon-archive-many-follows", limits: ImportLimits(maxRecords: 2),
      "{path}:following_accounts.csv: record limit exceeded (more than 2 rows); raise it "
        + "with --max-records if the file is genuine"),
    Case(
      "mastodon-archive-many-records", limits: ImportLimits(maxRecords: 3),
      "{path}: record limit exceeded (more than 3 records); raise it with --max-records if "
        + "the file is genuine"),
    Case("mastodon-api-no-acct.json", "{path}: record 2: missing key 'acct'"),
    Case(
      "mastodon-api-deep.json", limits: ImportLimits(maxJSONDepth: 3),
      "{path}: JSON nesting depth limit at line 1 exceeded (deeper than 3); raise it with "
        + "--max-json-depth if the file is genuine"),
    Case(
      "mastodon-api-too-many.json", limits: ImportLimits(maxRecords: 1),
      "{path}: record limit exceeded (2 accounts > 1); raise it with --max-records if the "
        + "file is genuine"),
  ]

  /// Broken Bluesky exports: repositories (CAR) and API JSON.
  static let blueskyCases: [Case] = [
    Case(
      "fediverse/truncated.car",
      "{path}: block 13 (byte 2558): the file is truncated: the block declares 224 bytes but "
        + "184 remain"),
    Case(
      "fediverse/bad-hash.car",
      "{path}: block 2 (byte 172) "
        + "bafyreifavwzhisaymoajvh2grb2vkhddvgiaod4k5j5wfqrwbwl6ho4zpy: the block's content does "
        + "not match its CID (sha-256 mismatch)"),
    Case(
      "fediverse/mst-shared-node.car",
      "{path}: MST node bafyreibdcwe65kvi62bn22zagj6syuuwc36kfidyi7mutkxb7avmfmkupa: the "
        + "node is reached twice (a cycle or a corrupt tree)"),
    Case(
      "fediverse/mst-too-deep.car",
      "{path}: MST node bafyreihy6yuvb5suekz5hpayv5gcnw3th2yimdlyq4kueh5i46xlyqwu6e: the "
        + "tree is deeper than 64 levels (corrupt or hostile)"),
    Case(
      "fediverse/cbor-length.car",
      "{path}: commit bafyreifzuuwnzwizy6eiphqxqj6zhcuhtotxvdbdd7gvazdjlg7anz7i3i: DAG-CBOR: "
        + "length 1000000 at byte 5 is larger than the 9 bytes that remain"),
    Case(
      "car-deep-header.car", as: blueskyCAR,
      "{path}: CBOR nesting depth limit at CAR header byte 106 exceeded (deeper than 100); "
        + "raise it with --max-cbor-depth if the file is genuine"),
    Case(
      "car-nested-tags.car", as: blueskyCAR,
      "{path}: CBOR nesting depth limit at CAR header byte 204 exceeded (deeper than 100); "
        + "raise it with --max-cbor-depth if the file is genuine"),
    Case("car-version-2.car", "{path}: CAR header: CAR version 2; FollowGraph reads CAR v1"),
    Case(
      "fediverse/repo.car", limits: ImportLimits(maxCBORDepth: 3),
      "{path}: CBOR nesting depth limit at MST node "
        + "bafyreidxo5gfkkcaerjepkqgtd6fh7zgszrjjceiqxxkx4bcw5xnizfzai byte 42 exceeded (deeper "
        + "than 3); raise it with --max-cbor-depth if the file is genuine"),
    Case(
      "fediverse/repo-v2.car", limits: ImportLimits(maxCBORLength: 16),
      "{path}: CBOR item length limit at CAR header byte 10 exceeded (37 > 16); raise it "
        + "with --max-cbor-length if the file is genuine"),
    Case(
      "bluesky-api-no-subject.json", as: blueskyAPI,
      "{path}: subject: a getFollowers page without its subject"),
    Case(
      "bluesky-api-not-a-page.json", as: blueskyAPI,
      "{path}: not a Bluesky API page: no followers, follows or profiles"),
    Case("bluesky-api-missing-did.json", "{path}: follows ([1]): missing key 'did'"),
    Case(
      "bluesky-api-bad-did.json", "{path}: follows ([1].did): 'did:PLC:bob%' is not a valid DID"),
    Case(
      "bluesky-api-deep.json", as: blueskyAPI, limits: ImportLimits(maxJSONDepth: 3),
      "{path}: JSON nesting depth limit at line 1 exceeded (deeper than 3); raise it with "
        + "--max-json-depth if the file is genuine"),
  ]
}
