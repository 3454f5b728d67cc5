import FollowModel

extension ImportSummaryRenderer {
  /// The JSON `followgraph import --output json` prints: `{"imports": [...]}`, one object per
  /// imported path.
  ///
  /// - Parameters:
  ///   - summaries: One summary per imported path.
  ///   - detected: Whether the formats were detected (`--format auto`).
  /// - Returns: The document.
  public static func json(_ summaries: [ImportSummary], detected: Bool) -> JSONValue {
    .object([("imports", .array(summaries.map { json($0, detected: detected) }))])
  }

  /// The JSON object of one summary.
  static func json(_ s: ImportSummary, detected: Bool) -> JSONValue {
    .object([
      ("source", .string(s.sourcePath)),
      ("format", .string(s.format)),
      ("detected", .bool(detected)),
      ("network", .string(s.network.rawValue)),
      (
        "owner",
        s.owner.map { owner in
          .object([
            ("account", .string(owner.id.value)), ("handle", .text(owner.handle)),
            ("display_name", .text(owner.displayName)),
          ])
        } ?? .null
      ),
      ("observed_at", .string(UTCTime.timestamp(s.observedAt))),
      ("run_id", .integer(s.runID.map(Int.init))),
      ("already_imported_as", .integer(s.alreadyImportedAs.map(Int.init))),
      ("records_read", .int(s.recordsRead)),
      ("accounts_added", .int(s.accountsAdded)),
      ("follows_read", .int(s.followsRead)),
      ("follows_added", .int(s.followsAdded)),
      ("follows_removed", .int(s.followsRemoved)),
      ("posts_read", .int(s.postsRead)),
      ("posts_added", .int(s.postsAdded)),
      ("duplicate_follows", .int(s.duplicateFollows)),
      ("self_follows", .int(s.selfFollows)),
      (
        "warnings",
        .array(
          s.warnings.map { warning in
            .object([
              ("location", .string(warning.location)), ("message", .string(warning.message)),
            ])
          })
      ),
      ("unknown_files", .array(s.unknownFiles.map(JSONValue.string))),
    ])
  }
}
