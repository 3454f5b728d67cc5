/// The texts every chart carries: a title, a text alternative and axis labels with units.
public struct ChartLabels: Equatable, Sendable {
  /// A unique id within the page (letters, digits, `-`), used for `aria-labelledby`.
  public var id: String
  /// The title, shown above the chart and as its SVG `<title>`.
  public var title: String
  /// The text alternative (SVG `<desc>`): what the chart shows, in words and numbers.
  public var description: String
  /// The horizontal axis' label with its unit.
  public var xLabel: String
  /// The vertical axis' label with its unit.
  public var yLabel: String

  /// Creates labels.
  ///
  /// - Parameters:
  ///   - id: A unique id within the page.
  ///   - title: The title.
  ///   - description: The text alternative.
  ///   - xLabel: The horizontal axis' label with its unit.
  ///   - yLabel: The vertical axis' label with its unit.
  public init(id: String, title: String, description: String, xLabel: String, yLabel: String) {
    self.id = id
    self.title = title
    self.description = description
    self.xLabel = xLabel
    self.yLabel = yLabel
  }
}

/// One entry of a chart's legend.
struct LegendItem: Equatable {
  var name: String
  var colour: String
  var shape: MarkerShape?
  var dash: String?
  var isLine: Bool
}

/// The geometry shared by the charts: outer size, plot area, title, legend and axes.
struct ChartCanvas {
  let width: Double
  let height: Double
  let left: Double
  let top: Double
  let right: Double
  let bottom: Double

  /// A canvas with room for the title, an optional legend row and the axis labels.
  init(width: Double = 640, height: Double = 400, leftMargin: Double = 72, hasLegend: Bool) {
    self.width = width
    self.height = height
    left = leftMargin
    top = hasLegend ? 62 : 42
    right = width - 20
    bottom = height - 60
  }

  /// Coordinates with one decimal, so output is the same on every machine.
  static func coordinate(_ value: Double) -> String {
    NumberText.fixed(value, decimals: 1)
  }

  /// The x pixel of a fraction of the plot width.
  func x(_ fraction: Double) -> Double { left + fraction * (right - left) }

  /// The y pixel of a fraction of the plot height (0 at the bottom).
  func y(_ fraction: Double) -> Double { bottom - fraction * (bottom - top) }

  /// The `<svg>` element with its title, description, heading, legend, axes labels and body.
  func svg(labels: ChartLabels, legend: [LegendItem], body: [Markup]) -> Markup {
    let c = Self.coordinate
    let titleID = labels.id + "-title"
    let descID = labels.id + "-desc"
    var parts: [Markup] = [
      .element("title", ["id": titleID], text: labels.title),
      .element("desc", ["id": descID], text: labels.description),
      .element(
        "rect", ["width": c(width), "height": c(height), "fill": "#FFFFFF"],
        selfClosing: true),
      .element(
        "text",
        [
          "x": "12", "y": "22", "font-size": NumberText.fixed(titleSize(labels.title), decimals: 1),
          "font-weight": "bold", "fill": "#111111",
        ], text: labels.title),
    ]
    parts.append(legendMarkup(legend))
    parts.append(contentsOf: body)
    if !labels.xLabel.isEmpty {
      parts.append(
        .element(
          "text",
          [
            "x": c((left + right) / 2), "y": c(height - 24), "text-anchor": "middle",
            "font-size": "12", "fill": "#111111",
          ], text: labels.xLabel))
    }
    if !labels.yLabel.isEmpty {
      let yMid = c((top + bottom) / 2)
      parts.append(
        .element(
          "text",
          [
            "x": "16", "y": yMid, "text-anchor": "middle", "font-size": "12",
            "fill": "#111111", "transform": "rotate(-90 16 \(yMid))",
          ], text: labels.yLabel))
    }
    return .element(
      "svg",
      [
        "xmlns": "http://www.w3.org/2000/svg", "viewBox": "0 0 \(c(width)) \(c(height))",
        "width": c(width), "height": c(height), "role": "img",
        "aria-labelledby": titleID + " " + descID, "class": "chart",
        "font-family": "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
      ],
      parts.flatMap { [$0, .newline] })
  }

  /// The title's font size: 15, smaller for long titles so they fit the width.
  func titleSize(_ title: String) -> Double {
    let fits = (width - 24) / (Double(title.count) * 0.56)
    return max(9, min(15, fits))
  }

