import Foundation

/// The measured phases of one benchmark run, in order.
public struct PhaseTimes: Sendable {
  /// One measured phase.
  public struct Phase: Sendable {
    /// The phase's name, as printed.
    public var name: String
    /// Its duration in seconds.
    public var seconds: Double
    /// CPU time (user + system) of the process during the phase, in seconds; above `seconds`
    /// when several threads worked, below it when the machine was busy with other work.
    public var cpuSeconds: Double
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
    let cpuStart = ResourceUsage.cpuSeconds()
    let result = try body()
    record(
      name, group, seconds: (clock.now - start).seconds,
      cpuSeconds: ResourceUsage.cpuSeconds() - cpuStart)
    return result
  }

  /// Records a phase measured elsewhere.
  ///
  /// - Parameters:
  ///   - name: The phase's name.
  ///   - group: The total it counts towards.
  ///   - seconds: Its duration.
  ///   - cpuSeconds: The CPU time it used, when known (else the duration).
  public mutating func record(
    _ name: String, _ group: Group, seconds: Double, cpuSeconds: Double? = nil
  ) {
    phases.append(
      Phase(name: name, seconds: seconds, cpuSeconds: cpuSeconds ?? seconds, group: group))
  }

  /// The sum of the phases in `group`.
  ///
  /// - Parameter group: A group.
  /// - Returns: Seconds.
  public func total(_ group: Group) -> Double {
    phases.filter { $0.group == group }.reduce(0) { $0 + $1.seconds }
  }

  /// The CPU time of the phases in `group`.
  ///
  /// - Parameter group: A group.
  /// - Returns: Seconds.
  public func cpuTotal(_ group: Group) -> Double {
    phases.filter { $0.group == group }.reduce(0) { $0 + $1.cpuSeconds }
  }
}

/// Records when each step of a save started, from the store's progress callback.
final class StepRecorder: @unchecked Sendable {
  private let lock = NSLock()
  private let clock = ContinuousClock()
  private var starts: [(String, ContinuousClock.Instant, Double)] = []

  /// Records the first report of each step.
  func record(_ step: String) {
    lock.lock()
    defer { lock.unlock() }
    if starts.last?.0 != step { starts.append((step, clock.now, ResourceUsage.cpuSeconds())) }
  }

  /// The steps with their durations and CPU times, the last one ending at `end`.
  func durations(until end: ContinuousClock.Instant, cpu endCPU: Double) -> [(
    String, Double, Double
  )] {
    lock.lock()
    defer { lock.unlock() }
    return starts.indices.map { i in
      let next = i + 1 < starts.count ? starts[i + 1].1 : end
      let nextCPU = i + 1 < starts.count ? starts[i + 1].2 : endCPU
      return (starts[i].0, (next - starts[i].1).seconds, nextCPU - starts[i].2)
    }
  }

  /// Now, on the recorder's clock.
  var now: ContinuousClock.Instant { clock.now }
}
