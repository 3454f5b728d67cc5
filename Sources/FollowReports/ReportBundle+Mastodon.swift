import FollowAnalysis
import FollowModel
import Foundation

extension ReportBundle {
  /// The header Mastodon writes in `following_accounts.csv` and reads back in Settings →
  /// Import and export → Import, "Following list".
  public static let mastodonFollowingHeader = [
    "Account address", "Show boosts", "Notify on new posts", "Languages",
  ]

  /// The base name of the Mastodon following file a report writes per Mastodon owner.
  public static let mastodonFollowingName = "mastodon_following_keep"

  /// One `mastodon_following_keep.csv` per Mastodon export owner whose followers and
  /// followings are both known: the accounts the owner follows minus the ordinary and inactive
  /// non-reciprocators not on the keep-list, in Mastodon's own import format.
  ///
  /// Web-famous, unknown-audience and kept non-reciprocators stay in the file, and so do the
  /// mutuals; only the `ordinary` ones (known audience, chose not to follow back) and the
  /// `inactive` ones (no post for `--inactive-days`) are left out. The file is named `mastodon_following_keep.csv` when the report has one Mastodon
  /// owner, else `mastodon_following_keep-user@host.csv` per owner. Addresses that are not
  /// `user@host` (none in a Mastodon import) are left out. Columns after the address are
  /// Mastodon's defaults (boosts shown, no notifications, all languages).
  ///
  /// - Parameter input: What to report.
  /// - Returns: The files; none without a Mastodon owner with both lists and a triage.
  static func mastodonFollowingFiles(_ input: ReportInput) -> [ReportFile] {
    let owners = input.networks.filter { $0.network == .mastodon }.flatMap(\.owners).filter {
      $0.etiquette.followersKnown && $0.etiquette.followingKnown && $0.triage != nil
    }
    return owners.map { owner in
      let name =
        owners.count == 1
        ? mastodonFollowingName + ".csv"
        : mastodonFollowingName + "-" + safeFileName(owner.owner.id.value) + ".csv"
      return ReportFile(name: name, contents: mastodonFollowingCSV(owner).render())
    }
  }

  /// The Mastodon following CSV of one owner (see ``mastodonFollowingFiles(_:)``).
  ///
  /// - Parameter owner: The owner's report, with its triage.
  /// - Returns: The table, sorted by address.
  public static func mastodonFollowingCSV(_ owner: OwnerReport) -> CSVTable {
    let dropped = Set(
      ((owner.triage?.entries(.ordinary) ?? []) + (owner.triage?.entries(.inactive) ?? [])).map(
        \.id))
    let kept = (owner.mutuals + owner.notFollowingBack + owner.kept).map(\.id.value)
      .filter { !dropped.contains($0) && isMastodonAddress($0) }
    var table = CSVTable(header: mastodonFollowingHeader)
    for address in Set(kept).sorted(by: NativeIDOrder.areInIncreasingOrder) {
      table.rows.append([.verbatim(address), .verbatim("true"), .verbatim("false"), .empty])
    }
    return table
  }

  /// Whether `id` is `user@host` with no spaces, commas or quotes.
  static func isMastodonAddress(_ id: String) -> Bool {
    let parts = id.split(separator: "@", omittingEmptySubsequences: false)
    return parts.count == 2 && !parts[0].isEmpty && !parts[1].isEmpty
      && !id.contains { $0.isWhitespace || $0 == "," || $0 == "\"" || $0 == "/" }
  }

  /// `text` with every character but letters, digits, `.`, `_`, `-` and `@` replaced by `_`.
  static func safeFileName(_ text: String) -> String {
    String(
      text.map { c in
        c.isASCII && (c.isLetter || c.isNumber || "._-@".contains(c)) ? c : "_"
      }
    ).replacingOccurrences(of: "..", with: "__")
  }
}
