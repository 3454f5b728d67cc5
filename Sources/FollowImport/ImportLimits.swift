/// Caps that keep hostile or broken input from exhausting memory.
///
/// Each cap names the command-line option that raises it, so an error can tell the user how.
public struct ImportLimits: Equatable, Sendable {
  /// The largest input file, in bytes (`--max-file-size`).
  public var maxFileBytes: Int64
  /// The largest decompressed archive member, in bytes (`--max-decompressed-size`).
  public var maxDecompressedBytes: Int64
  /// The longest line or CSV record, in bytes (`--max-line-length`).
  public var maxLineBytes: Int
  /// The most records (lines, JSON entries) one file may hold (`--max-records`).
  public var maxRecords: Int

  /// Creates limits.
  ///
  /// - Parameters:
  ///   - maxFileBytes: The largest input file.
  ///   - maxDecompressedBytes: The largest decompressed archive member.
  ///   - maxLineBytes: The longest line.
  ///   - maxRecords: The most records in one file.
  public init(
    maxFileBytes: Int64 = 16 << 30, maxDecompressedBytes: Int64 = 4 << 30,
    maxLineBytes: Int = 1 << 20, maxRecords: Int = 500_000_000
  ) {
    self.maxFileBytes = maxFileBytes
    self.maxDecompressedBytes = maxDecompressedBytes
    self.maxLineBytes = maxLineBytes
    self.maxRecords = maxRecords
  }
}
