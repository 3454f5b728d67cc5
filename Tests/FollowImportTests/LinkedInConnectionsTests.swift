import FollowImport
import FollowModel
import FollowTestSupport
import Foundation
import Testing

/// LinkedIn's Connections.csv: mutual connections of an owner given with `--owner`.
struct LinkedInConnectionsTests {
  static let owner = AccountID(network: .linkedin, value: "https://www.linkedin.com/in/me")

  private func parse(_ path: String, owner: String? = "@me") throws -> ImportBatch {
    try Fixture.parse(
      path, context: ParseContext(owner: try owner.map(AccountSelector.init(parsing:))))
  }

  @Test func readsTheExportWithItsPreambleAsMutualConnections() throws {
    let source = try ImportSource(path: Fixture.path("linkedin/2024-05/Connections.csv"))
    #expect(try ExportFormats.detect(source).name == "linkedin-connections")
    let batch = try parse("linkedin/2024-05/Connections.csv")
    #expect(batch.network == .linkedin)
    #expect(batch.owner?.account.id == Self.owner)
    #expect(batch.owner?.listsFollowers == true)
    #expect(batch.owner?.listsFollowing == true)
    let members = [
      "https://www.linkedin.com/in/ada-lovelace", "https://www.linkedin.com/in/grace-hopper-1906",
      "https://www.linkedin.com/in/alan-turing-1912",
    ]
    // Both directions for every member: a URL in another case and with a trailing slash is
    // normalised; the blank row (a member who hides their data) is counted and skipped.
    var expected: Set<Follow> = []
    for member in members {
      let id = AccountID(network: .linkedin, value: member)
      expected.insert(Follow(follower: Self.owner, followed: id))
      expected.insert(Follow(follower: id, followed: Self.owner))
    }
    #expect(Set(batch.follows.follows) == expected)
    #expect(batch.counts.records == 4)
    #expect(
      batch.warnings.map(\.message) == [
        "1 rows without a name or profile URL (members who hide their data) were skipped"
      ])
    let grace = try #require(batch.accounts.first { $0.handle == "grace-hopper-1906" })
    #expect(grace.displayName == "Grace Hopper")
    let ada = AccountID(network: .linkedin, value: members[0])
    #expect(
      batch.followCreatedAt[Follow(follower: ada, followed: Self.owner)]
        == UTCTime.parse("2024-05-30T00:00:00Z"))
  }

  @Test func the2018LayoutHasNoURLsSoMembersAreKeyedByName() throws {
    let batch = try parse("linkedin/2018/Connections.csv")
    let ada = AccountID(network: .linkedin, value: "name:Ada Lovelace")
    let edsger = AccountID(network: .linkedin, value: "name:Edsger Dijkstra")
    #expect(Set(batch.follows.accountIDs) == [Self.owner.value, ada.value, edsger.value])
    #expect(batch.follows.count == 4)
    #expect(batch.counts.duplicateFollows == 2)
    #expect(
      batch.warnings.map(\.message).contains(
        "3 members have no profile URL and are keyed by name: two members with the same name "
          + "count as one"))
    // `1/8/18, 6:14 PM`: month first, two-digit year; the earliest date of a pair is kept.
    #expect(
      batch.followCreatedAt[Follow(follower: Self.owner, followed: ada)]
        == UTCTime.parse("2017-03-02T09:05:00Z"))
    #expect(
      batch.followCreatedAt[Follow(follower: edsger, followed: Self.owner)]
        == UTCTime.parse("2016-12-31T23:59:00Z"))
  }

  @Test func theOwnerIsRequiredAndMayBeAProfileURL() throws {
    #expect(
      throws: ImportError.ownerRequired(
        path: Fixture.path("linkedin/2024-05/Connections.csv"),
        reason: "LinkedIn's Connections.csv does not say whose it is (give --owner "
          + "@your-profile-slug, the part after linkedin.com/in/)")
    ) {
      try parse("linkedin/2024-05/Connections.csv", owner: nil)
    }
    let batch = try parse(
      "linkedin/2024-05/Connections.csv", owner: "https://www.linkedin.com/in/Me/")
    #expect(batch.owner?.account.id == Self.owner)
  }

  @Test func readsConnectionsCSVInsideTheExportFolder() throws {
    let source = try ImportSource(path: Fixture.path("linkedin/2024-05"))
    #expect(try ExportFormats.detect(source).name == "linkedin-connections")
    let batch = try LinkedInConnectionsFormat.parse(
      source, context: ParseContext(owner: .handle("me")))
    #expect(batch.follows.count == 6)
  }

  @Test(
    "The real Connections.csv: 1,628 rows, 47 blank, 1,581 members with distinct URLs",
    .enabled(if: ReferenceData.isAvailable, Comment(rawValue: ReferenceData.missingMessage)))
  func referenceExport() throws {
    // python3: rows = list(csv.reader(f))[4:]; 1628 rows; 47 with all of the first six fields
    // empty; 1581 distinct URLs, none without a URL among the named rows.
    let path = ReferenceData.url("exports/linkedin/connections-2024-05/Connections.csv").path
    let source = try ImportSource(path: path)
    #expect(try ExportFormats.detect(source).name == "linkedin-connections")
    let batch = try LinkedInConnectionsFormat.parse(
      source, context: ParseContext(owner: .handle("reference-owner")))
    #expect(batch.counts.records == 1628)
    #expect(batch.accounts.count == 1581)
    #expect(batch.follows.count == 2 * 1581)
    #expect(batch.followCreatedAt.count == 2 * 1581)
    #expect(
      batch.warnings.map(\.message) == [
        "47 rows without a name or profile URL (members who hide their data) were skipped"
      ])
  }
}
