/// A horizontal bar chart: one group of bars per category, one bar per series.
///
/// Horizontal bars keep long category names (handles, metric names) readable on a phone.
/// Each bar is labelled with its value, so the chart reads without the axis; a value that is
/// `nil` (undefined) is written as "n/a" instead of a bar.
public struct BarChart: Equatable, Sendable {
  /// One series of values, one per category.
  public struct Series: Equatable, Sendable {
    /// The name shown in the legend.
    public var name: String
    /// The values, in category order; `nil` when undefined.
    public var values: [Double?]

    /// Creates a series.
    ///
    /// - Parameters:
    ///   - name: The legend name.
    ///   - values: The values in category order.
    public init(name: String, values: [Double?]) {
      self.name = name
      self.values = values
    }
  }

  /// Title, text alternative and axis labels (`xLabel` names the values).
  public var labels: ChartLabels
  /// The category names, top to bottom.
  public var categories: [String]
  /// The series; a legend is drawn when there are several.
  public var series: [Series]
  /// How values and ticks are written.
  public var format: ChartScale.TickFormat
  /// The axis' upper end when fixed (1 for shares); otherwise from the data.
  public var maximum: Double?

  /// Creates a bar chart.
  ///
  /// - Parameters:
  ///   - labels: Title, text alternative and axis labels.
  ///   - categories: The category names.
  ///   - series: The series.
  ///   - format: How values are written.
  ///   - maximum: A fixed upper end of the value axis.
  public init(
    labels: ChartLabels, categories: [String], series: [Series],
    format: ChartScale.TickFormat = .number, maximum: Double? = nil
  ) {
    self.labels = labels
    self.categories = categories
    self.series = series
    self.format = format
    self.maximum = maximum
  }

  /// The longest category name drawn before it is shortened with "…".
  static let maxCategoryCharacters = 30

  /// The chart as an `<svg>` element.
  ///
  /// - Returns: The markup.
  public func svg() -> Markup {
    let values = series.flatMap { $0.values.compactMap { $0 } }.filter(\.isFinite)
    let bar = 16.0
    let groupHeight = Double(max(1, series.count)) * (bar + 2) + 12
    let longest = categories.map { min($0.count, Self.maxCategoryCharacters) }.max() ?? 0
    let left = min(240, max(72, Double(longest) * 6.4 + 16))
    let hasLegend = series.count > 1
    let plotHeight = max(60, Double(categories.count) * groupHeight)
    let canvas = ChartCanvas(
      height: (hasLegend ? 62 : 42) + plotHeight + 60, leftMargin: left, hasLegend: hasLegend)
    let legend =
      hasLegend
      ? series.enumerated().map { index, item in
        LegendItem(
          name: item.name, colour: ChartPalette.colour(index), shape: nil, dash: nil,
          isLine: false)
      } : []
    guard !categories.isEmpty, !series.isEmpty else {
      return canvas.svg(labels: labels, legend: legend, body: [canvas.noData()])
    }
    let scale = ChartScale.linear(
      minimum: min(0, values.min() ?? 0), maximum: max(maximum ?? 0, values.max() ?? 0),
      maxTicks: 6, format: format)
    let c = ChartCanvas.coordinate
    var body: [Markup] = [canvas.xAxis(scale)]
    for (row, category) in categories.enumerated() {
      let groupTop = canvas.top + Double(row) * groupHeight + 6
      let shown =
        category.count > Self.maxCategoryCharacters
        ? String(category.prefix(Self.maxCategoryCharacters - 1)) + "…" : category
      let labelY = groupTop + Double(series.count) * (bar + 2) / 2 + 4
      body.append(
        .element(
          "text",
          [
            "x": c(canvas.left - 8), "y": c(labelY), "text-anchor": "end",
            "font-size": "12", "fill": "#111111",
          ],
          [Markup(text: shown)] + (shown == category ? [] : [.element("title", text: category)])))
      for (index, item) in series.enumerated() {
        let y = groupTop + Double(index) * (bar + 2)
        let value = row < item.values.count ? item.values[row] : nil
        let zero = canvas.x(scale.fraction(of: 0) ?? 0)
        guard let value, value.isFinite, let f = scale.fraction(of: value) else {
          body.append(valueText("n/a", x: zero + 4, y: y + bar - 4))
          continue
        }
        let end = canvas.x(f)
        let text = Self.valueLabel(value, format: format)
        body.append(
          .element(
            "rect",
            [
              "x": c(min(zero, end)), "y": c(y), "width": c(abs(end - zero)),
              "height": c(bar), "fill": ChartPalette.colour(index),
            ], selfClosing: true,
            [.element("title", text: "\(category), \(item.name): \(text)")]))
        body.append(valueText(text, x: max(zero, end) + 4, y: y + bar - 4))
      }
    }
    body.append(canvas.yAxisLine())
    return canvas.svg(labels: labels, legend: legend, body: body)
  }

  private func valueText(_ text: String, x: Double, y: Double) -> Markup {
    .element(
      "text",
      [
        "x": ChartCanvas.coordinate(x), "y": ChartCanvas.coordinate(y), "font-size": "11",
        "fill": "#111111",
      ], text: text)
  }

  /// A bar's value label: percentages with one decimal, counts grouped, other numbers with
  /// up to three decimals.
  ///
  /// - Parameters:
  ///   - value: The value.
  ///   - format: The chart's format.
  /// - Returns: The text.
  static func valueLabel(_ value: Double, format: ChartScale.TickFormat) -> String {
    switch format {
    case .percent:
      return NumberText.fixed(value * 100, decimals: 1) + " %"
    case .compact, .number:
      if value == value.rounded() && abs(value) < 1e15 { return NumberText.grouped(Int(value)) }
      return NumberText.fixed(value, decimals: 3)
    }
  }
}
