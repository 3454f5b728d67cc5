import FollowModel
import Foundation

/// Writes the sample in the exact file formats of a 2022+ X archive (`window.YTD.*.part0 =`,
/// pretty-printed JSON with `" : "`, numbers as strings) and a few companion files.
enum ArchiveWriter {
  static func quote(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out + "\""
  }

  static func account(_ world: SampleWorld) -> String {
    """
    window.YTD.account.part0 = [
      {
        "account" : {
          "email" : null,
          "createdVia" : "web",
          "username" : \(quote(world.owner.handle)),
          "accountId" : \(quote(world.owner.id)),
          "createdAt" : "2014-09-22T08:14:03.000Z",
          "accountDisplayName" : \(quote(world.owner.name))
        }
      }
    ]
    """
  }

  static func profile() -> String {
    """
    window.YTD.profile.part0 = [
      {
        "profile" : {
          "description" : {
            "bio" : "Marketing lead at Brightleaf (fictional). Brands, SEO, content, and the odd cake.",
            "website" : "https://t.co/brightleaf",
            "location" : "Lisbon"
          },
          "avatarMediaUrl" : "https://pbs.twimg.com/profile_images/0/sample.jpg"
        }
      }
    ]
    """
  }

  static func manifest(_ world: SampleWorld) -> String {
    """
    window.__THAR_CONFIG = {
      "userInfo" : {
        "accountId" : \(quote(world.owner.id)),
        "userName" : \(quote(world.owner.handle)),
        "displayName" : \(quote(world.owner.name))
      },
      "archiveInfo" : {
        "sizeBytes" : "1048576",
        "generationDate" : "2024-07-01T09:30:00.000Z",
        "isPartialArchive" : false,
        "maxPartSizeBytes" : "53687091200"
      }
    }
    """
  }

  static func list(_ name: String, _ people: [SampleWorld.Person]) -> String {
    let entries = people.map { person in
      """
        {
          "\(name)" : {
            "accountId" : \(quote(person.id)),
            "userLink" : "https://twitter.com/intent/user?user_id=\(person.id)"
          }
        }
      """
    }
    return "window.YTD.\(name).part0 = [\n" + entries.joined(separator: ",\n") + "\n]"
  }

  static func tweets(_ tweets: [SamplePosts.Tweet]) -> String {
    let months = [
      "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ]
    let weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC") ?? TimeZone(secondsFromGMT: 0) ?? .current
    func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }
    func indices(of needle: String, in text: String) -> (Int, Int) {
      let scalars = Array(text.unicodeScalars)
      let target = Array(needle.unicodeScalars)
      guard target.count <= scalars.count else { return (0, 0) }
      for start in 0...(scalars.count - target.count)
      where Array(scalars[start..<start + target.count]) == target {
        return (start, start + target.count)
      }
      return (0, 0)
    }
    let entries = tweets.reversed().map { tweet -> String in
      let d = tweet.date
      let components = DateComponents(year: d.year, month: d.month, day: d.day)
      let weekday =
        calendar.date(from: components).map { calendar.component(.weekday, from: $0) } ?? 1
      let created =
        "\(weekdays[weekday - 1]) \(months[d.month - 1]) \(pad(d.day)) \(pad(d.hour)):\(pad(d.minute)):00 +0000 \(d.year)"
      let hashtags = tweet.hashtags.map { tag -> String in
        let (start, end) = indices(of: "#" + tag, in: tweet.text)
        return
          "{\n              \"text\" : \(quote(tag)),\n              \"indices\" : [\n                \"\(start)\",\n                \"\(end)\"\n              ]\n            }"
      }
      let mentions = tweet.mentions.map { person -> String in
        let (start, end) = indices(of: "@" + person.handle, in: tweet.text)
        return
          "{\n              \"name\" : \(quote(person.name)),\n              \"screen_name\" : \(quote(person.handle)),\n              \"indices\" : [\n                \"\(start)\",\n                \"\(end)\"\n              ],\n              \"id_str\" : \(quote(person.id)),\n              \"id\" : \(quote(person.id))\n            }"
      }
      let urls =
        tweet.url.map { url -> [String] in
          let short = tweet.text.split(separator: " ").last.map(String.init) ?? ""
          let (start, end) = indices(of: short, in: tweet.text)
          return [
            "{\n              \"url\" : \(quote(short)),\n              \"expanded_url\" : \(quote(url)),\n              \"display_url\" : \(quote(String(url.dropFirst(8)))),\n              \"indices\" : [\n                \"\(start)\",\n                \"\(end)\"\n              ]\n            }"
          ]
        } ?? []
      func array(_ items: [String]) -> String {
        items.isEmpty
          ? "[ ]" : "[\n            " + items.joined(separator: ",\n            ") + "\n          ]"
      }
      var fields: [String] = [
        "\"edit_info\" : {\n        \"initial\" : {\n          \"editTweetIds\" : [\n            \(quote(tweet.id))\n          ],\n          \"editableUntil\" : \"\(d.year)-\(pad(d.month))-\(pad(d.day))T\(pad(d.hour)):\(pad(min(59, d.minute + 30))):00.000Z\",\n          \"editsRemaining\" : \"5\",\n          \"isEditEligible\" : true\n        }\n      }",
        "\"retweeted\" : false",
        "\"source\" : \(quote("<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>"))",
        "\"entities\" : {\n        \"hashtags\" : \(array(hashtags)),\n        \"symbols\" : [ ],\n        \"user_mentions\" : \(array(mentions)),\n        \"urls\" : \(array(urls))\n      }",
        "\"display_text_range\" : [\n        \"0\",\n        \"\(tweet.text.unicodeScalars.count)\"\n      ]",
        "\"favorite_count\" : \"\(tweet.text.count % 17)\"",
      ]
      if let reply = tweet.replyTo {
        fields.append("\"in_reply_to_status_id_str\" : \(quote(reply.status))")
        fields.append("\"in_reply_to_user_id\" : \(quote(reply.user.id))")
        fields.append("\"in_reply_to_status_id\" : \(quote(reply.status))")
        fields.append("\"in_reply_to_screen_name\" : \(quote(reply.user.handle))")
        fields.append("\"in_reply_to_user_id_str\" : \(quote(reply.user.id))")
      }
      fields += [
        "\"id_str\" : \(quote(tweet.id))", "\"truncated\" : false",
        "\"retweet_count\" : \"\(tweet.text.count % 5)\"", "\"id\" : \(quote(tweet.id))",
        "\"created_at\" : \(quote(created))", "\"favorited\" : false",
        "\"full_text\" : \(quote(tweet.text))", "\"lang\" : \"en\"",
      ]
      return "  {\n    \"tweet\" : {\n      " + fields.joined(separator: ",\n      ")
        + "\n    }\n  }"
    }
    return "window.YTD.tweets.part0 = [\n" + entries.joined(separator: ",\n") + "\n]"
  }

  /// Audience counts for every account in the sample, as a plain accounts CSV.
  static func accountsCSV(_ world: SampleWorld) -> String {
    var out = "id,username,name,followers_count,following_count,tweet_count,listed_count,verified\n"
    for p in world.everyone {
      out +=
        "\(p.id),\(p.handle),\"\(p.name)\",\(p.followers),\(p.following),\(p.posts),\(p.listed),\(p.verified)\n"
    }
    return out
  }
}
