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
    FileHandle.standardError.write(
      Data(
        "wrote \(files.count) files to \(root.path): \(world.following.count) following, \(world.followers.count) followers, \(tweets.count) tweets\n"
          .utf8))
  }
}
