import FollowModel

/// Renders `followgraph summary`: what the database holds.
public enum SummaryRenderer {
  /// Human-readable text.
  ///
  /// - Parameter summary: The database summary.
  /// - Returns: The text.
  public static func text(_ summary: DatabaseSummary) -> String {
    var out = "Networks\n"
    var networks = TextTable(rightAligned: [1, 2, 3])
    networks.add("network", "accounts", "follows", "posts")
    for n in summary.networks {
      networks.add(n.network.rawValue, String(n.accounts), String(n.follows), String(n.posts))
    }
    out += summary.networks.isEmpty ? "  (empty database)\n" : networks.render()
    out += "\nExport owners\n"
    if summary.owners.isEmpty {
      out += "  none (no imported export names its owner)\n"
    } else {
      var owners = TextTable(rightAligned: [1, 2, 3, 4])
      owners.add("owner", "following", "followers", "posts", "reposts", "last observed")
      for o in summary.owners {
        owners.add(
          o.account.label, o.listsFollowing ? String(o.following) : "unknown",
          o.listsFollowers ? String(o.followers) : "unknown", String(o.posts), String(o.reposts),
          o.lastObservedAt.map(UTCTime.day) ?? "")
      }
      out += owners.render()
    }
    out += "\nImports\n"
    if summary.imports.isEmpty {
      out += "  none\n"
    } else {
      var imports = TextTable(rightAligned: [0, 4, 5, 6, 7])
      imports.add(
        "#", "observed", "format", "network", "+accounts", "+follows", "+posts",
        "warnings", "source")
      for i in summary.imports {
        imports.add(
          String(i.id), i.observedAt.map(UTCTime.day) ?? "", i.format, i.network.rawValue,
          String(i.accountsAdded), String(i.followsAdded), String(i.postsAdded),
          String(i.warnings), i.source)
      }
      out += imports.render()
    }
    return out
  }

  /// The JSON object of the CLI contract: `networks`, `owners`, `imports`.
  ///
  /// - Parameters:
  ///   - summary: The database summary.
  ///   - includeRunTimes: Whether imports carry `finished_at`, the wall-clock time the import
  ///     ended; reports leave it out so that they are reproducible.
  /// - Returns: The JSON value.
  public static func json(_ summary: DatabaseSummary, includeRunTimes: Bool = true) -> JSONValue {
    .object([
      (
        "networks",
        .array(
          summary.networks.map { n in
            .object([
              ("network", .string(n.network.rawValue)), ("accounts", .int(n.accounts)),
              ("follows", .int(n.follows)), ("posts", .int(n.posts)),
            ])
          })
      ),
      (
        "owners",
        .array(
          summary.owners.map { o in
            .object([
              ("account", .string(o.account.id.value)), ("handle", .text(o.account.handle)),
              ("network", .string(o.account.id.network.rawValue)),
              ("following", o.listsFollowing ? .int(o.following) : .null),
              ("followers", o.listsFollowers ? .int(o.followers) : .null),
              ("posts", .int(o.posts)), ("reposts", .int(o.reposts)),
              ("imports", .int(o.imports)),
              ("last_observed_at", .text(o.lastObservedAt.map(UTCTime.timestamp))),
            ])
          })
      ),
      (
        "imports",
        .array(
          summary.imports.map { i in
            var members: [(String, JSONValue)] = [
              ("id", .int(Int(i.id))), ("source", .string(i.source)),
              ("format", .string(i.format)), ("network", .string(i.network.rawValue)),
              ("observed_at", .text(i.observedAt.map(UTCTime.timestamp))),
            ]
            if includeRunTimes {
              members.append(("finished_at", .text(i.finishedAt.map(UTCTime.timestamp))))
            }
            members += [
              ("accounts_added", .int(i.accountsAdded)), ("follows_added", .int(i.followsAdded)),
              ("posts_added", .int(i.postsAdded)), ("warnings", .int(i.warnings)),
            ]
            return .object(members)
          })
      ),
    ])
  }
}
