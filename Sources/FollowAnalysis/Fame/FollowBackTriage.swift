import FollowModel

/// Which way an account the owner follows, and that does not follow back, is classified.
public enum TriageCategory: String, CaseIterable, Equatable, Sendable {
  /// On the keep-list (`--keep`, `--whitelist`, `followgraph keep`): kept whatever the
  /// account does, so it is out of every "not following back" list and count. Checked first.
  case kept
  /// Web famous: not following back is expected.
  case webFamous = "web_famous"
  /// Not web famous, and its last post is known and older than the ``InactivityRule``: it may
  /// never have seen the follow, so not following back says little. Checked before ordinary.
  case inactive
  /// An ordinary account with a known audience that chose not to follow back: worth a look.
  case ordinary
  /// No imported follower count and not web famous by in-degree: the data cannot tell.
  case unknownAudience = "unknown_audience"
}

/// One account that does not follow the owner back, with its class and evidence.
public struct TriageEntry: Equatable, Sendable {
  /// The account's native id.
  public var id: String
  /// The class.
  public var category: TriageCategory
  /// The audience evidence, when the account is in the population.
  public var fame: AccountFame?

  /// Creates an entry.
  ///
  /// - Parameters:
  ///   - id: The native id.
  ///   - category: The class.
  ///   - fame: The evidence.
  public init(id: String, category: TriageCategory, fame: AccountFame?) {
    self.id = id
    self.category = category
    self.fame = fame
  }
}

/// The owner's non-reciprocators split into kept, web famous, inactive, ordinary and unknown
/// audience, and the follow-back rate with web-famous (and kept) accounts left out.
///
/// An account is **kept** when the keep-list names it (``AccountFame/whitelisted``); this is
/// checked first, and a kept account is not counted as not following back. Otherwise it is
/// **web famous** when ``AccountFame/isWebFamous`` (a famous account that went quiet is still
/// one whose not following back is expected); otherwise **inactive** when
/// ``AccountFame/isInactive`` (whatever its audience: an account that stopped posting may
/// never have seen the follow, so its silence is not a choice); otherwise it is **ordinary**
/// when its audience is an imported follower count, and **unknown audience** when only its
/// in-degree is known: in an ego export the in-degree of a followed account says little, so
/// it can reveal fame (a high in-degree) but not rule it out.
public struct FollowBackTriage: Equatable, Sendable {
  /// The non-reciprocators with their class, sorted by id.
  public var entries: [TriageEntry]
  /// The rule that made accounts inactive (its reference date `nil` when none was known).
  public var inactivity: InactivityRule
  /// Accounts the owner follows that are web famous.
  public var webFamousFollowing: Int
  /// Of those, how many follow back.
  public var webFamousMutual: Int
  /// Accounts the owner follows that are on the keep-list (kept accounts are web famous by
  /// declaration, so they are also in ``webFamousFollowing``).
  public var keptFollowing: Int
  /// mutual / following over the followings that are neither web famous nor kept; `nil` when
  /// the followers are unknown or every following is web famous or kept.
  public var followBackRateExcludingWebFamous: Double?

  /// Classifies the owner's non-reciprocators.
  ///
  /// - Parameters:
  ///   - etiquette: The owner's figures on `graph`.
  ///   - graph: The follow graph.
  ///   - fame: The network's audience evidence.
  /// - Complexity: O(*out*) for the owner's out-degree.
  public init(etiquette: OwnerEtiquette, graph: FollowGraph, fame: WebFameReport) {
    inactivity = fame.inactivity
    entries = etiquette.notFollowingBack.map { index in
      let id = graph.accountIDs[index]
      let evidence = fame[id]
      let category: TriageCategory
      if evidence?.whitelisted == true {
        category = .kept
      } else if evidence?.isWebFamous == true {
        category = .webFamous
      } else if evidence?.isInactive == true {
        category = .inactive
      } else if evidence?.audienceSource == .followersCount {
        category = .ordinary
      } else {
        category = .unknownAudience
      }
      return TriageEntry(id: id, category: category, fame: evidence)
    }.sorted { NativeIDOrder.areInIncreasingOrder($0.id, $1.id) }
    var famous = 0
    var famousMutual = 0
    var kept = 0
    if let owner = etiquette.account {
      for followed in graph.following(of: owner) {
        guard let evidence = fame[graph.accountIDs[Int(followed)]], evidence.isWebFamous
        else { continue }
        famous += 1
        if evidence.whitelisted { kept += 1 }
        if graph.follows(Int(followed), owner) { famousMutual += 1 }
      }
    }
    webFamousFollowing = famous
    keptFollowing = kept
    webFamousMutual = famousMutual
    let remaining = etiquette.following - famous
    followBackRateExcludingWebFamous =
      etiquette.followersKnown && etiquette.followingKnown && remaining > 0
      ? Double(etiquette.mutual - famousMutual) / Double(remaining) : nil
  }

  /// The non-reciprocators that are not kept: the accounts listed and counted as not
  /// following back.
  public var notFollowingBack: [TriageEntry] {
    entries.filter { $0.category != .kept }
  }

  /// The kept accounts among the non-reciprocators.
  public var kept: [TriageEntry] { entries(.kept) }

  /// The entries of one class.
  ///
  /// - Parameter category: The class.
  /// - Returns: Its entries, in order.
  public func entries(_ category: TriageCategory) -> [TriageEntry] {
    entries.filter { $0.category == category }
  }
}
