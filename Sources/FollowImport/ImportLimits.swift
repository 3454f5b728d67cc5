/// Caps that keep hostile or broken input from exhausting memory or the stack.
///
/// Each cap names the command-line option that raises it, so an error can tell the user how
/// (see ``ImportLimits`` checks in `ImportLimits+Checks.swift`).
public struct ImportLimits: Equatable, Sendable {
  /// The largest input file, in bytes (`--max-file-size`).
  public var maxFileBytes: Int64
  /// The largest decompressed archive member, in bytes (`--max-decompressed-size`).
  public var maxDecompressedBytes: Int64
  /// The longest line or CSV record, in bytes (`--max-line-length`).
  public var maxLineBytes: Int
  /// The longest line of a JSONL file, in bytes (`--max-jsonl-line-length`): one twarc2 line
  /// is a whole API response page, a few MiB for 500 tweets with their `includes`.
  public var maxJSONLLineBytes: Int
  /// The most records (lines, JSON entries) one file may hold (`--max-records`).
  public var maxRecords: Int
  /// The deepest nesting of JSON arrays and objects (`--max-json-depth`).
  public var maxJSONDepth: Int
  /// The deepest nesting of CBOR arrays, maps and tags (`--max-cbor-depth`).
  public var maxCBORDepth: Int
  /// The largest length a CBOR item may declare: bytes of a byte or text string, entries of
  /// an array or map (`--max-cbor-length`).
  public var maxCBORLength: Int

  /// Creates limits; the defaults fit every genuine export seen so far with a wide margin.
  ///
  /// - Parameters:
  ///   - maxFileBytes: The largest input file.
  ///   - maxDecompressedBytes: The largest decompressed archive member.
  ///   - maxLineBytes: The longest line.
  ///   - maxRecords: The most records in one file.
  ///   - maxJSONDepth: The deepest JSON nesting.
  ///   - maxCBORDepth: The deepest CBOR nesting.
  ///   - maxCBORLength: The largest declared CBOR length.
  ///   - maxJSONLLineBytes: The longest JSONL line.
  public init(
    maxFileBytes: Int64 = 16 << 30, maxDecompressedBytes: Int64 = 4 << 30,
    maxLineBytes: Int = 1 << 20, maxRecords: Int = 500_000_000, maxJSONDepth: Int = 100,
    maxCBORDepth: Int = 100, maxCBORLength: Int = 64 << 20, maxJSONLLineBytes: Int = 64 << 20
  ) {
    self.maxFileBytes = maxFileBytes
    self.maxDecompressedBytes = maxDecompressedBytes
    self.maxLineBytes = maxLineBytes
    self.maxRecords = maxRecords
    self.maxJSONDepth = maxJSONDepth
    self.maxCBORDepth = maxCBORDepth
    self.maxCBORLength = maxCBORLength
    self.maxJSONLLineBytes = maxJSONLLineBytes
  }
}
