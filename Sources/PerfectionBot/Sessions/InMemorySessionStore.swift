import Dispatch
import Foundation

/// A session store in memory, bounded in count and in idle time.
///
/// When full, the least recently used session goes first; a session idle for longer than
/// `idleTimeout` is forgotten the next time the store is touched. Safe to share between threads.
public final class InMemorySessionStore: SessionStore, @unchecked Sendable {
  // @unchecked: `storage` is only touched while `lock` is held. NSLock (a pthread mutex)
  // rather than Synchronization.Mutex, because ThreadSanitizer sees pthread mutexes and not
  // the futex-based Mutex, and reported false races through it.
  /// The most sessions held at once.
  public let capacity: Int
  /// How long, in nanoseconds, a session may sit idle before it is forgotten.
  public let idleTimeout: UInt64
  private let clock: @Sendable () -> UInt64
  private let lock = NSLock()
  private var storage = LRUStorage()

  /// Creates a store.
  ///
  /// - Parameters:
  ///   - capacity: The most sessions held at once (at least 1).
  ///   - idleTimeoutSeconds: How long a session may be idle before it is forgotten.
  ///   - clock: Monotonic nanoseconds; tests pass their own.
  public init(
    capacity: Int = 100_000,
    idleTimeoutSeconds: Double = 3_600,
    clock: @escaping @Sendable () -> UInt64 = { DispatchTime.now().uptimeNanoseconds }
  ) {
    self.capacity = max(1, capacity)
    self.idleTimeout = UInt64(max(0, idleTimeoutSeconds) * 1e9)
    self.clock = clock
  }

  /// Runs `body` with the session's state, creating or resetting it as the bounds require.
  public func withSession<Result>(_ id: String, _ body: (inout SessionState) -> Result) -> Result {
    let now = clock()
    return lock.withLock {
      storage.expire(before: now &- min(now, idleTimeout), keepingIdleTimeout: idleTimeout > 0)
      let slot = storage.slot(for: id, now: now, capacity: capacity)
      return body(&storage.states[slot])
    }
  }

  /// Forgets a session.
  public func remove(_ id: String) {
    lock.withLock { storage.remove(id) }
  }

  /// How many sessions the store holds now.
  public var count: Int {
    lock.withLock { storage.index.count }
  }
}

/// Slots in parallel arrays, linked from most to least recently used by index.
private struct LRUStorage {
  var index: [String: Int32] = [:]
  var keys: [String] = []
  var states: [SessionState] = []
  var lastUsed: [UInt64] = []
  var newer: [Int32] = []
  var older: [Int32] = []
  var free: [Int32] = []
  var newest: Int32 = -1
  var oldest: Int32 = -1

  mutating func slot(for id: String, now: UInt64, capacity: Int) -> Int {
    if let found = index[id] {
      unlink(found)
      pushNewest(found)
      lastUsed[Int(found)] = now
      return Int(found)
    }
    if index.count >= capacity, oldest >= 0 {
      remove(keys[Int(oldest)])
    }
    let slot: Int32
    if let reused = free.popLast() {
      slot = reused
      keys[Int(slot)] = id
      states[Int(slot)] = SessionState()
      lastUsed[Int(slot)] = now
    } else {
      slot = Int32(keys.count)
      keys.append(id)
      states.append(SessionState())
      lastUsed.append(now)
      newer.append(-1)
      older.append(-1)
    }
    index[id] = slot
    pushNewest(slot)
    return Int(slot)
  }

  mutating func expire(before cutoff: UInt64, keepingIdleTimeout enabled: Bool) {
    guard enabled else { return }
    while oldest >= 0, lastUsed[Int(oldest)] < cutoff {
      remove(keys[Int(oldest)])
    }
  }

  mutating func remove(_ id: String) {
    guard let slot = index.removeValue(forKey: id) else { return }
    unlink(slot)
    keys[Int(slot)] = ""
    states[Int(slot)] = SessionState()
    free.append(slot)
    if index.isEmpty {
      // Give memory back once everything is gone.
      self = LRUStorage()
    }
  }

  mutating func unlink(_ slot: Int32) {
    let before = newer[Int(slot)]
    let after = older[Int(slot)]
    if before >= 0 { older[Int(before)] = after } else if newest == slot { newest = after }
    if after >= 0 { newer[Int(after)] = before } else if oldest == slot { oldest = before }
    newer[Int(slot)] = -1
    older[Int(slot)] = -1
  }

  mutating func pushNewest(_ slot: Int32) {
    older[Int(slot)] = newest
    newer[Int(slot)] = -1
    if newest >= 0 { newer[Int(newest)] = slot }
    newest = slot
    if oldest < 0 { oldest = slot }
  }
}
