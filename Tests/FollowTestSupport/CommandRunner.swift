import Foundation

/// Runs the built `followgraph` binary, for end-to-end tests.
public enum CommandRunner {
  /// The result of one run.
  public struct Result: Sendable {
    /// The exit status.
    public var status: Int32
    /// Standard output.
    public var stdout: String
    /// Standard error.
    public var stderr: String
    /// Whether the run was stopped by the watchdog (see ``timeLimit``).
    public var timedOut = false
  }

  /// How long one run may take before it is stopped: a watchdog against a hung binary, far
  /// above any run's real duration even on a loaded machine; never a timing assertion.
  public static let timeLimit: TimeInterval = 600

  /// The built binary: beside the test bundle in `.build/<config>/`.
  public static var binary: URL {
    var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    for _ in 0..<4 {
      let candidate = folder.appendingPathComponent("followgraph")
      if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
      folder = folder.deletingLastPathComponent()
    }
    return ReferenceData.projectRoot.appendingPathComponent(".build/debug/followgraph")
  }

  /// Runs `followgraph` with `arguments` in `directory`.
  ///
  /// - Parameters:
  ///   - arguments: The command-line arguments.
  ///   - directory: The working directory (default: the project root).
  /// - Returns: Exit status and output.
  /// - Throws: When the process cannot start.
  public static func run(_ arguments: [String], in directory: URL? = nil) throws -> Result {
    try run(via: binary, arguments, in: directory)
  }

  /// Runs `executable` with `arguments` in `directory` (a wrapper such as `setpriv` that in
  /// turn runs `followgraph`).
  ///
  /// - Parameters:
  ///   - executable: The program to start.
  ///   - arguments: Its arguments.
  ///   - directory: The working directory (default: the project root).
  /// - Returns: Exit status and output.
  /// - Throws: When the process cannot start.
  public static func run(via executable: URL, _ arguments: [String], in directory: URL? = nil)
    throws -> Result
  {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    process.currentDirectoryURL = directory ?? ReferenceData.projectRoot
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let watchdog = DispatchWorkItem { if process.isRunning { process.terminate() } }
    DispatchQueue.global().asyncAfter(deadline: .now() + timeLimit, execute: watchdog)
    // Read both pipes before waiting so a large output cannot block the child.
    let group = DispatchGroup()
    nonisolated(unsafe) var errData = Data()
    group.enter()
    DispatchQueue.global().async {
      errData = err.fileHandleForReading.readDataToEndOfFile()
      group.leave()
    }
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    group.wait()
    process.waitUntilExit()
    watchdog.cancel()
    return Result(
      status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
      stderr: String(decoding: errData, as: UTF8.self),
      timedOut: process.terminationReason == .uncaughtSignal
        && process.terminationStatus == SIGTERM)
  }
}
