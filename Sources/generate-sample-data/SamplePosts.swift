import FollowModel
import Foundation

/// The marketer's tweets: mostly marketing, some off-theme, some retweets, with the share of
/// off-theme posts drifting up over the months.
struct SamplePosts {
  struct Tweet {
    let id: String
    let date: (year: Int, month: Int, day: Int, hour: Int, minute: Int)
    let text: String
    let hashtags: [String]
    let mentions: [SampleWorld.Person]
    let replyTo: (status: String, user: SampleWorld.Person)?
    let url: String?
  }

  static let marketingLines = [
    "Three things every {topic} plan needs before launch: a clear audience, one goal, and a budget you can defend.",
    "Your {topic} is only as good as the brief behind it. Write the brief first.",
    "Tested two subject lines for our newsletter today. The plain one won again. {topic} lesson of the week.",
    "Content that answers real customer questions beats clever slogans. Every time. #contentmarketing",
    "If your funnel leaks at the first step, more ads will not fix it. Start with the landing page.",
    "Brand consistency is a growth lever: same voice, same colours, same promise.",
    "Quick SEO audit checklist: titles, internal links, page speed, and search intent.",
    "We cut the campaign budget by 20% and conversions went up. Targeting matters more than spend.",
    "Engagement is a vanity metric until you tie it to a conversion. What are you measuring?",
    "Email still has the best ROI in our {topic} mix. Segment your list and stop blasting everyone.",
    "A/B test result: short video beat carousel for awareness, carousel won for clicks.",
    "Customer interviews > dashboards when you need to understand why a campaign flopped.",
    "Positioning is choosing who you are NOT for. Hard, but it makes every {topic} decision easier.",
    "Our content calendar for Q{quarter} is out. Fewer posts, better posts.",
    "Great case study on {topic} from a small bakery: local SEO, reviews and one loyal audience.",
  ]
  static let marketingTopics = [
    "marketing", "branding", "SEO", "content marketing", "email marketing", "social media",
    "growth", "advertising",
  ]
  static let marketingTags = [
    "marketing", "SEO", "contentmarketing", "branding", "growth", "emailmarketing",
    "digitalmarketing", "socialmedia",
  ]
  static let offThemeLines = [
    "Sunday hike with the dog. No phone for four hours and it was glorious 🥾🐕",
    "Made my grandmother's lemon cake recipe and somehow it worked first try 🍋",
    "What a match last night! Extra time, penalties, chaos. Football is the best.",
    "Reading a novel about lighthouses this week. Highly recommend slowing down.",
    "Coffee number three. It is only 10am. Send help ☕☕☕",
    "The cat has decided my keyboard is her bed. Working from the sofa today 🐈",
    "Rainy Saturday, jazz records and a big pot of soup.",
    "Finally planted the tomatoes. Ask me in August how that went 🍅",
  ]

  static func make(world: SampleWorld, seed: UInt64) -> [Tweet] {
    var rng = SplitMix64(seed: seed)
    var tweets: [Tweet] = []
    var id: UInt64 = 1_610_000_000_000_000_000
    let ordinary = world.following.filter { !$0.famous }
    // 18 months, January 2023 to June 2024; off-theme share drifts from ~8 % to ~30 %.
    for monthIndex in 0..<18 {
      let year = 2023 + monthIndex / 12
      let month = monthIndex % 12 + 1
      let count = 16 + Int(rng.next() % 8)
      let offShare = 0.08 + 0.22 * Double(monthIndex) / 17
      var days = (0..<count).map { _ in 1 + Int(rng.next() % 28) }
      days.sort()
      for day in days {
        id += 1 + rng.next() % 9_000_000_000_000_000 / 1_000
        let date = (year, month, day, 7 + Int(rng.next() % 14), Int(rng.next() % 60))
        let roll = rng.unit()
        if roll < offShare {
          tweets.append(
            Tweet(
              id: String(id), date: date, text: rng.pick(offThemeLines), hashtags: [],
              mentions: [], replyTo: nil, url: nil))
        } else if roll < offShare + 0.12 {
          let author = rng.pick(ordinary)
          let line = fill(rng.pick(marketingLines), rng: &rng, month: month)
          let tag = rng.pick(marketingTags)
          tweets.append(
            Tweet(
              id: String(id), date: date, text: "RT @\(author.handle): \(line) #\(tag)",
              hashtags: [tag], mentions: [author], replyTo: nil, url: nil))
        } else {
          var text = fill(rng.pick(marketingLines), rng: &rng, month: month)
          var hashtags = text.contains("#contentmarketing") ? ["contentmarketing"] : []
          if rng.chance(0.6) {
            let tag = rng.pick(marketingTags)
            if !hashtags.contains(tag) {
              hashtags.append(tag)
              text += " #\(tag)"
            }
          }
          var url: String?
          if rng.chance(0.25) {
            url = "https://brightleaf.example/blog/\(monthIndex)-\(day)"
            text += " https://t.co/\(String(rng.next() % 10_000_000_000, radix: 36))"
          }
          var replyTo: (String, SampleWorld.Person)?
          var mentions: [SampleWorld.Person] = []
          if rng.chance(0.2) {
            let person = rng.pick(ordinary)
            replyTo = (String(id - 17), person)
            mentions = [person]
            text = "@\(person.handle) " + text
          }
          tweets.append(
            Tweet(
              id: String(id), date: date, text: text, hashtags: hashtags, mentions: mentions,
              replyTo: replyTo, url: url))
        }
      }
    }
    return tweets
  }

  private static func fill(_ template: String, rng: inout SplitMix64, month: Int) -> String {
    template.replacingOccurrences(of: "{topic}", with: rng.pick(marketingTopics))
      .replacingOccurrences(of: "{quarter}", with: String((month - 1) / 3 + 1))
  }
}
