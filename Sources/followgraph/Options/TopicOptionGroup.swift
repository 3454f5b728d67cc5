import ArgumentParser
import FollowAnalysis
import FollowImport
import FollowModel

/// `--theme`, `--themes`, `--topics` and `--include-reposts`, shared by `topics` and `report`.
struct TopicOptionGroup: ParsableArguments {
  @Option(
    name: .customLong("theme"),
    help: ArgumentHelp(
      "A theme: name=term,term,#tag (repeatable). Terms are words, 'phrases with spaces', "
        + "#hashtags, prefix* or emoji.",
      valueName: "name=terms"))
  var theme: [String] = []

  @Option(
    help: ArgumentHelp(
      "A YAML, JSON or TOML file of named themes with their words and hashtags.",
      valueName: "file"))
  var themes: String?

  @Option(
    name: .customLong("topics"),
    help: ArgumentHelp(
      "Discover this many topics (when no theme is given), or 'auto' to choose the number "
        + "from the posts. Default: one per 100 posts, between 2 and 8.",
      valueName: "k|auto"))
  var topicCount: TopicCount?

  @Flag(help: "Count reposts (retweets, boosts) as the account's own posts.")
  var includeReposts = false

  func validate() throws {
    if case .count(let topicCount) = topicCount,
      !(1...TopicOptions.maximumTopics).contains(topicCount)
    {
      throw ValidationError("--topics must be between 1 and \(TopicOptions.maximumTopics)")
    }
    if topicCount != nil && (!theme.isEmpty || themes != nil) {
      throw ValidationError(
        "--topics discovers topics when no theme is given; drop --topics, or --theme/--themes")
    }
    for specification in theme {
      do { _ = try Theme(parsing: specification) } catch { throw ValidationError("\(error)") }
    }
  }

  /// The themes from `--theme` and `--themes`, in that order, checked for unique names.
  ///
  /// - Throws: ``ModelError`` or ``ImportError`` for a bad theme or file.
  func loadThemes() throws -> [Theme] {
    var all = try theme.map(Theme.init(parsing:))
    if let themes { all += try ThemeFile.read(path: themes) }
    try Theme.validateUnique(all)
    return all
  }

  /// The analysis options.
  ///
  /// - Throws: As ``loadThemes()``.
  func analysisOptions() throws -> TopicOptions {
    var count: Int?
    if case .count(let k) = topicCount { count = k }
    return TopicOptions(
      themes: try loadThemes(), topics: count, includeReposts: includeReposts,
      choosesTopicCount: topicCount == .auto)
  }
}

/// The value of `--topics`: a number of topics, or `auto`.
enum TopicCount: Equatable, ExpressibleByArgument {
  case count(Int)
  case auto

  init?(argument: String) {
    if argument.lowercased() == "auto" {
      self = .auto
    } else if let k = Int(argument) {
      self = .count(k)
    } else {
      return nil
    }
  }
}
