import Foundation
import PerfectionBot

/// A session store written outside the engine, with its public API only: it keeps each
/// session as JSON bytes, so every turn's state goes through `JSONEncoder` and
/// `JSONDecoder` and back, as a database would hold it.
public final class JSONRoundTripStore: SynchronousSessionStore, @unchecked Sendable {
  // @unchecked: `rows` and `roundTrips` are only touched while `lock` is held.
  private let lock = NSLock()
  private var rows: [SessionID: (json: Data, revision: UInt64)] = [:]
  private var trips = 0

  /// An empty store.
  public init() {}

  /// How many snapshots were decoded from JSON so far.
  public var roundTrips: Int { lock.withLock { trips } }

  /// Decodes the stored JSON.
  public func loadNow(_ id: SessionID) throws -> StoredSession? {
    try lock.withLock {
      guard let row = rows[id] else { return nil }
      trips += 1
      let snapshot = try JSONDecoder().decode(SessionSnapshot.self, from: row.json)
      return StoredSession(snapshot: snapshot, revision: row.revision)
    }
  }

  /// Encodes and keeps the snapshot if the revision still matches.
  public func saveNow(_ id: SessionID, _ snapshot: SessionSnapshot, replacing revision: UInt64?)
    throws -> UInt64
  {
    let json = try JSONEncoder().encode(snapshot)
    return try lock.withLock {
      guard rows[id]?.revision == revision else { throw SessionStoreError.conflict }
      let next = (revision ?? 0) + 1
      rows[id] = (json, next)
      return next
    }
  }

  /// Forgets a session.
  public func deleteNow(_ id: SessionID) {
    lock.withLock { _ = rows.removeValue(forKey: id) }
  }

  /// Forgets sessions saved before `cutoff`.
  public func expire(before cutoff: Date) async throws -> Int {
    try lock.withLock {
      var removed = 0
      for (id, row) in rows {
        let snapshot = try JSONDecoder().decode(SessionSnapshot.self, from: row.json)
        if snapshot.updatedAt < cutoff {
          rows.removeValue(forKey: id)
          removed += 1
        }
      }
      return removed
    }
  }
}
