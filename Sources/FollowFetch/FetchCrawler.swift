import FollowModel
import Foundation
import Logging

/// Reads lists page by page, saving each page to the checkpoint store as it arrives, so that
/// a rerun of an interrupted fetch starts from the page that was in flight.
struct FetchCrawler: Sendable {
  let store: any FetchCheckpointStoring
  let fetchKey: String
  let policy: FetchPolicy
  let events: FetchEventHandler?
  /// The pages saved by earlier runs, by list name.
  let resumed: [String: [FetchedPage]]

  /// Loads the pages earlier runs saved for `fetchKey`.
  init(
    store: any FetchCheckpointStoring, fetchKey: String, policy: FetchPolicy,
    events: FetchEventHandler?
  ) throws {
    self.store = store
    self.fetchKey = fetchKey
    self.policy = policy
    self.events = events
    var resumed: [String: [FetchedPage]] = [:]
    let decoder = JSONDecoder()
    for page in try store.checkpointPages(fetchKey: fetchKey) {
      // A page this version cannot read is requested again.
      guard let decoded = try? decoder.decode(FetchedPage.self, from: page.payload) else {
        continue
      }
      guard (resumed[page.list]?.count ?? 0) == page.index else { continue }
      resumed[page.list, default: []].append(decoded)
    }
    self.resumed = resumed
  }

  /// Saves `page` as page `index` of `list`.
  func save(_ page: FetchedPage, list: String, index: Int) throws {
    let payload = try JSONEncoder().encode(page)
    try store.saveCheckpointPage(
      FetchCheckpointPage(fetchKey: fetchKey, list: list, index: index, payload: payload))
  }

  /// Reads list `name` to its end (or to a warning), continuing after saved pages.
  ///
  /// - Parameters:
  ///   - name: The list's name in the checkpoint store.
  ///   - emptyIsHidden: Whether an empty list means the account hides it (its profile counts
  ///     some, or hides the count): then the list is ``ListState/hidden``, not complete.
  ///   - maxPages: The most pages to read.
  ///   - fetch: Requests one page; `nil` for the first.
  /// - Returns: The pages and how the list ended.
  /// - Throws: What ends the whole run: `requestCapReached`, `gaveUp`, cancellation, store
  ///   errors. Problems of this list alone end it with a warning.
  func readList(
    _ name: String, emptyIsHidden: Bool, maxPages: Int,
    fetch: @Sendable (String?) async throws -> FetchedPage
  ) async throws -> ListOutcome {
    var pages = resumed[name] ?? []
    var seen = Set(pages.compactMap(\.next))
    var items = pages.reduce(0) { $0 + $1.accounts.count + $1.posts.count }
    while true {
      if let last = pages.last {
        if last.warning != nil { return ListOutcome(pages: pages, state: .incomplete) }
        if last.next == nil { break }
      }
      if pages.count >= maxPages {
        let warning = FetchWarning(
          url: pages.last?.url ?? name,
          message: "\(name): still more after \(maxPages) pages; the list ends here")
        return try end(name, pages: pages, warning: warning)
      }
      var page: FetchedPage
      do {
        page = try await fetch(pages.last?.next)
      } catch let error as FetchError {
        switch error {
        case .notFound(let url), .badJSON(let url, _), .bodyTooLarge(let url, _),
          .httpStatus(_, let url), .refusedURL(let url, _):
          return try end(
            name, pages: pages, warning: FetchWarning(url: url, message: "\(name): \(error)"))
        default:
          throw error
        }
      }
      if let next = page.next {
        if seen.contains(next) {
          page.next = nil
          page.warning = FetchWarning(
            url: page.url,
            message: "\(name): the next page repeats an earlier one; the list ends here")
        }
        seen.insert(next)
      }
      try save(page, list: name, index: pages.count)
      pages.append(page)
      items += page.accounts.count + page.posts.count
      if let warning = page.warning {
        events?(.warning(warning))
        return ListOutcome(pages: pages, state: .incomplete)
      }
      events?(
        .page(list: name, pages: pages.count, items: items))
    }
    let count = pages.reduce(0) { $0 + $1.accounts.count }
    if count == 0, emptyIsHidden {
      return ListOutcome(pages: pages, state: .hidden)
    }
    return ListOutcome(pages: pages, state: .complete)
  }

  /// Ends a list with a warning page (saved, so a rerun does not loop on it again).
  private func end(_ name: String, pages: [FetchedPage], warning: FetchWarning) throws
    -> ListOutcome
  {
    let page = FetchedPage(url: warning.url, warning: warning)
    try save(page, list: name, index: pages.count)
    events?(.warning(warning))
    return ListOutcome(pages: pages + [page], state: .incomplete)
  }
}
