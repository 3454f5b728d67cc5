import FollowModel
import FollowStore
import Foundation
import GRDB
import Logging
import Testing

/// The keep-list in `keep_entry`: stored once per database file, constraints in SQLite.
struct KeepListStoreTests {
  static let logger = Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() })
  static let added = Date(timeIntervalSince1970: 1_700_000_000)

  /// A fresh database file in a new temporary folder.
  static func databasePath() throws -> String {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "keep-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder.appendingPathComponent("keep.sqlite").path
  }

  @Test("Entries survive reopening the file; add and remove report what they changed")
  func storedInTheFile() throws {
    let path = try Self.databasePath()
    defer {
      try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent)
    }
    let store = try FollowDatabase.open(
      path: path, create: true, logger: Self.logger, clock: { Self.added })
    let selectors: [AccountSelector] = [
      .handle("friend"), .id("alice@example.social", network: .mastodon), .id("42", network: nil),
    ]
    #expect(try store.addToKeepList(selectors, addedAt: Self.added) == selectors)
    #expect(try store.addToKeepList([.handle("friend")], addedAt: Self.added).isEmpty)
    let reopened = try FollowDatabase.open(
      path: path, create: false, logger: Self.logger, clock: { Self.added })
    let stored = try reopened.keepList()
    #expect(
      stored.map(\.selector.description) == ["42", "@friend", "mastodon:alice@example.social"])
    #expect(stored.allSatisfy { $0.addedAt == Self.added })
    #expect(
      try store.removeFromKeepList([.handle("friend"), .handle("absent")]) == [.handle("friend")])
    #expect(try store.keepList().count == 2)
  }

  @Test("The table rejects an empty or padded selector")
  func constraints() throws {
    let path = try Self.databasePath()
    defer {
      try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent)
    }
    _ = try FollowDatabase.open(
      path: path, create: true, logger: Self.logger, clock: { Self.added })
    let queue = try DatabaseQueue(path: path)
    for bad in ["", " @friend", "@"] {
      #expect(throws: DatabaseError.self) {
        try queue.write { db in
          try db.execute(
            sql: "INSERT INTO keep_entry (selector, added_at) VALUES (?, '2024-01-01T00:00:00Z')",
            arguments: [bad])
        }
      }
    }
  }
}
