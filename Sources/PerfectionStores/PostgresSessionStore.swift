import Foundation
import Logging
import PerfectionBot
import PostgresNIO

/// Sessions in a PostgreSQL database, through postgres-nio: shared by every process and
/// machine that names the same database.
///
/// The schema is created and migrated on first use, under an advisory lock, with its version
/// in `perfection_schema`. Every query is parameterised; ids are stored as bytes (`bytea`). A
/// save is a compare-and-set on the revision, so two processes racing on one session never
/// lose a revocation: the later writer gets `SessionStoreError.conflict`, and the dialogue
/// manager reloads and decides again. Every operation has a time limit; a database that is
/// down, slow or gone makes it throw `SessionStoreError.unavailable`, and the turn fails
/// safe. The connection pool reconnects by itself when the database returns.
public final class PostgresSessionStore: SessionStore {
  /// What a store needs to reach its database, read from a `postgres://` URL.
  public struct Location: Sendable, Equatable {
    /// The server's host name or address.
    public var host: String
    /// Its port (default 5432).
    public var port: Int
    /// The user to connect as (default `postgres`).
    public var username: String
    /// The password, if the URL has one.
    public var password: String?
    /// The database holding the sessions.
    public var database: String

    /// Reads `postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE`; `nil` when it is not one.
    public init?(url: String) {
      guard let components = URLComponents(string: url),
        components.scheme == "postgres" || components.scheme == "postgresql",
        let host = components.host, !host.isEmpty, components.path.count > 1
      else { return nil }
      self.host = host
      self.port = components.port ?? 5432
      self.username = components.user ?? "postgres"
      self.password = components.password
      self.database = String(components.path.dropFirst())
    }
  }

  /// The schema version this code writes.
  static let schemaVersion = 1
  private let client: PostgresClient
  private let runner: Task<Void, Never>
  private let janitor: Task<Void, Never>?
  private let timeout: Duration
  private let schema = SchemaOnce()
  private let logger = Logger(label: "perfection.postgres")

  /// Connects lazily to the database at `location`; nothing is sent before the first use.
  ///
  /// `connections` bounds the pool (default: two per core), `timeoutSeconds` every
  /// operation, connecting included. With `idleTimeoutSeconds`, idle sessions are deleted
  /// every `cleanupEverySeconds` by a background task, never on a turn.
  public init(
    _ location: Location, connections: Int = 2 * ProcessInfo.processInfo.activeProcessorCount,
    timeoutSeconds: Double = 5, idleTimeoutSeconds: Double? = nil,
    cleanupEverySeconds: Double = 60
  ) {
    var configuration = PostgresClient.Configuration(
      host: location.host, port: location.port, username: location.username,
      password: location.password, database: location.database, tls: .disable)
    configuration.options.maximumConnections = max(1, connections)
    configuration.options.connectTimeout = .milliseconds(Int64(timeoutSeconds * 1_000))
    let client = PostgresClient(configuration: configuration)
    self.client = client
    self.timeout = .milliseconds(Int64(timeoutSeconds * 1_000))
    runner = Task { await client.run() }
    if let idle = idleTimeoutSeconds {
      let period = max(1, min(cleanupEverySeconds, idle))
      let store = Unowned()
      janitor = Task {
        while !Task.isCancelled {
          try? await Task.sleep(for: .seconds(period))
          guard let owner = store.owner else { return }
          _ = try? await owner.expire(before: Date().addingTimeInterval(-idle))
        }
      }
      store.owner = self
    } else {
      janitor = nil
    }
  }

  deinit {
    janitor?.cancel()
    runner.cancel()
  }

  /// The session's stored state, or `nil`.
  public func load(_ id: SessionID) async throws -> StoredSession? {
    try await run { client in
      let rows = try await client.query(
        "SELECT snapshot, revision FROM perfection_sessions WHERE id = \(Data(id.bytes))",
        logger: self.logger)
      for try await (data, revision) in rows.decode((Data, Int64).self) {
        return StoredSession(
          snapshot: Self.snapshot(from: data), revision: UInt64(max(0, revision)))
      }
      return nil
    }
  }

  /// Saves if the stored revision is still `revision`.
  public func save(_ id: SessionID, _ snapshot: SessionSnapshot, replacing revision: UInt64?)
    async throws -> UInt64
  {
    let data: Data
    do { data = try JSONEncoder().encode(snapshot) } catch {
      throw SessionStoreError.unavailable("cannot encode a snapshot: \(error)")
    }
    let key = Data(id.bytes)
    let now = Date().timeIntervalSince1970
    let saved: Int64? = try await run { client in
      let rows: PostgresRowSequence
      if let revision {
        rows = try await client.query(
          """
          UPDATE perfection_sessions SET snapshot = \(data), revision = revision + 1,
            updated_at = \(now)
          WHERE id = \(key) AND revision = \(Int64(revision)) RETURNING revision
          """, logger: self.logger)
      } else {
        rows = try await client.query(
          """
          INSERT INTO perfection_sessions (id, snapshot, revision, updated_at)
          VALUES (\(key), \(data), 1, \(now)) ON CONFLICT (id) DO NOTHING RETURNING revision
          """, logger: self.logger)
      }
      for try await revision in rows.decode(Int64.self) { return revision }
      return nil
    }
    guard let saved else { throw SessionStoreError.conflict }
    return UInt64(max(0, saved))
  }

