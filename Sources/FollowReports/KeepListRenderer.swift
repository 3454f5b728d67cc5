import FollowModel
import Foundation

/// Renders `followgraph keep list` as text or JSON.
public enum KeepListRenderer {
  /// One line per entry: the selector, when it was added, and the accounts it names.
  ///
  /// - Parameter listings: The entries.
  /// - Returns: The text.
  public static func text(_ listings: [KeepListing]) -> String {
    guard !listings.isEmpty else {
      return "The keep-list is empty; add accounts with 'followgraph keep add SELECTOR'.\n"
    }
    var out = "Keep-list (\(listings.count)): kept whatever they do, never counted as not "
    out += "following back\n"
    var table = TextTable()
    for listing in listings {
      table.add(
        listing.entry.selector.description, UTCTime.timestamp(listing.entry.addedAt),
        listing.matches.isEmpty
          ? "matches no account yet" : listing.matches.map(\.description).joined(separator: ", "))
    }
    return out + table.render(indent: "  ")
  }

  /// `{"keep": [{"selector", "added_at", "matches": [{"network", "id"}]}]}`.
  ///
  /// - Parameter listings: The entries.
  /// - Returns: The JSON value.
  public static func json(_ listings: [KeepListing]) -> JSONValue {
    .object([
      (
        "keep",
        .array(
          listings.map { listing in
            .object([
              ("selector", .string(listing.entry.selector.description)),
              ("added_at", .string(UTCTime.timestamp(listing.entry.addedAt))),
              (
                "matches",
                .array(
                  listing.matches.map {
                    .object([("network", .string($0.network.rawValue)), ("id", .string($0.value))])
                  })
              ),
            ])
          })
      )
    ])
  }

  /// What `keep add` or `keep remove` did, one line per selector.
  ///
  /// - Parameters:
  ///   - changed: Selectors added or removed.
  ///   - unchanged: Selectors already listed (`add`) or not listed (`remove`).
  ///   - adding: Whether the command was `add`.
  /// - Returns: The text for stdout.
  public static func changeText(
    changed: [AccountSelector], unchanged: [AccountSelector], adding: Bool
  ) -> String {
    changed.map { (adding ? "kept: " : "removed: ") + $0.description + "\n" }.joined()
      + unchanged.map {
        (adding ? "already kept: " : "not on the keep-list: ") + $0.description + "\n"
      }.joined()
  }
}
