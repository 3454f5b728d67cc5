/// The graph sizes the benchmark knows, by name.
public struct BenchSize: Equatable, Sendable {
  /// The name used on the command line (`S`, `M`, …).
  public var name: String
  /// Accounts with at least one follow.
  public var accounts: Int
  /// Distinct follows (no self-follows, no duplicates).
  public var follows: Int

  /// Creates a size.
  ///
  /// - Parameters:
  ///   - name: The name.
  ///   - accounts: Accounts with at least one follow.
  ///   - follows: Distinct follows; at least `accounts`.
  public init(name: String, accounts: Int, follows: Int) {
    self.name = name
    self.accounts = accounts
    self.follows = follows
  }

  /// A tiny graph for smoke runs and tests.
  public static let tiny = BenchSize(name: "XS", accounts: 2_000, follows: 30_000)
  /// The size of SNAP ego-Twitter: 81,306 accounts, 1,768,149 follows.
  public static let small = BenchSize(name: "S", accounts: 81_306, follows: 1_768_149)
  /// A crawl: 1,000,000 accounts, 20,000,000 follows.
  public static let medium = BenchSize(name: "M", accounts: 1_000_000, follows: 20_000_000)

  /// Every named size, smallest first.
  public static let all: [BenchSize] = [.tiny, .small, .medium]

  /// The size called `name` (case-insensitive).
  ///
  /// - Parameter name: `XS`, `S` or `M`.
  /// - Returns: The size, or `nil` when unknown.
  public static func named(_ name: String) -> BenchSize? {
    all.first { $0.name.lowercased() == name.lowercased() }
  }
}
