@_spi(Fuzzing) import FollowImport
import FollowModel
import Foundation

extension FuzzTargets {
  /// A Bluesky repository (CAR v1 of DAG-CBOR blocks), parsed with and without hash checks.
  ///
  /// The input is detected, then parsed as on import (every block's hash verified) and once
  /// more without hash verification, so that mutated blocks reach the DAG-CBOR decoder, the
  /// tree walk and the record reader. When the verified parse succeeds the unverified one must
  /// give exactly the same batch.
  public static let blueskyCAR = FuzzTarget(name: "fuzz-bluesky-car") { data in
    let limits = FuzzLimits.small
    try ScratchFile.with(data, name: "repo.car") { path in
      _ = try FuzzChecks.outcome {
        try ExportFormats.detect(try ImportSource(path: path, limits: limits))
      }
      let verified = try FuzzOutcome.of(limits: limits) {
        try BlueskyCARFormat.parse(
          try ImportSource(path: path, limits: limits), context: ParseContext(limits: limits))
      }
      let unverified = try FuzzOutcome.of(limits: limits) {
        try BlueskyCARFormat.parse(
          try ImportSource(path: path, limits: limits), context: ParseContext(limits: limits),
          verifyingHashes: false)
      }
      if verified.succeeded { try verified.expectSame(as: unverified, "hash verification") }
    }
  }

  /// A Bluesky API JSON page (getFollowers, getFollows, getProfiles, getProfile), parsed as it
  /// comes and with `--of` naming another account.
  public static let blueskyAPI = FuzzTarget(name: "fuzz-bluesky-api") { data in
    let limits = FuzzLimits.small
    try ScratchFile.with(data, name: "page.json") { path in
      _ = try FuzzChecks.outcome {
        try ExportFormats.detect(try ImportSource(path: path, limits: limits))
      }
      for listOwner in [nil, AccountSelector.id("did:plc:owner", network: .bluesky)] {
        var context = ParseContext(limits: limits)
        context.listOwner = listOwner
        _ = try FuzzOutcome.of(limits: limits) {
          try BlueskyAPIFormat.parse(try ImportSource(path: path, limits: limits), context: context)
        }
      }
    }
  }
}
