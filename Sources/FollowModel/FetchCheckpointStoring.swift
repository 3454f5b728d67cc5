import Foundation

/// One saved page of a fetch in progress (`followgraph fetch`), so that an interrupted fetch
/// continues where it stopped.
public struct FetchCheckpointPage: Equatable, Sendable {
  /// Which fetch: network, account, server and options.
  public var fetchKey: String
  /// Which list of it (`following`, `followers`, `profiles`, `posts`, …).
  public var list: String
  /// The page's position in its list, from 0.
  public var index: Int
  /// The page's content, as the fetch encodes it.
  public var payload: Data

  /// Creates a page.
  ///
  /// - Parameters:
  ///   - fetchKey: Which fetch.
  ///   - list: Which list.
  ///   - index: The position, from 0.
  ///   - payload: The content.
  public init(fetchKey: String, list: String, index: Int, payload: Data) {
    self.fetchKey = fetchKey
    self.list = list
    self.index = index
    self.payload = payload
  }
}

/// A store that keeps the pages of fetches in progress; each method is one transaction.
public protocol FetchCheckpointStoring: Sendable {
  /// The saved pages of one fetch, by list and index.
  ///
  /// - Parameter fetchKey: Which fetch.
  /// - Returns: The pages, sorted by list and index.
  /// - Throws: The store's error on read failure.
  func checkpointPages(fetchKey: String) throws -> [FetchCheckpointPage]

  /// Saves one page (replacing a page at the same position).
  ///
  /// - Parameter page: The page.
  /// - Throws: The store's error on write failure.
  func saveCheckpointPage(_ page: FetchCheckpointPage) throws

  /// Forgets every page of one fetch (once its snapshot is saved).
  ///
  /// - Parameter fetchKey: Which fetch.
  /// - Throws: The store's error on write failure.
  func removeCheckpointPages(fetchKey: String) throws
}
