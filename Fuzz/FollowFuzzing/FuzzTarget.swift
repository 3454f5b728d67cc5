import Foundation

/// One fuzz entry point: a name and a body that feeds bytes to a parser and checks what
/// comes back.
///
/// The body throws ``FuzzViolation`` when a property is broken (a non-`ImportError` error, a
/// message that is not one printable line, results that depend on chunk boundaries). It
/// never throws for input the parser rejects cleanly. A crash, a hang or an allocation over
/// libFuzzer's `-malloc_limit_mb` is a finding by itself.
public struct FuzzTarget: Sendable {
  /// The executable's name, such as `fuzz-csv`; also the corpus folder `Fuzz/corpus/<name>`.
  public let name: String
  /// Feeds one input to the parser.
  public let body: @Sendable (Data) throws -> Void

  /// Creates a target.
  ///
  /// - Parameters:
  ///   - name: The executable's name.
  ///   - body: Feeds one input to the parser; throws ``FuzzViolation`` on a broken property.
  public init(name: String, body: @escaping @Sendable (Data) throws -> Void) {
    self.name = name
    self.body = body
  }
}

/// A broken property found while fuzzing: the fuzzer turns it into a crash with this message.
public struct FuzzViolation: Error, CustomStringConvertible, Sendable {
  /// What went wrong.
  public let description: String

  /// Creates a violation.
  ///
  /// - Parameter description: What went wrong.
  public init(_ description: String) {
    self.description = description
  }
}
