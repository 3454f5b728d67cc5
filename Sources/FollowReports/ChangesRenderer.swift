import FollowAnalysis
import FollowModel
import Foundation

/// One export owner's history: the periods between consecutive snapshots.
public struct OwnerChanges: Sendable {
  /// The owner.
  public var owner: Account
  /// How many snapshots the owner has.
  public var snapshots: Int
  /// The periods, oldest first.
  public var periods: [SnapshotPeriod]
  /// Names and handles of the owner's network.
  public var directory: AccountDirectory

  /// Creates the history.
  ///
  /// - Parameters:
  ///   - owner: The owner.
  ///   - snapshots: The number of snapshots.
  ///   - periods: The periods.
  ///   - directory: Names and handles.
  public init(
    owner: Account, snapshots: Int, periods: [SnapshotPeriod], directory: AccountDirectory
  ) {
    self.owner = owner
    self.snapshots = snapshots
    self.periods = periods
    self.directory = directory
  }
}

/// Renders `followgraph changes` and the report's `changes.csv`.
public enum ChangesRenderer {
  /// The kinds of change, in output order: (JSON/CSV name, text heading, key path).
  static var kinds: [(String, String, KeyPath<SnapshotPeriod, [String]?>)] {
    [
      ("gained_followers", "new followers", \.gainedFollowers),
      ("lost_followers", "lost followers (unfollowed, or gone)", \.lostFollowers),
      ("new_following", "new followings", \.newFollowing),
      ("dropped_following", "dropped followings", \.droppedFollowing),
      ("new_mutuals", "follow-backs that appeared (now mutual)", \.newMutuals),
      ("lost_mutuals", "mutual follows that ended", \.lostMutuals),
      ("unfollowed_followers", "lost followers not gone (unfollowed)", \.unfollowedFollowers),
      (
        "gone_followers", "lost followers gone (deleted, suspended or deactivated)", \.goneFollowers
      ),
      (
        "gone_following", "dropped followings gone (deleted, suspended or deactivated)",
        \.goneFollowing
      ),
    ]
  }

  /// The kinds that split lost followers into unfollowed and gone.
  ///
  /// Text and CSV show them only for a period in which some account was found gone;
  /// otherwise they would repeat the lost followers word for word (exports look nothing up,
  /// so they never find anyone gone). JSON always has every key.
  static let goneSplit: Set<String> = ["unfollowed_followers", "gone_followers", "gone_following"]

  /// Whether text and CSV show a kind of change for a period.
  static func shows(_ kind: String, in period: SnapshotPeriod) -> Bool {
    !goneSplit.contains(kind) || !period.goneReasons.isEmpty
  }

  /// The CSV columns; `gone_reason` (why a gone account is gone) was added last.
  public static let columns = [
    "owner", "network", "from", "to", "change", "account", "handle", "gone_reason",
  ]

  /// Human-readable text, one block per period with the accounts of each change.
  ///
  /// - Parameters:
  ///   - changes: The owner's history.
  ///   - listLimit: The most accounts per list, or `nil` for all.
  /// - Returns: The text.
  public static func text(_ changes: OwnerChanges, listLimit: Int? = nil) -> String {
    var out = "Changes for \(changes.owner.label): \(changes.snapshots) snapshot"
    out += changes.snapshots == 1 ? "" : "s"
    out += ", \(changes.periods.count) period\(changes.periods.count == 1 ? "" : "s")\n"
    if changes.periods.isEmpty {
      out += "  (changes need two exports of the account imported at different times)\n"
    }
    for period in changes.periods {
      out += "\n\(UTCTime.day(period.from)) -> \(UTCTime.day(period.to)) "
      out += "(imports #\(period.fromImport) -> #\(period.toImport))\n"
      for (name, heading, path) in kinds where shows(name, in: period) {
        guard let ids = period[keyPath: path] else {
          out += "  \(heading): not compared (a snapshot does not list them)\n"
          continue
        }
        out += "  \(heading): \(ids.count)\n"
        let shown = listLimit.map { Array(ids.prefix($0)) } ?? ids
        for id in shown {
          let reason = period.goneReasons[id].map { " — gone: \($0.rawValue)" } ?? ""
          out += "    \(label(id, changes))\(reason)\n"
        }
        if shown.count < ids.count {
          out += "    … and \(ids.count - shown.count) more (changes.csv, --limit 0 list all)\n"
        }
      }
    }
    return out
  }

  /// The JSON object of the CLI contract: `owner` and `periods`.
  ///
  /// - Parameters:
  ///   - changes: The owner's history.
  ///   - since: The `--since` date, when given.
  /// - Returns: The JSON value.
  public static func json(_ changes: OwnerChanges, since: Date?) -> JSONValue {
    .object([
      (
        "owner",
        .object([
          ("account", .string(changes.owner.id.value)), ("handle", .text(changes.owner.handle)),
          ("network", .string(changes.owner.id.network.rawValue)),
        ])
      ),
      ("snapshots", .int(changes.snapshots)),
      ("since", .text(since.map(UTCTime.day))),
      (
        "periods",
        .array(
          changes.periods.map { period in
            .object(
              [
                ("from", .string(UTCTime.timestamp(period.from))),
                ("to", .string(UTCTime.timestamp(period.to))),
                ("from_import", .int(Int(period.fromImport))),
                ("to_import", .int(Int(period.toImport))),
                ("followers_compared", .bool(period.followersCompared)),
                ("following_compared", .bool(period.followingCompared)),
              ]
                + kinds.map { name, _, path in
                  (name, period[keyPath: path].map { .array($0.map(JSONValue.string)) } ?? .null)
                }
                + [
                  (
                    "gone_reasons",
                    .object(
                      period.goneReasons.keys.sorted(by: NativeIDOrder.areInIncreasingOrder).map {
                        ($0, .string(period.goneReasons[$0]?.rawValue ?? ""))
                      })
                  )
                ])
          })
      ),
    ])
  }

  /// One row per account per change, for one or more owners.
  ///
  /// - Parameter histories: The owners' histories.
  /// - Returns: The table.
  public static func csv(_ histories: [OwnerChanges]) -> CSVTable {
    var table = CSVTable(header: columns)
    for changes in histories {
      for period in changes.periods {
        for (name, _, path) in kinds where shows(name, in: period) {
          for id in period[keyPath: path] ?? [] {
            table.rows.append([
              .text(changes.owner.id.value), .text(changes.owner.id.network.rawValue),
              .text(UTCTime.timestamp(period.from)), .text(UTCTime.timestamp(period.to)),
              .text(name), .text(id),
              changes.directory.handle(of: id).map(CSVTable.Cell.text) ?? .empty,
              period.goneReasons[id].map { .text($0.rawValue) } ?? .empty,
            ])
          }
        }
      }
    }
    return table
  }

  static func label(_ id: String, _ changes: OwnerChanges) -> String {
    let account = AccountID(network: changes.owner.id.network, value: id)
    return changes.directory.handle(of: id).map { "@\($0) (\(account))" } ?? account.description
  }
}
