/// The definition of every figure FollowGraph prints, in one place, so that text, JSON and
/// CSV outputs name each number the same way.
public enum MetricDefinitions {
  /// Definitions keyed by the snake_case names used in JSON and CSV.
  public static let all: [(key: String, definition: String)] = [
    ("accounts", "accounts with at least one follow in the network (N)"),
    ("follows", "distinct follows, self-follows dropped (L)"),
    ("reciprocated_follows", "follows whose reverse follow also exists"),
    ("mutual_pairs", "unordered pairs of accounts following each other"),
    (
      "edge_reciprocity",
      "reciprocated_follows / follows; = igraph reciprocity() default = networkx overall_reciprocity"
    ),
    (
      "pair_reciprocity",
      "mutual_pairs / linked pairs; = igraph reciprocity(mode=\"ratio\"); Kwak et al. 2010 report 22.1 % for Twitter"
    ),
    ("density", "follows / (accounts × (accounts − 1))"),
    (
      "rho",
      "Garlaschelli–Loffredo ρ = (edge_reciprocity − density) / (1 − density); > 0 means more mutual follows than chance"
    ),
    ("following", "accounts this account follows"),
    ("followers", "accounts following this account"),
    ("mutual", "accounts this account follows that follow it back"),
    ("follow_back_rate", "mutual / following: share of followed accounts that follow back"),
    (
      "followers_followed_back_rate",
      "mutual / followers: share of followers this account follows back"
    ),
    ("reciprocity", "networkx reciprocity(G, node) = 2 × mutual / (followers + following)"),
    ("not_following_back", "accounts this account follows that do not follow it"),
    ("fans", "accounts following this account that it does not follow"),
    (
      "pagerank",
      "PageRank on the follow graph (networkx pagerank: damping 0.85 unless --damping, dangling rank spread uniformly, L1 change < 1e-12)"
    ),
    (
      "audience",
      "the imported followers_count when known (audience_source followers_count), else followers in the imported graph (in_degree)"
    ),
    (
      "ratio",
      "audience / max(following, 1); following = imported following_count, else accounts followed in the graph"
    ),
    (
      "percentile",
      "audience percentile rank: 100 × (accounts with a smaller audience + half of those with the same) / population; population = accounts in the follow graph plus accounts with an imported followers_count"
    ),
    (
      "pagerank_percentile",
      "the same percentile rank over PageRank scores, among the accounts of the follow graph"
    ),
    (
      "web_famous",
      "percentile ≥ --min-percentile (99) and ratio ≥ --min-ratio (10), or listed in --whitelist"
    ),
    (
      "follow_back_rate_excluding_web_famous",
      "mutual / following over the followings that are not web famous"
    ),
    (
      "triage",
      "not following back, split in this order: kept (keep-list), web_famous (expected), inactive (last post known and older than --inactive-days, default 90, before --as-of or the owner's latest snapshot), ordinary (imported follower count, not web famous: worth a look), unknown_audience (no imported follower count)"
    ),
    (
      "inactive",
      "the last post (last_post_at: Mastodon last_status_at, from fetch or API pages) is known and older than --inactive-days (90) before --as-of, else before the owner's latest snapshot; an unknown last post is never inactive"
    ),
    (
      "following_known",
      "1 (true) when an imported export lists everyone this account follows; else figures that need it are empty"
    ),
    (
      "followers_known",
      "1 (true) when an imported export lists this account's followers (Mastodon and Bluesky exports do not); else figures that need them are empty"
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
