import FollowAnalysis
import FollowModel

/// The follow-back etiquette of one export owner, with the accounts behind each list.
public struct OwnerReport: Sendable {
  /// The owner.
  public var owner: Account
  /// The owner's figures.
  public var etiquette: OwnerEtiquette
  /// Accounts the owner follows that do not follow back, sorted by id; kept accounts (the
  /// keep-list) are not here but in ``kept``.
  public var notFollowingBack: [Account]
  /// Accounts the owner follows that do not follow back and are on the keep-list, sorted by id.
  public var kept: [Account] = []
  /// Accounts following the owner that the owner does not follow, sorted by id.
  public var fans: [Account]
  /// Accounts following each other with the owner, sorted by id.
  public var mutuals: [Account]
  /// The non-reciprocators split into kept, web famous, ordinary and unknown audience, when
  /// audience evidence was computed.
  public var triage: FollowBackTriage?

  /// Creates a report.
  ///
  /// - Parameters:
  ///   - owner: The owner's record.
  ///   - etiquette: The owner's figures.
  ///   - notFollowingBack: Accounts the owner follows that do not follow back, sorted by id.
  ///   - fans: Accounts following the owner that the owner does not follow, sorted by id.
  ///   - mutuals: Accounts following each other with the owner, sorted by id.
  ///   - triage: The non-reciprocators triaged, when audience evidence was computed.
  public init(
    owner: Account, etiquette: OwnerEtiquette, notFollowingBack: [Account], fans: [Account],
    mutuals: [Account], triage: FollowBackTriage? = nil
  ) {
    self.owner = owner
    self.etiquette = etiquette
    self.notFollowingBack = notFollowingBack
    self.fans = fans
    self.mutuals = mutuals
    self.triage = triage
  }
}

/// Everything the reciprocity outputs show for one network, as computed by the use cases
/// (`FollowUseCases`); the renderers only read it.
public struct NetworkReport: Sendable {
  /// The network.
  public var network: Network
  /// Graph-wide figures.
  public var graph: GraphReciprocity
  /// Per-account figures, in graph index order.
  public var perAccount: [AccountReciprocity]
  /// The native id of each graph index.
  public var accountIDs: [String]
  /// Names and handles.
  public var directory: AccountDirectory
  /// The export owners in this network, sorted by id.
  public var owners: [OwnerReport]
  /// PageRank of the network's accounts (by graph index), when computed.
  public var pageRank: PageRankResult?
  /// Audience evidence and web-famous accounts, when computed.
  public var fame: WebFameReport?
  /// The complementary CDFs of follower and following counts, when computed (the report's
  /// charts and `degree_ccdf`); empty otherwise.
  public var degreeCCDF = DegreeCCDF(followers: [], following: [])

  /// Creates a report.
  ///
  /// - Parameters:
  ///   - network: The network.
  ///   - graph: Graph-wide figures.
  ///   - perAccount: Per-account figures.
  ///   - accountIDs: The native id of each graph index.
  ///   - directory: Names and handles.
  ///   - owners: The export owners.
  ///   - pageRank: PageRank of the accounts, when computed.
  ///   - fame: Audience evidence, when computed.
  public init(
    network: Network, graph: GraphReciprocity, perAccount: [AccountReciprocity],
    accountIDs: [String], directory: AccountDirectory, owners: [OwnerReport],
    pageRank: PageRankResult? = nil, fame: WebFameReport? = nil
  ) {
    self.network = network
    self.graph = graph
    self.perAccount = perAccount
    self.accountIDs = accountIDs
    self.directory = directory
    self.owners = owners
    self.pageRank = pageRank
    self.fame = fame
  }

  /// Per-account rows sorted by account id.
  ///
  /// - Complexity: O(*n* log *n*) integer comparisons when ids are numeric.
  public var sortedPerAccount: [AccountReciprocity] {
    NativeIDOrder.sortedIndexes(perAccount.map { accountIDs[$0.account] }).map { perAccount[$0] }
  }
}

/// The degree distributions of a network as complementary CDFs.
public struct DegreeCCDF: Equatable, Sendable {
  /// Of follower counts (in-degrees).
  public var followers: [CCDFPoint]
  /// Of following counts (out-degrees).
  public var following: [CCDFPoint]

  /// Creates the distributions.
  ///
  /// - Parameters:
  ///   - followers: The CCDF of follower counts.
  ///   - following: The CCDF of following counts.
  public init(followers: [CCDFPoint], following: [CCDFPoint]) {
    self.followers = followers
    self.following = following
  }
}

extension Account {
  /// `@handle (network:id)` when the handle is known, else `network:id`; for text output, so
  /// control and bidirectional characters from the export are escapes
  /// (``DisplayText/escaped(_:)``), never terminal commands.
  public var label: String {
    DisplayText.escaped(handle.map { "@\($0) (\(id))" } ?? id.description)
  }
}
