import FollowAnalysis
import FollowModel

/// Renders `followgraph topics` as JSON and CSV, and the topic files of a report folder.
public enum TopicsRenderer {
  /// The fixed columns of `topic_focus.csv`; per-theme or per-topic share columns follow.
  public static let focusColumns = [
    "account", "network", "handle", "posts", "focus", "entropy", "dominant_topic",
    "dominant_label", "posts_in_dominant_topic", "posts_total", "reposts_excluded",
    "empty_posts", "top_terms", "top_hashtags",
  ]

  /// The JSON object of the CLI contract: `topics` (`id`, `label`, `top_terms`) and
  /// `accounts` (`account`, `posts`, `focus`, `entropy`, `dominant_topic`, and
  /// `on_theme_share` per theme and `any` when themes are given), with method details and
  /// definitions.
  ///
  /// - Parameters:
  ///   - analysis: The analysis.
  ///   - names: Handles of the accounts.
  ///   - offTopicLimit: The most off-topic posts listed per account (`nil`: all).
  /// - Returns: The JSON value.
  public static func json(
    _ analysis: TopicAnalysis, names: AccountNames, offTopicLimit: Int? = nil
  ) -> JSONValue {
    var members: [(String, JSONValue)] = [
      ("method", .string(analysis.usesThemes ? "themes" : "discovered"))
    ]
    if case .discovered(let smoothing, let vocabulary) = analysis.method {
      members.append(("smoothing", analysis.topics.isEmpty ? .null : .double(smoothing)))
      members.append(("vocabulary_size", .int(vocabulary)))
      members.append(("topics_requested", .integer(analysis.requestedTopics)))
      let choice = analysis.topicCountChoice
      members.append(("topics_auto", .bool(choice != nil)))
      members.append(("topics_runner_up", .integer(choice?.runnerUp)))
      members.append(
        (
          "topics_auto_scores",
          choice.map { choice in
            .array(
              zip(choice.candidates, choice.scores).map { k, score in
                .object([("topics", .int(k)), ("score", .double(score))])
              })
          } ?? .null
        ))
    }
    members.append(("includes_reposts", .bool(analysis.includesReposts)))
    members.append(("posts", .int(analysis.posts.count)))
    if analysis.usesThemes {
      members.append(
        (
          "themes",
          .array(
            analysis.themes.map { theme in
              .object([
                ("name", .string(theme.name)), ("terms", .array(theme.terms.map(JSONValue.string))),
              ])
            })
        ))
    }
    members.append(
      (
        "topics",
        .array(
          analysis.topics.map { topic in
            .object([
              ("id", .int(topic.id)), ("label", .string(topic.label)),
              ("top_terms", .array(topic.topTerms.map(JSONValue.string))),
              ("posts", .int(topic.posts)),
            ])
          })
      ))
    members.append(
      (
        "accounts",
        .array(analysis.accounts.map { accountJSON($0, analysis, names, offTopicLimit) })
      ))
    members.append(
      ("definitions", .object(TopicDefinitions.all.map { ($0.key, .string($0.definition)) })))
    return .object(members)
  }

  private static func accountJSON(
    _ a: AccountTopics, _ analysis: TopicAnalysis, _ names: AccountNames, _ limit: Int?
  ) -> JSONValue {
    var members: [(String, JSONValue)] = [
      ("account", .string(a.account.value)), ("network", .string(a.account.network.rawValue)),
      ("handle", .text(names.handle(of: a.account))), ("posts", .int(a.posts)),
      ("focus", .number(a.focus)), ("entropy", .number(a.entropy)),
      ("dominant_topic", .integer(a.dominantTopic)),
      ("dominant_label", .text(a.dominantTopic.map { analysis.topics[$0].label })),
      ("posts_in_dominant_topic", .int(a.postsInDominantTopic)),
    ]
    if let shares = a.themeShares {
      var perTheme: [(String, JSONValue)] = zip(analysis.themes, shares).map {
        ($0.name, .double($1))
      }
      perTheme.append((Theme.anyThemeName, .number(a.anyThemeShare)))
      members.append(("on_theme_share", .object(perTheme)))
    }
    members += [
      ("topic_shares", .array(a.topicShares.map(JSONValue.double))),
      ("posts_total", .int(a.postsTotal)), ("reposts_excluded", .int(a.repostsExcluded)),
      ("empty_posts", .int(a.emptyPosts)), ("urls", .int(a.urls)), ("mentions", .int(a.mentions)),
      ("top_terms", .array(a.distinctiveTerms.map(JSONValue.string))),
      ("top_hashtags", .array(a.distinctiveHashtags.map(JSONValue.string))),
      (
        "monthly",
        .array(
          a.monthly.map { m in
            .object([
              ("month", .string(m.month)), ("topic", .integer(m.topic)),
              ("posts", .int(m.posts)), ("on_topic_posts", .int(m.onTopicPosts)),
              ("share", .number(m.share)),
            ])
          })
      ),
      ("off_topic_count", .int(a.offTopicPosts.count)),
      (
        "off_topic_posts",
        .array(
          (limit.map { Array(a.offTopicPosts.prefix($0)) } ?? a.offTopicPosts).map { p in
            .object([
              ("id", .string(p.postID)), ("created_at", .string(UTCTime.timestamp(p.createdAt))),
              ("topic", .integer(p.topic)), ("excerpt", .string(p.excerpt)),
            ])
          })
      ),
    ]
    return .object(members)
  }

