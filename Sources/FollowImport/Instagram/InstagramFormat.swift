import FollowModel
import Foundation

/// Instagram's "Download your information" export (Accounts Center → Your information and
/// permissions → Download your information), as the `.zip` Instagram mails or the unpacked
/// folder, in JSON or HTML, or one of its list files.
///
/// Followers come split over `followers_1.json`, `followers_2.json`, … (or `followers.json`:
/// a bare array, or under `relationships_followers`), followings under
/// `relationships_following`; each entry's `timestamp` is when the follow began (stored as the
/// follow's creation date). Accounts are keyed by the lower-cased username, the spelling kept
/// as the handle. Pending follow requests, received requests, recently unfollowed profiles,
/// close friends, blocked and restricted profiles are stored as the owner's lists, not as
/// follows. The owner comes from `personal_information`, else from `--owner @name`.
public enum InstagramFormat: ExportFormat {
  public static let name = "instagram"
  public static let summary =
    "Instagram data download (.zip, folder or one list file; JSON or HTML): followers, "
    + "following, pending requests, blocked, … (owner from personal_information or --owner)"

  public static func detect(_ source: ImportSource) -> Bool {
    MetaExportDetection.detect(source, part: .instagram)
  }

  public static func parse(_ source: ImportSource, context: ParseContext) throws -> ImportBatch {
    try MetaExportReader(part: .instagram, network: .instagram, format: name)
      .parse(source, context: context)
  }
}

/// The Threads part of the same export (`your_instagram_activity/threads/followers.json` and
/// `following.json`, keys `text_post_app_text_post_app_followers` and `…_following`, links to
/// threads.net or threads.com), as network `threads`.
public enum ThreadsFormat: ExportFormat {
  public static let name = "threads"
  public static let summary =
    "Threads lists in the Instagram data download (.zip, folder or followers.json/"
    + "following.json under threads/; owner from personal_information or --owner)"

  public static func detect(_ source: ImportSource) -> Bool {
    MetaExportDetection.detect(source, part: .threads)
  }

  public static func parse(_ source: ImportSource, context: ParseContext) throws -> ImportBatch {
    try MetaExportReader(part: .threads, network: .threads, format: name)
      .parse(source, context: context)
  }
}

/// How `--format auto` recognises the two parts of Meta's export.
enum MetaExportDetection {
  /// A tree with the part's follow lists (Instagram is preferred when both are present), or
  /// a file whose head shows the part's list keys or profile links.
  static func detect(_ source: ImportSource, part: MetaExportLayout.Part) -> Bool {
    switch source.kind {
    case .tree(let tree):
      if part == .threads,
        MetaExportLayout(paths: tree.paths, part: .instagram).hasFollowLists
      {
        return false
      }
      return MetaExportLayout(paths: tree.paths, part: part).hasFollowLists
    case .file(let url):
      let head = String(decoding: source.head(64 << 10), as: UTF8.self)
      let start = head.drop { $0.isWhitespace || $0 == "\u{FEFF}" }
      if start.hasPrefix("<") {
        let name = url.lastPathComponent.lowercased()
        let listName = name.hasPrefix("followers") || name.hasPrefix("following")
        let host = part == .threads ? "www.threads." : "www.instagram.com/"
        return listName && head.contains(host)
      }
      guard start.hasPrefix("[") || start.hasPrefix("{") else { return false }
      if part == .threads { return head.contains("\"text_post_app_text_post_app_follow") }
      return head.contains("\"relationships_follow")
        || (head.contains("\"string_list_data\"") && head.contains("instagram.com/"))
    }
  }
}
