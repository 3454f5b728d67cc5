/// Colours and marks that colour-blind readers can tell apart.
///
/// The colours are the Okabe–Ito palette (Okabe & Ito 2008, "Color Universal Design"), chosen
/// to stay distinct under protanopia, deuteranopia and tritanopia; yellow is left out because
/// it is too light on white. Each series also gets its own marker shape and line dash, so the
/// charts read in greyscale print too.
public enum ChartPalette {
  /// Okabe–Ito blue, orange, bluish green, vermillion, reddish purple, sky blue, black.
  public static let colours = [
    "#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#000000",
  ]

  /// The neutral grey of axes, grid lines and reference lines.
  public static let axis = "#555555"
  /// The light grey of grid lines.
  public static let grid = "#DDDDDD"

  /// The colour of series `index`.
  ///
  /// - Parameter index: The series' position.
  /// - Returns: A hex colour.
  public static func colour(_ index: Int) -> String {
    colours[index % colours.count]
  }

  /// The line dash of series `index` (`nil` = solid).
  ///
  /// - Parameter index: The series' position.
  /// - Returns: An SVG `stroke-dasharray` value.
  public static func dash(_ index: Int) -> String? {
    [nil, "6 3", "2 2", "8 3 2 3"][index % 4]
  }
}

/// The shape drawn for a point of a series.
public enum MarkerShape: CaseIterable, Equatable, Sendable {
  /// A circle.
  case circle
  /// A square.
  case square
  /// A diamond.
  case diamond
  /// A triangle pointing up.
  case triangle

  /// The shape of series `index`.
  ///
  /// - Parameter index: The series' position.
  /// - Returns: The shape.
  public static func forSeries(_ index: Int) -> MarkerShape {
    allCases[index % allCases.count]
  }

  /// The SVG element drawing the shape centred on (`x`, `y`).
  ///
  /// - Parameters:
  ///   - x: The centre's x.
  ///   - y: The centre's y.
  ///   - radius: Half the shape's width.
  ///   - fill: The fill colour.
  ///   - tooltip: Text shown on hover, if any.
  /// - Returns: The element.
  func svg(x: Double, y: Double, radius r: Double, fill: String, tooltip: String? = nil) -> Markup {
    let title = tooltip.map { [Markup.element("title", text: $0)] } ?? []
    let c = ChartCanvas.coordinate
    switch self {
    case .circle:
      return .element(
        "circle", ["cx": c(x), "cy": c(y), "r": c(r), "fill": fill], selfClosing: true,
        title)
    case .square:
      return .element(
        "rect",
        [
          "x": c(x - r), "y": c(y - r), "width": c(2 * r), "height": c(2 * r),
          "fill": fill,
        ], selfClosing: true, title)
    case .diamond:
      let d = r * 1.3
      return .element(
        "path",
        [
          "d": "M\(c(x)) \(c(y - d))L\(c(x + d)) \(c(y))L\(c(x)) \(c(y + d))L\(c(x - d)) \(c(y))Z",
          "fill": fill,
        ], selfClosing: true, title)
    case .triangle:
      let d = r * 1.25
      return .element(
        "path",
        [
          "d": "M\(c(x)) \(c(y - d))L\(c(x + d)) \(c(y + d * 0.8))L\(c(x - d)) \(c(y + d * 0.8))Z",
          "fill": fill,
        ], selfClosing: true, title)
    }
  }
}
