import FollowImport
import Foundation
import Testing

/// The zip reader reads the layouts real writers produce, byte for byte.
struct ZipTreeTests {
  private func tree(_ name: String) throws -> ZipTree {
    try ZipTree(url: URL(fileURLWithPath: Fixture.path(name)), limits: ImportLimits())
  }

  @Test func readsMembersWhoseSizesFollowInADataDescriptor() throws {
    let zip = try tree("zip/data-descriptor.zip")
    #expect(zip.paths == ["data/account.js", "data/empty.js"])
    let account = try zip.read("data/account.js")
    #expect(String(decoding: account, as: UTF8.self).hasPrefix("window.YTD.account.part0 = ["))
    #expect(account.count == 100)
    #expect(try zip.read("data/empty.js").isEmpty)
  }

  @Test func decodesNamesAndSkipsFoldersAndSymbolicLinks() throws {
    let zip = try tree("zip/names.zip")
    #expect(zip.paths == ["big/zip64.txt", "cp437/mü.txt", "données/é.txt"])
    #expect(try zip.read("données/é.txt") == Data("utf8\n".utf8))
    #expect(try zip.read("cp437/mü.txt") == Data("cp437\n".utf8))
    #expect(try zip.read("big/zip64.txt") == Data(String(repeating: "zip64\n", count: 100).utf8))
  }

  @Test func aMemberLargerThanTheCapIsRefusedBeforeItIsRead() throws {
    let zip = try ZipTree(
      url: URL(fileURLWithPath: Fixture.path("zip/names.zip")),
      limits: ImportLimits(maxDecompressedBytes: 100))
    #expect(throws: ImportError.self) { try zip.read("big/zip64.txt") }
    #expect(try zip.read("données/é.txt").count == 5)
  }
}
