/// Walks a repository's Merkle Search Tree from its root node to the current records, in key
/// order.
///
/// A node is `{l: link|null, e: [{p: prefixLength, k: keySuffix, v: recordLink, t: link|null}]}`;
/// an entry's full key is the first `p` bytes of the previous key in the node followed by `k`.
/// Left subtree `l` holds keys below the node's first entry, each entry's `t` the keys between
/// it and the next. The walk is bounded: at most ``maxDepth`` levels, every node reached at
/// most once (a repeated node means a cycle or a corrupt tree), keys strictly increasing.
struct MSTWalker {
  /// The deepest tree accepted; a real repository of millions of records is about 12 deep.
  static let maxDepth = 64

  /// The file, for messages.
  let path: String
  /// Decodes a node block; returns `nil` when the block is missing.
  let node: (CID) throws -> CBORValue?

  private func fail(_ cid: CID, _ reason: String) -> ImportError {
    ImportError.malformed(path: path, location: "MST node \(cid)", reason: reason)
  }

  /// Visits every (key, record CID) of the tree rooted at `root`, in increasing key order.
  ///
  /// - Parameters:
  ///   - root: The root node (the commit's `data`).
  ///   - visit: Receives each key (`collection/rkey`) and the record's CID.
  /// - Throws: ``ImportError`` for a missing or malformed node, a cycle, a tree deeper than
  ///   ``maxDepth`` or keys out of order, or what `visit` throws.
  func walk(root: CID, visit: (String, CID) throws -> Void) throws {
    var visited: Set<CID> = []
    var lastKey: [UInt8]?
    try walk(root, depth: 1, visited: &visited, lastKey: &lastKey, visit: visit)
  }

  private func walk(
    _ cid: CID, depth: Int, visited: inout Set<CID>, lastKey: inout [UInt8]?,
    visit: (String, CID) throws -> Void
  ) throws {
    guard depth <= Self.maxDepth else {
      throw fail(cid, "the tree is deeper than \(Self.maxDepth) levels (corrupt or hostile)")
    }
    guard visited.insert(cid).inserted else {
      throw fail(cid, "the node is reached twice (a cycle or a corrupt tree)")
    }
    guard let value = try node(cid) else { throw fail(cid, "the node's block is missing") }
    guard case .map = value, let entries = value["e"]?.array else {
      throw fail(cid, "not an MST node (no 'e' entry list)")
    }
    if let left = value["l"], !left.isNull {
      guard let link = left.link else { throw fail(cid, "'l' is not a link") }
      try walk(link, depth: depth + 1, visited: &visited, lastKey: &lastKey, visit: visit)
    }
    var previous: [UInt8] = []
    for (index, entry) in entries.enumerated() {
      guard let prefix = entry["p"]?.int, let suffix = entry["k"]?.bytes,
        let record = entry["v"]?.link
      else { throw fail(cid, "entry \(index + 1) lacks p, k or v") }
      guard prefix >= 0, prefix <= Int64(previous.count) else {
        throw fail(cid, "entry \(index + 1) shares \(prefix) bytes with a shorter key")
      }
      let key = Array(previous[0..<Int(prefix)]) + suffix
      if let lastKey, !lastKey.lexicographicallyPrecedes(key) {
        throw fail(cid, "entry \(index + 1): keys out of order (corrupt tree)")
      }
      guard let text = String(validating: key, as: UTF8.self) else {
        throw fail(cid, "entry \(index + 1): the key is not UTF-8")
      }
      lastKey = key
      previous = key
      try visit(text, record)
      if let right = entry["t"], !right.isNull {
        guard let link = right.link else {
          throw fail(cid, "entry \(index + 1): 't' is not a link")
        }
        try walk(link, depth: depth + 1, visited: &visited, lastKey: &lastKey, visit: visit)
      }
    }
  }
}
