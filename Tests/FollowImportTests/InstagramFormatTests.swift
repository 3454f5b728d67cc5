import FollowImport
import FollowModel
import FollowTestSupport
import Foundation
import Testing

/// Instagram's data download, JSON and HTML, as a folder, a zip and single list files.
struct InstagramFormatTests {
  static let json = "instagram/json-2026"
  static let html = "instagram/html-2025"

  private func owner(_ text: String?) throws -> ParseContext {
    ParseContext(owner: try text.map(AccountSelector.init(parsing:)))
  }

  /// Followers, followings and mutuals of the owner in a batch, as native ids.
  static func lists(_ batch: ImportBatch) throws -> (Set<String>, Set<String>) {
    let owner = try #require(batch.owner?.account.id)
    var followers: Set<String> = []
    var following: Set<String> = []
    for follow in batch.follows.follows {
      if follow.followed == owner { followers.insert(follow.follower.value) }
      if follow.follower == owner { following.insert(follow.followed.value) }
    }
    return (followers, following)
  }

  @Test func readsTheJSONExportWithItsOwnerAndLowerCasedUsernames() throws {
    let batch = try Fixture.parse(Self.json)
    #expect(batch.format == "instagram")
    #expect(batch.network == .instagram)
    #expect(batch.owner?.account.id.value == "test.owner")
    #expect(batch.owner?.account.handle == "Test.Owner")
    #expect(batch.owner?.listsFollowers == true)
    #expect(batch.owner?.listsFollowing == true)
    let (followers, following) = try Self.lists(batch)
    // followers_1.json and followers_2.json make one list; "Ada.Lovelace" and "ada.lovelace"
    // are one account; an entry without a username is skipped.
    #expect(followers == ["ada.lovelace", "grace_h", "linus.t", "katherine.j"])
    // following.json (2026): username in `title`, or else the `/_u/name` link's last segment.
    #expect(following == ["ada.lovelace", "grace_h", "margaret.h", "dennis_r", "alan.t"])
    #expect(followers.intersection(following) == ["ada.lovelace", "grace_h"])
    #expect(batch.counts.duplicateFollows == 1)
    #expect(batch.accounts.first { $0.id.value == "ada.lovelace" }?.handle == "Ada.Lovelace")
    #expect(
      batch.warnings.map(\.message).contains("1 entries without a username were skipped"))
    #expect(
      batch.warnings.map(\.message).contains(
        "the export also holds Threads lists: import it again with --format threads for them"))
    #expect(batch.unknownFiles == ["connections/followers_and_following/removed_suggestions.json"])
  }

  @Test func theTimestampIsWhenTheFollowBegan() throws {
    let batch = try Fixture.parse(Self.json)
    let owner = AccountID(network: .instagram, value: "test.owner")
    let ada = AccountID(network: .instagram, value: "ada.lovelace")
    #expect(
      batch.followCreatedAt[Follow(follower: ada, followed: owner)]
        == Date(timeIntervalSince1970: 1_733_433_674))
    #expect(
      batch.followCreatedAt[Follow(follower: owner, followed: ada)]
        == Date(timeIntervalSince1970: 1_776_177_738))
  }

  @Test func readsTheOwnersOtherListsAsListsNotFollows() throws {
    let batch = try Fixture.parse(Self.json)
    var lists: [OwnerList.Kind: [String]] = [:]
    for list in batch.ownerLists { lists[list.kind] = list.entries.map(\.nativeID) }
    #expect(
      lists == [
        .pendingFollowRequests: ["barbara.l"], .recentlyUnfollowed: ["edsger.d"],
        .closeFriends: ["grace_h"], .blocked: ["spam.account"], .restricted: ["troll.account"],
      ])
    let unfollowed = try #require(batch.ownerLists.first { $0.kind == .recentlyUnfollowed })
    #expect(unfollowed.entries[0].listedAt == Date(timeIntervalSince1970: 1_733_134_613))
    // 2026's label_values entry: the Username label, not the URL label (the profile's website).
    let blocked = try #require(batch.ownerLists.first { $0.kind == .blocked })
    #expect(blocked.entries[0].listedAt == Date(timeIntervalSince1970: 1_751_439_108))
    #expect(!batch.follows.accountIDs.contains("barbara.l"))
  }

  @Test func theZipReadsLikeTheFolder() throws {
    let folder = try TemporaryFolder()
    let zip = folder.url.appendingPathComponent("instagram-test.owner-2026-05-01.zip")
    try ZipFolder.zip(URL(fileURLWithPath: Fixture.path(Self.json)), to: zip)
    let source = try ImportSource(path: zip.path)
    #expect(try ExportFormats.detect(source).name == "instagram")
    let fromZip = try InstagramFormat.parse(source, context: ParseContext())
    let fromFolder = try Fixture.parse(Self.json)
    #expect(try Self.lists(fromZip) == Self.lists(fromFolder))
    #expect(fromZip.ownerLists == fromFolder.ownerLists)
    #expect(fromZip.followCreatedAt == fromFolder.followCreatedAt)
  }

  @Test func readsTheHTMLExportInBothBlockLayouts() throws {
    let batch = try Fixture.parse(Self.html, context: owner("@Test.Owner"))
    let (followers, following) = try Self.lists(batch)
    #expect(followers == ["ada.lovelace", "grace_h", "linus.t", "katherine.j"])
    #expect(following == ["ada.lovelace", "grace_h", "margaret.h"])
    #expect(batch.accounts.first { $0.id.value == "grace_h" }?.handle == "Grace_H")
    let owner = AccountID(network: .instagram, value: "test.owner")
    func began(_ follower: String, _ followed: String) -> Date? {
      let a = follower == "owner" ? owner : AccountID(network: .instagram, value: follower)
      let b = followed == "owner" ? owner : AccountID(network: .instagram, value: followed)
      return batch.followCreatedAt[Follow(follower: a, followed: b)]
    }
    // Dates without a time zone are read as UTC; other languages where they parse.
    #expect(began("ada.lovelace", "owner") == UTCTime.parse("2025-03-23T06:45:00Z"))
    #expect(began("grace_h", "owner") == UTCTime.parse("2025-02-27T21:28:00Z"))
    #expect(began("linus.t", "owner") == UTCTime.parse("2025-03-23T18:45:00Z"))
    #expect(began("owner", "margaret.h") == UTCTime.parse("2025-03-02T18:45:00Z"))
    #expect(began("katherine.j", "owner") == nil)
    #expect(
      batch.warnings.map(\.message).contains(
        "1 dates not understood (such as 'gestern'); those entries are kept without their date"))
    var lists: [OwnerList.Kind: [String]] = [:]
    for list in batch.ownerLists { lists[list.kind] = list.entries.map(\.nativeID) }
    #expect(lists == [.blocked: ["spam.account"], .receivedFollowRequests: ["fan.account"]])
  }

  @Test func withoutPersonalInformationTheOwnerIsRequired() throws {
    #expect(
      throws: ImportError.ownerRequired(
        path: Fixture.path(Self.html),
        reason: "the export does not say whose it is (no personal_information with a Username); "
          + "give --owner @username")
    ) {
      try Fixture.parse(Self.html)
    }
  }

  @Test func personalInformationWinsOverADifferentOwnerOption() throws {
    let batch = try Fixture.parse(Self.json, context: owner("@someone.else"))
    #expect(batch.owner?.account.id.value == "test.owner")
    #expect(
      batch.warnings.map(\.message).contains(
        "the export says its owner is @Test.Owner, not @someone.else (--owner); @Test.Owner is used"
      ))
    #expect(throws: ImportError.self) {
      try Fixture.parse(Self.html, context: owner("x:12"))
    }
  }

  @Test func readsOneListFileWithTheOwnerGiven() throws {
    let path = "\(Self.json)/connections/followers_and_following/followers_1.json"
    let source = try ImportSource(path: Fixture.path(path))
    #expect(try ExportFormats.detect(source).name == "instagram")
    let batch = try InstagramFormat.parse(source, context: owner("test.owner"))
    #expect(batch.owner?.listsFollowers == true)
    #expect(batch.owner?.listsFollowing == false)
    #expect(try Self.lists(batch).0 == ["ada.lovelace", "grace_h", "linus.t"])
  }

  @Test func readsTheThreadsPartAsNetworkThreads() throws {
    let batch = try ThreadsFormat.parse(
      ImportSource(path: Fixture.path(Self.json)), context: ParseContext())
    #expect(batch.network == .threads)
    #expect(batch.owner?.account.id == AccountID(network: .threads, value: "test.owner"))
    let (followers, following) = try Self.lists(batch)
    // threads.net and threads.com links; `@Joan.C` from the link when there is no value.
    #expect(followers == ["ada.lovelace"])
    #expect(following == ["grace_h", "joan.c"])
    #expect(batch.ownerLists.isEmpty)
    let file = try ImportSource(
      path: Fixture.path("\(Self.json)/your_instagram_activity/threads/following.json"))
    #expect(try ExportFormats.detect(file).name == "threads")
  }

  @Test func aRecordCapCountsEveryListOfTheExport() throws {
    var context = ParseContext()
    context.limits.maxRecords = 10
    #expect(throws: ImportError.self) { try Fixture.parse(Self.json, context: context) }
  }
}

