import Foundation
import GRDB
import PerfectionBot

/// Sessions in an SQLite file, through GRDB: they survive restarts, and processes on one
/// machine can share the file.
///
/// GRDB was chosen over sqlite-nio because the engine's synchronous front ends (the REPL,
/// `serve`) call the store from their own thread, which GRDB serves directly, and because its
/// migrator keeps the schema's version table. The file is opened in WAL mode, so readers
/// never wait for the writer; every query is parameterised; ids are stored as their bytes.
/// A save is a compare-and-set on the revision, so a revocation saved by another process is
/// never overwritten by an older grant: the loser gets `SessionStoreError.conflict`, and the
/// dialogue manager loads and decides again.
public final class SQLiteSessionStore: SynchronousSessionStore {
  private let database: DatabasePool
  private let encoder = JSONEncoder()
  private let decoder = JSONDecoder()
  private let janitor: Janitor?

  /// Opens (creating when needed) the database at `path` and migrates its schema.
  ///
  /// With `idleTimeoutSeconds`, sessions idle that long are deleted by a cleanup every
  /// `cleanupEverySeconds` on a background thread (never on a turn). `busyTimeoutSeconds`
  /// bounds how long a write waits for another process's.
  public init(
    path: String, idleTimeoutSeconds: Double? = nil, cleanupEverySeconds: Double = 60,
    busyTimeoutSeconds: Double = 5
  ) throws(SessionStoreError) {
    var configuration = Configuration()
    configuration.busyMode = .timeout(busyTimeoutSeconds)
    configuration.label = "perfection.sessions"
    // In WAL mode, NORMAL syncs at checkpoints rather than at every commit: a commit may be
    // lost to a power cut, never to a crash of the process, and the file stays consistent.
    configuration.prepareDatabase { db in
      try db.execute(sql: "PRAGMA synchronous = NORMAL")
    }
    do {
      let directory = URL(fileURLWithPath: path).deletingLastPathComponent().path
      try FileManager.default.createDirectory(
        atPath: directory, withIntermediateDirectories: true)
      database = try DatabasePool(path: path, configuration: configuration)
      try Self.migrator.migrate(database)
    } catch let error as DatabaseError {
      throw .unavailable("cannot open \(path): \(error)")
    } catch {
      throw .unavailable("cannot open \(path): \(error.localizedDescription)")
    }
    if let idle = idleTimeoutSeconds {
      janitor = Janitor(every: max(1, min(cleanupEverySeconds, idle))) { [database] in
        Self.deleteIdle(database, before: Date().timeIntervalSince1970 - idle)
      }
    } else {
      janitor = nil
    }
  }

  deinit {
    janitor?.stop()
  }

  /// The schema, by version: GRDB records each migration applied in its own table.
  static var migrator: DatabaseMigrator {
    var migrator = DatabaseMigrator()
    migrator.registerMigration("v1: sessions") { db in
      try db.execute(
        sql: """
          CREATE TABLE sessions (
            id BLOB PRIMARY KEY NOT NULL,
            snapshot BLOB NOT NULL,
            revision INTEGER NOT NULL,
            updated_at REAL NOT NULL
          );
          CREATE INDEX sessions_by_update ON sessions(updated_at);
          """)
    }
    return migrator
  }

  /// The session's stored state, or `nil`.
  public func loadNow(_ id: SessionID) throws -> StoredSession? {
    let row: Row?
    do {
      row = try database.read { db in
        try Row.fetchOne(
          db, sql: "SELECT snapshot, revision FROM sessions WHERE id = ?",
          arguments: [Data(id.bytes)])
      }
    } catch {
      throw SessionStoreError.unavailable("\(error)")
    }
    guard let row else { return nil }
    let data: Data = row["snapshot"]
    let revision: Int64 = row["revision"]
    return StoredSession(snapshot: snapshot(from: data), revision: UInt64(revision))
  }

  /// Saves if the stored revision is still `revision`.
  public func saveNow(_ id: SessionID, _ snapshot: SessionSnapshot, replacing revision: UInt64?)
    throws -> UInt64
  {
    let data: Data
    do { data = try encoder.encode(snapshot) } catch {
      throw SessionStoreError.unavailable("cannot encode a snapshot: \(error)")
    }
    let key = Data(id.bytes)
    let now = Date().timeIntervalSince1970
    let changed: Int
    do {
      changed = try database.write { db in
        if let revision {
          try db.execute(
            sql: """
              UPDATE sessions SET snapshot = ?, revision = revision + 1, updated_at = ?
              WHERE id = ? AND revision = ?
              """,
            arguments: [data, now, key, Int64(revision)])
        } else {
          try db.execute(
            sql: """
              INSERT INTO sessions (id, snapshot, revision, updated_at) VALUES (?, ?, 1, ?)
              ON CONFLICT(id) DO NOTHING
              """,
            arguments: [key, data, now])
        }
        return db.changesCount
      }
    } catch {
      throw SessionStoreError.unavailable("\(error)")
    }
    guard changed == 1 else { throw SessionStoreError.conflict }
    return (revision ?? 0) + 1
  }

  /// Forgets a session.
  public func deleteNow(_ id: SessionID) throws {
    do {
      try database.write { db in
        try db.execute(sql: "DELETE FROM sessions WHERE id = ?", arguments: [Data(id.bytes)])
      }
    } catch {
      throw SessionStoreError.unavailable("\(error)")
    }
  }

  /// Forgets every session last saved before `cutoff`, and returns how many.
  public func expire(before cutoff: Date) async throws -> Int {
    Self.deleteIdle(database, before: cutoff.timeIntervalSince1970)
  }

  /// Deletes the sessions saved before `cutoff`, a thousand per transaction, so that a turn
  /// waiting to write never waits long; returns how many.
  @discardableResult
  static func deleteIdle(_ database: DatabasePool, before cutoff: Double) -> Int {
    var total = 0
    while true {
      let deleted =
        (try? database.write { db in
          try db.execute(
            sql: """
              DELETE FROM sessions WHERE id IN
                (SELECT id FROM sessions WHERE updated_at < ? LIMIT 1000)
              """,
            arguments: [cutoff])
          return db.changesCount
        }) ?? 0
      total += deleted
      if deleted < 1000 { return total }
    }
  }

  /// How many sessions the file holds.
  public func count() throws -> Int {
    do {
      return try database.read { db in
        try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM sessions") ?? 0
      }
    } catch {
      throw SessionStoreError.unavailable("\(error)")
    }
  }

  /// Overwrites a session's snapshot with bytes no version can read (for tests).
  func corrupt(_ id: SessionID) throws {
    try database.write { db in
      try db.execute(
        sql: "UPDATE sessions SET snapshot = ? WHERE id = ?",
        arguments: [Data("not json".utf8), Data(id.bytes)])
    }
  }

  /// A stored snapshot; one that cannot be read (written by another version, or damaged)
  /// reads as a session that starts over at consent `none`, and the next save replaces it.
  private func snapshot(from data: Data) -> SessionSnapshot {
    if let snapshot = try? decoder.decode(SessionSnapshot.self, from: data) { return snapshot }
    var unreadable = SessionSnapshot(consent: .none)
    unreadable.version = 0
    return unreadable
  }
}
