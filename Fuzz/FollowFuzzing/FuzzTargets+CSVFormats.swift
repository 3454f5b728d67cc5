import FollowImport
import FollowModel
import Foundation

extension FuzzTargets {
  /// The accounts CSV and posts CSV formats, each fed the input explicitly.
  ///
  /// Each format (as `--format accounts-csv` and `--format posts-csv` would) reads the file in
  /// one chunk and in chunks of 7 to 63 bytes, which must agree exactly. The network
  /// (`--network`) is chosen by the input's length, so X's id rule and Mastodon's handle rule
  /// are both reached.
  public static let csvFormats = FuzzTarget(name: "fuzz-csv-formats") { data in
    let limits = FuzzLimits.small
    let network = csvNetworks[data.count % csvNetworks.count]
    try ScratchFile.with(data, name: "rows.csv") { path in
      _ = try FuzzChecks.outcome {
        try ExportFormats.detect(try ImportSource(path: path, limits: limits))
      }
      let formats: [any ExportFormat.Type] = [AccountsCSVFormat.self, PostsCSVFormat.self]
      for format in formats {
        try FuzzOutcome.expectChunkingAgrees(
          inputLength: data.count, limits: limits, format.name
        ) { chunkSize in
          try format.parse(
            try ImportSource(path: path, limits: limits),
            context: ParseContext(network: network, limits: limits, chunkSize: chunkSize))
        }
      }
    }
  }

  /// The networks the CSV formats target cycles through.
  static let csvNetworks: [Network] = [.x, .mastodon, .bluesky, .generic]
}
