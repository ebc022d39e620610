import Synchronization
import Testing

@testable import PerfectionWeb

@Suite("Rate limiter")
struct RateLimiterTests {
  @Test("a key spends its burst, waits as long as it says, and then goes on")
  func burstAndRefill() {
    let limiter = RateLimiter(perMinute: 6)
    for _ in 0..<6 { #expect(limiter.take("a", at: 0) == nil) }
    let wait = limiter.take("a", at: 0)
    #expect(wait == 10)
    #expect(limiter.take("b", at: 0) == nil, "keys are apart")
    #expect(limiter.take("a", at: 9) != nil)
    #expect(limiter.take("a", at: 10) == nil)
  }

  @Test("a request is timed by the clock the limiter was given")
  func injectedClock() {
    let time = Mutex(0.0)
    let limiter = RateLimiter(perMinute: 1, clock: { time.withLock { $0 } })
    #expect(limiter.take("a") == nil)
    #expect(limiter.take("a") == 60, "a clock standing still refills nothing")
    time.withLock { $0 = 60 }
    #expect(limiter.take("a") == nil)
  }

  @Test("0 turns the limit off")
  func off() {
    let limiter = RateLimiter(perMinute: 0)
    for _ in 0..<1000 { #expect(limiter.take("a", at: 0) == nil) }
    #expect(limiter.count == 0)
  }

  @Test("memory is bounded: past the most keys, quiet ones and then the oldest go")
  func bounded() {
    let limiter = RateLimiter(perMinute: 60, maximumKeys: 100)
    for key in 0..<10_000 { _ = limiter.take("k\(key)", at: Double(key) * 0.001) }
    #expect(limiter.count <= 100)
  }
}
