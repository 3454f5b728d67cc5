/// Recognises the header of a CSV edge list and says which columns hold the two ends.
enum EdgeListHeader {
  /// Column names that hold the follower (the account that follows).
  static let followerNames: Set<String> = [
    "follower", "follower_id", "following", "source", "source_id", "from", "src",
  ]
  /// Column names that hold the account being followed.
  static let followedNames: Set<String> = [
    "followed", "followed_id", "followee", "followee_id", "target", "target_id", "to", "dst",
  ]

  /// The column indexes of follower and followed in `header`, when both are present.
  ///
  /// Names are compared lower-cased and trimmed. `following,followed` (the account that is
  /// following, the account followed) is read like `follower,followed`.
  static func columns(in header: [String]) -> (follower: Int, followed: Int)? {
    let names = header.map { $0.trimmingASCIISpaces().lowercased() }
    guard let followed = names.firstIndex(where: followedNames.contains),
      let follower = names.firstIndex(where: { followerNames.contains($0) })
    else { return nil }
    return (follower, followed)
  }

  /// The header forms the CSV reader accepts, for messages and help.
  static let accepted =
    "follower,followed | following,followed | source,target | "
    + "follower_id,followee_id | from,to"
}

extension String {
  /// The string without leading and trailing spaces and tabs (and a leading byte-order mark).
  func trimmingASCIISpaces() -> String {
    var scalars = Substring(self)
    while let first = scalars.unicodeScalars.first,
      first == " " || first == "\t" || first == "\u{FEFF}"
    {
      scalars = scalars.dropFirst()
    }
    while let last = scalars.unicodeScalars.last, last == " " || last == "\t" || last == "\r" {
      scalars = scalars.dropLast()
    }
    return String(scalars)
  }
}
