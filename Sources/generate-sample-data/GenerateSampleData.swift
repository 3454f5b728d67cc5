import FollowModel
import Foundation

/// Writes `SampleData/` deterministically: `swift run generate-sample-data [folder]`.
@main
struct GenerateSampleData {
  static func main() throws {
    let arguments = CommandLine.arguments.dropFirst()
    let root = URL(fileURLWithPath: arguments.first ?? "SampleData", isDirectory: true)
    let world = SampleWorld(seed: 20_240_701)
    let tweets = SamplePosts.make(world: world, seed: 7)
    let data = root.appendingPathComponent("twitter-archive/data")
    try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
    let files: [(URL, String)] = [
      (data.appendingPathComponent("account.js"), ArchiveWriter.account(world)),
      (data.appendingPathComponent("profile.js"), ArchiveWriter.profile()),
      (data.appendingPathComponent("manifest.js"), ArchiveWriter.manifest(world)),
      (data.appendingPathComponent("follower.js"), ArchiveWriter.list("follower", world.followers)),
      (
        data.appendingPathComponent("following.js"),
        ArchiveWriter.list("following", world.following)
      ),
      (data.appendingPathComponent("tweets.js"), ArchiveWriter.tweets(tweets)),
      (root.appendingPathComponent("audience/accounts.csv"), ArchiveWriter.accountsCSV(world)),
      (root.appendingPathComponent("edges/marketing-circle.txt"), CircleGraph.edgeList(seed: 11)),
    ]
    for (url, text) in files {
      try FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data((text.hasSuffix("\n") ? text : text + "\n").utf8).write(to: url)
    }
    // Instagram writes its JSON without a final newline; the files are kept byte for byte so.
    let instagram = InstagramWorld(world: world, seed: 28)
    var instagramFiles = 0
    for export in [instagram.january, instagram.july] {
      let folder = root.appendingPathComponent(
        "instagram/instagram-\(InstagramWorld.owner)-\(export.observed)", isDirectory: true)
      for (path, text) in InstagramExportWriter.files(export) {
        let url = folder.appendingPathComponent(path)
        try FileManager.default.createDirectory(
          at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
        instagramFiles += 1
      }
    }
    FileHandle.standardError.write(
      Data(
        "wrote \(files.count + instagramFiles) files to \(root.path): \(world.following.count) following, \(world.followers.count) followers, \(tweets.count) tweets; Instagram \(instagram.july.following.count) following, \(instagram.july.followers.count) followers\n"
          .utf8))
  }
}
