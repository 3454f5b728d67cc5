import Foundation
import Testing

@testable import FollowImport

/// The MST walk visits records in key order and stops on cycles, depth and disorder.
struct MSTWalkerTests {
  private func cid(_ n: UInt8) throws -> CID {
    try CID(
      parsing: ([0x01, 0x71, 0x12, 0x20] + [UInt8](repeating: n, count: 32))[...], path: "t",
      location: "t")
  }

  private func entry(_ prefix: Int64, _ suffix: String, _ value: CID, _ right: CID? = nil)
    -> CBORValue
  {
    .map([
      "p": .int(prefix), "k": .bytes(Array(suffix.utf8)), "v": .link(value),
      "t": right.map(CBORValue.link) ?? .null,
    ])
  }

  private func node(_ left: CID?, _ entries: [CBORValue]) -> CBORValue {
    .map(["l": left.map(CBORValue.link) ?? .null, "e": .array(entries)])
  }

  private func walk(_ nodes: [CID: CBORValue], root: CID) throws -> [String] {
    var keys: [String] = []
    try MSTWalker(path: "t.car") { nodes[$0] }.walk(root: root) { key, _ in keys.append(key) }
    return keys
  }

  @Test func visitsKeysInOrderWithPrefixCompression() throws {
    let record = try cid(9)
    let (root, left, right) = (try cid(1), try cid(2), try cid(3))
    let nodes: [CID: CBORValue] = [
      left: node(nil, [entry(0, "app.bsky.feed.like/1", record)]),
      right: node(nil, [entry(0, "app.bsky.graph.follow/2", record)]),
      root: node(left, [entry(0, "app.bsky.feed.post/1", record), entry(19, "2", record, right)]),
    ]
    #expect(
      try walk(nodes, root: root) == [
        "app.bsky.feed.like/1", "app.bsky.feed.post/1", "app.bsky.feed.post/2",
        "app.bsky.graph.follow/2",
      ])
  }

  @Test func aCycleStops() throws {
    // A node whose left subtree is itself (impossible with verified hashes, so built in memory).
    let root = try cid(1)
    let nodes = [root: node(root, [entry(0, "a/1", try cid(9))])]
    #expect(
      throws: ImportError.malformed(
        path: "t.car", location: "MST node \(root)",
        reason: "the node is reached twice (a cycle or a corrupt tree)")
    ) {
      try walk(nodes, root: root)
    }
  }

  @Test func keysOutOfOrderAreAnError() throws {
    let root = try cid(1)
    let record = try cid(9)
    let nodes = [root: node(nil, [entry(0, "b/1", record), entry(0, "a/1", record)])]
    #expect(throws: ImportError.self) { try walk(nodes, root: root) }
  }

  @Test func aMissingNodeIsAnError() throws {
    let root = try cid(1)
    let nodes = [root: node(try cid(5), [])]
    #expect(
      throws: ImportError.malformed(
        path: "t.car", location: "MST node \(try cid(5))", reason: "the node's block is missing")
    ) {
      try walk(nodes, root: root)
    }
  }
}
