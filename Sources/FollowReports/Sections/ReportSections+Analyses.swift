import FollowAnalysis
import FollowModel

extension ReportSections {
  /// The HTML report's optional sections, built from the report's facts: the one place this
  /// view of them is made.
  ///
  /// - Parameter input: What to report.
  public init(_ input: ReportInput) {
    self.init(
      famous: input.networks.compactMap(FamousSection.init),
      topics: input.topics.map(TopicSection.sections) ?? [],
      changes: (input.changes ?? []).map(ChangesSection.init), activity: input.activity)
    forecasts = input.forecasts
  }
}

extension FamousSection {
  /// The HTML section of a network whose web-famous figures were computed.
  ///
  /// - Parameter report: The network's report; `nil` is returned when it has no fame figures.
  public init?(_ report: NetworkReport) {
    guard let fame = report.fame else { return nil }
    func entry(_ account: AccountFame) -> Entry {
      let known =
        report.directory[account.id]
        ?? Account(
          id: AccountID(network: report.network, value: account.id), handle: account.handle)
      return Entry(
        account: known, audience: account.audience,
        audienceSource: account.audienceSource,
        following: account.following, ratio: account.ratio, percentile: account.percentile,
        webFamous: account.isWebFamous)
    }
    let owners = report.owners.compactMap { owner -> OwnerFigures? in
      guard let triage = owner.triage else { return nil }
      return OwnerFigures(
        owner: owner.owner.id,
        followBackRateExcludingFamous: triage.followBackRateExcludingWebFamous,
        nonReciprocators: triage.notFollowingBack.map { item in
          let account =
            item.fame.map(entry)
            ?? Entry(
              account: report.directory[item.id]
                ?? Account(id: AccountID(network: report.network, value: item.id)),
              audience: nil, audienceSource: nil, following: nil, ratio: nil, percentile: nil,
              webFamous: false)
          return (account, item.category)
        })
    }
    // The smallest audience that reaches the percentile threshold: the horizontal line.
    let threshold = fame.accounts.filter { $0.percentile >= fame.criteria.minPercentile }
      .map(\.audience).min()
    self.init(
      network: report.network, minPercentile: fame.criteria.minPercentile,
      minRatio: fame.criteria.minRatio, audienceThreshold: threshold.map(Double.init),
      whitelisted: fame.accounts.filter(\.whitelisted).count, accounts: fame.accounts.map(entry),
      owners: owners)
  }
}

extension ChangesSection {
  /// The HTML section of one owner's changes between snapshots.
  ///
  /// A list that two snapshots could not be compared on (one of them lacks it) is empty here;
  /// `changes.csv` and `followgraph changes` say which lists were compared.
  ///
  /// - Parameter changes: The owner's history.
  public init(_ changes: OwnerChanges) {
    func accounts(_ ids: [String]?) -> [Account] {
      (ids ?? []).map { id in
        changes.directory[id]
          ?? Account(id: AccountID(network: changes.owner.id.network, value: id))
      }
    }
    self.init(
      owner: changes.owner.id,
      periods: changes.periods.map { period in
        Period(
          from: period.from, to: period.to, gainedFollowers: accounts(period.gainedFollowers),
          lostFollowers: accounts(period.lostFollowers),
          newFollowing: accounts(period.newFollowing),
          droppedFollowing: accounts(period.droppedFollowing))
      })
  }
}

extension TopicSection {
  /// The HTML sections of a topic analysis, one per network that has posts.
  ///
  /// With themes, an account's on-theme share is the share of its posts on any theme; with
  /// discovered topics, it is the account's focus (the share of its posts in its dominant
  /// topic), and "off theme" means outside the dominant topic.
  ///
  /// - Parameter report: The topic analysis and the accounts' names.
  /// - Returns: One section per network, sorted by network.
  public static func sections(_ report: TopicReport) -> [TopicSection] {
    let analysis = report.analysis
    let method: String
    switch analysis.method {
    case .themes:
      method = "themes: " + analysis.themes.map(\.name).joined(separator: ", ")
    case .discovered:
      method =
        "\(analysis.topics.count) topics discovered (TF-IDF and NMF): "
        + analysis.topics.map(\.label).joined(separator: "; ")
    }
    let byNetwork = Dictionary(grouping: analysis.accounts, by: \.account.network)
    return byNetwork.keys.sorted().map { network in
      let accounts = (byNetwork[network] ?? []).filter { $0.posts > 0 }
      func account(_ id: AccountID) -> Account {
        Account(id: id, handle: report.names.handle(of: id))
      }
      return TopicSection(
        network: network, method: method,
        accounts: accounts.map { a in
          AccountFocus(
            account: account(a.account), posts: a.posts,
            onThemeShare: analysis.usesThemes ? a.anyThemeShare : a.focus,
            dominantTopic: a.dominantTopic.map { analysis.topics[$0].label })
        },
        drift: accounts.map { a in
          Drift(
            account: account(a.account),
            months: a.monthly.map {
              MonthShare(month: $0.month, posts: $0.posts, onThemeShare: $0.share)
            })
        },
        offThemePosts: accounts.flatMap { a in
          a.offTopicPosts.map { post in
            OffThemePost(
              post: Post(
                id: post.postID, author: post.account, createdAt: post.createdAt,
                text: post.excerpt),
              author: account(post.account))
          }
        })
    }
  }
}
