import Foundation

/// A thread-safe pool of `MatchScratch`, so that many threads can match without creating a
/// scratch (match data, context, JIT stack) per match.
public final class ScratchPool: @unchecked Sendable {
  // @unchecked: `free` is only touched while `lock` is held. NSLock (a pthread mutex) rather
  // than Synchronization.Mutex, because ThreadSanitizer sees pthread mutexes and not the
  // futex-based Mutex, and reported false races through it.

  /// The limits every scratch of the pool applies.
  public let limits: MatchLimits
  private let lock = NSLock()
  private var free: [MatchScratch] = []

  /// Creates an empty pool; scratches are made on demand and kept for reuse.
  public init(limits: MatchLimits = .standard) {
    self.limits = limits
  }

  /// Runs `body` with a scratch no other thread is using, then returns it to the pool.
  public func withScratch<Result>(_ body: (MatchScratch) throws -> Result) rethrows -> Result {
    let scratch = lock.withLock { free.popLast() } ?? MatchScratch(limits: limits)
    defer { lock.withLock { free.append(scratch) } }
    return try body(scratch)
  }
}