  /// Forgets a session.
  public func delete(_ id: SessionID) async throws {
    try await run { client in
      try await client.query(
        "DELETE FROM perfection_sessions WHERE id = \(Data(id.bytes))", logger: self.logger)
    }
  }

  /// Forgets every session last saved before `cutoff`, a thousand per statement, and returns
  /// how many.
  public func expire(before cutoff: Date) async throws -> Int {
    let limit = cutoff.timeIntervalSince1970
    var total = 0
    while true {
      let deleted: Int = try await run { client in
        let rows = try await client.query(
          """
          DELETE FROM perfection_sessions WHERE id IN
            (SELECT id FROM perfection_sessions WHERE updated_at < \(limit) LIMIT 1000)
          RETURNING 1
          """, logger: self.logger)
        var count = 0
        for try await _ in rows { count += 1 }
        return count
      }
      total += deleted
      if deleted < 1_000 { return total }
    }
  }

  /// How many sessions the database holds.
  public func count() async throws -> Int {
    try await run { client in
      let rows = try await client.query(
        "SELECT count(*) FROM perfection_sessions", logger: self.logger)
      for try await count in rows.decode(Int64.self) { return Int(count) }
      return 0
    }
  }

  /// Runs an operation against a migrated schema, within the time limit; every failure
  /// becomes `SessionStoreError.unavailable` (a conflict stays a conflict).
  private func run<T: Sendable>(_ operation: @escaping @Sendable (PostgresClient) async throws -> T)
    async throws -> T
  {
    let client = self.client
    let logger = self.logger
    let schema = self.schema
    do {
      return try await Deadline.run(within: timeout) {
        try await schema.ensure { try await Self.migrate(client, logger: logger) }
        return try await operation(client)
      }
    } catch let error as SessionStoreError {
      throw error
    } catch let error as Deadline.Expired {
      throw SessionStoreError.unavailable(error.description)
    } catch let error as PSQLError {
      throw SessionStoreError.unavailable(
        error.serverInfo?[.message] ?? "\(error.code)")
    } catch {
      throw SessionStoreError.unavailable("\(error)")
    }
  }

  /// Creates or upgrades the schema, once per database, whichever process comes first.
  static func migrate(_ client: PostgresClient, logger: Logger) async throws {
    try await client.withTransaction(logger: logger) { connection in
      try await connection.query("SELECT pg_advisory_xact_lock(7412019)", logger: logger)
      try await connection.query(
        "CREATE TABLE IF NOT EXISTS perfection_schema (version integer NOT NULL)",
        logger: logger)
      var version = 0
      for try await stored in try await connection.query(
        "SELECT max(version) FROM perfection_schema", logger: logger
      ).decode(Int?.self) {
        version = stored ?? 0
      }
      if version < 1 {
        try await connection.query(
          """
          CREATE TABLE perfection_sessions (
            id bytea PRIMARY KEY,
            snapshot bytea NOT NULL,
            revision bigint NOT NULL,
            updated_at double precision NOT NULL
          )
          """, logger: logger)
        try await connection.query(
          "CREATE INDEX perfection_sessions_by_update ON perfection_sessions (updated_at)",
          logger: logger)
        try await connection.query(
          "INSERT INTO perfection_schema (version) VALUES (1)", logger: logger)
      }
    }
  }

  /// A stored snapshot; one that cannot be read starts the session over at `none`.
  static func snapshot(from data: Data) -> SessionSnapshot {
    if let snapshot = try? JSONDecoder().decode(SessionSnapshot.self, from: data) {
      return snapshot
    }
    var unreadable = SessionSnapshot(consent: .none)
    unreadable.version = 0
    return unreadable
  }
}

/// Runs the schema migration until it succeeds once; later calls return at once, without a
/// hop to another executor.
private final class SchemaOnce: @unchecked Sendable {
  // @unchecked: `done` is only touched while `lock` is held.
  private let lock = NSLock()
  private var done = false

  func ensure(_ migrate: @Sendable () async throws -> Void) async throws {
    guard !lock.withLock({ done }) else { return }
    // Two first calls may both migrate: the migration holds an advisory lock and checks the
    // version inside it, so the second one finds the work done.
    try await migrate()
    lock.withLock { done = true }
  }
}

/// A weak reference to the store for its cleanup task, so the task never keeps it alive.
private final class Unowned: @unchecked Sendable {
  // @unchecked: set once, before the task first reads it.
  weak var owner: PostgresSessionStore?
}
