import Foundation

/// The sessions already told, during the current store outage, that consent cannot be
/// checked: the notice is said once, not after every answer.
///
/// The first store call that succeeds ends the outage and forgets them all. The set is
/// bounded: past `capacity` sessions it is cleared, so a session may be told twice, never
/// not at all.
final class OutageNotices: @unchecked Sendable {
  // @unchecked: `told` is only touched while `lock` is held.
  private let lock = NSLock()
  private var told: Set<SessionID> = []
  private let capacity: Int

  init(capacity: Int = 100_000) {
    self.capacity = capacity
  }

  /// Whether this is the first failed turn of `id` in this outage (and remembers it).
  func isFirst(_ id: SessionID) -> Bool {
    lock.withLock {
      if told.count >= capacity { told.removeAll() }
      return told.insert(id).inserted
    }
  }

  /// The store answered: the outage is over.
  func storeAnswered() {
    lock.withLock {
      if !told.isEmpty { told.removeAll() }
    }
  }
}