extension InstagramFormatTests {
  @Test func readsTheDownloadOfBefore2021() throws {
    let batch = try Fixture.parse("instagram/json-2020")
    #expect(batch.format == "instagram")
    #expect(batch.owner?.account.handle == "Test.Owner")
    let (followers, following) = try Self.lists(batch)
    #expect(followers == ["ada.lovelace", "grace_h"])
    #expect(following == ["ada.lovelace", "margaret.h"])
    var lists: [OwnerList.Kind: [String]] = [:]
    for list in batch.ownerLists { lists[list.kind] = list.entries.map(\.nativeID) }
    #expect(
      lists == [
        .pendingFollowRequests: ["barbara.l"], .closeFriends: ["grace_h"],
        .blocked: ["spam.account"], .restricted: [],
      ])
    let pending = try #require(batch.ownerLists.first { $0.kind == .pendingFollowRequests })
    #expect(pending.entries[0].listedAt == UTCTime.parse("2020-04-30T21:00:00Z"))
    let owner = AccountID(network: .instagram, value: "test.owner")
    let ada = AccountID(network: .instagram, value: "ada.lovelace")
    #expect(
      batch.followCreatedAt[Follow(follower: ada, followed: owner)]
        == UTCTime.parse("2020-01-02T03:04:05Z"))
  }
}
