import FollowTestSupport
import Foundation
import Testing

/// Commands on one database at the same time: writers queue (busy timeout), readers see the
/// state before or after an import, never a part of it (WAL snapshots).
struct ConcurrentCommandTests {
  @Test(.timeLimit(.minutes(10)))
  func twoImportsAtOnceBothCompleteOneAfterTheOther() throws {
    let folder = try TemporaryFolder()
    let db = folder.path("graph.sqlite")
    let sequential = folder.path("sequential.sqlite")
    for path in [db, sequential] {
      #expect(
        try CommandRunner.run([
          "import", "--quiet", "--db", path, "--observed-at", "2024-01-01",
          "SampleData/edges/marketing-circle.txt",
        ]).status == 0)
    }
    let first = folder.path("first.txt")
    let second = folder.path("second.txt")
    try CommandRunner.writeLargeEdgeList(count: 80_000, accounts: 20_000, seed: 1, to: first)
    try CommandRunner.writeLargeEdgeList(count: 80_000, accounts: 20_000, seed: 2, to: second)
    let options = ["--observed-at", "2024-02-01"]

    // Both at once, on two threads.
    let results = try [first, second].concurrentMap { path in
      try CommandRunner.run(["import", "--quiet", "--db", db] + options + [path])
    }
    for result in results {
      #expect(result.status == 0, "\(result.stderr)")
    }
    // The same two imports one after the other give the same data.
    for path in [first, second] {
      #expect(
        try CommandRunner.run(["import", "--quiet", "--db", sequential] + options + [path])
          .status == 0)
    }
    let together = try DatabaseState.read(db)
    let apart = try DatabaseState.read(sequential)
    #expect(together.integrity == ["ok"])
    #expect(together.counts == apart.counts)
    #expect(together.counts["import_run"] == 3)
  }

  @Test(.timeLimit(.minutes(10)))
  func readersDuringAnImportSeeTheStateBeforeOrAfter() throws {
    let folder = try TemporaryFolder()
    let db = folder.path("graph.sqlite")
    #expect(
      try CommandRunner.run([
        "import", "--quiet", "--db", db, "--observed-at", "2024-01-01",
        "SampleData/edges/marketing-circle.txt",
      ]).status == 0)
    let big = folder.path("big.txt")
    try CommandRunner.writeLargeEdgeList(count: 200_000, accounts: 40_000, seed: 3, to: big)
    let readers = [["summary", "--format", "json"], ["reciprocity", "--format", "json"]]
    func read() throws -> [CommandRunner.Result] {
      try readers.map { try CommandRunner.run($0 + ["--db", db]) }
    }
    let before = try read()
    #expect(before.allSatisfy { $0.status == 0 })

    let importer = try CommandRunner.start([
      "import", "--quiet", "--db", db, "--observed-at", "2024-02-01", big,
    ])
    var during: [[CommandRunner.Result]] = []
    while importer.isRunning {
      during.append(try read())
    }
    importer.waitUntilExit()
    #expect(importer.terminationStatus == 0)
    let after = try read()
    #expect(after.map(\.stdout) != before.map(\.stdout))
    #expect(during.count >= 2, "the import ended before the readers could overlap it")
    for results in during {
      for (index, result) in results.enumerated() {
        #expect(result.status == 0, "\(readers[index]): \(result.stderr)")
        #expect(
          result.stdout == before[index].stdout || result.stdout == after[index].stdout,
          "\(readers[index]) saw a state that is neither before nor after the import")
      }
    }
  }
}

extension Array {
  /// Maps on one thread per element and waits for all.
  fileprivate func concurrentMap<T: Sendable>(
    _ transform: @escaping @Sendable (Element) throws -> T
  )
    rethrows -> [T] where Element: Sendable
  {
    let results = LockedResults<T>(count: count)
    DispatchQueue.concurrentPerform(iterations: count) { index in
      results.set(index, Result { try transform(self[index]) })
    }
    return try results.values().map { try $0.get() }
  }
}

/// Results written from several threads.
private final class LockedResults<T>: @unchecked Sendable {
  private let lock = NSLock()
  private var slots: [Result<T, any Error>?]

  init(count: Int) { slots = Array(repeating: nil, count: count) }

  func set(_ index: Int, _ value: Result<T, any Error>) {
    lock.withLock { slots[index] = value }
  }

  func values() -> [Result<T, any Error>] {
    lock.withLock { slots.compactMap { $0 } }
  }
}
