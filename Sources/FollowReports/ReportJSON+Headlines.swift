import FollowAnalysis
import FollowModel
import Foundation

extension ReportJSON {
  /// `headlines`: one object per export owner with the answers `summary.txt` opens with.
  ///
  /// Keys: `account`, `handle`, `network`, `following`, `followers`, `mutual` (`null` when
  /// unknown), `follow_back_rate`, `followers_followed_back_rate`, `not_following_back` (kept
  /// ones included), `not_following_back_by_triage` (`{class: count}`, kept last),
  /// `post_focus` (`{posts, share, about, themed}` or `null`), `snapshots`, `latest_change`
  /// (`{from, to, gained_followers, lost_followers, new_following, dropped_following}` or
  /// `null`) and `owner_lists` (`[{kind, accounts: [{account, handle, listed_at}]}]`).
  static func headlines(_ headlines: [OwnerHeadline]) -> JSONValue {
    .array(headlines.map(headline))
  }

  static func headline(_ h: OwnerHeadline) -> JSONValue {
    .object([
      ("account", .string(h.owner.id.value)), ("handle", .text(h.owner.handle)),
      ("network", .string(h.owner.id.network.rawValue)), ("following", .integer(h.following)),
      ("followers", .integer(h.followers)), ("mutual", .integer(h.mutual)),
      ("follow_back_rate", .number(h.followBackRate)),
      ("followers_followed_back_rate", .number(h.followersFollowedBackRate)),
      ("not_following_back", .integer(h.notFollowingBackTotal)),
      (
        "not_following_back_by_triage",
        .object(h.notFollowingBack.map { ($0.category.rawValue, .int($0.count)) })
      ),
      (
        "post_focus",
        h.postFocus.map { focus in
          .object([
            ("posts", .int(focus.posts)), ("share", .double(focus.share)),
            ("about", .string(focus.about)), ("themed", .bool(focus.themed)),
          ])
        } ?? .null
      ),
      ("snapshots", .int(h.snapshots)),
      (
        "latest_change",
        h.latestChange.map { change in
          .object([
            ("from", .string(UTCTime.timestamp(change.from))),
            ("to", .string(UTCTime.timestamp(change.to))),
            ("gained_followers", .integer(change.gainedFollowers)),
            ("lost_followers", .integer(change.lostFollowers)),
            ("new_following", .integer(change.newFollowing)),
            ("dropped_following", .integer(change.droppedFollowing)),
          ])
        } ?? .null
      ),
      (
        "owner_lists",
        .array(
          h.lists.map { list in
            .object([
              ("kind", .string(list.kind.rawValue)),
              (
                "accounts",
                .array(
                  list.entries.map { entry in
                    .object([
                      ("account", .string(entry.nativeID)), ("handle", .text(entry.handle)),
                      ("listed_at", .text(entry.listedAt.map(UTCTime.timestamp))),
                    ])
                  })
              ),
            ])
          })
      ),
    ])
  }
}
