/// A scatter plot, usually on log-log axes, with highlighted groups and threshold lines.
///
/// Points of one group at the same position are drawn once, larger, with the count in their
/// tooltip, so ego graphs with hundreds of identical points stay small and readable. Points a
/// logarithmic axis cannot show (a 0) are left out and counted in a note under the plot.
public struct ScatterChart: Equatable, Sendable {
  /// One point with the tooltip naming it.
  public struct Point: Equatable, Sendable {
    /// The horizontal value.
    public var x: Double
    /// The vertical value.
    public var y: Double
    /// What the point is (a handle), shown on hover.
    public var label: String

    /// Creates a point.
    ///
    /// - Parameters:
    ///   - x: The horizontal value.
    ///   - y: The vertical value.
    ///   - label: What the point is.
    public init(x: Double, y: Double, label: String) {
      self.x = x
      self.y = y
      self.label = label
    }
  }

  /// A set of points drawn in one colour and shape; later groups are drawn on top.
  public struct Group: Equatable, Sendable {
    /// The legend name.
    public var name: String
    /// The points.
    public var points: [Point]

    /// Creates a group.
    ///
    /// - Parameters:
    ///   - name: The legend name.
    ///   - points: The points.
    public init(name: String, points: [Point]) {
      self.name = name
      self.points = points
    }
  }

  /// A threshold drawn across the plot.
  public enum ReferenceLine: Equatable, Sendable {
    /// y = value.
    case horizontal(Double, label: String)
    /// x = value.
    case vertical(Double, label: String)
    /// y = slope × x (a ratio threshold; straight on log-log axes).
    case proportional(slope: Double, label: String)
  }

  /// Title, text alternative and axis labels.
  public var labels: ChartLabels
  /// The groups, drawn in order.
  public var groups: [Group]
  /// Thresholds to draw.
  public var referenceLines: [ReferenceLine]
  /// The scale kind of both axes.
  public var kind: ChartScale.Kind

  /// Creates a scatter plot.
  ///
  /// - Parameters:
  ///   - labels: Title, text alternative and axis labels.
  ///   - groups: The groups.
  ///   - referenceLines: Thresholds to draw.
  ///   - kind: The scale kind of both axes.
  public init(
    labels: ChartLabels, groups: [Group], referenceLines: [ReferenceLine] = [],
    kind: ChartScale.Kind = .logarithmic
  ) {
    self.labels = labels
    self.groups = groups
    self.referenceLines = referenceLines
    self.kind = kind
  }

  private func isShown(_ p: Point) -> Bool {
    p.x.isFinite && p.y.isFinite && (kind == .linear || (p.x > 0 && p.y > 0))
  }

  /// The number of points left out because an axis cannot show them.
  public var hiddenCount: Int {
    groups.reduce(0) { $0 + $1.points.filter { !isShown($0) }.count }
  }

