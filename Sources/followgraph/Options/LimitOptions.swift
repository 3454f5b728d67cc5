import ArgumentParser
import FollowImport

/// Caps on input sizes, so broken or hostile files fail clearly instead of exhausting memory.
struct LimitOptions: ParsableArguments {
  @Option(help: ArgumentHelp("The largest input file, in bytes.", valueName: "bytes"))
  var maxFileSize: Int64 = ImportLimits().maxFileBytes

  @Option(
    help: ArgumentHelp(
      "The largest decompressed member of a .zip or .tar.gz, in bytes.", valueName: "bytes"))
  var maxDecompressedSize: Int64 = ImportLimits().maxDecompressedBytes

  @Option(help: ArgumentHelp("The longest line or CSV record, in bytes.", valueName: "bytes"))
  var maxLineLength: Int = ImportLimits().maxLineBytes

  @Option(
    name: .customLong("max-jsonl-line-length"),
    help: ArgumentHelp(
      "The longest line of a JSONL file (a twarc2 response page), in bytes.", valueName: "bytes"))
  var maxJSONLLineLength: Int = ImportLimits().maxJSONLLineBytes

  @Option(help: ArgumentHelp("The most records (lines, entries) in one file.", valueName: "n"))
  var maxRecords: Int = ImportLimits().maxRecords

  @Option(
    help: ArgumentHelp("The deepest nesting of JSON arrays and objects.", valueName: "n"))
  var maxJSONDepth: Int = ImportLimits().maxJSONDepth

  @Option(
    help: ArgumentHelp("The deepest nesting of CBOR arrays, maps and tags.", valueName: "n"))
  var maxCBORDepth: Int = ImportLimits().maxCBORDepth

  @Option(
    help: ArgumentHelp(
      "The largest length a CBOR item may declare (string bytes, array or map entries).",
      valueName: "n"))
  var maxCBORLength: Int = ImportLimits().maxCBORLength

  func validate() throws {
    guard maxFileSize > 0, maxDecompressedSize > 0, maxLineLength > 0, maxRecords > 0,
      maxJSONDepth > 0, maxCBORDepth > 0, maxCBORLength > 0, maxJSONLLineLength > 0
    else {
      throw ValidationError("limits must be positive")
    }
  }

  var importLimits: ImportLimits {
    ImportLimits(
      maxFileBytes: maxFileSize, maxDecompressedBytes: maxDecompressedSize,
      maxLineBytes: maxLineLength, maxRecords: maxRecords, maxJSONDepth: maxJSONDepth,
      maxCBORDepth: maxCBORDepth, maxCBORLength: maxCBORLength,
      maxJSONLLineBytes: maxJSONLLineLength)
  }
}
