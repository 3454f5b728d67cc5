import Foundation

#if FUZZING
import CFuzzerDriver
#endif

/// The target the running executable fuzzes; set once by ``FuzzMain/run(_:)`` before the
/// fuzzing loop starts.
nonisolated(unsafe) private var currentTarget: FuzzTarget?

/// libFuzzer's per-input callback: runs the current target and crashes on a violation.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzerTestOneInput(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
  guard let target = currentTarget else { return 0 }
  let data = start.map { Data(bytes: $0, count: count) } ?? Data()
  do {
    try target.body(data)
  } catch {
    fatalError("\(target.name): \(error)")
  }
  return 0
}

/// The `main` of every fuzz executable.
///
/// Built with `-DFUZZING -sanitize=fuzzer,address` (see `Scripts/fuzz.sh`), it hands the
/// command line to libFuzzer. Built normally (plain `swift build`), it replays the files and
/// folders given as arguments through the target and prints one line per input, so a crash
/// input can be reproduced and debugged without the fuzzer.
public enum FuzzMain {
  /// Runs `target` as the process's main program; never returns.
  ///
  /// - Parameter target: The entry point to fuzz or replay.
  public static func run(_ target: FuzzTarget) -> Never {
    currentTarget = target
    #if FUZZING
    var argc = CommandLine.argc
    var argv = Optional(CommandLine.unsafeArgv)
    exit(LLVMFuzzerRunDriver(&argc, &argv, fuzzerTestOneInput))
    #else
    exit(replay(target, paths: Array(CommandLine.arguments.dropFirst())))
    #endif
  }

  /// Replays every file named in `paths` (folders are listed, sorted) through `target`.
  ///
  /// - Parameters:
  ///   - target: The entry point.
  ///   - paths: Files or folders of inputs.
  /// - Returns: 0 when every input kept the target's properties, else 1.
  static func replay(_ target: FuzzTarget, paths: [String]) -> Int32 {
    if paths.isEmpty {
      FileHandle.standardError.write(
        Data("usage: \(target.name) FILE|FOLDER… (replays inputs without the fuzzer)\n".utf8))
      return 2
    }
    var failed = false
    for file in FuzzInputs.files(in: paths) {
      let line: String
      do {
        try target.body(try Data(contentsOf: URL(fileURLWithPath: file)))
        line = "ok \(file)"
      } catch {
        failed = true
        line = "VIOLATION \(file): \(error)"
      }
      FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }
    return failed ? 1 : 0
  }
}

/// Lists input files for replays and tests.
public enum FuzzInputs {
  /// The regular files among `paths`, with folders listed recursively; sorted.
  ///
  /// - Parameter paths: Files or folders.
  /// - Returns: File paths.
  public static func files(in paths: [String]) -> [String] {
    var files: [String] = []
    for path in paths {
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
        continue
      }
      guard isDirectory.boolValue else {
        files.append(path)
        continue
      }
      let enumerator = FileManager.default.enumerator(atPath: path)
      while let relative = enumerator?.nextObject() as? String {
        let full = (path as NSString).appendingPathComponent(relative)
        var nested: ObjCBool = false
        if FileManager.default.fileExists(atPath: full, isDirectory: &nested),
          !nested.boolValue, !relative.hasSuffix("README.md")
        {
          files.append(full)
        }
      }
    }
    return files.sorted()
  }
}
