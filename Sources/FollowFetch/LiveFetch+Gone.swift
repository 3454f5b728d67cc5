import FollowModel
import Foundation

/// What the lookup of the accounts that left the owner's lists found.
struct GoneLookup: Sendable {
  /// The accounts looked up: in the owner's previous snapshot, absent from the lists now.
  var asked: [String] = []
  /// Those whose profile no longer resolves.
  var gone: [GoneAccount] = []
  /// Batches that could not be answered (their accounts stay undecided).
  var warnings: [FetchWarning] = []
}

extension LiveFetch {
  /// The accounts of the owner's previous snapshot (observed before `observedAt`) that are
  /// absent from every list read now, for each list complete both then and now; sorted.
  ///
  /// - Parameters:
  ///   - owner: The owner.
  ///   - network: The network.
  ///   - following: The following list read now.
  ///   - followers: The followers list read now.
  ///   - observedAt: This fetch's observation time.
  /// - Returns: The native ids to look up.
  /// - Throws: The store's error.
  func leftTheLists(
    owner: FetchedAccount, network: Network, following: ListOutcome, followers: ListOutcome,
    observedAt: Date
  ) throws -> [String] {
    let snapshots = try store.snapshots(owner: AccountID(network: network, value: owner.nativeID))
    guard let previous = snapshots.last(where: { $0.observedAt < observedAt }) else { return [] }
    let now = Set((following.accounts + followers.accounts).map(\.nativeID))
    var left = Set<String>()
    if following.state == .complete, let earlier = previous.following {
      left.formUnion(earlier.filter { !now.contains($0) })
    }
    if followers.state == .complete, let earlier = previous.followers {
      left.formUnion(earlier.filter { !now.contains($0) })
    }
    return left.sorted(by: NativeIDOrder.areInIncreasingOrder)
  }

  /// Looks up `ids` in the network's batches, saving each answered batch as list `gone-N`
  /// so a rerun asks only the batches not answered; a batch the server cannot answer (bad
  /// JSON, an error status) leaves its accounts undecided with a warning.
  ///
  /// - Throws: What ends the whole run (`requestCapReached`, `gaveUp`, store errors).
  func lookUpGone(_ ids: [String], api: any NetworkAPI, crawler: FetchCrawler) async throws
    -> GoneLookup
  {
    var lookup = GoneLookup(asked: ids)
    for (index, batch) in api.lookupBatches(ids).enumerated() {
      let name = "gone-\(index)"
      var page: FetchedPage
      if let saved = crawler.resumed[name]?.first {
        page = saved
      } else {
        do {
          page = try await api.lookUp(batch)
        } catch let error as FetchError {
          switch error {
          case .badJSON(let url, _), .bodyTooLarge(let url, _), .httpStatus(_, let url):
            page = FetchedPage(url: url, warning: FetchWarning(url: url, message: "gone: \(error)"))
          default: throw error
          }
        }
        try crawler.save(page, list: name, index: 0)
        if let warning = page.warning { crawler.events?(.warning(warning)) }
        crawler.events?(
          .page(list: "gone", pages: index + 1, items: lookup.gone.count + (page.gone?.count ?? 0))
        )
      }
      if let warning = page.warning { lookup.warnings.append(warning) }
      lookup.gone += page.gone ?? []
    }
    return lookup
  }
}
