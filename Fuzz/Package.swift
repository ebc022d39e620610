// swift-tools-version:6.1
import PackageDescription

// libFuzzer targets, in a package of their own: they are built with -sanitize=fuzzer by
// Fuzz/run.sh (`make fuzz`), never by the main build.
// Only the fuzz targets link libFuzzer; everything (the build tools included) gets coverage
// instrumentation from the flags in run.sh.
let libFuzzer: [LinkerSetting] = [.unsafeFlags(["-sanitize=fuzzer"])]

let package = Package(
  name: "PerfectionFuzz",
  platforms: [.macOS(.v15)],
  dependencies: [.package(name: "perfection", path: "..")],
  targets: [
    .target(name: "FuzzSupport"),
    // The main package's test helpers, shared through a link to Tests/TestSupport.
    .target(
      name: "TestSupport",
      dependencies: [
        .product(name: "PerfectionBot", package: "perfection"),
        .product(name: "TranscriptKit", package: "perfection"),
      ]
    ),
    .executableTarget(
      name: "FuzzIntentLoader",
      dependencies: ["FuzzSupport", "TestSupport"],
      linkerSettings: libFuzzer
    ),
    .executableTarget(
      name: "FuzzTranscriptParser",
      dependencies: ["FuzzSupport", "TestSupport"],
      linkerSettings: libFuzzer
    ),
    .executableTarget(
      name: "FuzzReply",
      dependencies: ["FuzzSupport", "TestSupport"],
      linkerSettings: libFuzzer
    ),
  ]
)
