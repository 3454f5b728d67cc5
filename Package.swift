// swift-tools-version:6.1
import PackageDescription

let package = Package(
  name: "FollowGraph",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "followgraph", targets: ["followgraph"]),
    .library(name: "FollowModel", targets: ["FollowModel"]),
    .library(name: "FollowStore", targets: ["FollowStore"]),
    .library(name: "FollowImport", targets: ["FollowImport"]),
    .library(name: "FollowAnalysis", targets: ["FollowAnalysis"]),
    .library(name: "FollowReports", targets: ["FollowReports"]),
    .library(name: "FollowUseCases", targets: ["FollowUseCases"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    // YAML (and JSON) theme files for `followgraph topics --themes`.
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    // `followgraph fetch`: the live Mastodon and Bluesky APIs (issue 13); swift-nio also
    // serves the recorded responses on loopback in FollowFetchTests.
    .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
    .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
    // The PostgreSQL store (issue 17): the maintained PostgreSQL client of server-side Swift.
    .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
    // TLS for PostgreSQL connections (already resolved for postgres-nio and async-http-client).
    .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.6"),
  ],
  targets: [
    // Plain value types shared by every other target, and the `FollowStoring` protocol the
    // stores implement; no dependencies.
    .target(name: "FollowModel"),
    // The SQLite store: the only target that imports GRDB.
    .target(
      name: "FollowStore",
      dependencies: [
        "FollowModel",
        .product(name: "GRDB", package: "GRDB.swift"),
        .product(name: "GRDBSQLite", package: "GRDB.swift"),
        .product(name: "Logging", package: "swift-log"),
      ]),
    // The system zlib (gzip streams of Mastodon .tar.gz archives; PNG screenshots in tests).
    .systemLibrary(
      name: "CFollowZlib", pkgConfig: "zlib",
      providers: [.apt(["zlib1g-dev"]), .brew(["zlib"])]),
    // The PostgreSQL store: the only target that imports PostgresNIO. Same schema as the
    // SQLite store, bulk load through COPY, and the analyses that run inside the database.
    .target(
      name: "FollowPostgres",
      dependencies: [
        "FollowModel",
        .product(name: "PostgresNIO", package: "postgres-nio"),
        .product(name: "NIOCore", package: "swift-nio"),
        .product(name: "NIOPosix", package: "swift-nio"),
        .product(name: "NIOSSL", package: "swift-nio-ssl"),
        .product(name: "Logging", package: "swift-log"),
      ]),
    // Parsers (bytes in, values out) and the thin file/zip/folder reader.
    .target(
      name: "FollowImport",
      dependencies: [
        "CFollowZlib",
        "FollowModel",
        .product(name: "Crypto", package: "swift-crypto"),
        .product(name: "Logging", package: "swift-log"),
        .product(name: "Yams", package: "Yams"),
      ]),
    // Pure Swift analysis over in-memory value types; no SQL.
    .target(name: "FollowAnalysis", dependencies: ["FollowModel"]),
    // Renderers that return String/Data; only the CLI writes files.
    .target(name: "FollowReports", dependencies: ["FollowModel", "FollowAnalysis"]),
    // What the commands do: import, scope resolution and each command's result, over any
    // `FollowStoring`; no GRDB, no files written, no printing.
    .target(
      name: "FollowUseCases",
      dependencies: [
        "FollowModel", "FollowImport", "FollowAnalysis", "FollowReports",
        .product(name: "Crypto", package: "swift-crypto"),
        .product(name: "Logging", package: "swift-log"),
      ]),
    // The Mastodon and Bluesky APIs' JSON schemas as Codable types, and their decoders;
    // Foundation only, so the fuzz target of the decoders links no HTTP stack.
    .target(name: "FollowAPISchema"),
    // The live public APIs (issue 13): HTTP clients of Mastodon and Bluesky, the polite and
    // resumable crawl, and the fetch use case over any `FollowStoring`; no GRDB, no printing.
    .target(
      name: "FollowFetch",
      dependencies: [
        "FollowModel", "FollowAPISchema",
        .product(name: "AsyncHTTPClient", package: "async-http-client"),
        .product(name: "Crypto", package: "swift-crypto"),
        .product(name: "NIOCore", package: "swift-nio"),
        .product(name: "NIOHTTP1", package: "swift-nio"),
        .product(name: "Logging", package: "swift-log"),
      ]),
    .executableTarget(
      name: "followgraph",
      dependencies: [
        "FollowModel", "FollowStore", "FollowImport", "FollowAnalysis", "FollowReports",
        "FollowUseCases", "FollowFetch", "FollowPostgres",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
        .product(name: "Logging", package: "swift-log"),
      ]),
    // Times topic discovery on 100,000 synthetic posts; prints the reference topic figures.
    .executableTarget(name: "topics-benchmark", dependencies: ["FollowAnalysis", "FollowModel"]),
    // Deterministic generator of the committed SampleData/ folder.
    .executableTarget(name: "generate-sample-data", dependencies: ["FollowModel"]),
    // Times PageRank on edge lists and a seeded synthetic graph (not a test).
    .executableTarget(name: "pagerank-benchmark", dependencies: ["FollowModel", "FollowAnalysis"]),
    // Benchmark: graph generator, phase timings, bare SQLite floor (issue 7).
    .target(
      name: "FollowBench",
      dependencies: [
        "FollowModel", "FollowStore", "FollowImport", "FollowAnalysis", "FollowReports",
        "FollowUseCases", .product(name: "GRDBSQLite", package: "GRDB.swift"),
        .product(name: "Crypto", package: "swift-crypto"),
        .product(name: "Logging", package: "swift-log"),
      ]),
    .executableTarget(
      name: "followgraph-bench",
      dependencies: [
        "FollowBench", .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]),

    // Test targets list every module their files import.
    .target(
      name: "FollowTestSupport",
      dependencies: [
        "FollowModel", "FollowStore", "FollowUseCases", "FollowPostgres",
        .product(name: "Logging", package: "swift-log"),
      ],
      path: "Tests/FollowTestSupport"),
    .testTarget(name: "FollowModelTests", dependencies: ["FollowModel"]),
    .testTarget(
      name: "FollowStoreTests",
      dependencies: [
        "FollowModel", "FollowStore", "FollowTestSupport",
        .product(name: "GRDB", package: "GRDB.swift"),
        .product(name: "Logging", package: "swift-log"),
      ]),
    .testTarget(
      name: "FollowImportTests",
      dependencies: [
        "FollowAnalysis", "FollowImport", "FollowModel", "FollowStore", "FollowTestSupport",
        "FollowUseCases",
      ],
      resources: [.copy("Fixtures")]),
    .testTarget(
      name: "FollowAnalysisTests",
      dependencies: ["FollowAnalysis", "FollowImport", "FollowModel", "FollowTestSupport"]),
    .testTarget(
      name: "FollowReportsTests",
      dependencies: [
        "FollowAnalysis", "FollowModel", "FollowReports", "FollowStore", "FollowTestSupport",
        "FollowUseCases",
      ],
      exclude: ["Snapshots"]),
    // The use cases against the in-memory SQLite store, without launching the binary.
    .testTarget(
      name: "FollowUseCasesTests",
      dependencies: [
        "FollowAnalysis", "FollowModel", "FollowReports", "FollowStore", "FollowTestSupport",
        "FollowUseCases",
      ]),
    // The fetch against a loopback HTTP server replaying recorded API responses.
    .testTarget(
      name: "FollowFetchTests",
      dependencies: [
        "FollowFetch", "FollowModel", "FollowStore", "FollowTestSupport", "followgraph",
        "FollowPostgres", .product(name: "NIOCore", package: "swift-nio"),
        .product(name: "NIOPosix", package: "swift-nio"),
        .product(name: "NIOHTTP1", package: "swift-nio"),
        .product(name: "Logging", package: "swift-log"),
        .product(name: "Yams", package: "Yams"),
      ]),
    // Both stores side by side on a throwaway PostgreSQL server (FOLLOWGRAPH_TEST_POSTGRES_URL).
    .testTarget(
      name: "FollowPostgresTests",
      dependencies: [
        "FollowModel", "FollowPostgres", "FollowStore", "FollowTestSupport", "FollowUseCases",
        "FollowImport", "FollowAnalysis", "FollowReports", "followgraph",
        .product(name: "Logging", package: "swift-log"),
      ]),
    .testTarget(
      name: "FollowBenchTests",
      dependencies: ["FollowBench", "FollowImport", "FollowModel", "FollowTestSupport"]),
    // CFollowZlib: the PNG decoder that reads Chromium's screenshots inflates with zlib.
    .testTarget(
      name: "FollowGraphCLITests",
      dependencies: [
        "followgraph", "generate-sample-data", "FollowTestSupport", "CFollowZlib",
      ],
      resources: [.copy("Fixtures")]),
  ]
)

