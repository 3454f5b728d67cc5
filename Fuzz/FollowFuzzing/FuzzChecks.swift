import FollowImport
import FollowModel
import Foundation

/// The properties every fuzz target checks on what a parser returns.
enum FuzzChecks {
  /// Runs `body`: a value or a clean ``ImportError`` is fine, any other error is a violation.
  ///
  /// - Parameter body: The parser call.
  /// - Returns: The value, or the error's message.
  /// - Throws: ``FuzzViolation`` when the error is not an `ImportError` or its message is not
  ///   one printable line.
  static func outcome<T>(_ body: () throws -> T) throws -> Result<T, MessageError> {
    do {
      return .success(try body())
    } catch let error as ImportError {
      let message = error.errorDescription ?? ""
      try checkMessage(message)
      return .failure(MessageError(message: message))
    } catch let violation as FuzzViolation {
      throw violation
    } catch {
      throw FuzzViolation("not an ImportError: \(type(of: error)): \(error)")
    }
  }

  /// A message must be one non-empty line of printable characters, so that a hostile file
  /// cannot forge extra output lines or send terminal escape sequences.
  ///
  /// - Parameter message: An error or warning message.
  /// - Throws: ``FuzzViolation`` when it is not.
  static func checkMessage(_ message: String) throws {
    if message.isEmpty { throw FuzzViolation("empty error message") }
    for scalar in message.unicodeScalars where DisplayText.isUnsafe(scalar) {
      throw FuzzViolation(
        "error message holds control character U+\(String(scalar.value, radix: 16)): "
          + message.debugDescription)
    }
  }

  /// Checks the warnings of a parsed batch and that it honours the record cap.
  ///
  /// - Parameters:
  ///   - batch: What the parser returned.
  ///   - limits: The caps it was given.
  /// - Throws: ``FuzzViolation``.
  static func checkBatch(_ batch: ImportBatch, limits: ImportLimits) throws {
    for warning in batch.warnings { try checkMessage(warning.description) }
    if batch.counts.records > limits.maxRecords {
      throw FuzzViolation(
        "\(batch.counts.records) records read with --max-records \(limits.maxRecords)")
    }
    if batch.follows.followers.count != batch.follows.followed.count {
      throw FuzzViolation("follow table columns differ in length")
    }
    let accounts = UInt32(batch.follows.accountIDs.count)
    if batch.follows.followers.contains(where: { $0 >= accounts })
      || batch.follows.followed.contains(where: { $0 >= accounts })
    {
      throw FuzzViolation("follow table refers to an account index out of range")
    }
  }
}

/// An `ImportError`'s message, comparable across two runs of a parser.
struct MessageError: Error, Equatable {
  let message: String
}

/// Small caps, so that fuzzing reaches the limit paths with small inputs.
enum FuzzLimits {
  /// The caps every target passes to the parsers.
  static let small = ImportLimits(
    maxFileBytes: 1 << 20, maxDecompressedBytes: 1 << 20, maxLineBytes: 4096, maxRecords: 2_000,
    maxJSONLLineBytes: 32 << 10)
}
