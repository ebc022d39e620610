import Foundation

/// Remembers, beyond eviction, the sessions that lowered their consent below the default.
///
/// With a default consent above `none` (`--spoilers plot`), a session that said "no more
/// spoilers" and was then evicted or expired would come back as new, at the default, and be
/// answered without a prompt. This keeps a 64-bit digest of each such session's id (a
/// bounded set, oldest first out), and a new session whose digest is here starts at `none`.
/// A digest collision can only make a session start lower than it should: the safe side.
final class RevocationMemory: @unchecked Sendable {
  // @unchecked: `members` and `order` are only touched while `lock` is held.
  private let lock = NSLock()
  private var members: Set<UInt64> = []
  private var order: [UInt64] = []
  private var next = 0
  /// The most digests kept (8 bytes each, twice).
  let capacity: Int

  init(capacity: Int = 262_144) {
    self.capacity = max(1, capacity)
  }

  func contains(_ id: SessionID) -> Bool {
    let digest = Self.digest(id)
    return lock.withLock { members.contains(digest) }
  }

  func insert(_ id: SessionID) {
    let digest = Self.digest(id)
    lock.withLock {
      guard members.insert(digest).inserted else { return }
      if order.count < capacity {
        order.append(digest)
      } else {
        members.remove(order[next])
        order[next] = digest
        next = (next + 1) % capacity
      }
    }
  }

  func remove(_ id: SessionID) {
    let digest = Self.digest(id)
    _ = lock.withLock { members.remove(digest) }
  }

  /// FNV-1a over the id's bytes.
  static func digest(_ id: SessionID) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in id.bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
    return hash
  }
}