// Fuzzing (Fuzz/README.md): the entry points in a library, one libFuzzer executable each
// (plain builds replay inputs instead), and a test that replays the corpora.
let fuzzTargets = [
  "twitter-js", "edge-list", "csv", "zip", "json", "twarc2", "csv-formats", "themes", "tar-gz",
  "mastodon", "bluesky-car", "bluesky-api", "instagram", "linkedin", "x-follow-list",
  "fetch-api",
]
package.targets += [
  .target(name: "CFuzzerDriver", path: "Fuzz/CFuzzerDriver"),
  .target(
    name: "FollowFuzzing",
    dependencies: ["CFuzzerDriver", "FollowImport", "FollowModel", "FollowAPISchema"],
    path: "Fuzz/FollowFuzzing"),
  .testTarget(
    name: "FollowFuzzingTests", dependencies: ["FollowFuzzing", "FollowTestSupport"]),
]
for name in fuzzTargets {
  package.targets.append(
    .executableTarget(
      name: "fuzz-\(name)", dependencies: ["FollowFuzzing"], path: "Fuzz/Targets/fuzz-\(name)"))
}

for target in package.targets where target.type != .system {
  target.swiftSettings =
    (target.swiftSettings ?? []) + [
      .enableUpcomingFeature("ExistentialAny"),
      .enableUpcomingFeature("MemberImportVisibility"),
    ]
}
