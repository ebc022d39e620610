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
    .executableTarget(
      name: "FuzzIntentLoader",
      dependencies: ["FuzzSupport", .product(name: "TestSupport", package: "perfection")],
      linkerSettings: libFuzzer
    ),
    .executableTarget(
      name: "FuzzTranscriptParser",
      dependencies: ["FuzzSupport", .product(name: "TestSupport", package: "perfection")],
      linkerSettings: libFuzzer
    ),
    .executableTarget(
      name: "FuzzReply",
      dependencies: ["FuzzSupport", .product(name: "TestSupport", package: "perfection")],
      linkerSettings: libFuzzer
    ),
  ]
)
