import FollowModel
import Foundation
import Testing

@testable import FollowImport

/// `.tar.gz` and `.tar` archives are read in place, with safe names and a decompression cap.
struct TarGzTreeTests {
  private func open(_ name: String, limits: ImportLimits = ImportLimits()) throws -> ImportSource {
    try ImportSource(path: Fixture.path("fediverse/" + name), limits: limits)
  }

  private func error(_ name: String, limits: ImportLimits = ImportLimits()) -> String {
    do {
      _ = try open(name, limits: limits)
      return "<no error>"
    } catch let error as ImportError {
      return error.errorDescription ?? "\(error)"
    } catch {
      return "unexpected \(error)"
    }
  }

  @Test func listsAndReadsTheMembersOfAGzippedTar() throws {
    // Given Mastodon's archive as a .tar.gz
    let source = try open("archive-20240102030405-0123abcd.tar.gz")
    // Then the members are listed, sorted, and read back byte for byte
    #expect(
      source.treePaths == [
        "actor.json", "bookmarks.json", "likes.json", "media_attachments/files/1/a.png",
        "outbox.json",
      ])
    let actor = try source.readMember("actor.json")
    let original = try Data(
      contentsOf: URL(fileURLWithPath: Fixture.path("fediverse/mastodon-archive/actor.json")))
    #expect(actor == original)
    #expect(
      try source.readMember("media_attachments/files/1/a.png") == Data([0x89, 0x50, 0x4E, 0x47]))
  }

  @Test func readsGNULongNamesOfAPlainTar() throws {
    let source = try open("archive-gnu-longnames.tar")
    let folder = String(repeating: "x", count: 120)
    #expect(source.treePaths.contains("\(folder)/outbox.json"))
    #expect(try source.readMember("\(folder)/actor.json").count > 100)
  }

  @Test func aMemberNamedWithDotDotIsRefused() {
    let text = error("traversal.tar.gz")
    #expect(text.contains("traversal.tar.gz: tar header 2: unsafe member name '../evil.json'"))
  }

  @Test func aGzipBombStopsAtTheConfiguredCap() {
    // Given 4 MiB that compress to a few kB, and a 1 MiB cap
    let text = error("bomb.tar.gz", limits: ImportLimits(maxDecompressedBytes: 1 << 20))
    // Then opening the archive stops with the limit and the option that raises it
    #expect(text.contains("bomb.tar.gz: decompressed size limit exceeded (more than 1048576 bytes"))
    #expect(text.contains("--max-decompressed-size"))
  }

  @Test func theSameArchiveOpensUnderTheDefaultCap() throws {
    #expect(try open("bomb.tar.gz").treePaths == ["actor.json", "outbox.json"])
  }

  @Test func aTruncatedGzipStreamIsAnError() {
    #expect(error("truncated.tar.gz").contains("truncated.tar.gz: the gzip stream is truncated"))
  }

  @Test func gzipWithoutATarInsideIsAnError() {
    #expect(error("not-a-tar.tar.gz").contains("not-a-tar.tar.gz: not a tar archive"))
  }

  @Test func safeNamesAreNormalisedAndUnsafeOnesRefused() throws {
    #expect(try TarReader.safeName("./a//b/./c.json", path: "t", location: "h") == "a/b/c.json")
    for name in ["/etc/passwd", "a/../../b", "..", "a\\b", "./"] {
      #expect(throws: ImportError.self) { try TarReader.safeName(name, path: "t", location: "h") }
    }
  }
}
