import FollowModel
import Foundation

/// Reads the Instagram or the Threads part of Meta's export into a batch: the owner's
/// followers and followings (with the date each follow began) and, for Instagram, the owner's
/// other lists.
struct MetaExportReader {
  let part: MetaExportLayout.Part
  let network: Network
  let format: String

  /// Parses a tree (the `.zip` or the folder) or one list file.
  func parse(_ source: ImportSource, context: ParseContext) throws -> ImportBatch {
    var files: (followers: [String], following: [String]) = ([], [])
    var ownerListFiles: [(path: String, kind: OwnerList.Kind)] = []
    var owner: String?
    var warnings: [ImportWarning] = []
    var unknown: [String] = []
    var legacy: String?
    var read: (String) throws -> (data: Data, display: String)
    switch source.kind {
    case .tree(let tree):
      let layout = MetaExportLayout(paths: tree.paths, part: part)
      guard layout.hasFollowLists else {
        throw ImportError.malformed(
          path: source.path, location: nil,
          reason: part == .threads
            ? "no Threads followers.json or following.json (under your_instagram_activity/"
              + "threads/) in the export"
            : "no followers_1.json, followers.json or following.json (or .html) in the export")
      }
      files = (layout.followers, layout.following)
      legacy = layout.legacyConnections
      ownerListFiles = layout.ownerLists
      unknown = layout.unknown
      read = { member in (try source.readMember(member), "\(source.path):\(member)") }
      if let info = layout.personalInformation {
        let (data, display) = try read(info)
        owner = try MetaOwner.username(in: data, path: display, limits: context.limits)
      }
      if layout.hasOtherPart, part == .instagram {
        warnings.append(
          ImportWarning(
            location: source.path,
            message: "the export also holds Threads lists: import it again with --format "
              + "threads for them"))
      }
    case .file:
      let data = try source.readAll()
      let relation = try singleFileRelation(source, head: data.prefix(64 << 10), context: context)
      if relation == .followers {
        files.followers = [source.path]
      } else {
        files.following = [source.path]
      }
      read = { _ in (data, source.path) }
    }
    if let selector = context.owner,
      let given = try MetaOwner.username(of: selector, network: network, path: source.path)
    {
      if let owner, owner.lowercased() != given.lowercased() {
        warnings.append(
          ImportWarning(
            location: source.path,
            message: "the export says its owner is @\(owner), not @\(given) (--owner); "
              + "@\(owner) is used"))
      }
      owner = owner ?? given
    }
    guard let owner else {
      throw ImportError.ownerRequired(
        path: source.path,
        reason: "the export does not say whose it is (no personal_information with a "
          + "Username); give --owner @username")
    }
    var collector = MetaBatchCollector(network: network, owner: owner)
    for path in files.followers + files.following {
      let (data, display) = try read(path)
      let list = try MetaListFile(
        data: data, path: display, limits: context.limits, recordsBefore: collector.records)
      collector.add(list, followers: files.followers.contains(path))
    }
    var legacyLists: (followers: Bool, following: Bool) = (false, false)
    if let legacy {
      let (data, display) = try read(legacy)
      let connections = try JSONDocument.decode(
        MetaLegacyConnections.self, from: data, path: display, limits: context.limits)
      for (key, items) in connections.lists.sorted(by: { $0.key < $1.key }) {
        try context.limits.checkRecords(collector.records + items.count, path: display)
        let list = MetaListFile(items: items)
        switch MetaLegacyConnections.keys[key] {
        case .some(.some(let kind)): collector.add(list, kind: kind)
        default:
          collector.add(list, followers: key == "followers")
          if key == "followers" {
            legacyLists.followers = true
          } else {
            legacyLists.following = true
          }
        }
      }
    }
    for (path, kind) in ownerListFiles {
      let (data, display) = try read(path)
      let list = try MetaListFile(
        data: data, path: display, limits: context.limits, recordsBefore: collector.records)
      collector.add(list, kind: kind)
    }
    let listsFollowers = !files.followers.isEmpty || legacyLists.followers
    let listsFollowing = !files.following.isEmpty || legacyLists.following
    if !listsFollowers || !listsFollowing {
      let missing = listsFollowers ? "following" : "followers"
      warnings.append(
        ImportWarning(
          location: source.path,
          message: "no \(missing) list in the export: the owner's \(missing) stay unknown"))
    }
    var batch = collector.batch(
      format: format, listsFollowers: listsFollowers, listsFollowing: listsFollowing)
    batch.warnings = warnings + batch.warnings
    batch.unknownFiles = unknown
    return batch
  }

  /// Which list a single file is: `--relation`, else its name (`followers_1.json`,
  /// `following.html`), else its key (`relationships_following`).
  private func singleFileRelation(_ source: ImportSource, head: Data, context: ParseContext)
    throws -> ListRelation
  {
    if let relation = context.relation { return relation }
    let name = URL(fileURLWithPath: source.path).deletingPathExtension().lastPathComponent
      .lowercased()
    if name.hasPrefix("followers") { return .followers }
    if name.hasPrefix("following") { return .following }
    let text = String(decoding: head, as: UTF8.self)
    if text.contains("_followers\"") { return .followers }
    if text.contains("_following\"") { return .following }
    throw ImportError.malformed(
      path: source.path, location: nil,
      reason: "cannot tell whether the file lists followers or following; name it with "
        + "--relation")
  }
}
