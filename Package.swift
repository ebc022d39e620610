// swift-tools-version:6.1
import PackageDescription

// Linux only: the command line calls Glibc directly (read, write, sigaction, /proc), and the
// Makefile installs the C libraries with apt-get. No other platform is declared or tested.
let package = Package(
  name: "perfection",
  products: [
    .executable(name: "perfection", targets: ["perfection"]),
    .library(name: "PerfectionBot", targets: ["PerfectionBot"]),
    .library(name: "PCRE2", targets: ["PCRE2"]),
    .library(name: "TranscriptKit", targets: ["TranscriptKit"]),
    .library(name: "PerfectionProtocol", targets: ["PerfectionProtocol"]),
    .library(name: "PerfectionStores", targets: ["PerfectionStores"]),
    .library(name: "PerfectionWeb", targets: ["PerfectionWeb"]),
    // The test helpers (Tests/TestSupport, Tests/CTestSupport) are no products: the Fuzz/ and
    // Benchmarks/ packages build them as targets of their own, through links to those folders.
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
    .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
    .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
  ],
  targets: [
    // C libraries, found through pkg-config; the Makefile installs them.
    .systemLibrary(
      name: "CPCRE2",
      pkgConfig: "libpcre2-8",
      providers: [.apt(["libpcre2-dev"])]
    ),
    .systemLibrary(
      name: "CEditLine",
      pkgConfig: "libedit",
      providers: [.apt(["libedit-dev"])]
    ),

    // The safe PCRE2 binding: nothing else touches CPCRE2.
    .target(name: "PCRE2", dependencies: ["CPCRE2"]),

    // The engine: intent files, matcher, dialogue manager, sessions.
    .target(
      name: "PerfectionBot",
      dependencies: ["PCRE2", .product(name: "Yams", package: "Yams")]
    ),

    // The wire format every front end shares: requests, replies, errors, operations.
    .target(name: "PerfectionProtocol", dependencies: ["PerfectionBot"]),

    // Session stores on databases: SQLite (GRDB), PostgreSQL.
    .target(
      name: "PerfectionStores",
      dependencies: [
        "PerfectionBot", .product(name: "GRDB", package: "GRDB.swift"),
        .product(name: "PostgresNIO", package: "postgres-nio"),
        .product(name: "Logging", package: "swift-log"),
      ]
    ),

    // The web front end: the chat page, the HTTP API and the Rasa-style webhook (Hummingbird).
    .target(
      name: "PerfectionWeb",
      dependencies: [
        "PerfectionBot", "PerfectionProtocol",
        .product(name: "Hummingbird", package: "hummingbird"),
        .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
        .product(name: "Logging", package: "swift-log"),
      ],
      resources: [
        .embedInCode("Assets/index.html"), .embedInCode("Assets/chat.js"),
        .embedInCode("Assets/chat.css"), .embedInCode("Assets/openapi.yaml"),
      ]
    ),

    // Scripted conversations: parser, runner, diff, coverage.
    .target(name: "TranscriptKit", dependencies: ["PerfectionBot", "PCRE2"]),

    // The shipped Intents/ folder, embedded into the binary at build time.
    .target(name: "DefaultIntents", plugins: ["EmbedIntentsPlugin"]),
    // The build tool loads the intents it embeds, so that the binary need not derive at every
    // start what the build already derived (`IntentLoader.precompute`).
    .executableTarget(name: "EmbedIntents", dependencies: ["PerfectionBot"]),
    .plugin(
      name: "EmbedIntentsPlugin",
      capability: .buildTool(),
      dependencies: ["EmbedIntents"]
    ),

    // Front ends and commands: REPL, serve, ask, explain, lint, test.
    .target(
      name: "PerfectionCLI",
      dependencies: [
        "PerfectionBot", "PerfectionProtocol", "PerfectionStores", "PerfectionWeb", "TranscriptKit",
        "DefaultIntents", "CEditLine",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
        .product(name: "Logging", package: "swift-log"),
      ]
    ),
    .executableTarget(name: "perfection", dependencies: ["PerfectionCLI"]),

    // Test helper in C: heap in use (memory tests) and pseudo-terminals (REPL tests).
    .target(name: "CTestSupport", path: "Tests/CTestSupport"),
    // Test helper: the shipped intents and in-memory fixtures.
    .target(
      name: "TestSupport", dependencies: ["PerfectionBot", "TranscriptKit"],
      path: "Tests/TestSupport"),
    .testTarget(name: "PCRE2Tests", dependencies: ["PCRE2", "CTestSupport"]),
    .testTarget(
      name: "PerfectionBotTests",
      dependencies: ["PerfectionBot", "PCRE2", "CTestSupport", "TestSupport", "TranscriptKit"]
    ),
    .testTarget(
      name: "PerfectionProtocolTests",
      dependencies: ["PerfectionProtocol", "PerfectionBot", "TestSupport"]
    ),
    .testTarget(
      name: "PerfectionStoresTests",
      dependencies: ["PerfectionStores", "PerfectionBot", "TestSupport", "TranscriptKit"]
    ),
    .testTarget(
      name: "PerfectionWebTests",
      dependencies: [
        "PerfectionWeb", "PerfectionBot", "PerfectionProtocol", "TestSupport",
        .product(name: "HummingbirdTesting", package: "hummingbird"),
      ]
    ),
    .testTarget(
      name: "TranscriptKitTests",
      dependencies: ["TranscriptKit", "PerfectionBot", "TestSupport"]
    ),
    .testTarget(
      name: "PerfectionCLITests",
      dependencies: [
        "PerfectionCLI", "PerfectionBot", "DefaultIntents", "TestSupport", "CTestSupport",
      ]
    ),
  ]
)
