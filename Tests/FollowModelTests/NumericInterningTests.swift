import FollowModel
import Testing

/// Interning many numeric ids (the open-addressing table grows several times) and the counting
/// sort of `build()` against a plain reference.
struct NumericInterningTests {
  @Test func indexesStayStableAcrossGrowth() {
    var builder = FollowTableBuilder(network: .x)
    var expected: [String: UInt32] = [:]
    var random = SystemRandomNumberGenerator()
    var ids: [String] = []
    for _ in 0..<20_000 {
      ids.append(String(UInt64.random(in: 1...9_000_000_000_000_000_000, using: &random)))
    }
    ids.append(contentsOf: ["0", "9999999999999999999", "alice", "1"])
    for id in ids + ids.reversed() {
      let index = builder.index(of: id)
      if let known = expected[id] {
        #expect(index == known)
      } else {
        expected[id] = index
      }
    }
    #expect(builder.accountCount == Set(ids).count)
    let table = builder.build().table
    for (id, index) in expected { #expect(table.accountIDs[Int(index)] == id) }
  }

  @Test func buildSortsAndCollapsesLikeAPlainSort() {
    var builder = FollowTableBuilder(network: .generic)
    var pairs: [(UInt32, UInt32)] = []
    var state: UInt64 = 42
    for _ in 0..<5_000 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      let a = UInt32(truncatingIfNeeded: state >> 33) % 300
      let b = UInt32(truncatingIfNeeded: state >> 13) % 300
      _ = builder.index(of: "a\(a)")
      _ = builder.index(of: "a\(b)")
      pairs.append((builder.index(of: "a\(a)"), builder.index(of: "a\(b)")))
    }
    for (a, b) in pairs { builder.add(follower: a, followed: b) }
    let (table, duplicates) = builder.build()
    let reference = Set(pairs.filter { $0.0 != $0.1 }.map { UInt64($0.0) << 32 | UInt64($0.1) })
      .sorted()
    #expect(table.count == reference.count)
    #expect(duplicates == pairs.filter { $0.0 != $0.1 }.count - reference.count)
    let built = (0..<table.count).map {
      UInt64(table.followers[$0]) << 32 | UInt64(table.followed[$0])
    }
    #expect(built == reference)
  }

  @Test func sortedIndexesMatchTheComparator() {
    let ids = [
      "alice", "10", "9", "007", "18446744073709551616", "0", "9999999999999999999",
      "12345678901234567890", "Bob", "bob", "2", "-5", "1e3", "100000000000000000000",
    ]
    let expected = ids.indices.sorted { NativeIDOrder.areInIncreasingOrder(ids[$0], ids[$1]) }
    #expect(NativeIDOrder.sortedIndexes(ids) == expected)
    #expect(NativeIDOrder.sortedIndexes([]) == [])
  }
}
