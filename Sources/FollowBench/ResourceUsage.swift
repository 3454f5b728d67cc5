import Foundation

/// Peak resident memory of this process, from `/proc/self/status` (Linux) or `getrusage`.
public enum ResourceUsage {
  /// Resets the peak (`VmHWM`) to the current resident size, so the next reading covers only
  /// what runs after this call.
  ///
  /// - Returns: `false` when the system does not allow it (the peak then covers the whole run).
  @discardableResult
  public static func resetPeak() -> Bool {
    guard let handle = FileHandle(forWritingAtPath: "/proc/self/clear_refs") else { return false }
    defer { try? handle.close() }
    do {
      try handle.write(contentsOf: Data("5".utf8))
      return true
    } catch {
      return false
    }
  }

  /// The peak resident memory in bytes.
  ///
  /// - Returns: `VmHWM` when readable, else `ru_maxrss`.
  public static func peakResidentBytes() -> Int {
    if let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
      let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") })
    {
      let digits = line.filter(\.isNumber)
      if let kib = Int(digits) { return kib * 1024 }
    }
    var usage = rusage()
    #if os(Linux)
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Int(usage.ru_maxrss) * 1024  // KiB on Linux
    #else
    getrusage(RUSAGE_SELF, &usage)
    return Int(usage.ru_maxrss)  // bytes on macOS
    #endif
  }

  /// The CPU time (user + system) this process has used so far, in seconds.
  ///
  /// - Returns: Seconds, from `getrusage`.
  public static func cpuSeconds() -> Double {
    var usage = rusage()
    #if os(Linux)
    getrusage(RUSAGE_SELF.rawValue, &usage)
    #else
    getrusage(RUSAGE_SELF, &usage)
    #endif
    func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) * 1e-6 }
    return seconds(usage.ru_utime) + seconds(usage.ru_stime)
  }
}