  /// `topic_focus.csv`: one row per account; then `on_theme_share_any` and
  /// `on_theme_share_<theme>` (themes) or `topic_<id>_share` (discovered topics).
  ///
  /// - Parameters:
  ///   - analysis: The analysis.
  ///   - names: Handles.
  /// - Returns: The table.
  public static func focusCSV(_ analysis: TopicAnalysis, names: AccountNames) -> CSVTable {
    var header = focusColumns
    if analysis.usesThemes {
      header += ["on_theme_share_any"] + analysis.themes.map { "on_theme_share_\($0.name)" }
    } else {
      header += analysis.topics.map { "topic_\($0.id)_share" }
    }
    var table = CSVTable(header: header)
    for a in analysis.accounts {
      var row: [CSVTable.Cell] = [
        .text(a.account.value), .text(a.account.network.rawValue),
        names.handle(of: a.account).map(CSVTable.Cell.text) ?? .empty, .int(a.posts),
        .double(a.focus), .double(a.entropy), a.dominantTopic.map(CSVTable.Cell.int) ?? .empty,
        a.dominantTopic.map { .text(analysis.topics[$0].label) } ?? .empty,
        .int(a.postsInDominantTopic), .int(a.postsTotal), .int(a.repostsExcluded),
        .int(a.emptyPosts), .text(a.distinctiveTerms.joined(separator: " ")),
        .text(a.distinctiveHashtags.joined(separator: " ")),
      ]
      if analysis.usesThemes {
        row.append(.double(a.anyThemeShare))
        for t in analysis.themes.indices { row.append(.double(a.themeShares?[t])) }
      } else {
        for t in analysis.topics.indices {
          row.append(t < a.topicShares.count ? .double(a.topicShares[t]) : .empty)
        }
      }
      table.rows.append(row)
    }
    return table
  }

  /// `off_theme_posts.csv`: posts off every theme, or outside the account's dominant topic.
  ///
  /// - Parameter analysis: The analysis.
  /// - Returns: The table, by account then date.
  public static func offTopicCSV(_ analysis: TopicAnalysis) -> CSVTable {
    var table = CSVTable(header: [
      "account", "network", "post_id", "created_at", "topic", "topic_label", "excerpt",
    ])
    for a in analysis.accounts {
      for p in a.offTopicPosts {
        table.rows.append([
          .text(a.account.value), .text(a.account.network.rawValue), .text(p.postID),
          .text(UTCTime.timestamp(p.createdAt)), p.topic.map(CSVTable.Cell.int) ?? .empty,
          p.topic.map { .text(analysis.topics[$0].label) } ?? .empty, .text(p.excerpt),
        ])
      }
    }
    return table
  }

  /// `topic_monthly.csv`: per account and month, the posts on each theme and on any theme
  /// (`topic` empty, label `any theme`), or on the account's dominant topic.
  ///
  /// - Parameter analysis: The analysis.
  /// - Returns: The table.
  public static func monthlyCSV(_ analysis: TopicAnalysis) -> CSVTable {
    var table = CSVTable(header: [
      "account", "network", "month", "topic", "topic_label", "posts", "on_topic_posts", "share",
    ])
    for a in analysis.accounts {
      for m in a.monthly {
        table.rows.append([
          .text(a.account.value), .text(a.account.network.rawValue), .text(m.month),
          m.topic.map(CSVTable.Cell.int) ?? .empty,
          .text(m.topic.map { analysis.topics[$0].label } ?? "any theme"), .int(m.posts),
          .int(m.onTopicPosts), .double(m.share),
        ])
      }
    }
    return table
  }

  /// `post_topics.csv`: `post_id,account,topic` for every considered post, then details.
  ///
  /// - Parameter analysis: The analysis.
  /// - Returns: The table, by account then date.
  public static func postTopicsCSV(_ analysis: TopicAnalysis) -> CSVTable {
    var table = CSVTable(header: [
      "post_id", "account", "topic", "network", "created_at", "topic_label", "probability",
      "themes",
    ])
    for p in analysis.posts {
      table.rows.append([
        .text(p.postID), .text(p.account.value), p.topic.map(CSVTable.Cell.int) ?? .empty,
        .text(p.account.network.rawValue), .text(UTCTime.timestamp(p.createdAt)),
        p.topic.map { .text(analysis.topics[$0].label) } ?? .empty, .double(p.probability),
        analysis.usesThemes
          ? .text(p.themes.map { analysis.themes[$0].name }.joined(separator: ";")) : .empty,
      ])
    }
    return table
  }
}
