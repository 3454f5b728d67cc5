import FollowModel
import FollowTestSupport
import Foundation

/// The labelled tweets of `../shared/reference/topics/` and the synthetic accounts built from
/// them, read exactly as `expected.json` describes (`dataset.document_order`, `post_ref`).
struct TopicReferenceCorpus {
  /// One labelled tweet.
  struct Document {
    var reference: String
    var label: String
    var text: String
  }

  /// One synthetic account of `focus_accounts.csv`.
  struct FocusAccount {
    var name: String
    var homeTopic: String
    var share: Double
    var documents: [Int]
  }

  let documents: [Document]
  let accounts: [FocusAccount]
  let expected: [String: Any]

  static let splits = ["train", "val", "test"]

  /// Reads the corpus; blank lines are skipped as the reference does.
  init() throws {
    let folder = ReferenceData.url("topics/tweeteval-stance")
    let topics = try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter { !$0.hasPrefix(".") && !$0.contains(".") }.sorted()
    var documents: [Document] = []
    var index: [String: Int] = [:]
    for topic in topics {
      for split in Self.splits {
        let file = "\(topic)/\(split)_text.txt"
        let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false)
          .enumerated() where !line.isEmpty
        {
          index["\(file):\(number + 1)"] = documents.count
          documents.append(
            Document(reference: "\(file):\(number + 1)", label: topic, text: String(line)))
        }
      }
    }
    var accounts: [FocusAccount] = []
    for row in try ReferenceCSV.rows(ReferenceData.url("topics/focus_accounts.csv")) {
      guard let name = row["account"], let reference = row["post_ref"],
        let document = index[reference], let share = row["share"].flatMap(Double.init)
      else { throw CocoaError(.fileReadCorruptFile) }
      if accounts.last?.name != name {
        accounts.append(
          FocusAccount(name: name, homeTopic: row["home_topic"] ?? "", share: share, documents: []))
      }
      accounts[accounts.count - 1].documents.append(document)
    }
    self.documents = documents
    self.accounts = accounts
    self.expected = try ReferenceCSV.jsonObject(ReferenceData.url("topics/expected.json"))
  }

  /// A number inside `expected.json`, by key path.
  func expectedNumber(_ path: String...) -> Double? {
    var node: Any? = expected
    for key in path { node = (node as? [String: Any])?[key] }
    return (node as? NSNumber)?.doubleValue
  }

  /// Each document as a post of one account, `corpus`, at a fixed date.
  func corpusPosts() -> [Post] {
    documents.enumerated().map { offset, document in
      Post(
        id: String(offset), author: AccountID(network: .generic, value: "corpus"),
        createdAt: Date(timeIntervalSince1970: 1_435_708_800), text: document.text)
    }
  }

  /// The synthetic accounts' posts: one post per (account, tweet), dated one hour apart.
  func accountPosts() -> [Post] {
    var posts: [Post] = []
    for account in accounts {
      for (offset, document) in account.documents.enumerated() {
        posts.append(
          Post(
            id: "\(account.name)-\(offset)",
            author: AccountID(network: .generic, value: account.name),
            createdAt: Date(timeIntervalSince1970: 1_435_708_800 + Double(offset) * 3600),
            text: documents[document].text))
      }
    }
    return posts
  }
}
