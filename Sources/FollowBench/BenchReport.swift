import Foundation

/// Prints the medians of several runs as a Markdown table.
public enum BenchReport {
  /// The table: one row per phase with median, min and max seconds and follows per second,
  /// then the totals, the floor ratio and peak memory.
  ///
  /// - Parameters:
  ///   - outcomes: The runs (at least one), all of the same edge list.
  ///   - title: A heading line.
  /// - Returns: The text.
  public static func render(_ outcomes: [BenchPipeline.Outcome], title: String) -> String {
    guard let first = outcomes.first else { return "no runs\n" }
    let follows = Double(first.follows)
    var out = "\(title)\n\n"
    out += "| phase | median s | min s | max s | CPU s | follows/s |\n"
    out += "|---|--:|--:|--:|--:|--:|\n"
    func row(_ name: String, _ values: [Double], _ cpu: [Double]) {
      let sorted = values.sorted()
      let median = Self.median(values)
      let cpuMedian = Self.median(cpu)
      let rate = median > 0 ? follows / median : 0
      out += "| \(name) | \(fixed(median)) | \(fixed(sorted[0])) | \(fixed(sorted.last ?? 0)) "
      out += "| \(fixed(cpuMedian)) "
      out += "| \(rate >= 1e6 ? fixed(rate / 1e6, 2) + " M" : fixed(rate / 1e3, 0) + " k") |\n"
    }
    for (index, phase) in first.times.phases.enumerated() {
      row(
        phase.name, outcomes.map { $0.times.phases[index].seconds },
        outcomes.map { $0.times.phases[index].cpuSeconds })
    }
    let path: [PhaseTimes.Group] = [.importing, .analysis, .reports]
    let totals: [(String, [PhaseTimes.Group])] = [
      ("**import** (parse + open + save)", [.importing]),
      ("**analysis** (load, graph, reciprocity)", [.analysis]),
      ("**reports** (accounts, compute, CSV)", [.reports]),
      ("**whole path**", path),
      ("**floor** (bare SQLite: insert + index + commit)", [.floor]),
    ]
    for (name, groups) in totals {
      row(
        name, outcomes.map { o in groups.reduce(0) { $0 + o.times.total($1) } },
        outcomes.map { o in groups.reduce(0) { $0 + o.times.cpuTotal($1) } })
    }
    let ratios = outcomes.compactMap { outcome -> Double? in
      let floor = outcome.times.total(.floor)
      return floor > 0 ? outcome.times.total(.importing) / floor : nil
    }
    let cpuRatios = outcomes.compactMap { outcome -> Double? in
      let floor = outcome.times.cpuTotal(.floor)
      return floor > 0 ? outcome.times.cpuTotal(.importing) / floor : nil
    }
    out += "\n"
    if !ratios.isEmpty {
      out += "import / floor: \(fixed(median(ratios), 2))× wall time, "
      out += "\(fixed(median(cpuRatios), 2))× CPU time (medians of \(ratios.count))\n"
    }
    let peak = outcomes.map(\.peakBytes).max() ?? 0
    out += "peak resident memory of the whole path: \(fixed(Double(peak) / 1_048_576, 0)) MiB\n"
    out += "graph: \(first.accounts) accounts, \(first.follows) follows, "
    out += "edge reciprocity \(fixed(first.edgeReciprocity, 4))\n"
    return out
  }

  /// The median; the mean of the two middle values for an even count.
  private static func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    guard !sorted.isEmpty else { return 0 }
    let middle = sorted.count / 2
    return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
  }

  private static func fixed(_ value: Double, _ decimals: Int = 3) -> String {
    String(format: "%.\(decimals)f", value)
  }
}
