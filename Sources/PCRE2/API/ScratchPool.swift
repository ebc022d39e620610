import Synchronization

/// A thread-safe pool of `MatchScratch`, so that many threads can match without creating a
/// scratch (match data, context, JIT stack) per match.
public final class ScratchPool: Sendable {
  /// The limits every scratch of the pool applies.
  public let limits: MatchLimits
  private let free: Mutex<[MatchScratch]>

  /// Creates an empty pool; scratches are made on demand and kept for reuse.
  public init(limits: MatchLimits = .standard) {
    self.limits = limits
    self.free = Mutex([])
  }

  /// Runs `body` with a scratch no other thread is using, then returns it to the pool.
  public func withScratch<Result>(_ body: (MatchScratch) throws -> Result) rethrows -> Result {
    let scratch = free.withLock { $0.popLast() } ?? MatchScratch(limits: limits)
    defer { free.withLock { $0.append(scratch) } }
    return try body(scratch)
  }
}
