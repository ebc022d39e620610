import Foundation

/// A small seeded random generator (SplitMix64) for randomized tests, so that a failure
/// replays exactly: each test prints its seed, and `PERFECTION_SEED` replays it.
public struct SeededGenerator: RandomNumberGenerator {
  private var state: UInt64

  /// A generator from a fixed seed.
  public init(seed: UInt64) {
    self.state = seed
  }

  /// A generator seeded from `PERFECTION_SEED`, or from the clock, announced on stdout.
  public static func announced(_ test: String) -> SeededGenerator {
    let seed =
      ProcessInfo.processInfo.environment["PERFECTION_SEED"].flatMap { UInt64($0) }
      ?? UInt64(Date().timeIntervalSince1970 * 1_000)
    print("\(test): seed \(seed) (PERFECTION_SEED=\(seed) replays it)")
    return SeededGenerator(seed: seed)
  }

  /// The next 64 random bits.
  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var value = state
    value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
    value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
    return value ^ (value >> 31)
  }
}
