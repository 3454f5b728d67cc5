import FollowModel
import Testing

struct FollowTableBuilderTests {
  @Test func internsCollapsesAndDropsSelfFollows() {
    var builder = FollowTableBuilder(network: .generic)
    builder.add(follower: "b", followed: "a")
    builder.add(follower: "a", followed: "b")
    builder.add(follower: "b", followed: "a")
    builder.add(follower: "c", followed: "c")
    let (table, duplicates) = builder.build()
    #expect(duplicates == 1)
    #expect(builder.selfFollows == 1)
    #expect(table.accountIDs == ["b", "a", "c"])
    // Sorted by (follower, followed) index.
    #expect(table.followers == [0, 1])
    #expect(table.followed == [1, 0])
  }

  @Test func numericIdsKeepTheirSpelling() {
    // "7", "007" and "07" are three different ids; only canonical numbers use the integer map.
    var builder = FollowTableBuilder(network: .x)
    let a = builder.index(of: "7")
    let b = builder.index(of: "007")
    let c = builder.index(of: "07")
    let d = builder.index(of: "7")
    let big = builder.index(of: "18446744073709551615")  // 20 digits: text map
    #expect(Set([a, b, c, big]).count == 4)
    #expect(a == d)
    #expect(builder.build().table.accountIDs == ["7", "007", "07", "18446744073709551615"])
  }

  @Test func nativeIDOrderSortsNumbersByValue() {
    let ids = ["10", "9", "alice", "100", "007", "Bob"]
    #expect(
      ids.sorted(by: NativeIDOrder.areInIncreasingOrder) == [
        "9", "10", "100", "007", "Bob", "alice",
      ])
  }
}
