import FollowAnalysis
import Foundation

/// One labelled corpus of `../shared/reference/topics/`: texts, their labels, and the number
/// of labels (the `k` every method is given).
struct LabelledCorpus {
  let name: String
  let texts: [String]
  let labels: [String]
  var k: Int { Set(labels).count }

  /// Every corpus in `folder`: TweetEval stance when the folder has it (read as
  /// `expected.json` describes), then each subfolder holding a `posts.csv` with `text` and
  /// `label` columns, by name (such as those `Scripts/topics-unseen-corpora.py` derives).
  static func all(in folder: URL) throws -> [LabelledCorpus] {
    var corpora: [LabelledCorpus] = []
    if hasTweetEval(folder) {
      let tweeteval = try ReferenceEvaluation(folder: folder)
      corpora.append(
        LabelledCorpus(name: "tweeteval-stance", texts: tweeteval.texts, labels: tweeteval.labels))
    }
    for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() {
      let file = folder.appendingPathComponent(name).appendingPathComponent("posts.csv")
      guard FileManager.default.fileExists(atPath: file.path) else { continue }
      let rows = try CSVRows(String(contentsOf: file, encoding: .utf8))
      guard let text = rows.header.firstIndex(of: "text"),
        let label = rows.header.firstIndex(of: "label")
      else { throw BenchmarkError.malformed(file.path, "no text or label column") }
      var texts: [String] = []
      var labels: [String] = []
      for (number, row) in rows.records.enumerated() {
        guard row.count == rows.header.count else {
          throw BenchmarkError.malformed(file.path, "record \(number + 1) has \(row.count) cells")
        }
        texts.append(row[text])
        labels.append(row[label])
      }
      corpora.append(LabelledCorpus(name: name, texts: texts, labels: labels))
    }
    return corpora
  }
}

/// Whether `folder` holds the TweetEval stance corpus (and so the focus accounts).
func hasTweetEval(_ folder: URL) -> Bool {
  FileManager.default.fileExists(
    atPath: folder.appendingPathComponent("tweeteval-stance").path)
}

/// A benchmark input that cannot be read.
enum BenchmarkError: Error, CustomStringConvertible {
  case malformed(String, String)

  var description: String {
    switch self {
    case .malformed(let path, let problem): "\(path): \(problem)"
    }
  }
}

/// RFC 4180 CSV (quoted cells, doubled quotes, `\n` or `\r\n` line ends), header first.
struct CSVRows {
  let header: [String]
  let records: [[String]]

  /// Parses `text`.
  ///
  /// - Complexity: O(*n*) characters.
  init(_ text: String) throws {
    var rows: [[String]] = []
    var row: [String] = []
    var cell = ""
    var quoted = false
    var iterator = text.unicodeScalars.makeIterator()
    var pending: Unicode.Scalar? = iterator.next()
    while let scalar = pending {
      pending = iterator.next()
      if quoted {
        if scalar == "\"" {
          if pending == "\"" {
            cell.unicodeScalars.append("\"")
            pending = iterator.next()
          } else {
            quoted = false
          }
        } else {
          cell.unicodeScalars.append(scalar)
        }
        continue
      }
      switch scalar {
      case "\"": quoted = true
      case ",":
        row.append(cell)
        cell = ""
      case "\r": continue
      case "\n":
        row.append(cell)
        rows.append(row)
        row = []
        cell = ""
      default: cell.unicodeScalars.append(scalar)
      }
    }
    if !cell.isEmpty || !row.isEmpty {
      row.append(cell)
      rows.append(row)
    }
    guard let header = rows.first else { throw BenchmarkError.malformed("CSV", "empty") }
    self.header = header
    self.records = Array(rows.dropFirst())
  }
}
