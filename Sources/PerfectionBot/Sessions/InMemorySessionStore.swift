import Dispatch
import Foundation

/// A session store in memory, bounded in count and in idle time.
///
/// When full, the least recently used session goes first; a session idle for longer than
/// `idleTimeout` is forgotten the next time the store is touched. Each call holds the lock
/// only for its own dictionary work: a turn is decided outside it (see `SessionStore`).
/// Safe to share between threads.
public final class InMemorySessionStore: SynchronousSessionStore, @unchecked Sendable {
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

  /// The session's state, or `nil` when the store does not hold it (or it has expired).
  public func loadNow(_ id: SessionID) -> StoredSession? {
    let now = clock()
    return lock.withLock {
      expireIdle(now: now)
      return storage.touch(id, now: now)
    }
  }

  /// Saves the session if its revision is still `revision`; evicts the least recently used
  /// session when a new one does not fit.
  public func saveNow(_ id: SessionID, _ snapshot: SessionSnapshot, replacing revision: UInt64?)
    throws -> UInt64
  {
    let now = clock()
    return try lock.withLock {
      expireIdle(now: now)
      let current = storage.touch(id, now: now)?.revision
      guard current == revision else { throw SessionStoreError.conflict }
      let next = (revision ?? 0) &+ 1
      storage.put(
        id, StoredSession(snapshot: snapshot, revision: next), now: now, capacity: capacity)
      return next
    }
  }

  /// Forgets a session.
  public func deleteNow(_ id: SessionID) {
    lock.withLock { storage.remove(id) }
  }

  /// Forgets every session last saved before `cutoff`.
  public func expire(before cutoff: Date) async -> Int {
    lock.withLock {
      let stale = storage.index.compactMap { id, slot in
        (storage.sessions[Int(slot)]?.snapshot.updatedAt).map { $0 < cutoff } == true ? id : nil
      }
      for id in stale { storage.remove(id) }
      return stale.count
    }
  }

  /// How many sessions the store holds now.
  public var count: Int {
    lock.withLock { storage.index.count }
  }

  private func expireIdle(now: UInt64) {
    guard idleTimeout > 0 else { return }
    storage.expire(before: now &- min(now, idleTimeout))
  }
}

/// Slots in parallel arrays, linked from most to least recently used by index.
private struct LRUStorage {
  var index: [SessionID: Int32] = [:]
  var keys: [SessionID] = []
  var sessions: [StoredSession?] = []
  var lastUsed: [UInt64] = []
  var newer: [Int32] = []
  var older: [Int32] = []
  var free: [Int32] = []
  var newest: Int32 = -1
  var oldest: Int32 = -1

  /// The stored session, marked as just used.
  mutating func touch(_ id: SessionID, now: UInt64) -> StoredSession? {
    guard let found = index[id] else { return nil }
    unlink(found)
    pushNewest(found)
    lastUsed[Int(found)] = now
    return sessions[Int(found)]
  }

  mutating func put(_ id: SessionID, _ session: StoredSession, now: UInt64, capacity: Int) {
    if let found = index[id] {
      sessions[Int(found)] = session
      return
    }
    if index.count >= capacity, oldest >= 0 {
      remove(keys[Int(oldest)])
    }
    let slot: Int32
    if let reused = free.popLast() {
      slot = reused
      keys[Int(slot)] = id
      sessions[Int(slot)] = session
      lastUsed[Int(slot)] = now
    } else {
      slot = Int32(keys.count)
      keys.append(id)
      sessions.append(session)
      lastUsed.append(now)
      newer.append(-1)
      older.append(-1)
    }
    index[id] = slot
    pushNewest(slot)
  }

  mutating func expire(before cutoff: UInt64) {
    while oldest >= 0, lastUsed[Int(oldest)] < cutoff {
      remove(keys[Int(oldest)])
    }
  }

  mutating func remove(_ id: SessionID) {
    guard let slot = index.removeValue(forKey: id) else { return }
    unlink(slot)
    keys[Int(slot)] = SessionID(bytes: [])
    sessions[Int(slot)] = nil
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
