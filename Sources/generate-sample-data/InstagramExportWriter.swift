import FollowModel
import Foundation

/// Writes one ``InstagramWorld/Export`` in the exact layout of a real 2024 Instagram "Download
/// your information" export, JSON variant (see `../shared/reference/exports/instagram/`):
/// `connections/followers_and_following/` with `followers_1.json` (a bare array),
/// `following.json` and the owner's other lists under their `relationships_…` keys, and
/// `personal_information/personal_information/personal_information.json`; two-space
/// indentation, an empty `media_list_data` on its own blank line, no final newline.
enum InstagramExportWriter {
  /// The files of `export`, by path inside the export folder.
  static func files(_ export: InstagramWorld.Export) -> [(String, String)] {
    let lists = "connections/followers_and_following"
    return [
      ("\(lists)/followers_1.json", array(export.followers, indent: "")),
      ("\(lists)/following.json", object("relationships_following", export.following)),
      (
        "\(lists)/pending_follow_requests.json",
        object("relationships_follow_requests_sent", export.pending)
      ),
      (
        "\(lists)/recently_unfollowed_profiles.json",
        object("relationships_unfollowed_users", export.unfollowed)
      ),
      ("\(lists)/close_friends.json", object("relationships_close_friends", export.closeFriends)),
      (
        "\(lists)/blocked_profiles.json",
        object("relationships_blocked_users", export.blocked, titled: true)
      ),
      (
        "\(lists)/restricted_profiles.json",
        object("relationships_restricted_users", export.restricted, titled: true)
      ),
      ("personal_information/personal_information/personal_information.json", personal()),
    ].filter { !$0.1.isEmpty }
  }

  /// `{"key": [entries]}`; empty when there are no entries (Instagram leaves the file out).
  static func object(_ key: String, _ entries: [InstagramWorld.Entry], titled: Bool = false)
    -> String
  {
    guard !entries.isEmpty else { return "" }
    return "{\n  \(ArchiveWriter.quote(key)): "
      + array(entries, indent: "  ", titled: titled) + "\n}"
  }

  /// The entries as a JSON array: `{title: "", media_list_data: [], string_list_data:
  /// [{href, value, timestamp}]}`, or (blocked and restricted profiles) `{title: name,
  /// string_list_data: [{href: …/_u/name, timestamp}]}`.
  static func array(_ entries: [InstagramWorld.Entry], indent: String, titled: Bool = false)
    -> String
  {
    let pad = indent + "  "
    let items = entries.map { entry -> String in
      let name = ArchiveWriter.quote(entry.username)
      let seconds = Int(entry.since.timeIntervalSince1970)
      if titled {
        return """
          \(pad){
          \(pad)  "title": \(name),
          \(pad)  "string_list_data": [
          \(pad)    {
          \(pad)      "href": "https://www.instagram.com/_u/\(entry.username)",
          \(pad)      "timestamp": \(seconds)
          \(pad)    }
          \(pad)  ]
          \(pad)}
          """
      }
      return """
        \(pad){
        \(pad)  "title": "",
        \(pad)  "media_list_data": [
        \(pad + "    ")
        \(pad)  ],
        \(pad)  "string_list_data": [
        \(pad)    {
        \(pad)      "href": "https://www.instagram.com/\(entry.username)",
        \(pad)      "value": \(name),
        \(pad)      "timestamp": \(seconds)
        \(pad)    }
        \(pad)  ]
        \(pad)}
        """
    }
    return "[\n" + items.joined(separator: ",\n") + "\n\(indent)]"
  }

  /// `personal_information.json`: the profile with the owner's username (fictional address).
  static func personal() -> String {
    let fields = [
      ("Email", "maya@brightleaf.example"), ("Username", InstagramWorld.owner),
      ("Name", InstagramWorld.ownerName),
      ("Bio", "Marketing lead @brightleaf.co (fictional). Brands, pastry, Lisbon light."),
      ("Gender", "female"), ("Private Account", "False"),
    ].map { label, value in
      [
        "        \(ArchiveWriter.quote(label)): {", "          \"href\": \"\",",
        "          \"value\": \(ArchiveWriter.quote(value)),", "          \"timestamp\": 0",
        "        }",
      ].joined(separator: "\n")
    }
    return [
      "{", "  \"profile_user\": [", "    {", "      \"media_map_data\": {",
      "        \"Profile Photo\": {",
      "          \"uri\": \"media/other/431087650_2019030112.jpg\",",
      "          \"creation_timestamp\": 1551441600,", "          \"title\": \"\"", "        }",
      "      },", "      \"string_map_data\": {", fields.joined(separator: ",\n"), "      }",
      "    }",
      "  ]", "}",
    ].joined(separator: "\n")
  }
}
