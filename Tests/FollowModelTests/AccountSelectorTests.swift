import FollowModel
import Testing

struct AccountSelectorTests {
  @Test(arguments: [
    ("@maya", AccountSelector.handle("maya")),
    ("x:12345", .id("12345", network: .x)),
    ("generic:alice", .id("alice", network: .generic)),
    (
      "did:plc:z72i7hdynmk6r22z27h6tvur", .id("did:plc:z72i7hdynmk6r22z27h6tvur", network: .bluesky)
    ),
    ("Gargron@Mastodon.Social", .id("Gargron@mastodon.social", network: .mastodon)),
    ("@alice@Example.COM", .id("alice@example.com", network: .mastodon)),
    ("12345", .id("12345", network: nil)),
    ("  alice  ", .id("alice", network: nil)),
  ])
  func parses(_ text: String, _ expected: AccountSelector) throws {
    #expect(try AccountSelector(parsing: text) == expected)
  }

  @Test func emptySelectorsAreErrors() {
    #expect(throws: ModelError.invalidSelector("")) { try AccountSelector(parsing: "") }
    #expect(throws: ModelError.invalidSelector("@")) { try AccountSelector(parsing: "@") }
  }
}
