import FollowTestSupport
import Foundation
import Testing

/// `reciprocity`, `accounts` and `summary` on real data, checked against the reference values.
@Suite(.enabled(if: ReferenceData.isAvailable, Comment(rawValue: ReferenceData.missingMessage)))
struct AnalysisCommandTests {
  private func json(_ text: String) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
  }

  @Test func reciprocityJSONOfAnArchiveOwner() throws {
    let folder = try TemporaryFolder()
    let db = folder.path("me.sqlite")
    let archive = ReferenceData.url("exports/twitter-archive-2022").path
    #expect(try CommandRunner.run(["import", "--db", db, archive]).status == 0)
    let result = try CommandRunner.run(["reciprocity", "--db", db, "--format", "json"])
    #expect(result.status == 0)
    let object = try json(result.stdout)
    for key in [
      "accounts", "follows", "reciprocated_follows", "mutual_pairs", "edge_reciprocity",
      "pair_reciprocity", "rho",
    ] {
      #expect(object[key] != nil, "missing \(key)")
    }
    let account = try #require(object["account"] as? [String: Any])
    let expected = try ReferenceCSV.jsonObject(
      ReferenceData.url("exports/twitter-archive-2022/expected.json"))
    #expect(account["id"] as? String == "112769581")
    #expect(account["following"] as? Int == expected["following"] as? Int)
    #expect(account["followers"] as? Int == expected["followers"] as? Int)
    #expect(account["mutual"] as? Int == expected["mutual"] as? Int)
    #expect(account["not_following_back"] as? Int == expected["not_following_back"] as? Int)
    #expect(account["fans"] as? Int == expected["fans"] as? Int)
    let rate = try #require(account["follow_back_rate"] as? Double)
    let expectedRate = try #require(expected["follow_back_rate"] as? Double)
    #expect(abs(rate - expectedRate) < 1e-12)
    let mirror = try #require(account["followers_followed_back_rate"] as? Double)
    let expectedMirror = try #require(expected["followers_followed_back_rate"] as? Double)
    #expect(abs(mirror - expectedMirror) < 1e-12)
  }

  @Test func accountsCSVMatchesNetworkxForEveryAccount() throws {
    let folder = try TemporaryFolder()
    let db = folder.path("graph.sqlite")
    let edges = ReferenceData.edgeFile(of: "us-senators").path
    #expect(
      try CommandRunner.run(["import", "--db", db, "--format", "edge-list", edges]).status == 0)
    let result = try CommandRunner.run(["accounts", "--db", db, "--format", "csv"])
    #expect(result.status == 0)
    let produced = try folder.write(result.stdout, to: "per_account.csv")
    let ours = try ReferenceCSV.rows(URL(fileURLWithPath: produced))
    let theirs = try ReferenceCSV.rows(
      ReferenceData.url("graphs/us-senators/expected/per_account.csv"))
    #expect(ours.count == theirs.count)
    let byAccount = Dictionary(uniqueKeysWithValues: ours.map { ($0["account"] ?? "", $0) })
    for row in theirs {
      let id = row["account"] ?? ""
      let mine = try #require(byAccount[id], "\(id) missing")
      for key in ["following", "followers", "mutual"] {
        #expect(mine[key] == row[key], "\(id) \(key)")
      }
      for (ourKey, theirKey) in [
        ("follow_back_rate", "follow_back_rate"),
        ("followers_followed_back_rate", "followers_followed_back_rate"),
        ("reciprocity", "networkx_reciprocity"),
      ] {
        let a = mine[ourKey] ?? ""
        let b = row[theirKey] ?? ""
        if a.isEmpty || b.isEmpty {
          #expect(a.isEmpty && b.isEmpty, "\(id) \(ourKey): '\(a)' vs '\(b)'")
        } else {
          #expect(abs((Double(a) ?? .nan) - (Double(b) ?? .nan)) <= 1e-12, "\(id) \(ourKey)")
        }
      }
    }
  }

  @Test func summaryJSONListsNetworksOwnersAndImports() throws {
    let folder = try TemporaryFolder()
    let db = folder.path("me.sqlite")
    #expect(
      try CommandRunner.run([
        "import", "--db", db, "--observed-at", "2024-07-01", "SampleData/twitter-archive",
      ]).status == 0)
    let object = try json(
      try CommandRunner.run(["summary", "--db", db, "--format", "json"]).stdout)
    let networks = try #require(object["networks"] as? [[String: Any]])
    #expect(networks.first?["network"] as? String == "x")
    #expect(networks.first?["posts"] as? Int == 366)
    let owners = try #require(object["owners"] as? [[String: Any]])
    #expect(owners.first?["handle"] as? String == "mayalin_mktg")
    #expect(owners.first?["following"] as? Int == 335)
    #expect(owners.first?["followers"] as? Int == 426)
    // Every tweet of the archive, retweets included (they are tweets of their own);
    // reposts counts the retweets.
    #expect(owners.first?["posts"] as? Int == 366)
    #expect(owners.first?["reposts"] as? Int == 45)
    let imports = try #require(object["imports"] as? [[String: Any]])
    #expect(imports.first?["source"] as? String == "SampleData/twitter-archive")
    #expect(imports.first?["format"] as? String == "twitter-archive")
    #expect(imports.first?["finished_at"] is String)
  }

  @Test func everyOptionAndArgumentHasHelp() throws {
    // ArgumentParser's machine-readable help lists every argument with its abstract.
    let root = try json(try CommandRunner.run(["--experimental-dump-help"]).stdout)
    let command = try #require(root["command"] as? [String: Any])
    let subcommands = try #require(command["subcommands"] as? [[String: Any]])
    #expect(subcommands.count >= 5)
    for subcommand in subcommands where subcommand["commandName"] as? String != "help" {
      let name = subcommand["commandName"] as? String ?? "?"
      #expect(!(subcommand["abstract"] as? String ?? "").isEmpty, "\(name) has no abstract")
      for argument in subcommand["arguments"] as? [[String: Any]] ?? [] {
        let names = (argument["names"] as? [[String: Any]] ?? []).compactMap {
          $0["name"] as? String
        }
        let label = names.first ?? (argument["valueName"] as? String ?? "?")
        if label == "help" || label == "version" { continue }
        #expect(!(argument["abstract"] as? String ?? "").isEmpty, "\(name) --\(label) has no help")
      }
    }
  }
}
