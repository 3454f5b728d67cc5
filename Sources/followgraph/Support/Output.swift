import FollowModel
import Foundation

/// Writes what commands produce: data to stdout, files atomically inside one folder.
enum Output {
  /// Writes `text` to standard output as is.
  static func standardOutput(_ text: String) {
    FileHandle.standardOutput.write(Data(text.utf8))
  }

  /// Writes human-readable text to standard output with every control character from the
  /// data escaped (``DisplayText/terminalSafe(_:)``); CSV and JSON go through
  /// ``standardOutput(_:)`` unchanged.
  static func standardOutputText(_ text: String) {
    standardOutput(DisplayText.terminalSafe(text))
  }

  /// Writes a line to standard error.
  static func standardError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
  }

  /// Writes `contents` to `name` inside `folder` atomically: a temporary file in the same
  /// folder, then a rename, so a reader never sees half a file.
  ///
  /// - Throws: ``OutputError`` when the folder cannot be created or the file written.
  static func writeAtomically(_ contents: String, name: String, in folder: URL) throws {
    precondition(!name.contains("/"), "report file names are fixed and never contain '/'")
    let target = folder.appendingPathComponent(name)
    let temporary = folder.appendingPathComponent(".\(name).tmp-\(getpid())")
    do {
      try Data(contents.utf8).write(to: temporary)
      if rename(temporary.path, target.path) != 0 {
        let reason = String(cString: strerror(errno))
        try? FileManager.default.removeItem(at: temporary)
        throw OutputError.cannotWrite(path: target.path, reason: reason)
      }
    } catch let error as OutputError {
      throw error
    } catch {
      try? FileManager.default.removeItem(at: temporary)
      throw OutputError.cannotWrite(path: target.path, reason: error.localizedDescription)
    }
  }

  /// Creates `path` (and its parents) when missing.
  ///
  /// - Throws: ``OutputError`` when it cannot.
  static func makeFolder(_ path: String) throws -> URL {
    let url = URL(fileURLWithPath: path, isDirectory: true)
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
      guard isDirectory.boolValue else {
        throw OutputError.cannotWrite(path: path, reason: "it exists and is not a folder")
      }
      return url
    }
    do {
      try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    } catch {
      throw OutputError.cannotWrite(path: path, reason: error.localizedDescription)
    }
    return url
  }
}

/// Errors writing output files.
enum OutputError: Error, LocalizedError {
  case cannotWrite(path: String, reason: String)
  /// An input file named on the command line (not an export) cannot be read.
  case cannotRead(path: String, reason: String)

  var errorDescription: String? {
    switch self {
    case .cannotWrite(let path, let reason): "cannot write \(path): \(reason)"
    case .cannotRead(let path, let reason): "\(path): cannot read: \(reason)"
    }
  }
}
