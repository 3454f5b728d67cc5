import FollowTestSupport
import Foundation
import Testing

/// `kill -9` of an import at any moment leaves a sound database holding exactly what it held
/// before that import (or, if the kill came after the commit, exactly the imported result).
struct KillDuringImportTests {
  /// When to kill: after a share of the uninterrupted run's duration, or once the WAL file
  /// has grown to a share of the largest size it reached in that run.
  enum Moment: CustomStringConvertible {
    case time(Double)
    case walGrowth(Double)

    var description: String {
      switch self {
      case .time(let share): "at \(Int(share * 100))% of the run time"
      case .walGrowth(let share): "when the WAL reached \(Int(share * 100))% of its peak"
      }
    }
  }

  @Test(.timeLimit(.minutes(10)))
  func sigkillLeavesTheStateBeforeTheImport() throws {
    let folder = try TemporaryFolder()
    let db = folder.path("graph.sqlite")
    let base = try CommandRunner.run([
      "import", "--quiet", "--db", db, "--observed-at", "2024-01-01",
      "SampleData/edges/marketing-circle.txt",
    ])
    #expect(base.status == 0)
    let big = folder.path("big.txt")
    try CommandRunner.writeLargeEdgeList(count: 250_000, accounts: 50_000, seed: 8, to: big)
    let arguments = ["--quiet", "--observed-at", "2024-02-01", big]
    let before = try DatabaseState.read(db)
    #expect(before.integrity == ["ok"])

    // The uninterrupted run, on a copy: its duration, its WAL peak and its result.
    let reference = folder.path("reference.sqlite")
    try DatabaseState.copyFiles(db, to: reference)
    let started = Date()
    let process = try CommandRunner.start(["import", "--db", reference] + arguments)
    var walPeak: Int64 = 0
    while process.isRunning {
      walPeak = max(walPeak, Self.size(reference + "-wal"))
      usleep(2_000)
    }
    let duration = Date().timeIntervalSince(started)
    #expect(process.terminationStatus == 0)
    #expect(walPeak > 0, "the import never wrote to the WAL")
    let after = try DatabaseState.read(reference)
    #expect(after.counts["follow"] ?? 0 > before.counts["follow"] ?? 0)

    let moments: [(name: String, moment: Moment)] = [
      ("early", .time(0.02)), ("mid-insert", .walGrowth(0.3)), ("late insert", .walGrowth(0.7)),
      ("commit", .walGrowth(0.97)), ("end", .time(0.99)),
    ]
    var outcomes: [String: String] = [:]
    for (name, moment) in moments {
      let victim = folder.path("\(name).sqlite")
      try DatabaseState.copyFiles(db, to: victim)
      let run = try CommandRunner.start(["import", "--db", victim] + arguments)
      let killStart = Date()
      while run.isRunning {
        let due =
          switch moment {
          case .time(let share): Date().timeIntervalSince(killStart) >= duration * share
          case .walGrowth(let share): Double(Self.size(victim + "-wal")) >= Double(walPeak) * share
          }
        if due { break }
        usleep(500)
      }
      let killed = run.isRunning
      kill(run.processIdentifier, SIGKILL)
      run.waitUntilExit()

      let state = try DatabaseState.read(victim)
      #expect(state.integrity == ["ok"], "\(name): \(state.integrity)")
      if state == before {
        outcomes[name] = "before"
      } else if Self.sameData(state, after) {
        outcomes[name] = "after"
      } else {
        outcomes[name] = "partial"
        Issue.record("\(name) (\(moment)): the database is neither the state before nor after")
      }
      if !killed { outcomes[name, default: ""] += " (finished before the kill)" }
    }
    // A kill before the import wrote anything, and while it was writing, must leave the
    // state before it: the transaction was never committed.
    #expect(outcomes["early"] == "before")
    #expect(outcomes["mid-insert"] == "before")
    #expect(outcomes["late insert"] == "before")
    print("kill outcomes (run time \(Int(duration * 1000)) ms, WAL peak \(walPeak)): \(outcomes)")
  }

  /// The same rows except the run's own timestamps (`import_run.started_at`).
  private static func sameData(_ a: DatabaseState, _ b: DatabaseState) -> Bool {
    func rows(_ state: DatabaseState) -> [Substring] {
      state.dump.split(separator: "\n").filter { !$0.hasPrefix("import_run|") }
    }
    return a.integrity == b.integrity && a.counts == b.counts && rows(a) == rows(b)
  }

  private static func size(_ path: String) -> Int64 {
    ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?
      .int64Value ?? 0
  }
}
