/// A point of a line chart; `y == nil` breaks the line (no data there).
public struct ChartPoint: Equatable, Sendable {
  /// The horizontal value.
  public var x: Double
  /// The vertical value, or `nil` for a gap.
  public var y: Double?

  /// Creates a point.
  ///
  /// - Parameters:
  ///   - x: The horizontal value.
  ///   - y: The vertical value, or `nil` for a gap.
  public init(x: Double, y: Double?) {
    self.x = x
    self.y = y
  }
}

/// A line chart of one or more series on linear or logarithmic axes.
///
/// Used for complementary CDFs on log-log axes and for monthly series (with month names as
/// horizontal tick labels). Points a logarithmic axis cannot show (≤ 0) are left out and
/// counted in a note under the plot.
public struct LineChart: Equatable, Sendable {
  /// One line.
  public struct Series: Equatable, Sendable {
    /// The legend name.
    public var name: String
    /// The points, in drawing order.
    public var points: [ChartPoint]

    /// Creates a series.
    ///
    /// - Parameters:
    ///   - name: The legend name.
    ///   - points: The points.
    public init(name: String, points: [ChartPoint]) {
      self.name = name
      self.points = points
    }
  }

  /// Title, text alternative and axis labels.
  public var labels: ChartLabels
  /// The lines.
  public var series: [Series]
  /// The horizontal scale kind.
  public var xKind: ChartScale.Kind
  /// The vertical scale kind.
  public var yKind: ChartScale.Kind
  /// How horizontal ticks are written.
  public var xFormat: ChartScale.TickFormat
  /// How vertical ticks are written.
  public var yFormat: ChartScale.TickFormat
  /// Fixed vertical range (such as 0…1 for shares); otherwise from the data.
  public var yRange: ClosedRange<Double>?
  /// Labels for chosen horizontal positions (month names), replacing the numeric ticks.
  public var xTickLabels: [(Double, String)]?

  /// Creates a line chart.
  ///
  /// - Parameters:
  ///   - labels: Title, text alternative and axis labels.
  ///   - series: The lines.
  ///   - xKind: The horizontal scale kind.
  ///   - yKind: The vertical scale kind.
  ///   - xFormat: How horizontal ticks are written.
  ///   - yFormat: How vertical ticks are written.
  ///   - yRange: A fixed vertical range.
  ///   - xTickLabels: Labels replacing the horizontal ticks.
  public init(
    labels: ChartLabels, series: [Series], xKind: ChartScale.Kind = .linear,
    yKind: ChartScale.Kind = .linear, xFormat: ChartScale.TickFormat = .number,
    yFormat: ChartScale.TickFormat = .number, yRange: ClosedRange<Double>? = nil,
    xTickLabels: [(Double, String)]? = nil
  ) {
    self.labels = labels
    self.series = series
    self.xKind = xKind
    self.yKind = yKind
    self.xFormat = xFormat
    self.yFormat = yFormat
    self.yRange = yRange
    self.xTickLabels = xTickLabels
  }

  public static func == (lhs: LineChart, rhs: LineChart) -> Bool {
    lhs.svg() == rhs.svg()
  }

  /// Whether a point can be drawn on the chart's axes.
  private func isShown(_ x: Double, _ y: Double) -> Bool {
    x.isFinite && y.isFinite && (xKind == .linear || x > 0) && (yKind == .linear || y > 0)
  }

  /// The chart as an `<svg>` element.
  ///
  /// - Returns: The markup.
  public func svg() -> Markup {
    let shown = series.flatMap { line in
      line.points.compactMap { p in p.y.flatMap { isShown(p.x, $0) ? (p.x, $0) : nil } }
    }
    let hidden = series.reduce(0) { total, line in
      total + line.points.filter { p in p.y.map { !isShown(p.x, $0) } ?? false }.count
    }
    let hasLegend = series.count > 1
    let canvas = ChartCanvas(hasLegend: hasLegend)
    let legend =
      hasLegend
      ? series.enumerated().map { index, line in
        LegendItem(
          name: line.name, colour: ChartPalette.colour(index),
          shape: MarkerShape.forSeries(index), dash: ChartPalette.dash(index), isLine: true)
      } : []
    guard !shown.isEmpty else {
      return canvas.svg(labels: labels, legend: legend, body: [canvas.noData()])
    }
    let xs = shown.map(\.0)
    let ys = shown.map(\.1)
    let xScale = Self.scale(xKind, xs.min() ?? 0, xs.max() ?? 1, format: xFormat, zero: false)
    let yScale = Self.scale(
      yKind, yRange?.lowerBound ?? (ys.min() ?? 0), yRange?.upperBound ?? (ys.max() ?? 1),
      format: yFormat, zero: yKind == .linear)
    var body: [Markup] = [canvas.xAxis(xScale, labels: xTickLabels), canvas.yAxis(yScale)]
    let c = ChartCanvas.coordinate
    for (index, line) in series.enumerated() {
      let colour = ChartPalette.colour(index)
      var segments: [[(Double, Double)]] = [[]]
      for point in line.points {
        guard let y = point.y, isShown(point.x, y), let fx = xScale.fraction(of: point.x),
          let fy = yScale.fraction(of: y)
        else {
          if !(segments.last?.isEmpty ?? true) { segments.append([]) }
          continue
        }
        segments[segments.count - 1].append((canvas.x(fx), canvas.y(fy)))
      }
      var group: [Markup] = []
      for segment in segments where segment.count > 1 {
        group.append(
          .element(
            "polyline",
            [
              "points": segment.map { "\(c($0.0)),\(c($0.1))" }.joined(separator: " "),
              "fill": "none", "stroke": colour, "stroke-width": "2",
              "stroke-dasharray": ChartPalette.dash(index), "stroke-linejoin": "round",
            ],
            selfClosing: true))
      }
      let shape = MarkerShape.forSeries(index)
      let points = segments.flatMap { $0 }
      // Markers only where they stay readable; a lone point always gets one.
      if points.count <= 60 || segments.contains(where: { $0.count == 1 }) {
        for (x, y) in points { group.append(shape.svg(x: x, y: y, radius: 3, fill: colour)) }
      }
      body.append(.element("g", ["class": "series"], group))
    }
    if hidden > 0 {
      body.append(
        .element(
          "text",
          [
            "x": c(canvas.right), "y": c(canvas.height - 6), "text-anchor": "end",
            "font-size": "10", "fill": "#555555",
          ],
          text: "\(hidden) point\(hidden == 1 ? "" : "s") at 0 not shown on the log scale"))
    }
    return canvas.svg(labels: labels, legend: legend, body: body)
  }

  static func scale(
    _ kind: ChartScale.Kind, _ low: Double, _ high: Double, format: ChartScale.TickFormat,
    zero: Bool
  ) -> ChartScale {
    switch kind {
    case .linear: .linear(minimum: low, maximum: high, includeZero: zero, format: format)
    case .logarithmic: .logarithmic(minimum: low, maximum: high, format: format)
    }
  }
}
