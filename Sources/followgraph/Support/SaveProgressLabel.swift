import FollowModel

/// Shows a save's steps on a ``ProgressBar``.
enum SaveProgressLabel {
  /// Updates `bar` for one progress report of a store's save.
  ///
  /// - Parameters:
  ///   - progress: The store's report.
  ///   - bar: The bar.
  static func show(_ progress: SaveProgress, on bar: ProgressBar) {
    switch progress.step {
    case .accounts: bar.phase("saving accounts")
    case .follows: bar.update("saving follows", rows: progress.done, of: progress.total)
    case .index: bar.phase("indexing follows")
    case .snapshot: bar.phase("recording snapshot")
    case .details: bar.phase("saving profiles and posts")
    case .commit: bar.phase("committing")
    }
  }
}