  /// The legend row under the title.
  private func legendMarkup(_ items: [LegendItem]) -> Markup {
    guard !items.isEmpty else { return .empty }
    let c = Self.coordinate
    var x = 12.0
    var parts: [Markup] = []
    for item in items {
      if item.isLine {
        parts.append(
          .element(
            "line",
            [
              "x1": c(x), "y1": "40", "x2": c(x + 22), "y2": "40", "stroke": item.colour,
              "stroke-width": "2.5", "stroke-dasharray": item.dash,
            ], selfClosing: true))
      }
      if let shape = item.shape {
        parts.append(shape.svg(x: x + 11, y: 40, radius: 4.5, fill: item.colour))
      } else if !item.isLine {
        parts.append(
          .element(
            "rect",
            ["x": c(x), "y": "33", "width": "22", "height": "14", "fill": item.colour],
            selfClosing: true))
      }
      parts.append(
        .element(
          "text", ["x": c(x + 28), "y": "44", "font-size": "12", "fill": "#111111"],
          text: item.name))
      x += 28 + Double(item.name.count) * 6.6 + 18
    }
    return .element("g", ["class": "legend"], parts)
  }

  /// Grid lines, ticks and tick labels of the horizontal axis.
  func xAxis(_ scale: ChartScale, labels: [(Double, String)]? = nil) -> Markup {
    let c = Self.coordinate
    var parts: [Markup] = []
    let ticks = labels ?? scale.ticks.map { ($0, scale.label($0)) }
    for (value, text) in ticks {
      guard let f = scale.fraction(of: value), f >= -1e-9, f <= 1 + 1e-9 else { continue }
      let px = c(x(f))
      parts.append(gridLine(x1: px, y1: c(top), x2: px, y2: c(bottom)))
      parts.append(
        .element(
          "text",
          [
            "x": px, "y": c(bottom + 16), "text-anchor": "middle", "font-size": "11",
            "fill": "#333333",
          ], text: text))
    }
    for value in scale.minorTicks {
      guard let f = scale.fraction(of: value) else { continue }
      let px = c(x(f))
      parts.append(tick(x1: px, y1: c(bottom), x2: px, y2: c(bottom + 4)))
    }
    parts.append(axisLine(x1: c(left), y1: c(bottom), x2: c(right), y2: c(bottom)))
    return .element("g", ["class": "x-axis"], parts)
  }

  /// Grid lines, ticks and tick labels of the vertical axis.
  func yAxis(_ scale: ChartScale) -> Markup {
    let c = Self.coordinate
    var parts: [Markup] = []
    for value in scale.ticks {
      guard let f = scale.fraction(of: value) else { continue }
      let py = c(y(f))
      parts.append(gridLine(x1: c(left), y1: py, x2: c(right), y2: py))
      parts.append(
        .element(
          "text",
          [
            "x": c(left - 6), "y": c(y(f) + 4), "text-anchor": "end", "font-size": "11",
            "fill": "#333333",
          ], text: scale.label(value)))
    }
    for value in scale.minorTicks {
      guard let f = scale.fraction(of: value) else { continue }
      let py = c(y(f))
      parts.append(tick(x1: c(left - 4), y1: py, x2: c(left), y2: py))
    }
    parts.append(axisLine(x1: c(left), y1: c(top), x2: c(left), y2: c(bottom)))
    return .element("g", ["class": "y-axis"], parts)
  }

  /// A centred "No data" note for charts with nothing to draw.
  func noData(_ text: String = "No data to show") -> Markup {
    .element(
      "text",
      [
        "x": Self.coordinate((left + right) / 2), "y": Self.coordinate((top + bottom) / 2),
        "text-anchor": "middle", "font-size": "14", "fill": "#555555",
      ], text: text)
  }

  private func gridLine(x1: String, y1: String, x2: String, y2: String) -> Markup {
    .element(
      "line",
      [
        "x1": x1, "y1": y1, "x2": x2, "y2": y2, "stroke": ChartPalette.grid,
        "stroke-width": "1",
      ], selfClosing: true)
  }

  private func tick(x1: String, y1: String, x2: String, y2: String) -> Markup {
    .element(
      "line",
      [
        "x1": x1, "y1": y1, "x2": x2, "y2": y2, "stroke": ChartPalette.axis,
        "stroke-width": "1",
      ], selfClosing: true)
  }

  private func axisLine(x1: String, y1: String, x2: String, y2: String) -> Markup {
    .element(
      "line",
      [
        "x1": x1, "y1": y1, "x2": x2, "y2": y2, "stroke": ChartPalette.axis,
        "stroke-width": "1.2",
      ], selfClosing: true)
  }
}

extension ChartCanvas {
  /// The vertical axis line alone, for charts whose categories label the rows.
  func yAxisLine() -> Markup {
    let c = Self.coordinate
    return .element(
      "line",
      [
        "x1": c(left), "y1": c(top), "x2": c(left), "y2": c(bottom),
        "stroke": ChartPalette.axis, "stroke-width": "1.2",
      ], selfClosing: true)
  }
}
