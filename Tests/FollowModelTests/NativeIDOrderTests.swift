import FollowModel
import Testing

struct NativeIDOrderTests {
  @Test("Numeric ids sort by value, before other ids, which sort as text")
  func numericBeforeText() {
    // Given ids as change lists hold them
    let ids = ["b", "100", "9", "a@host", "012", "10"]

    // When
    let sorted = ids.sorted(by: NativeIDOrder.areInIncreasingOrder)

    // Then "012" is not canonical, so it sorts as text
    #expect(sorted == ["9", "10", "100", "012", "a@host", "b"])
  }
}
