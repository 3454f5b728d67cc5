import FollowModel
import Foundation

/// The export owner's username, from `personal_information.json` (or `.html`) or `--owner`.
///
/// The JSON holds `profile_user: [{string_map_data: {"Username": {value}}}]`, or in newer
/// exports `label_values: [{label: "Username", value}]`; the HTML a row whose first cell says
/// `Username`. The label is in the account's language: ``MetaUsernameLabel`` lists the ones
/// recognised; other languages need `--owner`.
enum MetaOwner {
  /// The username in a `personal_information` file, or `nil` when it has none.
  ///
  /// - Throws: ``ImportError`` when a JSON file is not valid JSON or nests too deeply.
  static func username(in data: Data, path: String, limits: ImportLimits) throws -> String? {
    if path.lowercased().hasSuffix(".html") {
      var scanner = HTMLScanner(bytes: [UInt8](data))
      var previousWasLabel = false
      var seen = 0
      while let token = scanner.next() {
        guard case .text(let text) = token else { continue }
        seen += 1
        try limits.checkRecords(seen, path: path)
        if previousWasLabel, let name = MetaUsername.clean(text) { return name }
        previousWasLabel = MetaUsernameLabel.isUsername(text)
      }
      return nil
    }
    let object = try JSONTree.object(data, path: path, limits: limits)
    // Before 2021: `profile.json`, `{"username": "ada", "name": …}`.
    if let name = MetaUsername.clean(object["username"] as? String) { return name }
    var budget = limits.maxRecords
    return find(in: object, budget: &budget)
  }

  /// Searches for a username entry (a key or `label` in ``MetaUsernameLabel``), visiting at
  /// most `budget` values.
  private static func find(in value: Any, budget: inout Int) -> String? {
    guard budget > 0 else { return nil }
    budget -= 1
    if let object = value as? [String: Any] {
      for key in object.keys.sorted() where MetaUsernameLabel.isUsername(key) {
        if let entry = object[key] as? [String: Any],
          let name = MetaUsername.clean(entry["value"] as? String)
        {
          return name
        }
      }
      if MetaUsernameLabel.isUsername(object["label"] as? String),
        let name = MetaUsername.clean(object["value"] as? String)
      {
        return name
      }
      for key in object.keys.sorted() {
        if let child = object[key], let name = find(in: child, budget: &budget) { return name }
      }
    } else if let array = value as? [Any] {
      for child in array {
        if let name = find(in: child, budget: &budget) { return name }
      }
    }
    return nil
  }

  /// The username `--owner` names: `@name`, `name`, or `instagram:name`/`threads:name`.
  ///
  /// - Throws: ``ImportError/ownerRequired(path:reason:)`` when the selector names another
  ///   network.
  static func username(of selector: AccountSelector, network: Network, path: String) throws
    -> String?
  {
    switch selector {
    case .handle(let name):
      return MetaUsername.clean(name)
    case .id(let name, let other):
      if let other, other != network {
        throw ImportError.ownerRequired(
          path: path, reason: "'\(selector)' is not a \(network) username; give it as @name")
      }
      return MetaUsername.clean(name)
    }
  }
}
