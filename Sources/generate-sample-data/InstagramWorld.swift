import FollowModel
import Foundation

/// Maya's fictional Instagram account (`@mayalin.mktg`) at two exports, January and July 2024.
///
/// About half of her ordinary X mutuals are on Instagram too, under the same name spelt the
/// Instagram way (`ana_seo12` → `ana.seo12`), so the two networks overlap believably; the rest
/// are Instagram-only: friends, local shops, brands and three famous accounts that follow
/// hardly anyone. Between the exports she gains and loses followers, follows a few accounts
/// and unfollows a few (the July export lists those as recently unfollowed), and she has
/// pending requests to private accounts, close friends, two blocked spammers and one
/// restricted account.
struct InstagramWorld {
  /// One account on a list, with the date the relation began.
  struct Entry {
    let username: String
    let since: Date
  }

  /// One export: the owner's lists as Instagram writes them, newest first.
  struct Export {
    let observed: String
    let followers: [Entry]
    let following: [Entry]
    let pending: [Entry]
    let unfollowed: [Entry]
    let closeFriends: [Entry]
    let blocked: [Entry]
    let restricted: [Entry]
  }

  static let owner = "mayalin.mktg"
  static let ownerName = "Maya Lin"

  /// Famous Instagram accounts she follows; none follows back.
  static let famous = ["popstararia", "megasportsnet", "globalnewsdesk"]

  /// Instagram-only accounts: what a marketer in Lisbon follows besides work.
  static let locals = [
    "brightleaf.co", "lisbon.eats", "pastelaria.estrela", "alfama.ceramics", "tram28.photos",
    "surf.ericeira", "livraria.bertrand.fan", "yoga.principe.real", "cafe.janis", "feira.ladra",
    "miradouro.daily", "azulejo.atelier",
  ]

  static let hobbies = [
    "bakes", "runs", "travels", "pilates", "draws", "reads", "cooks", "lisbon", "surfs", "films",
  ]

  let january: Export
  let july: Export

