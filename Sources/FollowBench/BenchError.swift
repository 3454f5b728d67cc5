/// Errors of the benchmark tools, one line each.
public enum BenchError: Error, CustomStringConvertible, Sendable {
  /// A file could not be written.
  case cannotWrite(path: String, reason: String)
  /// A file could not be read.
  case cannotRead(path: String, reason: String)
  /// A SQLite call of the floor measurement failed.
  case sqlite(step: String, message: String)

  public var description: String {
    switch self {
    case .cannotWrite(let path, let reason): "cannot write \(path): \(reason)"
    case .cannotRead(let path, let reason): "cannot read \(path): \(reason)"
    case .sqlite(let step, let message): "SQLite failed during \(step): \(message)"
    }
  }
}
