/// The definition of every topic figure, so that text, JSON and CSV name each number alike.
public enum TopicDefinitions {
  /// Definitions keyed by the snake_case names used in JSON and CSV.
  public static let all: [(key: String, definition: String)] = [
    (
      "posts",
      "considered posts: the account's posts minus reposts (unless --include-reposts) minus "
        + "posts with nothing left after removing links and mentions"
    ),
    (
      "on_theme_share",
      "per theme, the share of considered posts holding one of its words, phrases, hashtags or "
        + "emoji; 'any' = on at least one theme"
    ),
    (
      "focus",
      "share of considered posts in the dominant topic: themes, the posts whose best-matching "
        + "theme it is; discovered topics, the per-account mixture model's estimate"
    ),
    (
      "entropy",
      "Shannon entropy of the account's topic shares divided by its maximum (0 = one topic, "
        + "1 = evenly spread); themes count 'off every theme' as one more category"
    ),
    ("dominant_topic", "the topic (theme) with the largest share"),
    ("posts_in_dominant_topic", "considered posts whose most probable topic is the dominant one"),
    ("topic_shares", "share of considered posts per topic id"),
    (
      "top_terms",
      "topics: terms ranked by p(w|topic)·ln(p(w|topic)/p(w)); accounts: words ranked by TF-IDF "
        + "with accounts as documents (used at least twice)"
    ),
    (
      "monthly", "per UTC month: considered posts and those on the topic (on any theme: topic null)"
    ),
    (
      "smoothing",
      "λ, the weight of the corpus word distribution in every topic, chosen by held-out "
        + "likelihood"
    ),
  ]

  /// The definition of `key`.
  ///
  /// - Parameter key: A snake_case figure name.
  /// - Returns: The definition, or an empty string for an unknown key.
  public static func definition(of key: String) -> String {
    all.first { $0.key == key }?.definition ?? ""
  }
}
