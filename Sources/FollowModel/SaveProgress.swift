/// Where a ``FollowDatabase/save(_:progress:)`` call is, for progress bars and benchmarks.
///
/// The store reports a step when it starts it and, for long steps, every few thousand rows.
/// `commit` is reported last, just before the transaction is committed.
public struct SaveProgress: Equatable, Sendable {
  /// A step of saving one export.
  public enum Step: String, Sendable {
    /// Inserting or looking up the accounts the follows name.
    case accounts
    /// Inserting follows.
    case follows
    /// Building the `follow_by_followed` index after a bulk insert.
    case index
    /// Recording the owner's snapshot lists.
    case snapshot
    /// Profiles, posts and warnings.
    case details
    /// Committing the transaction.
    case commit
  }

  /// The step.
  public var step: Step
  /// Rows done in this step.
  public var done: Int
  /// Rows in this step (0 when unknown).
  public var total: Int

  /// Creates a report.
  ///
  /// - Parameters:
  ///   - step: The step.
  ///   - done: Rows done.
  ///   - total: Rows in the step.
  public init(step: Step, done: Int, total: Int) {
    self.step = step
    self.done = done
    self.total = total
  }
}

/// The callback type of ``SaveProgress`` reports.
public typealias SaveProgressHandler = @Sendable (SaveProgress) -> Void
