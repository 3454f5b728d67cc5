import FollowModel

/// A small follow graph among marketers, as a SNAP-style edge list: a few popular accounts
/// followed by many and following few, and ordinary accounts that often follow back.
enum CircleGraph {
  static func edgeList(seed: UInt64) -> String {
    var rng = SplitMix64(seed: seed)
    let stars = ["adweek_daily", "seo_oracle", "brandguru"]
    var people: [String] = []
    var seen: Set<String> = Set(stars)
    while people.count < 57 {
      let handle = "\(rng.pick(SampleWorld.firstNames))_\(rng.pick(SampleWorld.roles))"
      if seen.insert(handle).inserted { people.append(handle) }
    }
    var edges: Set<String> = []
    var ordered: [(String, String)] = []
    func add(_ a: String, _ b: String) {
      guard a != b, edges.insert("\(a) \(b)").inserted else { return }
      ordered.append((a, b))
    }
    for person in people {
      for star in stars where rng.chance(0.7) { add(person, star) }
      let count = 3 + Int(rng.next() % 9)
      for _ in 0..<count { add(person, rng.pick(people)) }
    }
    for (a, b) in ordered where people.contains(b) && rng.chance(0.45) { add(b, a) }
    for star in stars { add(star, rng.pick(stars)) }
    var out = "# FollowGraph sample: a fictional circle of marketers (generated, seeded)\n"
    out += "# follower followed\n"
    for (a, b) in ordered { out += "\(a)\t\(b)\n" }
    return out
  }
}
