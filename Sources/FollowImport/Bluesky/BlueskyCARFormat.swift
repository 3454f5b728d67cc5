import FollowModel
import Foundation

/// A Bluesky repository export (`com.atproto.sync.getRepo`, the app's "export my data"): a
/// CAR v1 file of DAG-CBOR blocks, repository format v2 or v3.
///
/// Every block's hash is verified; the commit named by the CAR root gives the owner's DID and
/// the root of the Merkle Search Tree, which is walked to the current records (older blocks
/// in the file are ignored). Follows (`app.bsky.graph.follow`) are the owner's complete
/// following list; the repository holds no followers. Posts (`app.bsky.feed.post`) and
/// reposts (`app.bsky.feed.repost`) are kept; other collections are counted in a warning.
public enum BlueskyCARFormat: ExportFormat {
  public static let name = "bluesky-car"
  public static let summary =
    "Bluesky repository export (.car, CAR v1 + DAG-CBOR, repo v2/v3): follows, posts, reposts"

  public static func detect(_ source: ImportSource) -> Bool {
    guard case .file = source.kind else { return false }
    let head = [UInt8](source.head(4096))
    var reader = VarintReader(bytes: head[...])
    guard let length = reader.next(), length > 0, length <= UInt64(head.count - reader.offset)
    else { return false }
    let start = reader.offset
    // Detection decodes at most 4 KiB under the default caps: a file the user's lower
    // --max-cbor-* options refuse is still recognised, and refused by the parse with the cap.
    let header = try? head[start..<(start + Int(length))].withUnsafeBytes {
      try DAGCBORDecoder.decode(
        $0, path: source.path, location: "CAR header", limits: ImportLimits())
    }
    return header?["version"]?.int != nil && header?["roots"]?.array != nil
  }

  public static func parse(_ source: ImportSource, context: ParseContext) throws -> ImportBatch {
    try parse(source, context: context, verifyingHashes: true)
  }

  /// Parses the repository, optionally without checking that blocks hash to their CIDs.
  ///
  /// Only the fuzz targets turn verification off: a hostile file can carry correct hashes, so
  /// everything behind them (decoding, the tree walk, records) must hold on its own, and the
  /// fuzzer reaches it only when a mutated block is not refused for its hash first.
  ///
  /// - Parameters:
  ///   - source: The opened source.
  ///   - context: Options and caps.
  ///   - verifyingHashes: Whether each block must hash to its CID (always `true` on import).
  /// - Returns: What the repository holds.
  /// - Throws: ``ImportError``.
  @_spi(Fuzzing)
  public static func parse(
    _ source: ImportSource, context: ParseContext, verifyingHashes: Bool
  ) throws -> ImportBatch {
    let path = source.path
    let car = try CARFile(
      bytes: [UInt8](try source.readAll()), path: path, limits: context.limits,
      verifyingHashes: verifyingHashes)
    let commitCID = car.roots[0]
    guard let commit = try car.decode(commitCID, location: "commit \(commitCID)") else {
      throw ImportError.malformed(
        path: path, location: "commit \(commitCID)", reason: "the root commit block is missing")
    }
    let location = "commit \(commitCID)"
    guard let did = commit["did"]?.text else {
      throw ImportError.malformed(
        path: path, location: location, reason: "not a repository commit (no 'did')")
    }
    guard ATProtoIdentifier.isValidDID(did) else {
      throw ImportError.malformed(
        path: path, location: location, reason: "the commit's 'did' is not a valid DID")
    }
    guard let version = commit["version"]?.int, version == 2 || version == 3 else {
      throw ImportError.malformed(
        path: path, location: location,
        reason: "repository format \(commit["version"]?.int.map(String.init) ?? "unknown"); "
          + "FollowGraph reads v2 and v3")
    }
    guard let data = commit["data"]?.link else {
      throw ImportError.malformed(
        path: path, location: location, reason: "the commit has no 'data' link")
    }

    let owner = AccountID(network: .bluesky, value: did)
    var reader = BlueskyRecordReader(owner: owner, path: path)
    var records = 0
    var withoutBlock = 0
    let walker = MSTWalker(path: path) { cid in try car.decode(cid, location: "MST node \(cid)") }
    try walker.walk(root: data) { key, cid in
      records += 1
      guard records <= context.limits.maxRecords else {
        throw ImportError.limitExceeded(
          path: path, limit: "record limit",
          value: "more than \(context.limits.maxRecords) records",
          option: "--max-records")
      }
      guard let record = try car.decode(cid, location: "record \(key)") else {
        withoutBlock += 1
        return
      }
      reader.add(key: key, record: record)
    }

    let (table, duplicates) = reader.builder.build()
    var warnings = reader.summaryWarnings()
    if withoutBlock > 0 {
      warnings.append(
        ImportWarning(
          location: path,
          message: "\(withoutBlock) records are named by the tree but their blocks are not in "
            + "the file; they were skipped"))
    }
    warnings.append(
      ImportWarning(
        location: path,
        message: "a repository lists only whom the owner follows; followers are unknown "
          + "(import app.bsky.graph.getFollowers pages for them)"))
    return ImportBatch(
      network: .bluesky, format: name,
      observedAt: commit["rev"]?.text.flatMap(BlueskyTID.date),
      owner: ExportOwner(
        account: Account(id: owner, displayName: reader.displayName), listsFollowing: true,
        listsFollowers: false),
      follows: table, accounts: reader.mentionedAccounts(), posts: reader.posts,
      counts: ImportCounts(
        records: records, duplicateFollows: duplicates, selfFollows: reader.builder.selfFollows),
      warnings: warnings, followCreatedAt: reader.followCreatedAt)
  }
}
