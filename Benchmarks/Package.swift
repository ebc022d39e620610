// swift-tools-version:6.1
import PackageDescription

// The benchmarks live in a package of their own, so that the main build stays lean.
// Run them with `make bench` from the repository root.
let package = Package(
  name: "PerfectionBenchmarks",
  platforms: [.macOS(.v15)],
  dependencies: [
    .package(name: "perfection", path: ".."),
    .package(
      url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
  ],
  targets: [
    // The C baselines: the same patterns in a naive pcre2_jit_match loop, and as one
    // JIT-compiled (*MARK) alternation.
    .target(name: "CBaseline", linkerSettings: [.linkedLibrary("pcre2-8")]),
    // The main package's test helpers, shared through links to Tests/TestSupport and
    // Tests/CTestSupport (heap in use, in C).
    .target(name: "CTestSupport"),
    .target(
      name: "TestSupport",
      dependencies: [
        .product(name: "PerfectionBot", package: "perfection"),
        .product(name: "TranscriptKit", package: "perfection"),
      ]
    ),
    // The questions and patterns every benchmark uses, and helpers to run the binary.
    .target(
      name: "BenchmarkCorpus",
      dependencies: [
        .product(name: "PerfectionBot", package: "perfection"),
        "CTestSupport", "TestSupport", "CBaseline",
      ]
    ),
    .executableTarget(
      name: "PerfectionBenchmarks",
      dependencies: [
        .product(name: "Benchmark", package: "benchmark"),
        .product(name: "PerfectionBot", package: "perfection"),
        "BenchmarkCorpus", "CBaseline",
      ],
      path: "Benchmarks/PerfectionBenchmarks",
      plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
    ),
    // Prints the README's table: each figure beside the C baselines measured in the same run.
    .executableTarget(
      name: "bench-summary",
      dependencies: [.product(name: "PerfectionBot", package: "perfection"), "BenchmarkCorpus"]
    ),
  ]
)
