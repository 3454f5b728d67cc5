import Foundation

/// A fresh folder under the system temporary directory, removed when the value is released.
public final class TemporaryFolder: @unchecked Sendable {
  /// The folder.
  public let url: URL

  /// Creates the folder.
  ///
  /// - Parameter parent: Where to create it; `nil` for the system temporary directory.
  /// - Throws: When the folder cannot be created.
  public init(in parent: URL? = nil) throws {
    url = (parent ?? FileManager.default.temporaryDirectory)
      .appendingPathComponent("followgraph-tests-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(
      at: url, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o755])
  }

  deinit {
    try? FileManager.default.removeItem(at: url)
  }

  /// The path of `name` inside the folder.
  ///
  /// - Parameter name: A relative path.
  /// - Returns: The absolute path.
  public func path(_ name: String) -> String {
    url.appendingPathComponent(name).path
  }

  /// Writes `text` to `name` inside the folder, creating parent folders.
  ///
  /// - Parameters:
  ///   - text: The content.
  ///   - name: A relative path.
  /// - Returns: The absolute path.
  /// - Throws: When the file cannot be written.
  @discardableResult
  public func write(_ text: String, to name: String) throws -> String {
    try write(Data(text.utf8), to: name)
  }

  /// Writes `data` to `name` inside the folder, creating parent folders.
  ///
  /// - Parameters:
  ///   - data: The content.
  ///   - name: A relative path.
  /// - Returns: The absolute path.
  /// - Throws: When the file cannot be written.
  @discardableResult
  public func write(_ data: Data, to name: String) throws -> String {
    let url = self.url.appendingPathComponent(name)
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try data.write(to: url)
    return url.path
  }
}
