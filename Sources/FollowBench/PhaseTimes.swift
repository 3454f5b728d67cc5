import Foundation

/// The measured phases of one benchmark run, in order.
public struct PhaseTimes: Sendable {
  /// One measured phase.
  public struct Phase: Sendable {
    /// The phase's name, as printed.
    public var name: String
    /// Its duration in seconds.
    public var seconds: Double
    /// Whether the phase is part of the whole path (probes and sub-phases are not).
    public var group: Group
  }

  /// Which total a phase counts towards.
  public enum Group: String, Sendable {
    /// A lower bound or a break-down, shown but not added up.
    case detail
    /// Part of `import` (parse and save).
    case importing
    /// Part of the analysis from the database.
    case analysis
    /// Part of writing the reports.
    case reports
    /// The bare SQLite floor.
    case floor
  }

  /// The phases, in the order they ran.
  public private(set) var phases: [Phase] = []
  private let clock = ContinuousClock()

  /// Creates an empty record.
  public init() {}

  /// Runs `body` and records its duration under `name`.
  ///
  /// - Parameters:
  ///   - name: The phase's name.
  ///   - group: The total it counts towards.
  ///   - body: The work.
  /// - Returns: What `body` returns.
  /// - Throws: What `body` throws.
  public mutating func measure<T>(_ name: String, _ group: Group, _ body: () throws -> T) rethrows
    -> T
  {
    let start = clock.now
    let result = try body()
    record(name, group, seconds: (clock.now - start).seconds)
    return result
  }

  /// Records a phase measured elsewhere.
  ///
  /// - Parameters:
  ///   - name: The phase's name.
  ///   - group: The total it counts towards.
  ///   - seconds: Its duration.
  public mutating func record(_ name: String, _ group: Group, seconds: Double) {
    phases.append(Phase(name: name, seconds: seconds, group: group))
  }

  /// The sum of the phases in `group`.
  ///
  /// - Parameter group: A group.
  /// - Returns: Seconds.
  public func total(_ group: Group) -> Double {
    phases.filter { $0.group == group }.reduce(0) { $0 + $1.seconds }
  }
}

/// Records when each step of a save started, from the store's progress callback.
final class StepRecorder: @unchecked Sendable {
  private let lock = NSLock()
  private let clock = ContinuousClock()
  private var starts: [(String, ContinuousClock.Instant)] = []

  /// Records the first report of each step.
  func record(_ step: String) {
    lock.lock()
    defer { lock.unlock() }
    if starts.last?.0 != step { starts.append((step, clock.now)) }
  }

  /// The steps with their durations, the last one ending at `end`.
  func durations(until end: ContinuousClock.Instant) -> [(String, Double)] {
    lock.lock()
    defer { lock.unlock() }
    return starts.indices.map { i in
      let next = i + 1 < starts.count ? starts[i + 1].1 : end
      return (starts[i].0, (next - starts[i].1).seconds)
    }
  }

  /// Now, on the recorder's clock.
  var now: ContinuousClock.Instant { clock.now }
}
