import Synchronization

/// Token buckets by key: each key may spend `perMinute` requests a minute, in bursts of up to
/// that many, and is told how long to wait when it is out.
///
/// Memory is bounded: past `maximumKeys` keys, the ones whose bucket has filled up again
/// (clients gone quiet) are dropped first, then the oldest half.
final class RateLimiter: Sendable {
  private struct Bucket {
    var tokens: Double
    var updated: Double
    var created: Double
  }

  /// Requests a key may make per minute; 0 turns the limit off.
  let perMinute: Int
  /// The most keys remembered at once.
  let maximumKeys: Int
  private let buckets = Mutex<[String: Bucket]>([:])
  /// Seconds on a clock that never goes back.
  private let clock: @Sendable () -> Double

  /// Creates a limiter allowing `perMinute` requests a minute per key (0: no limit).
  ///
  /// `clock` gives the time in seconds; tests pass one that stands still.
  init(
    perMinute: Int, maximumKeys: Int = 100_000,
    clock: @escaping @Sendable () -> Double = RateLimiter.monotonicSeconds()
  ) {
    self.perMinute = perMinute
    self.maximumKeys = maximumKeys
    self.clock = clock
  }

  /// A clock of seconds since it was made, that never goes back.
  static func monotonicSeconds() -> @Sendable () -> Double {
    let start = ContinuousClock.now
    return {
      let elapsed = ContinuousClock.now - start
      return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
    }
  }

  /// Spends one request of `key`: `nil` when it may go ahead, else the whole seconds to wait.
  func take(_ key: String) -> Int? {
    take(key, at: clock())
  }

  /// `take(_:)` at a given time in seconds, for tests.
  func take(_ key: String, at time: Double) -> Int? {
    guard perMinute > 0 else { return nil }
    let capacity = Double(perMinute)
    let perSecond = capacity / 60
    return buckets.withLock { buckets in
      var bucket =
        buckets[key] ?? Bucket(tokens: capacity, updated: time, created: time)
      bucket.tokens = min(capacity, bucket.tokens + max(0, time - bucket.updated) * perSecond)
      bucket.updated = time
      if bucket.tokens >= 1 {
        bucket.tokens -= 1
        buckets[key] = bucket
        if buckets.count > maximumKeys { Self.trim(&buckets, at: time, perSecond, capacity) }
        return nil
      }
      buckets[key] = bucket
      return max(1, Int(((1 - bucket.tokens) / perSecond).rounded(.up)))
    }
  }

  /// How many keys are remembered now.
  var count: Int { buckets.withLock { $0.count } }

  /// Drops buckets that are full again, then, if that is not enough, the oldest half.
  private static func trim(
    _ buckets: inout [String: Bucket], at time: Double, _ perSecond: Double, _ capacity: Double
  ) {
    let limit = buckets.count
    buckets = buckets.filter { $0.value.tokens + (time - $0.value.updated) * perSecond < capacity }
    guard buckets.count >= limit else { return }
    let byAge = buckets.sorted { $0.value.created < $1.value.created }
    for (key, _) in byAge.prefix(buckets.count / 2) { buckets[key] = nil }
  }
}
