import FollowTestSupport
import Foundation
import Testing

/// Renders index.html in a real browser when one is installed (`apt-get install chromium`) and
/// checks the screenshot's pixels: the window's size, a page that is not blank, and the charts'
/// colours drawn by their SVG.
///
/// Thresholds sit far from what headless Chromium 800×1600 gives here (measured with this
/// decoder; every page's background is white, colours matched within 8 a channel):
/// - hostile-archive report: 140,381 pixels differ from the background (11 %); 41,408 are chart
///   blue, of which 2,304 are the CSS rule under the title (the page without its SVG has those
///   2,304 and no more); a blank page has 0 non-background pixels.
/// - Reports/index.html (the sample; one chart, a bar chart of both colours, in the top 1600 px):
///   9,828 blue and 5,082 orange pixels; without its SVG 2,304 and 496 (the CSS rule and the
///   orange border of the external-reference box), so its charts add 7,524 and 4,586.
///
/// The thresholds: over 38,400 non-background pixels (3 %) and under 1,000 for the blank page;
/// over 15,000 blue; over 2,000 of each colour added by the charts.
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

  /// Okabe–Ito blue and orange, the first two series colours of `ChartPalette`.
  static let blue = RGB(red: 0x00, green: 0x72, blue: 0xB2)
  static let orange = RGB(red: 0xE6, green: 0x9F, blue: 0x00)
  /// How far a channel may stray from a chart colour (anti-aliasing) and still count.
  static let tolerance = 8

  /// Screenshots `page` at 800×1600 into `name` inside `folder` and decodes it.
  private func render(_ page: String, in folder: TemporaryFolder, as name: String) throws
    -> PNGImage
  {
    let png = folder.path(name)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: Self.chromium ?? "/usr/bin/chromium")
    process.arguments = [
      "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
      "--screenshot=\(png)", "--window-size=800,1600", URL(fileURLWithPath: page).absoluteString,
    ]
    let errors = Pipe()
    process.standardError = errors
    process.standardOutput = Pipe()
    try process.run()
    let message = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let log = String(decoding: message.suffix(2000), as: UTF8.self)
    try #require(FileManager.default.fileExists(atPath: png), "no PNG written: \(log)")
    let image = try PNGImage(data: Data(contentsOf: URL(fileURLWithPath: png)))
    #expect((image.width, image.height) == (800, 1600), "\(name)")
    return image
  }

  /// How many pixels differ from the top-left one (the page background).
  private func nonBackground(_ image: PNGImage) -> Int {
    guard let background = image.rgb(x: 0, y: 0) else { return 0 }
    return image.count { !$0.isNear(background, tolerance: 0) }
  }

  /// How many pixels are `colour`, within ``tolerance``.
  private func pixels(of colour: RGB, in image: PNGImage) -> Int {
    image.count { $0.isNear(colour, tolerance: Self.tolerance) }
  }

  /// `html` without its `<svg>` elements: the same page with no chart drawn.
  private func withoutCharts(_ html: String) throws -> String {
    let stripped = html.replacing(try Regex("(?s)<svg\\b.*?</svg>"), with: "")
    #expect(html.contains("<svg") && !stripped.contains("<svg"))
    return stripped
  }

  @Test(
    .enabled(
      if: chromium != nil,
      "chromium not installed (apt-get install chromium); browser check skipped"))
  func hostileReportRendersWithItsBars() throws {
    // Given the report of the hostile archive and a blank page
    let folder = try ReportFormatTests.importedFolder()
    let report = try CommandRunner.run(
      [
        "report", "--db", folder.path("db.sqlite"), "--out", folder.path("r"), "--format", "html",
        "--as-of", "2024-01-01",
      ])
    try #require(report.status == 0, "\(report.stderr)")
    let blank = try folder.write("<!DOCTYPE html><html><body></body></html>", to: "blank.html")
    // When both are rendered headless at 800×1600
    let page = try render(folder.path("r/index.html"), in: folder, as: "page.png")
    let empty = try render(blank, in: folder, as: "blank.png")
    // Then the page covers over 3 % of the window and the blank page nothing; its bars are blue
    #expect(nonBackground(page) > 38_400, "of 1,280,000")
    #expect(nonBackground(empty) < 1_000)
    #expect(pixels(of: Self.blue, in: page) > 15_000)
  }

  @Test(
    .enabled(
      if: chromium != nil,
      "chromium not installed (apt-get install chromium); browser check skipped"))
  func sampleReportDrawsItsChartsInBothColours() throws {
    // Given the committed sample report and the same page with its SVG charts removed
    let folder = try TemporaryFolder()
    let sample = ReferenceData.projectRoot.appendingPathComponent("Reports/index.html")
    let html = try String(contentsOf: sample, encoding: .utf8)
    let chartless = try folder.write(try withoutCharts(html), to: "chartless.html")
    // When both are rendered headless at 800×1600
    let page = try render(sample.path, in: folder, as: "page.png")
    let control = try render(chartless, in: folder, as: "chartless.png")
    // Then the charts alone add thousands of pixels of each of the first two series colours
    for colour in [Self.blue, Self.orange] {
      let drawn = pixels(of: colour, in: page) - pixels(of: colour, in: control)
      #expect(drawn > 2_000, "\(colour): \(drawn) pixels more with the charts")
    }
  }
}
