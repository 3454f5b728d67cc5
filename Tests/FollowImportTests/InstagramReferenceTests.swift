import FollowImport
import FollowModel
import FollowTestSupport
import Foundation
import Testing

/// The real Instagram exports import with their expected counts.
///
/// Every export in `../shared/reference/exports/instagram/` (2021–2026, JSON and HTML) gives
/// the followers, following and mutual counts of its `expected.json`, read as the folder and
/// as a zip of it. The owner is not in these files, so it is given.
struct InstagramReferenceTests {
  static let folder = "exports/instagram"

  struct Expected: Decodable {
    let followers: Int
    let following: Int
    let mutual: Int
  }

  static var samples: [String] {
    let root = ReferenceData.url(folder)
    let names = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
    return names.filter { $0.hasPrefix("instagram-") }.sorted()
  }

  static func check(_ sample: String, path: String) throws {
    let expectedURL = ReferenceData.url("\(folder)/\(sample)/expected.json")
    let expected = try JSONDecoder().decode(Expected.self, from: Data(contentsOf: expectedURL))
    let source = try ImportSource(path: path)
    #expect(try ExportFormats.detect(source).name == "instagram")
    let batch = try InstagramFormat.parse(
      source, context: ParseContext(owner: .handle("reference.owner")))
    let (followers, following) = try InstagramFormatTests.lists(batch)
    #expect(followers.count == expected.followers, "\(sample) followers")
    #expect(following.count == expected.following, "\(sample) following")
    #expect(followers.intersection(following).count == expected.mutual, "\(sample) mutual")
    // No entry of these exports lacks a username or a date.
    #expect(batch.warnings.isEmpty, "\(sample): \(batch.warnings)")
    #expect(batch.followCreatedAt.count == batch.follows.count)
  }

  @Test(
    "Every shared Instagram export, as a folder",
    .enabled(if: ReferenceData.isAvailable, Comment(rawValue: ReferenceData.missingMessage)))
  func folders() throws {
    #expect(Self.samples.count == 6)
    for sample in Self.samples {
      try Self.check(sample, path: ReferenceData.url("\(Self.folder)/\(sample)").path)
    }
  }

  @Test(
    "Every shared Instagram export, as a zip",
    .enabled(if: ReferenceData.isAvailable, Comment(rawValue: ReferenceData.missingMessage)))
  func zips() throws {
    let temporary = try TemporaryFolder()
    for sample in Self.samples {
      // The expected counts stay outside the zip: copy the export's files only.
      let copy = temporary.url.appendingPathComponent(sample)
      try FileManager.default.copyItem(at: ReferenceData.url("\(Self.folder)/\(sample)"), to: copy)
      try FileManager.default.removeItem(at: copy.appendingPathComponent("expected.json"))
      let zip = temporary.url.appendingPathComponent("\(sample).zip")
      try ZipFolder.zip(copy, to: zip)
      try Self.check(sample, path: zip.path)
    }
  }

  @Test(
    "The owner's lists of the 2025 HTML export match its blocks",
    .enabled(if: ReferenceData.isAvailable, Comment(rawValue: ReferenceData.missingMessage)))
  func ownerListsOfTheHTMLExport() throws {
    let root = ReferenceData.url("\(Self.folder)/instagram-html-2025-11")
    let batch = try InstagramFormat.parse(
      ImportSource(path: root.path), context: ParseContext(owner: .handle("reference.owner")))
    var counts: [OwnerList.Kind: Int] = [:]
    for list in batch.ownerLists { counts[list.kind] = list.entries.count }
    // Blocks (`<div class="pam`) per file, counted with grep -o; each names one account.
    let files: [(String, OwnerList.Kind)] = [
      ("blocked_profiles", .blocked), ("pending_follow_requests", .pendingFollowRequests),
      ("recently_unfollowed_profiles", .recentlyUnfollowed), ("restricted_profiles", .restricted),
      ("follow_requests_you've_received", .receivedFollowRequests),
    ]
    for (file, kind) in files {
      let text = try String(
        contentsOf: root.appendingPathComponent("connections/followers_and_following/\(file).html"),
        encoding: .utf8)
      let blocks = text.components(separatedBy: "<div class=\"pam ").count - 1
      #expect(counts[kind] == blocks, "\(file)")
    }
  }
}
