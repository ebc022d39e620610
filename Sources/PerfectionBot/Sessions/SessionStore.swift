import Foundation

/// Where conversations live between turns: the seam between the engine and a database.
///
/// The dialogue manager loads a session, decides its turn on a copy without holding
/// anything, and saves the result naming the revision it loaded: a store refuses a save
/// whose revision is stale (`SessionStoreError.conflict`), and the manager loads again and
/// decides again. So turns of different sessions never wait on each other, and two
/// processes racing on one session never lose a revocation to an older grant.
///
/// A store may forget a session at any time (eviction, expiry): a forgotten session starts
/// over at the default consent. A store that fails makes the turn fail safe: nothing above
/// level `none` is revealed and the user is told consent could not be checked.
public protocol SessionStore: Sendable {
  /// The session's stored state, or `nil` for a session the store does not hold.
  func load(_ id: SessionID) async throws -> StoredSession?

  /// Saves a session's state if its stored revision is still `revision` (`nil`: the session
  /// must not exist yet), and returns the new revision; throws `SessionStoreError.conflict`
  /// otherwise.
  func save(_ id: SessionID, _ snapshot: SessionSnapshot, replacing revision: UInt64?)
    async throws -> UInt64

  /// Forgets a session.
  func delete(_ id: SessionID) async throws

  /// Forgets every session last saved before `cutoff`, and returns how many.
  func expire(before cutoff: Date) async throws -> Int
}

/// A store that answers at once, without suspending (memory, an embedded file): the
/// synchronous front ends (the REPL, `serve`, transcripts) use these directly.
public protocol SynchronousSessionStore: SessionStore {
  /// The session's stored state, or `nil` (see `SessionStore.load`).
  func loadNow(_ id: SessionID) throws -> StoredSession?
  /// Saves if the revision is still `revision` (see `SessionStore.save`).
  func saveNow(_ id: SessionID, _ snapshot: SessionSnapshot, replacing revision: UInt64?) throws
    -> UInt64
  /// Forgets a session.
  func deleteNow(_ id: SessionID) throws
}

extension SynchronousSessionStore {
  /// Loads at once.
  public func load(_ id: SessionID) async throws -> StoredSession? { try loadNow(id) }

  /// Saves at once.
  public func save(_ id: SessionID, _ snapshot: SessionSnapshot, replacing revision: UInt64?)
    async throws -> UInt64
  {
    try saveNow(id, snapshot, replacing: revision)
  }

  /// Deletes at once.
  public func delete(_ id: SessionID) async throws { try deleteNow(id) }
}
