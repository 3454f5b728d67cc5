import Foundation

/// Files in `Tests/FollowImportTests/Fixtures`, copied into the test bundle.
enum Fixture {
  static func url(_ name: String) throws -> URL {
    let base = (name as NSString).deletingPathExtension
    let ext = (name as NSString).pathExtension
    guard
      let url = Bundle.module.url(forResource: base, withExtension: ext, subdirectory: "Fixtures")
    else { throw CocoaError(.fileNoSuchFile) }
    return url
  }

  static func path(_ name: String) throws -> String { try url(name).path }
}