  /// The chart as an `<svg>` element.
  ///
  /// - Returns: The markup.
  public func svg() -> Markup {
    let hasLegend = groups.count > 1 || !referenceLines.isEmpty
    let canvas = ChartCanvas(height: 440, hasLegend: hasLegend)
    var legend = groups.enumerated().map { index, group in
      LegendItem(
        name: group.name, colour: ChartPalette.colour(index), shape: .forSeries(index),
        dash: nil, isLine: false)
    }
    if !referenceLines.isEmpty {
      legend.append(
        LegendItem(
          name: "threshold", colour: ChartPalette.axis, shape: nil, dash: "5 4", isLine: true))
    }
    let shown = groups.flatMap { $0.points.filter(isShown) }
    guard !shown.isEmpty else {
      return canvas.svg(labels: labels, legend: hasLegend ? legend : [], body: [canvas.noData()])
    }
    var xValues = shown.map(\.x)
    var yValues = shown.map(\.y)
    for line in referenceLines {
      switch line {
      case .horizontal(let y, _): yValues.append(y)
      case .vertical(let x, _): xValues.append(x)
      case .proportional: break
      }
    }
    let xScale = LineChart.scale(
      kind, xValues.min() ?? 1, xValues.max() ?? 1, format: .compact, zero: kind == .linear)
    let yScale = LineChart.scale(
      kind, yValues.min() ?? 1, yValues.max() ?? 1, format: .compact, zero: kind == .linear)
    var body: [Markup] = [canvas.xAxis(xScale), canvas.yAxis(yScale)]
    body.append(contentsOf: referenceLines.map { line(for: $0, canvas, xScale, yScale) })
    let c = ChartCanvas.coordinate
    for (index, group) in groups.enumerated() {
      var counts: [String: (point: Point, count: Int)] = [:]
      var order: [String] = []
      for point in group.points where isShown(point) {
        let key = "\(point.x) \(point.y)"
        if let existing = counts[key] {
          counts[key] = (existing.point, existing.count + 1)
        } else {
          counts[key] = (point, 1)
          order.append(key)
        }
      }
      let shape = MarkerShape.forSeries(index)
      var marks: [Markup] = []
      for key in order {
        guard let (point, count) = counts[key], let fx = xScale.fraction(of: point.x),
          let fy = yScale.fraction(of: point.y)
        else { continue }
        let radius = 3.5 + min(6, Double(count).squareRoot() - 1)
        let tooltip =
          count == 1
          ? "\(point.label): \(labels.xLabel) \(ChartScale.compact(point.x)), "
            + "\(labels.yLabel) \(ChartScale.compact(point.y))"
          : "\(count) accounts at \(labels.xLabel) \(ChartScale.compact(point.x)), "
            + "\(labels.yLabel) \(ChartScale.compact(point.y))"
        marks.append(
          shape.svg(
            x: canvas.x(fx), y: canvas.y(fy), radius: radius, fill: ChartPalette.colour(index),
            tooltip: tooltip))
      }
      body.append(
        .element(
          "g",
          [
            "class": "group", "fill-opacity": "0.75", "stroke": "#FFFFFF",
            "stroke-width": "0.5",
          ], marks))
    }
    let hidden = hiddenCount
    if hidden > 0 {
      body.append(
        .element(
          "text",
          [
            "x": c(canvas.right), "y": c(canvas.height - 6), "text-anchor": "end",
            "font-size": "10", "fill": "#555555",
          ],
          text: "\(hidden) account\(hidden == 1 ? "" : "s") with a 0 not shown on the log scale"))
    }
    return canvas.svg(labels: labels, legend: hasLegend ? legend : [], body: body)
  }

  /// A dashed threshold line with its label, clipped to the plot.
  private func line(
    for reference: ReferenceLine, _ canvas: ChartCanvas, _ xScale: ChartScale,
    _ yScale: ChartScale
  ) -> Markup {
    let c = ChartCanvas.coordinate
    var from: (Double, Double)
    var to: (Double, Double)
    let text: String
    switch reference {
    case .horizontal(let value, let label):
      guard let f = yScale.fraction(of: value) else { return .empty }
      from = (0, f)
      to = (1, f)
      text = label
    case .vertical(let value, let label):
      guard let f = xScale.fraction(of: value) else { return .empty }
      from = (f, 0)
      to = (f, 1)
      text = label
    case .proportional(let slope, let label):
      // y = slope·x: sample the ends of the x axis and clip to the plot's y range.
      guard let a = yScale.fraction(of: slope * xScale.lower),
        let b = yScale.fraction(of: slope * xScale.upper), b != a
      else { return .empty }
      func xAt(_ fy: Double) -> Double { (fy - a) / (b - a) }
      from = a < 0 ? (xAt(0), 0) : (0, a)
      to = b > 1 ? (xAt(1), 1) : (1, b)
      text = label
    }
    guard (0...1).contains(from.0), (0...1).contains(to.0), from.1 <= 1, to.1 >= 0 else {
      return .empty
    }
    let x1 = canvas.x(from.0)
    let y1 = canvas.y(from.1)
    let x2 = canvas.x(to.0)
    let y2 = canvas.y(to.1)
    return .element(
      "g", ["class": "threshold"],
      [
        .element(
          "line",
          [
            "x1": c(x1), "y1": c(y1), "x2": c(x2), "y2": c(y2),
            "stroke": ChartPalette.axis, "stroke-width": "1.5", "stroke-dasharray": "5 4",
          ],
          selfClosing: true, [.element("title", text: text)]),
        .element(
          "text",
          [
            "x": c(min(x2, canvas.right) - 4), "y": c(max(y2, canvas.top) + 12),
            "text-anchor": "end", "font-size": "11", "fill": "#333333",
          ], text: text),
      ])
  }
}
