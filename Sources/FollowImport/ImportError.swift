import FollowModel
import Foundation

/// Errors raised while reading an export, each naming the file and, where known, the line or
/// record that was wrong.
public enum ImportError: Error, Equatable, LocalizedError {
  /// The path does not exist.
  case fileNotFound(path: String)
  /// The file exists but cannot be read.
  case unreadable(path: String, reason: String)
  /// No format recognises the content.
  case unknownFormat(path: String, hint: String)
  /// `--format` names no known format.
  case unknownFormatName(String, known: [String])
  /// The content is not what the format requires.
  case malformed(path: String, location: String?, reason: String)
  /// The export does not say whose it is and `--owner` was not given.
  case ownerRequired(path: String, reason: String)
  /// A configured cap was reached.
  case limitExceeded(path: String, limit: String, value: String, option: String)

  /// The message, one printable line: characters from the input that could break or spoof
  /// terminal output are escaped (``DisplayText/escaped(_:)``).
  public var errorDescription: String? {
    DisplayText.escaped(rawDescription)
  }

  private var rawDescription: String {
    switch self {
    case .fileNotFound(let path):
      "\(path): no such file or folder"
    case .unreadable(let path, let reason):
      "\(path): cannot read: \(reason)"
    case .unknownFormat(let path, let hint):
      "\(path): format not recognised (\(hint)); name it with --format"
    case .unknownFormatName(let name, let known):
      "unknown format '\(name)'; known formats: \(known.joined(separator: ", "))"
    case .malformed(let path, let location?, let reason):
      "\(path): \(location): \(reason)"
    case .malformed(let path, nil, let reason):
      "\(path): \(reason)"
    case .ownerRequired(let path, let reason):
      "\(path): \(reason); name the owner with --owner"
    case .limitExceeded(let path, let limit, let value, let option):
      "\(path): \(limit) exceeded (\(value)); raise it with \(option) if the file is genuine"
    }
  }
}
