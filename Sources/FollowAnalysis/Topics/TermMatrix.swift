import Foundation

/// The document-term counts of a set of posts, with the vocabulary kept for topic discovery.
///
/// A term is kept when it occurs in at least ``minimumDocuments`` posts and, for corpora of
/// ten posts or more, in at most ``maximumDocumentShare`` of them: a term in more than half of
/// all posts cannot tell topics apart (it is what produces a catch-all topic). The vocabulary
/// is sorted, so the matrix does not depend on post order beyond row order.
public struct TermMatrix: Sendable {
  /// The kept terms, sorted; column `j` counts `vocabulary[j]`.
  public let vocabulary: [String]
  /// Raw counts, one row per document.
  public let counts: SparseMatrix
  /// In how many documents each kept term occurs.
  public let documentFrequency: [Int]
  /// The smallest number of documents a term must occur in.
  public let minimumDocuments: Int
  /// The largest share of documents a term may occur in (`nil`: no cap).
  public let maximumDocumentShare: Double?

  /// Counts the terms of `documents`.
  ///
  /// - Parameters:
  ///   - documents: Each document's terms.
  ///   - minimumDocuments: Keep terms occurring in at least this many documents.
  ///   - maximumDocumentShare: Drop terms occurring in more than this share of documents when
  ///     there are ten documents or more; `nil` keeps them.
  /// - Complexity: O(*t* log *v*) for *t* term occurrences and *v* distinct terms.
  public init(
    documents: [[String]], minimumDocuments: Int = 2, maximumDocumentShare: Double? = 0.5
  ) {
    self.minimumDocuments = minimumDocuments
    self.maximumDocumentShare = maximumDocumentShare
    var frequency: [String: Int] = [:]
    for document in documents {
      for term in Set(document) { frequency[term, default: 0] += 1 }
    }
    let cap: Int
    if let share = maximumDocumentShare, documents.count >= 10 {
      cap = Int((share * Double(documents.count)).rounded(.down))
    } else {
      cap = documents.count
    }
    let vocabulary = frequency.filter { $0.value >= minimumDocuments && $0.value <= cap }.keys
      .sorted(by: Self.termOrder)
    var column: [String: Int32] = [:]
    column.reserveCapacity(vocabulary.count)
    for (index, term) in vocabulary.enumerated() { column[term] = Int32(index) }
    var rowStart = [0]
    var index: [Int32] = []
    var values: [Double] = []
    var row: [Int32: Double] = [:]
    for document in documents {
      row.removeAll(keepingCapacity: true)
      for term in document {
        if let j = column[term] { row[j, default: 0] += 1 }
      }
      for (j, count) in row.sorted(by: { $0.key < $1.key }) {
        index.append(j)
        values.append(count)
      }
      rowStart.append(index.count)
    }
    self.vocabulary = vocabulary
    self.documentFrequency = vocabulary.map { frequency[$0] ?? 0 }
    self.counts = SparseMatrix(
      rows: documents.count, columns: vocabulary.count, rowStart: rowStart, columnIndex: index,
      values: values)
  }

  /// Orders terms by their Unicode scalars, as Python sorts strings.
  static func termOrder(_ a: String, _ b: String) -> Bool {
    a.unicodeScalars.lexicographicallyPrecedes(b.unicodeScalars) { $0.value < $1.value }
  }

  /// TF-IDF weights as scikit-learn's `TfidfVectorizer` defaults compute them: raw counts
  /// times `ln((1 + n) / (1 + df)) + 1`, each row scaled to unit Euclidean length.
  ///
  /// - Parameter sublinear: Weight a count *c* as 1 + ln *c* (`sublinear_tf=True`).
  /// - Returns: The weighted matrix; empty rows stay empty.
  /// - Complexity: O(*nnz*).
  public func tfidf(sublinear: Bool = false) -> SparseMatrix {
    let n = Double(counts.rows)
    let idf = documentFrequency.map { log((1 + n) / (1 + Double($0))) + 1 }
    var values = sublinear ? counts.values.map { 1 + log($0) } : counts.values
    for r in 0..<counts.rows {
      let range = counts.rowStart[r]..<counts.rowStart[r + 1]
      var norm = 0.0
      for e in range {
        values[e] *= idf[Int(counts.columnIndex[e])]
        norm += values[e] * values[e]
      }
      guard norm > 0 else { continue }
      let scale = 1 / norm.squareRoot()
      for e in range { values[e] *= scale }
    }
    return SparseMatrix(
      rows: counts.rows, columns: counts.columns, rowStart: counts.rowStart,
      columnIndex: counts.columnIndex, values: values)
  }
}
