import Foundation
import PerfectionBot
import PerfectionStores

/// The throwaway PostgreSQL cluster `make test` starts (scripts/with-postgres).
///
/// A test that needs it fails with this error when it is not there: it never skips.
enum PostgresTestDatabase {
  struct Missing: Error, CustomStringConvertible {
    var description: String {
      "PERFECTION_TEST_POSTGRES is not set: run the tests through `make test`, or "
        + "`scripts/with-postgres swift test`, which start a throwaway PostgreSQL cluster"
    }
  }

  /// The cluster's URL.
  static func url() throws -> String {
    guard let url = ProcessInfo.processInfo.environment["PERFECTION_TEST_POSTGRES"],
      !url.isEmpty
    else { throw Missing() }
    return url
  }

  /// The cluster's location, for a store.
  static func location() throws -> PostgresSessionStore.Location {
    guard let location = PostgresSessionStore.Location(url: try url()) else { throw Missing() }
    return location
  }
}

/// A store seen through a prefix on every id: several tests share one database without
/// sharing sessions.
struct PrefixedStore: SessionStore {
  let inner: any SessionStore
  let prefix: [UInt8]

  init(_ inner: any SessionStore, prefix: String = UUID().uuidString) {
    self.inner = inner
    self.prefix = Array(prefix.utf8)
  }

  private func key(_ id: SessionID) -> SessionID { SessionID(bytes: prefix + id.bytes) }

  func load(_ id: SessionID) async throws -> StoredSession? { try await inner.load(key(id)) }

  func save(_ id: SessionID, _ snapshot: SessionSnapshot, replacing revision: UInt64?)
    async throws -> UInt64
  {
    try await inner.save(key(id), snapshot, replacing: revision)
  }

  func delete(_ id: SessionID) async throws { try await inner.delete(key(id)) }

  func expire(before cutoff: Date) async throws -> Int { try await inner.expire(before: cutoff) }
}
