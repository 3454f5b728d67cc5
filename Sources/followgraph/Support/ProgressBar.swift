import FollowUseCases
import Foundation

/// A progress bar on standard error, shown only when stderr is a terminal and the work has
/// taken more than a second; silent in pipes, files and CI, and with `--quiet`.
final class ProgressBar: StepProgress, @unchecked Sendable {
  private let enabled: Bool
  private let start = Date()
  private let lock = NSLock()
  private var lastDraw = Date.distantPast
  private var lastLabel = ""
  private var drawn = false

  /// Creates a bar; `quiet` turns it off.
  init(quiet: Bool) {
    enabled = !quiet && isatty(STDERR_FILENO) == 1
  }

  /// Reports progress on `label`: `done` of `total` bytes.
  func update(_ label: String, done: Int64, total: Int64) {
    let megabytes = { (bytes: Int64) in String(bytes / 1_000_000) }
    draw(label, fraction: Self.fraction(done, total)) {
      "\(megabytes(done))/\(megabytes(total)) MB"
    }
  }

  /// Reports progress on `label`: `done` of `total` rows, or a running count when `total` is 0.
  func update(_ label: String, rows done: Int, of total: Int) {
    draw(label, fraction: total > 0 ? Self.fraction(Int64(done), Int64(total)) : nil) {
      total > 0 ? "\(Self.grouped(done))/\(Self.grouped(total))" : "\(Self.grouped(done)) rows"
    }
  }

  /// Shows that a step without measurable progress (an index build, a sort) has started.
  func phase(_ label: String) {
    draw(label, fraction: nil) { "" }
  }

  /// Clears the bar's line.
  func finish() {
    guard enabled else { return }
    lock.lock()
    defer { lock.unlock() }
    if drawn { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    drawn = false
  }

  /// Draws at most ten times a second, and at once when the label changes.
  private func draw(_ label: String, fraction: Double?, detail: () -> String) {
    guard enabled else { return }
    lock.lock()
    defer { lock.unlock() }
    let now = Date()
    let elapsed = now.timeIntervalSince(start)
    guard elapsed > 1, label != lastLabel || now.timeIntervalSince(lastDraw) > 0.1 else { return }
    lastDraw = now
    lastLabel = label
    var line = "\r\u{1B}[K\(label)"
    if let fraction {
      let width = 30
      let filled = Int(fraction * Double(width))
      line += " [" + String(repeating: "#", count: filled)
      line += String(repeating: " ", count: width - filled) + "] \(Int(fraction * 100))%"
    }
    let text = detail()
    if !text.isEmpty { line += " " + text }
    line += " (\(Int(elapsed)) s)"
    FileHandle.standardError.write(Data(line.utf8))
    drawn = true
  }

  private static func fraction(_ done: Int64, _ total: Int64) -> Double {
    total > 0 ? min(1, max(0, Double(done) / Double(total))) : 0
  }

  private static func grouped(_ value: Int) -> String {
    let digits = String(value)
    var out = ""
    for (offset, character) in digits.enumerated() {
      if offset > 0 && (digits.count - offset) % 3 == 0 { out.append(",") }
      out.append(character)
    }
    return out
  }
}
