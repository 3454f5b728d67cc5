import FollowModel
import Foundation

/// The profiles looked up for list entries that carry no counts (Bluesky `getProfiles`).
struct ProfileLookup: Sendable {
  /// The profiles found, by DID.
  var found: [String: FetchedAccount] = [:]
  /// The accounts asked in batches that were answered (absent from `found`: gone).
  var asked: Set<String> = []
  /// Batches that failed.
  var warnings: [FetchWarning] = []
}

extension LiveFetch {
  /// Looks up the audience counts of `accounts` in batches, a few at a time; each answered
  /// batch is saved as list `profiles-N`, so a rerun asks only the missing batches.
  ///
  /// - Returns: `nil` when the network's list entries carry the counts already (Mastodon).
  func audiences(
    of accounts: [FetchedAccount], api: any NetworkAPI, crawler: FetchCrawler,
    events: FetchEventHandler?
  ) async throws -> ProfileLookup? {
    let batches = api.audienceBatches(accounts)
    guard !batches.isEmpty else { return nil }
    let width = max(1, crawler.policy.maxInFlight)
    var lookup = ProfileLookup()
    var pending: [(Int, [FetchedAccount])] = []
    for (index, batch) in batches.enumerated() {
      if let saved = crawler.resumed["profiles-\(index)"]?.first {
        record(saved, batch: batch, into: &lookup)
      } else {
        pending.append((index, batch))
      }
    }
    var done = batches.count - pending.count
    // A failing batch (the request cap, say) stops new batches, but those in flight are
    // still saved before the error ends the run: a rerun asks only for what was not answered.
    var failure: (any Error)?
    await withTaskGroup(of: (Int, Result<FetchedPage, any Error>).self) { group in
      var queue = pending[...]
      func startNext() {
        guard failure == nil, let (index, batch) = queue.popFirst() else { return }
        group.addTask {
          do {
            return (index, .success(try await api.profiles(batch)))
          } catch let error as FetchError {
            switch error {
            case .badJSON(let url, _), .bodyTooLarge(let url, _), .httpStatus(_, let url):
              let warning = FetchWarning(url: url, message: "profiles: \(error)")
              return (index, .success(FetchedPage(url: url, warning: warning)))
            default: return (index, .failure(error))
            }
          } catch {
            return (index, .failure(error))
          }
        }
      }
      for _ in 0..<width { startNext() }
      while let (index, result) = await group.next() {
        do {
          let page = try result.get()
          try crawler.save(page, list: "profiles-\(index)", index: 0)
          record(page, batch: batches[index], into: &lookup)
          if let warning = page.warning { events?(.warning(warning)) }
          done += 1
          events?(.page(list: "profiles", pages: done, items: lookup.found.count))
        } catch {
          failure = failure ?? error
        }
        startNext()
      }
    }
    if let failure { throw failure }
    return lookup
  }

  private func record(
    _ page: FetchedPage, batch: [FetchedAccount], into lookup: inout ProfileLookup
  ) {
    if let warning = page.warning {
      lookup.warnings.append(warning)
      return
    }
    for account in page.accounts { lookup.found[account.nativeID] = account }
    lookup.asked.formUnion(batch.map(\.nativeID))
  }

  /// Depth 2: both lists of each neighbour, a few neighbours at a time.
  func neighbourLists(
    _ neighbours: [FetchedAccount], api: any NetworkAPI, crawler: FetchCrawler
  ) async throws -> [(FetchedAccount, ListOutcome, ListOutcome)] {
    let width = max(1, crawler.policy.maxInFlight)
    let maxPages = crawler.policy.maxPagesPerList
    var results: [Int: (FetchedAccount, ListOutcome, ListOutcome)] = [:]
    // As with profiles: after a failure no neighbour starts, those in flight finish their
    // page (saved) before the error ends the run.
    var failure: (any Error)?
    typealias Lists = (ListOutcome, ListOutcome)
    await withTaskGroup(of: (Int, Result<Lists, any Error>).self) { group in
      var queue = neighbours.enumerated()[...]
      func startNext() {
        guard failure == nil, let (index, account) = queue.popFirst() else { return }
        group.addTask {
          do {
            let following = try await crawler.readList(
              "following:\(account.nativeID)", emptyIsHidden: account.emptyListIsHidden(.following),
              maxPages: maxPages
            ) { try await api.listPage(.following, of: account, next: $0) }
            let followers = try await crawler.readList(
              "followers:\(account.nativeID)", emptyIsHidden: account.emptyListIsHidden(.followers),
              maxPages: maxPages
            ) { try await api.listPage(.followers, of: account, next: $0) }
            return (index, .success((following, followers)))
          } catch {
            return (index, .failure(error))
          }
        }
      }
      for _ in 0..<width { startNext() }
      while let (index, result) = await group.next() {
        switch result {
        case .success(let (following, followers)):
          results[index] = (neighbours[index], following, followers)
        case .failure(let error):
          failure = failure ?? error
        }
        startNext()
      }
    }
    if let failure { throw failure }
    return neighbours.indices.compactMap { results[$0] }
  }
}
