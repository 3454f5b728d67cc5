import Foundation

extension CommandRunner {
  /// Starts `followgraph` with `arguments` without waiting, output discarded; for tests that
  /// kill it or run it beside another command.
  ///
  /// - Parameters:
  ///   - arguments: The command-line arguments.
  ///   - directory: The working directory (default: the project root).
  /// - Returns: The running process.
  /// - Throws: When the process cannot start.
  public static func start(_ arguments: [String], in directory: URL? = nil) throws -> Process {
    let process = Process()
    process.executableURL = binary
    process.arguments = arguments
    process.currentDirectoryURL = directory ?? ReferenceData.projectRoot
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    return process
  }

  /// Runs `followgraph` as the unprivileged user `nobody` when the tests run as root (CI),
  /// since root ignores file permissions; as the current user otherwise.
  ///
  /// As `nobody`, the binary is the copy in ``UnprivilegedPlace`` (the checkout may sit where
  /// `nobody` cannot enter); its files should be in ``UnprivilegedPlace/temporaryFolder()``.
  ///
  /// - Parameters:
  ///   - arguments: The command-line arguments.
  ///   - directory: The working directory (default: the project root).
  /// - Returns: Exit status and output.
  /// - Throws: When the process cannot start.
  public static func runUnprivileged(_ arguments: [String], in directory: URL? = nil) throws
    -> Result
  {
    guard geteuid() == 0 else { return try run(arguments, in: directory) }
    return try run(
      via: URL(fileURLWithPath: "/usr/bin/setpriv"),
      ["--reuid=65534", "--regid=65534", "--clear-groups", UnprivilegedPlace.binary.path]
        + arguments,
      in: directory)
  }

  /// A random, seeded edge list of `count` follows among `accounts` accounts, written to
  /// `path`: big enough that importing it takes a while.
  ///
  /// - Parameters:
  ///   - count: Follows (lines).
  ///   - accounts: Distinct account ids to draw from.
  ///   - seed: The generator's seed.
  ///   - path: Where to write.
  /// - Throws: When the file cannot be written.
  public static func writeLargeEdgeList(
    count: Int, accounts: Int, seed: UInt64, to path: String
  ) throws {
    var state = seed
    func next() -> Int {
      // SplitMix64.
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return Int((z ^ (z >> 31)) % UInt64(accounts))
    }
    var text = ""
    text.reserveCapacity(count * 16)
    for _ in 0..<count { text += "u\(next()) u\(next())\n" }
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
  }
}
