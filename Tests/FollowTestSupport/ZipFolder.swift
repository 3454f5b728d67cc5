import Foundation

/// Zips a folder the way Instagram's download does (deflated members under relative paths),
/// with Python's `zipfile`, for tests that read an export as its `.zip`.
public enum ZipFolder {
  /// Writes `folder`'s files to a new zip file.
  ///
  /// - Parameters:
  ///   - folder: The folder to zip; its files go in under paths relative to it.
  ///   - zip: The zip file to write.
  /// - Throws: `CocoaError` when `python3` is missing or fails.
  public static func zip(_ folder: URL, to zip: URL) throws {
    let script = """
      import os, sys, zipfile
      root, out = sys.argv[1], sys.argv[2]
      with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
          for base, dirs, files in sorted(os.walk(root)):
              dirs.sort()
              for name in sorted(files):
                  path = os.path.join(base, name)
                  z.write(path, os.path.relpath(path, root))
      """
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", "-c", script, folder.path, zip.path]
    try process.run()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
      throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: zip.path])
    }
  }
}
