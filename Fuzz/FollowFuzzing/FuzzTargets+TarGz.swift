import FollowImport
import FollowModel
import Foundation

extension FuzzTargets {
  /// A `.tar.gz` or plain `.tar` archive (a Mastodon account archive): opened and every member
  /// read with the default caps, then detected and parsed as an export with small caps.
  ///
  /// Gzip input (`1f 8b`) is read as it is. Plain tar input is read as it is and, when that
  /// differs, once more with its header checksums recomputed (``TarChecksums``), so that
  /// mutated header fields reach the reader's checks. Member names must come out relative,
  /// without `..`, and no member may exceed `--max-decompressed-size`.
  public static let tarGz = FuzzTarget(name: "fuzz-tar-gz") { data in
    if data.starts(with: [0x1F, 0x8B]) {
      try readTar(data, name: "archive.tar.gz")
      return
    }
    try readTar(data, name: "archive.tar")
    let fixed = Data(TarChecksums.fixed([UInt8](data)))
    if fixed != data { try readTar(fixed, name: "archive.tar") }
  }

  /// The owner given to archives without `actor.json` (`--owner`).
  static let mastodonOwner = AccountSelector.id("me@example.social", network: .mastodon)

  private static func readTar(_ data: Data, name: String) throws {
    let limits = FuzzLimits.small
    try ScratchFile.with(data, name: name) { path in
      let opened = try FuzzChecks.outcome { try ImportSource(path: path, limits: ImportLimits()) }
      guard case .success(let source) = opened else { return }
      for member in source.treePaths.prefix(64) {
        let parts = member.split(separator: "/", omittingEmptySubsequences: false)
        if member.hasPrefix("/") || parts.contains("..") || parts.contains("") {
          throw FuzzViolation("unsafe member name \(member.debugDescription) listed")
        }
        let read = try FuzzChecks.outcome { try source.readMember(member) }
        if case .success(let bytes) = read, Int64(bytes.count) > source.limits.maxDecompressedBytes
        {
          throw FuzzViolation("member \(member) of \(bytes.count) bytes passed the cap")
        }
      }
      let detected = try FuzzChecks.outcome { try ExportFormats.detect(source) }
      guard case .success(let format) = detected else { return }
      // Parse a fresh source with small caps, as a run with low --max-* options would.
      _ = try FuzzOutcome.of(limits: limits) {
        try format.parse(
          try ImportSource(path: path, limits: limits),
          context: ParseContext(owner: mastodonOwner, limits: limits))
      }
    }
  }
}
