/// Where a long use case reports how far it is; the CLI's progress bar is one.
public protocol StepProgress: Sendable {
  /// A step without measurable progress (loading, building, computing) has started.
  ///
  /// - Parameter label: What the step does.
  func phase(_ label: String)

  /// `done` of `total` rows of `label` are done, or a running count when `total` is 0.
  ///
  /// - Parameters:
  ///   - label: What the step does.
  ///   - done: Rows done.
  ///   - total: Rows in all, or 0 when unknown.
  func update(_ label: String, rows done: Int, of total: Int)
}
