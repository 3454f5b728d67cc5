import FollowModel
import Foundation

/// A deterministic generator of short posts with known topics and per-account shares.
///
/// 40 latent topics each own 150 words; every post is 8–24 tokens, about 60 % from its topic
/// and the rest common words (Zipf-distributed over 5,000), with occasional hashtags,
/// mentions, links and emoji. Each account has a home topic and a known share of posts on
/// it (uniform in 0.3–0.9); its other posts pick topics uniformly.
struct SyntheticPosts {
  let posts: [Post]
  /// The generating topic of each post.
  let topics: [Int]
  /// The true share of each account's posts on its home topic, by account id.
  let homeShares: [String: Double]

  init(posts count: Int, accounts: Int, seed: UInt64) {
    var random = SplitMix64(seed: seed)
    let topicCount = 40
    let common = (0..<5_000).map { Self.word($0) }
    let topicWords = (0..<topicCount).map { t in (0..<150).map { Self.word(10_000 + t * 150 + $0) }
    }
    let emoji = ["🚀", "✨", "😂", "👍", "🔥", "📈"]
    var shares: [String: Double] = [:]
    var home: [Int] = []
    for a in 0..<accounts {
      home.append(Int(random.next() % UInt64(topicCount)))
      shares["acct\(a)"] = 0.3 + 0.6 * random.nextUnit()
    }
    var posts: [Post] = []
    var topics: [Int] = []
    posts.reserveCapacity(count)
    let start = 1_577_836_800.0  // 2020-01-01
    for i in 0..<count {
      let a = i % accounts
      let name = "acct\(a)"
      let onHome = random.nextUnit() < (shares[name] ?? 0.5)
      var topic = home[a]
      if !onHome {
        topic = Int(random.next() % UInt64(topicCount - 1))
        if topic >= home[a] { topic += 1 }
      }
      let length = 8 + Int(random.next() % 17)
      var words: [String] = []
      for _ in 0..<length {
        if random.nextUnit() < 0.6 {
          words.append(topicWords[topic][Self.zipf(150, &random)])
        } else {
          words.append(common[Self.zipf(5_000, &random)])
        }
      }
      if random.nextUnit() < 0.3 { words.append("#" + topicWords[topic][Self.zipf(20, &random)]) }
      if random.nextUnit() < 0.2 { words.insert("@user\(random.next() % 1000)", at: 0) }
      if random.nextUnit() < 0.2 { words.append("https://example.com/\(i)") }
      if random.nextUnit() < 0.1 { words.append(emoji[Int(random.next() % UInt64(emoji.count))]) }
      posts.append(
        Post(
          id: String(i), author: AccountID(network: .generic, value: name),
          createdAt: Date(timeIntervalSince1970: start + Double(i) * 600),
          text: words.joined(separator: " ")))
      topics.append(topic)
    }
    self.posts = posts
    self.topics = topics
    self.homeShares = shares
  }

  /// A pronounceable word for index `n`: letters only, so the tokenizer keeps it.
  static func word(_ n: Int) -> String {
    let consonants = Array("bcdfghjklmnprstvz")
    let vowels = Array("aeiou")
    var value = n
    var out = ""
    repeat {
      out.append(consonants[value % consonants.count])
      value /= consonants.count
      out.append(vowels[value % vowels.count])
      value /= vowels.count
    } while value > 0
    return out + "x"
  }

  /// An index in `0..<n` with probability ∝ 1 / (rank + 1).
  static func zipf(_ n: Int, _ random: inout SplitMix64) -> Int {
    let harmonic = log(Double(n)) + 0.5772
    let target = random.nextUnit() * harmonic
    let index = Int(exp(target - 0.5772)) - 1
    return min(max(index, 0), n - 1)
  }
}
