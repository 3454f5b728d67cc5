import FollowReports
import Foundation
import Testing

/// Bar, line and scatter charts: text alternatives, escaping, empty data, log axes, thresholds.
struct ChartTests {
  private func labels(_ title: String = "A chart") -> ChartLabels {
    ChartLabels(
      id: "c1", title: title, description: "What it shows", xLabel: "x (count)",
      yLabel: "y (count)")
  }

  private func parsed(_ markup: Markup) throws -> XMLOutline {
    let outline = XMLOutline(markup.rendered)
    #expect(outline.problem == nil, "\(outline.problem ?? "")")
    return outline
  }

  @Test func everyChartStartsWithTitleAndDescriptionAndIsLabelled() throws {
    let charts = [
      BarChart(labels: labels(), categories: ["a"], series: [.init(name: "s", values: [1])]).svg(),
      LineChart(labels: labels(), series: [.init(name: "s", points: [.init(x: 1, y: 2)])]).svg(),
      ScatterChart(
        labels: labels(), groups: [.init(name: "g", points: [.init(x: 1, y: 2, label: "p")])]
      )
      .svg(),
    ]
    for chart in charts {
      let svg = try #require(try parsed(chart).all("svg").first)
      #expect(Array(svg.children.prefix(2)) == ["title", "desc"])
      #expect(svg.attributes["role"] == "img")
      #expect(svg.attributes["aria-labelledby"] == "c1-title c1-desc")
      #expect(svg.attributes["viewBox"] != nil)
      #expect(chart.rendered.contains(">x (count)</text>"))
    }
  }

  @Test func textInChartsIsEscaped() throws {
    let chart = BarChart(
      labels: labels("<script>alert(1)</script>"), categories: ["\"><img onerror=x>"],
      series: [.init(name: "a&b", values: [3])])
    let outline = try parsed(chart.svg())
    #expect(outline.all("script").isEmpty && outline.all("img").isEmpty)
    #expect(outline.text.contains("<script>alert(1)</script>"))
    #expect(outline.text.contains("\"><img onerror=x>"))
  }

  @Test func emptyChartsSayThereIsNoData() throws {
    let charts = [
      BarChart(labels: labels(), categories: [], series: []).svg(),
      LineChart(labels: labels(), series: [.init(name: "s", points: [])]).svg(),
      ScatterChart(labels: labels(), groups: []).svg(),
    ]
    for chart in charts {
      let outline = try parsed(chart)
      #expect(outline.text.contains("No data to show"))
      #expect(outline.all("title").first?.text == "A chart")
    }
  }

  @Test func barsAreProportionalAndUndefinedValuesSayNA() throws {
    let chart = BarChart(
      labels: labels(), categories: ["half", "full", "unknown"],
      series: [.init(name: "share", values: [0.5, 1, nil])], format: .percent, maximum: 1)
    let outline = try parsed(chart.svg())
    let widths = outline.all("rect").compactMap { $0.attributes["width"].flatMap(Double.init) }
    // The first rect is the white background; then one bar per defined value.
    #expect(widths.count == 3)
    #expect(abs(widths[2] - 2 * widths[1]) < 0.2)
    #expect(outline.text.contains("50.0 %") && outline.text.contains("100.0 %"))
    #expect(outline.text.contains("n/a"))
  }

  @Test func severalSeriesGetALegendAndDistinctColours() throws {
    let chart = BarChart(
      labels: labels(), categories: ["a"],
      series: [.init(name: "first", values: [1]), .init(name: "second", values: [2])])
    let outline = try parsed(chart.svg())
    #expect(outline.all("g").contains { $0.attributes["class"] == "legend" })
    let fills = Set(outline.all("rect").compactMap { $0.attributes["fill"] })
    #expect(fills.isSuperset(of: [ChartPalette.colour(0), ChartPalette.colour(1)]))
    #expect(ChartPalette.colour(0) != ChartPalette.colour(1))
  }

  @Test func logLineChartsLeaveOutZerosAndSayHowMany() throws {
    let chart = LineChart(
      labels: labels(),
      series: [
        .init(name: "s", points: [.init(x: 0, y: 1), .init(x: 1, y: 1), .init(x: 10, y: 0.1)])
      ],
      xKind: .logarithmic, yKind: .logarithmic)
    let outline = try parsed(chart.svg())
    #expect(outline.text.contains("1 point at 0 not shown on the log scale"))
    let line = try #require(outline.all("polyline").first?.attributes["points"])
    #expect(line.split(separator: " ").count == 2)
  }

  @Test func gapsBreakALine() throws {
    let chart = LineChart(
      labels: labels(),
      series: [
        .init(
          name: "s",
          points: [
            .init(x: 0, y: 1), .init(x: 1, y: 2), .init(x: 2, y: nil), .init(x: 3, y: 1),
            .init(x: 4, y: 3),
          ])
      ])
    #expect(try parsed(chart.svg()).all("polyline").count == 2)
  }

  @Test func scatterMergesIdenticalPointsAndDrawsThresholds() throws {
    let points =
      (0..<5).map { ScatterChart.Point(x: 1, y: 1, label: "p\($0)") }
      + [
        ScatterChart.Point(x: 10, y: 1000, label: "star"),
        ScatterChart.Point(x: 0, y: 5, label: "zero"),
      ]
    let chart = ScatterChart(
      labels: labels(), groups: [.init(name: "all", points: points)],
      referenceLines: [
        .horizontal(500, label: "99th percentile"), .proportional(slope: 10, label: "ratio 10"),
      ])
    let outline = try parsed(chart.svg())
    let markers = outline.all("circle")
    #expect(markers.count == 3)  // two merged positions and the legend swatch
    #expect(outline.text.contains("5 accounts at x (count) 1, y (count) 1"))
    #expect(outline.text.contains("star: x (count) 10, y (count) 1k"))
    #expect(outline.text.contains("1 account with a 0 not shown on the log scale"))
    #expect(outline.all("g").filter { $0.attributes["class"] == "threshold" }.count == 2)
    #expect(outline.text.contains("99th percentile") && outline.text.contains("ratio 10"))
  }

  @Test func outputIsDeterministic() {
    let make = {
      ScatterChart(
        labels: labels(),
        groups: [
          .init(
            name: "g",
            points: (1...50).map { .init(x: Double($0), y: Double($0 * $0), label: "\($0)") })
        ]
      )
      .svg()
    }
    #expect(make() == make())
    // Fixed-point coordinates, never exponent notation such as 1e-05.
    #expect(make().rendered.range(of: "[0-9]e[-+]?[0-9]", options: .regularExpression) == nil)
  }
}
