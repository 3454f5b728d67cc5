import FollowModel

/// The fictional people of the sample data: a marketer, the accounts she follows (some web
/// famous, most ordinary), her followers, and a small circle for the edge list.
struct SampleWorld {
  struct Person {
    let id: String
    let handle: String
    let name: String
    let followers: Int
    let following: Int
    let posts: Int
    let listed: Int
    let verified: Bool
    let famous: Bool
  }

  let owner: Person
  let following: [Person]
  let followers: [Person]
  let everyone: [Person]

  /// Five web-famous accounts: with about 480 accounts in the sample, the default threshold
  /// (audience percentile ≥ 99) admits the top five audiences.
  static let famousNames = [
    "GlobalNewsDesk", "PopStarAria", "MegaSportsNet", "TechGiantHQ", "MarketingProfsHub",
  ]

  static let firstNames = [
    "ana", "ben", "chloe", "dev", "emma", "farid", "gina", "hugo", "ines", "jack", "kiri", "leo",
    "mira", "nils", "olga", "pablo", "quinn", "rosa", "sami", "tara", "uma", "vik", "wen", "xavi",
    "yara", "zeno",
  ]

  static let roles = [
    "seo", "ads", "brand", "growth", "content", "social", "email", "copy", "pr", "data", "cx",
    "design", "ecom", "b2b",
  ]

  init(seed: UInt64) {
    var rng = SplitMix64(seed: seed)
    owner = Person(
      id: "1209876543210987654", handle: "mayalin_mktg", name: "Maya Lin | Brightleaf Marketing",
      followers: 0, following: 0, posts: 0, listed: 12, verified: false, famous: false)
    var used: Set<String> = [owner.id]
    func newID() -> String {
      while true {
        let id = rng.accountID()
        if used.insert(id).inserted { return id }
      }
    }
    var following: [Person] = []
    for (index, name) in Self.famousNames.enumerated() {
      let audience = 400_000 + Int(rng.next() % 40_000_000)
      following.append(
        Person(
          id: newID(), handle: name, name: name, followers: audience,
          following: Int(rng.next() % 400), posts: 5_000 + Int(rng.next() % 90_000),
          listed: 2_000 + Int(rng.next() % 60_000), verified: index % 3 != 2, famous: true))
    }
    var handles: Set<String> = Set(Self.famousNames)
    func newHandle() -> String {
      while true {
        let handle = "\(rng.pick(Self.firstNames))_\(rng.pick(Self.roles))\(rng.next() % 100)"
        if handles.insert(handle).inserted { return handle }
      }
    }
    func ordinary() -> Person {
      let audience = 40 + Int(rng.next() % 4_000)
      let handle = newHandle()
      return Person(
        id: newID(), handle: handle, name: handle.replacingUnderscores(), followers: audience,
        following: audience / 2 + Int(rng.next() % 2_000), posts: 100 + Int(rng.next() % 9_000),
        listed: Int(rng.next() % 40), verified: false, famous: false)
    }
    for _ in 0..<330 { following.append(ordinary()) }
    // Followers: most ordinary followings follow back (the seed's own observation), famous
    // accounts almost never; plus fans the owner does not follow.
    var followers: [Person] = []
    for person in following {
      let back = person.famous ? rng.chance(0.1) : rng.chance(0.82)
      if back { followers.append(person) }
    }
    for _ in 0..<143 { followers.append(ordinary()) }
    self.following = following
    self.followers = followers
    var everyone: [String: Person] = [:]
    for person in following + followers { everyone[person.id] = person }
    self.everyone = everyone.values.sorted { $0.id < $1.id }
  }
}

extension String {
  func replacingUnderscores() -> String {
    split(separator: "_").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
  }
}
