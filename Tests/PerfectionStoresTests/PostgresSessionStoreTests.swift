import Foundation
import PerfectionBot
import TestSupport
import Testing
import TranscriptKit

@testable import PerfectionStores

/// The PostgreSQL store against the real server `make test` starts.
///
/// These tests share one database, so each uses ids of its own. The database going away mid-stream is tested end to
/// end, through `serve`, on a cluster of its own (`ServePostgresTests`).
@Suite("PostgreSQL session store", .serialized)
struct PostgresSessionStoreTests {
  /// A store on the shared cluster.
  ///
  /// Its time limit is long: other suites' tests block
  /// Swift's cooperative threads while they wait for processes, and this store's work needs
  /// one of them; the short limit is tested where the database really goes away.
  static func store(idleTimeout: Double? = nil) throws -> PostgresSessionStore {
    PostgresSessionStore(
      try PostgresTestDatabase.location(), timeoutSeconds: 30, idleTimeoutSeconds: idleTimeout,
      cleanupEverySeconds: 1)
  }

  @Test func aSaveIsACompareAndSetOnTheRevision() async throws {
    let store = try Self.store()
    let id = SessionID("cas-\(UUID().uuidString)")
    #expect(try await store.load(id) == nil)
    let first = try await store.save(id, SessionSnapshot(consent: .plot), replacing: nil)
    #expect(first == 1)
    await #expect(throws: SessionStoreError.conflict) {
      try await store.save(id, SessionSnapshot(consent: .ending), replacing: nil)
    }
    let second = try await store.save(id, SessionSnapshot(consent: .none), replacing: first)
    #expect(second == 2)
    await #expect(throws: SessionStoreError.conflict) {
      try await store.save(id, SessionSnapshot(consent: .ending), replacing: first)
    }
    let stored = try #require(try await store.load(id))
    #expect(stored.revision == 2)
    #expect(stored.snapshot.consent == SpoilerLevel.none)
    try await store.delete(id)
    #expect(try await store.load(id) == nil)
  }

  @Test func idsAreBytes() async throws {
    let store = try Self.store()
    let tag = UUID().uuidString
    let composed = SessionID("caf\u{E9}-\(tag)")
    let decomposed = SessionID("cafe\u{301}-\(tag)")
    _ = try await store.save(composed, SessionSnapshot(consent: .twist), replacing: nil)
    #expect(try await store.load(decomposed) == nil)
    let raw = SessionID(bytes: [0, 0xFF, 0x27, 0x3B, 0x5C] + Array(tag.utf8))
    _ = try await store.save(raw, SessionSnapshot(consent: .plot), replacing: nil)
    #expect(try await store.load(raw)?.snapshot.consent == .plot)
  }

  @Test func everyTranscriptPassesThroughTheDatabase() async throws {
    let files = try TranscriptSuite.files(at: [Fixtures.transcriptsPath])
    let shared = try Self.store()
    let runner = TranscriptRunner(library: Fixtures.library) { PrefixedStore(shared) }
    // The runner is synchronous and waits on the store: off the cooperative threads.
    let reports = try await onOwnThread {
      try files.map { file in
        let result = runner.run(try TranscriptSuite.load(file))
        return (result.turnCount, result.failures.map(\.report))
      }
    }
    for (turns, failures) in reports {
      #expect(turns > 0)
      for failure in failures { Issue.record(Comment(rawValue: failure)) }
    }
  }

  @Test func twoManagersOnOneDatabaseNeverLoseARevocation() async throws {
    let prefix = UUID().uuidString
    let one = DialogueManager(
      library: Fixtures.library, store: PrefixedStore(try Self.store(), prefix: prefix))
    let two = DialogueManager(
      library: Fixtures.library, store: PrefixedStore(try Self.store(), prefix: prefix))
    _ = await one.reply(to: "spoil everything", session: "carol")
    #expect(await two.reply(to: "how does it end?", session: "carol").kind == .answer)
    _ = await two.reply(to: "no more spoilers", session: "carol")
    #expect(await one.reply(to: "how does it end?", session: "carol").kind == .consentPrompt)
  }

  @Test func aHundredThousandSessionsAreWrittenAndExpired() async throws {
    let store = try Self.store()
    // Sessions of other tests may be there too: count only what this test adds.
    _ = try await store.expire(before: Date().addingTimeInterval(3_600))
    let snapshot = SessionSnapshot(consent: .plot)
    let tag = UUID().uuidString
    try await withThrowingTaskGroup(of: Void.self) { group in
      for worker in 0..<8 {
        group.addTask {
          for index in stride(from: worker, to: 100_000, by: 8) {
            _ = try await store.save(SessionID("bulk-\(tag)-\(index)"), snapshot, replacing: nil)
          }
        }
      }
      try await group.waitForAll()
    }
    #expect(try await store.count() >= 100_000)
    #expect(try await store.expire(before: Date().addingTimeInterval(-3_600)) == 0)
    #expect(try await store.expire(before: Date().addingTimeInterval(1)) >= 100_000)
    #expect(try await store.count() == 0)
  }

  @Test func theCleanupRunsByItself() async throws {
    let store = try Self.store(idleTimeout: 1)
    let id = SessionID("idle-\(UUID().uuidString)")
    _ = try await store.save(id, SessionSnapshot(consent: .plot), replacing: nil)
    var remaining = try await store.load(id)
    for _ in 0..<100 where remaining != nil {
      try await Task.sleep(nanoseconds: 100_000_000)
      remaining = try await store.load(id)
    }
    #expect(remaining == nil)
  }

  @Test func aURLIsReadIntoItsParts() {
    let location = PostgresSessionStore.Location(url: "postgres://bot:secret@db.local:6543/chat")
    #expect(location?.host == "db.local")
    #expect(location?.port == 6543)
    #expect(location?.username == "bot")
    #expect(location?.password == "secret")
    #expect(location?.database == "chat")
    #expect(PostgresSessionStore.Location(url: "postgres://db.local") == nil)
    #expect(PostgresSessionStore.Location(url: "mysql://db.local/chat") == nil)
  }
}