  init(world: SampleWorld, seed: UInt64) {
    var rng = SplitMix64(seed: seed)
    let xFollowers = Set(world.followers.map(\.id))
    // Her X mutuals who are on Instagram too, spelt the Instagram way.
    var shared: [String] = []
    for person in world.following where !person.famous && xFollowers.contains(person.id) {
      if rng.chance(0.5) {
        let name = person.handle.lowercased()
        shared.append(rng.chance(0.6) ? name.replacingOccurrences(of: "_", with: ".") : name)
      }
    }
    var taken = Set(shared + Self.famous + Self.locals + [Self.owner])
    func friend() -> String {
      while true {
        let name =
          rng.pick(SampleWorld.firstNames) + (rng.chance(0.5) ? "." : "_")
          + rng.pick(Self.hobbies) + (rng.chance(0.4) ? String(rng.next() % 100) : "")
        if taken.insert(name).inserted { return name }
      }
    }
    let friends = (0..<70).map { _ in friend() }
    let fans = (0..<60).map { _ in friend() }
    let laterFans = (0..<20).map { _ in friend() }
    let laterFollowing = (0..<9).map { _ in friend() }
    let privateAccounts = (0..<3).map { _ in friend() }

    let start = UTCTime.parse("2019-03-01T00:00:00Z") ?? Date(timeIntervalSince1970: 0)
    let january = UTCTime.parse("2024-01-15T00:00:00Z") ?? start
    let july = UTCTime.parse("2024-07-01T00:00:00Z") ?? january
    func date(_ from: Date, _ to: Date) -> Date {
      let span = to.timeIntervalSince(from)
      return from.addingTimeInterval((span * rng.unit()).rounded())
    }
    var began: [String: Date] = [:]
    func since(_ name: String, _ from: Date = start, _ to: Date = january) -> Date {
      if let known = began[name] { return known }
      let value = date(from, to)
      began[name] = value
      return value
    }

    // January: she follows the shared, famous, local and friend accounts; most follow back.
    let followingJan = shared + Self.famous + Self.locals + friends
    var followersJan: [String] = []
    for name in followingJan where !Self.famous.contains(name) {
      let back = Self.locals.contains(name) ? rng.chance(0.3) : rng.chance(0.85)
      if back { followersJan.append(name) }
    }
    followersJan += fans
    // July: she unfollowed four accounts that never followed back, followed nine new ones
    // (most follow back), lost about one follower in twenty-three and gained twenty fans.
    let nonReciprocators = followingJan.filter {
      !followersJan.contains($0) && !Self.famous.contains($0)
    }
    let dropped = Array(nonReciprocators.prefix(4))
    let followingJul = followingJan.filter { !dropped.contains($0) } + laterFollowing
    let lost = Set(followersJan.enumerated().filter { $0.offset % 23 == 5 }.map(\.element))
    var followersJul = followersJan.filter { !lost.contains($0) && !dropped.contains($0) }
    for name in laterFollowing where rng.chance(0.7) { followersJul.append(name) }
    followersJul += laterFans

    func entries(_ names: [String], _ from: Date, _ to: Date) -> [Entry] {
      names.map { Entry(username: $0, since: since($0, from, to)) }.sorted(by: Self.newestFirst)
    }
    // A relation that began after January began between the two exports.
    for name in laterFollowing + laterFans { _ = since(name, january, july) }
    var listed: [String: Date] = [:]
    func listEntries(_ kind: String, _ names: [String], _ from: Date, _ to: Date) -> [Entry] {
      names.map { name in
        let value = listed["\(kind):\(name)"] ?? date(from, to)
        listed["\(kind):\(name)"] = value
        return Entry(username: name, since: value)
      }.sorted(by: Self.newestFirst)
    }
    // A follower's follow began after the owner's own follow of them, when there is one.
    var followerSince: [String: Date] = [:]
    func followerEntries(_ names: [String], _ to: Date) -> [Entry] {
      names.map { name in
        let value = followerSince[name] ?? date(began[name] ?? start, to)
        followerSince[name] = value
        return Entry(username: name, since: value)
      }.sorted(by: Self.newestFirst)
    }
    let followersJanSet = Set(followersJan)
    let close = followingJan.filter { followersJanSet.contains($0) && !Self.locals.contains($0) }
      .prefix(24).enumerated().filter { $0.offset % 3 == 0 }.map(\.element)
    let blocked = ["crypto.giveaway.real", "promo_4_followers"]
    let restricted = [friends[friends.count - 1]]
    let pendingSince = UTCTime.parse("2023-10-01T00:00:00Z") ?? start
    // The third request was sent after January; the first was accepted or declined by July.
    listed["pending:\(privateAccounts[2])"] = date(january, july)
    self.january = Export(
      observed: "2024-01-15", followers: followerEntries(followersJan, january),
      following: entries(followingJan, start, january),
      pending: listEntries("pending", Array(privateAccounts.prefix(2)), pendingSince, january),
      unfollowed: [], closeFriends: listEntries("close", close, start, january),
      blocked: listEntries("blocked", blocked, start, january), restricted: [])
    self.july = Export(
      observed: "2024-07-01", followers: followerEntries(followersJul, july),
      following: entries(followingJul, start, july),
      pending: listEntries("pending", Array(privateAccounts.suffix(2)), pendingSince, july),
      unfollowed: listEntries("unfollowed", dropped, january, july),
      closeFriends: listEntries("close", close, start, july),
      blocked: listEntries("blocked", blocked, start, july),
      restricted: listEntries("restricted", restricted, january, july))
  }

  /// Instagram's order: the newest relation first.
  static func newestFirst(_ a: Entry, _ b: Entry) -> Bool {
    a.since != b.since ? a.since > b.since : a.username < b.username
  }
}
