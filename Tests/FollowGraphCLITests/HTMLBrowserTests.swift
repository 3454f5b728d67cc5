import FollowTestSupport
import Foundation
import Testing

/// Renders index.html in a real browser when one is installed (`apt-get install chromium`):
/// the screenshot must have the window's size and hold far more than a blank page.
struct HTMLBrowserTests {
  /// The Chromium binary on PATH, if any.
  static let chromium: String? = {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    for folder in path.split(separator: ":") {
      for name in ["chromium", "chromium-browser"] {
        let candidate = "\(folder)/\(name)"
        if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
      }
    }
    return nil
  }()

  /// Screenshots `page` at `width`×`height` into `png`.
  private func screenshot(_ page: String, to png: String, width: Int, height: Int) throws -> String
  {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: Self.chromium ?? "/usr/bin/chromium")
    process.arguments = [
      "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
      "--screenshot=\(png)", "--window-size=\(width),\(height)",
      URL(fileURLWithPath: page).absoluteString,
    ]
    let errors = Pipe()
    process.standardError = errors
    process.standardOutput = Pipe()
    try process.run()
    let message = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: message.suffix(2000), as: UTF8.self)
  }

  /// Width and height from a PNG's IHDR chunk.
  private func pngSize(_ data: Data) -> (Int, Int)? {
    let bytes = [UInt8](data.prefix(24))
    guard bytes.count == 24, bytes[0..<8] == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] else {
      return nil
    }
    func int(_ at: Int) -> Int { bytes[at..<at + 4].reduce(0) { $0 << 8 | Int($1) } }
    return (int(16), int(20))
  }

  @Test(
    .enabled(
      if: chromium != nil,
      "chromium not installed (apt-get install chromium); browser check skipped"))
  func pageRendersNonBlankAtTheWindowSize() throws {
    // Given the report of the hostile archive and a blank page of the same size
    let folder = try ReportFormatTests.importedFolder()
    let report = try CommandRunner.run(
      [
        "report", "--db", folder.path("db.sqlite"), "--out", folder.path("r"), "--format", "html",
        "--as-of", "2024-01-01",
      ])
    try #require(report.status == 0)
    let blank = try folder.write("<!DOCTYPE html><html><body></body></html>", to: "blank.html")
    // When both are rendered headless at 800×1600
    let log = try screenshot(
      folder.path("r/index.html"), to: folder.path("page.png"), width: 800, height: 1600)
    _ = try screenshot(blank, to: folder.path("blank.png"), width: 800, height: 1600)
    // Then the page's PNG has that size and is far larger than the blank one's
    let page = try Data(contentsOf: URL(fileURLWithPath: folder.path("page.png")))
    let empty = try Data(contentsOf: URL(fileURLWithPath: folder.path("blank.png")))
    let size = try #require(pngSize(page), "no PNG written: \(log)")
    #expect(size == (800, 1600))
    #expect(page.count > 10 * empty.count, "page \(page.count) bytes vs blank \(empty.count)")
  }
}
