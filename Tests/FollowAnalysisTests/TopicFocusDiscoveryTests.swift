import FollowAnalysis
import FollowModel
import Foundation
import Testing

/// Discovered topics through the per-account analysis.
struct TopicFocusDiscoveryTests {
  /// The two-topic corpus of ``TopicMixtureTests`` as posts, one a day.
  static func posts() -> [Post] {
    let (documents, groups) = TopicMixtureTests.corpus()
    return documents.enumerated().map { index, words in
      Post(
        id: String(index),
        author: AccountID(network: .generic, value: groups[index] == 0 ? "cats" : "money"),
        createdAt: Date(timeIntervalSince1970: 1_704_067_200 + Double(index % 20) * 86_400 * 3),
        text: words.joined(separator: " ") + "s")
    }
  }

  @Test func focusEntropyAndDominantTopicPerAccount() throws {
    // When two topics are discovered in the posts of "cats" (16 of 20 on cats) and "money"
    let analysis = try TopicFocus.analyze(posts: Self.posts(), options: TopicOptions(topics: 2))
    let cats = try #require(analysis.accounts.first { $0.account.value == "cats" })
    let money = try #require(analysis.accounts.first { $0.account.value == "money" })
    // Then each account's focus is its share in its own dominant topic
    #expect(abs((cats.focus ?? 0) - 0.8) < 0.02)
    #expect(abs((money.focus ?? 0) - 0.8) < 0.02)
    #expect(cats.dominantTopic != money.dominantTopic)
    #expect(cats.postsInDominantTopic == 16 && money.postsInDominantTopic == 16)
    #expect(cats.offTopicPosts.count == 4)
    // Entropy of (0.8, 0.2) normalised by ln 2
    let h = -(0.8 * log(0.8) + 0.2 * log(0.2)) / log(2.0)
    #expect(abs((cats.entropy ?? 0) - h) < 0.03)
    // Labels show written forms ("kittens" was folded to "kitten" for counting)
    let catTopic = try #require(cats.dominantTopic)
    #expect(analysis.topics[catTopic].topTerms.contains { $0.hasSuffix("s") })
    #expect(analysis.posts.count == 40)
    guard case .discovered = analysis.method else {
      Issue.record("expected discovered topics")
      return
    }
  }

  @Test func repeatedAndReorderedRunsAgree() throws {
    let first = try TopicFocus.analyze(posts: Self.posts(), options: TopicOptions(topics: 2))
    let second = try TopicFocus.analyze(
      posts: Self.posts().reversed(), options: TopicOptions(topics: 2))
    #expect(first.accounts == second.accounts)
    #expect(first.topics == second.topics)
  }

  @Test func invalidTopicCountIsAnError() {
    #expect(throws: AnalysisError.invalidTopicCount(0)) {
      try TopicFocus.analyze(posts: Self.posts(), options: TopicOptions(topics: 0))
    }
  }

  @Test func defaultTopicCountGrowsWithPosts() {
    #expect(TopicOptions.defaultTopicCount(posts: 10) == 2)
    #expect(TopicOptions.defaultTopicCount(posts: 450) == 4)
    #expect(TopicOptions.defaultTopicCount(posts: 100_000) == 8)
  }
}
