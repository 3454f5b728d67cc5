import FollowModel
import FollowReports
import Foundation

extension InDatabaseAnalysis {
  /// `accounts` computed in the database: the CSV of every account's figures and PageRank,
  /// written in chunks as the server streams the rows, so memory stays flat.
  ///
  /// - Parameters:
  ///   - store: The store (owners, networks).
  ///   - analyser: The same store, analysing.
  ///   - network: The network asked for, if any.
  ///   - damping: The PageRank damping factor.
  ///   - maxIterations: The PageRank iteration cap.
  ///   - progress: Where to report the steps.
  ///   - write: Receives the CSV text, header first, in chunks of about 64 KB.
  /// - Returns: How PageRank ended.
  /// - Throws: ``UseCaseError`` or the store's error.
  /// - Complexity: O(*k* · (*n* + *m*)) on the server, O(1) memory here.
  public static func accountsCSV(
    store: any FollowStoring, analyser: any InDatabaseAnalysing, network requested: Network?,
    damping: Double, maxIterations: Int = 1_000, progress: (any StepProgress)? = nil,
    write: @escaping @Sendable (String) -> Void
  ) throws -> PageRankRun? {
    let (network, _, owners) = try NetworkScope.choose(
      store: store, network: requested, selector: nil)
    var unknown: [String: (following: Bool, followers: Bool)] = [:]
    for owner in owners where !owner.listsFollowing || !owner.listsFollowers {
      unknown[owner.account.id.value] = (!owner.listsFollowing, !owner.listsFollowers)
    }
    let known = unknown
    progress?.phase("computing figures and PageRank in the database")
    let buffer = ChunkBuffer(write: write)
    buffer.append(AccountsRenderer.csvHeaderLine)
    let run = try analyser.forEachAccountRow(
      network: network, pageRank: PageRankSettings(damping: damping, maxIterations: maxIterations)
    ) { counts, score in
      buffer.append(
        AccountsRenderer.csvLine(
          counts, pageRank: score, network: network,
          unknown: known[counts.id] ?? (following: false, followers: false)))
    }
    buffer.flush()
    return run
  }
}

/// Text gathered into chunks of about 64 KB before it is written.
private final class ChunkBuffer: @unchecked Sendable {
  private let lock = NSLock()
  private var text = ""
  private let write: @Sendable (String) -> Void

  init(write: @escaping @Sendable (String) -> Void) {
    self.write = write
  }

  func append(_ piece: String) {
    lock.lock()
    defer { lock.unlock() }
    text += piece
    if text.utf8.count >= 65_536 {
      write(text)
      text = ""
    }
  }

  func flush() {
    lock.lock()
    defer { lock.unlock() }
    if !text.isEmpty { write(text) }
    text = ""
  }
}
