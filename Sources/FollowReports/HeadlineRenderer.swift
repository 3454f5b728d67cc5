import FollowAnalysis
import FollowModel
import Foundation

/// Words an ``OwnerHeadline``, the opening of the report for one export owner.
///
/// The sentences (follow-backs, followers followed back, post focus, changes) and the owner's
/// own lists; `summary.txt` and `index.html` show the same words.
public enum HeadlineRenderer {
  /// One of the owner's lists as a title and one line per account.
  struct ListLines: Equatable {
    /// What the list is, with its size.
    var title: String
    /// One phrase per account shown, in the export's order.
    var items: [String]
    /// Accounts not shown (beyond the limit).
    var more: Int
  }

  /// The headline's sentences: follow-backs, followers followed back, post focus, changes.
  static func sentences(_ h: OwnerHeadline) -> [String] {
    var out: [String] = []
    if let following = h.following, let notBack = h.notFollowingBackTotal {
      var text =
        "\(NumberText.percent(h.followBackRate)) of the \(NumberText.grouped(following)) "
        + "accounts you follow follow you back"
      if notBack == 0 {
        text += "."
      } else {
        let parts = h.notFollowingBack.map {
          "\(NumberText.grouped($0.count)) \(name($0.category))"
        }
        text += "; of the \(NumberText.grouped(notBack)) who don't"
        text +=
          parts.isEmpty
          ? " — listed in not_following_back.csv."
          : ", " + parts.joined(separator: ", ") + " — listed below."
      }
      out.append(text)
    } else if let following = h.following {
      out.append(
        "You follow \(NumberText.grouped(following)) accounts; the export does not list your "
          + "followers, so who follows back is unknown.")
    }
    if let followers = h.followers, let fans = h.fans {
      out.append(
        "You follow back \(NumberText.percent(h.followersFollowedBackRate)) of your "
          + "\(NumberText.grouped(followers)) followers; \(NumberText.grouped(fans)) "
          + (fans == 1 ? "follows" : "follow") + " you without a follow back.")
    } else if let followers = h.followers {
      out.append(
        "\(NumberText.grouped(followers)) accounts follow you; the export does not list whom "
          + "you follow.")
    }
    if let focus = h.postFocus {
      out.append(
        focus.themed
          ? "\(NumberText.percent(focus.share)) of your \(NumberText.grouped(focus.posts)) posts "
            + "are on theme (\(DisplayText.escaped(focus.about)))."
          : "\(NumberText.percent(focus.share)) of your \(NumberText.grouped(focus.posts)) posts "
            + "are on your main topic (\(DisplayText.escaped(focus.about))).")
    }
    out.append(changeSentence(h))
    return out
  }

  /// What changed since the previous export, or why that is not known.
  static func changeSentence(_ h: OwnerHeadline) -> String {
    guard let change = h.latestChange else {
      return h.snapshots <= 1
        ? "One export so far: import a later one to see who followed and unfollowed you."
        : "No change between the last two exports could be compared."
    }
    var parts: [String] = []
    if let gained = change.gainedFollowers, let lost = change.lostFollowers {
      parts.append(
        "\(NumberText.grouped(gained)) new \(gained == 1 ? "follower" : "followers"), "
          + "\(NumberText.grouped(lost)) lost")
    }
    if let added = change.newFollowing, let dropped = change.droppedFollowing {
      parts.append(
        "you followed \(NumberText.grouped(added)) and unfollowed \(NumberText.grouped(dropped))")
    }
    let span = "\(UTCTime.day(change.from)) → \(UTCTime.day(change.to))"
    return parts.isEmpty
      ? "Since your previous export (\(span)): the lists were not both exported twice."
      : "Since your previous export (\(span)): " + parts.joined(separator: "; ") + "."
  }

  /// The owner's lists, at most `limit` accounts each (`nil` for all); blocked and restricted
  /// profiles are counted, not named.
  static func lists(_ h: OwnerHeadline, limit: Int?) -> [ListLines] {
    h.lists.map { list in
      let entries = list.entries
      let shown = limit.map { Array(entries.prefix($0)) } ?? entries
      let count = NumberText.grouped(entries.count)
      switch list.kind {
      case .pendingFollowRequests:
        return ListLines(
          title: "Follow requests you sent, still pending (\(count))",
          items: shown.map { "request to \(handle($0)) still pending" + date(" since", $0) },
          more: entries.count - shown.count)
      case .receivedFollowRequests:
        return ListLines(
          title: "Follow requests you received (\(count))",
          items: shown.map { "\(handle($0)) asked to follow you" + date(" on", $0) },
          more: entries.count - shown.count)
      case .recentlyUnfollowed:
        return ListLines(
          title: "Recently unfollowed (\(count))",
          items: shown.map { "you unfollowed \(handle($0))" + date(" on", $0) },
          more: entries.count - shown.count)
      case .closeFriends:
        return ListLines(
          title: "Close friends (\(count))", items: shown.map(handle),
          more: entries.count - shown.count)
      case .blocked:
        return ListLines(title: "Blocked profiles: \(count)", items: [], more: 0)
      case .restricted:
        return ListLines(title: "Restricted profiles: \(count)", items: [], more: 0)
      }
    }
  }

  /// The headline as text: the sentences, then the owner's lists.
  ///
  /// - Parameters:
  ///   - headline: The headline.
  ///   - listLimit: The most accounts shown per list, or `nil` for all.
  /// - Returns: The text block, starting with a `== … ==` title line.
  public static func text(_ headline: OwnerHeadline, listLimit: Int? = 10) -> String {
    var out = "== \(headline.owner.label), network \(headline.owner.id.network) ==\n\n"
    for sentence in sentences(headline) { out += "  \(sentence)\n" }
    let lists = lists(headline, limit: listLimit)
    if !lists.isEmpty { out += "\n  Your lists, as last exported\n" }
    for list in lists {
      out += "    \(list.title)" + (list.items.isEmpty ? "\n" : ":\n")
      for item in list.items { out += "      \(item)\n" }
      if list.more > 0 { out += "      … and \(NumberText.grouped(list.more)) more\n" }
    }
    return out
  }

  /// How the headline names the classes it knows.
  static let names: [TriageCategory: String] = [
    .webFamous: "web famous", .ordinary: "ordinary",
    .inactive: "inactive (no post in the inactivity window)",
    .unknownAudience: "of unknown audience (no follower count imported)",
    .kept: "kept (on your keep-list, not counted as not following back)",
  ]

  /// A triage class as the headline names it; a class added to ``TriageCategory`` later is
  /// named by its raw value in words (`some_class` → "some class") until it gets a phrase.
  static func name(_ category: TriageCategory) -> String {
    names[category] ?? category.rawValue.replacingOccurrences(of: "_", with: " ")
  }

  private static func handle(_ entry: OwnerListEntry) -> String {
    DisplayText.escaped(entry.handle.map { "@" + $0 } ?? entry.nativeID)
  }

  private static func date(_ word: String, _ entry: OwnerListEntry) -> String {
    entry.listedAt.map { "\(word) \(UTCTime.day($0))" } ?? ""
  }
}
