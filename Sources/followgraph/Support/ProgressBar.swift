import Foundation

/// A progress bar on standard error, shown only when stderr is a terminal and the work has
/// taken more than a second; silent in pipes, files and CI.
final class ProgressBar: @unchecked Sendable {
  private let enabled: Bool
  private let start = Date()
  private let lock = NSLock()
  private var lastDraw = Date.distantPast
  private var drawn = false

  /// Creates a bar; `quiet` turns it off.
  init(quiet: Bool) {
    enabled = !quiet && isatty(STDERR_FILENO) == 1
  }

  /// Reports progress on `label`: `done` of `total` bytes.
  func update(_ label: String, done: Int64, total: Int64) {
    guard enabled else { return }
    lock.lock()
    defer { lock.unlock() }
    let now = Date()
    guard now.timeIntervalSince(start) > 1, now.timeIntervalSince(lastDraw) > 0.1 else { return }
    lastDraw = now
    let fraction = total > 0 ? min(1, Double(done) / Double(total)) : 0
    let width = 30
    let filled = Int(fraction * Double(width))
    let bar = String(repeating: "#", count: filled) + String(repeating: " ", count: width - filled)
    let megabytes = { (bytes: Int64) in String(bytes / 1_000_000) }
    let line =
      "\r\(label) [\(bar)] \(Int(fraction * 100))% \(megabytes(done))/\(megabytes(total)) MB"
    FileHandle.standardError.write(Data(line.utf8))
    drawn = true
  }

  /// Clears the bar's line.
  func finish() {
    guard enabled else { return }
    lock.lock()
    defer { lock.unlock() }
    if drawn { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    drawn = false
  }
}
