import Foundation
import PerfectionBot
import TestSupport
import Testing
import TranscriptKit

@testable import PerfectionStores

@Suite("SQLite session store")
struct SQLiteSessionStoreTests {
  /// A fresh database file in a folder of its own.
  static func path() -> String {
    FileManager.default.temporaryDirectory
      .appendingPathComponent("perfection-sqlite-\(UUID().uuidString)")
      .appendingPathComponent("sessions.sqlite").path
  }

  @Test func aSaveIsACompareAndSetOnTheRevision() throws {
    let store = try SQLiteSessionStore(path: Self.path())
    let id = SessionID("alice")
    #expect(try store.loadNow(id) == nil)
    let first = try store.saveNow(id, SessionSnapshot(consent: .plot), replacing: nil)
    #expect(first == 1)
    // A second "new" save, or a save naming a stale revision, loses.
    #expect(throws: SessionStoreError.conflict) {
      try store.saveNow(id, SessionSnapshot(consent: .ending), replacing: nil)
    }
    let second = try store.saveNow(id, SessionSnapshot(consent: .none), replacing: first)
    #expect(second == 2)
    #expect(throws: SessionStoreError.conflict) {
      try store.saveNow(id, SessionSnapshot(consent: .ending), replacing: first)
    }
    let stored = try #require(try store.loadNow(id))
    #expect(stored.revision == 2)
    #expect(stored.snapshot.consent == SpoilerLevel.none)
  }

  @Test func everyTranscriptPassesThroughTheDatabase() throws {
    let files = try TranscriptSuite.files(at: [Fixtures.transcriptsPath])
    #expect(files.count >= 5)
    let runner = TranscriptRunner(library: Fixtures.library) {
      // Every turn is a read and a write of the file.
      do { return try SQLiteSessionStore(path: Self.path()) } catch {
        Issue.record("cannot open a database: \(error)")
        return InMemorySessionStore()
      }
    }
    for file in files {
      let result = runner.run(try TranscriptSuite.load(file))
      #expect(result.turnCount > 0)
      for failure in result.failures { Issue.record(Comment(rawValue: failure.report)) }
    }
  }

  @Test func idsAreBytes() throws {
    let store = try SQLiteSessionStore(path: Self.path())
    let composed = SessionID("caf\u{E9}")
    let decomposed = SessionID("cafe\u{301}")
    _ = try store.saveNow(composed, SessionSnapshot(consent: .twist), replacing: nil)
    #expect(try store.loadNow(decomposed) == nil)
    let raw = SessionID(bytes: [0, 0xFF, 0x27, 0x3B])
    _ = try store.saveNow(raw, SessionSnapshot(consent: .plot), replacing: nil)
    #expect(try store.loadNow(raw)?.snapshot.consent == .plot)
  }

  @Test func consentSurvivesReopeningTheFile() throws {
    let path = Self.path()
    do {
      let manager = DialogueManager(
        library: Fixtures.library, store: try SQLiteSessionStore(path: path))
      _ = manager.respond(to: "why did charlotte do it?", session: "bob")
      let answer = manager.respond(to: "yes", session: "bob")
      #expect(answer.intent == "twist.why-charlotte-did-it")
    }
    let reopened = DialogueManager(
      library: Fixtures.library, store: try SQLiteSessionStore(path: path))
    #expect(reopened.consent(of: "bob") == .twist)
    #expect(reopened.respond(to: "why did charlotte do it?", session: "bob").kind == .answer)
    reopened.reset(session: "bob")
    #expect(reopened.consent(of: "bob") == SpoilerLevel.none)
  }

  @Test func twoStoresOnOneFileNeverLoseARevocation() throws {
    let path = Self.path()
    let one = DialogueManager(library: Fixtures.library, store: try SQLiteSessionStore(path: path))
    let two = DialogueManager(library: Fixtures.library, store: try SQLiteSessionStore(path: path))
    one.setConsent(.ending, session: "carol")
    #expect(two.consent(of: "carol") == .ending)
    _ = two.respond(to: "no more spoilers", session: "carol")
    #expect(one.consent(of: "carol") == SpoilerLevel.none)
    #expect(one.respond(to: "how does it end?", session: "carol").kind == .consentPrompt)
  }

  @Test func anUnreadableSnapshotStartsOverAtNone() throws {
    let path = Self.path()
    let store = try SQLiteSessionStore(path: path)
    _ = try store.saveNow(SessionID("dan"), SessionSnapshot(consent: .ending), replacing: nil)
    try store.corrupt(SessionID("dan"))
    let manager = DialogueManager(library: Fixtures.library, store: store)
    #expect(manager.consent(of: "dan") == SpoilerLevel.none)
    #expect(manager.respond(to: "how does it end?", session: "dan").kind == .consentPrompt)
  }

  @Test func idleSessionsExpireInBatches() async throws {
    let store = try SQLiteSessionStore(path: Self.path())
    for index in 0..<2_500 {
      _ = try store.saveNow(SessionID("s\(index)"), SessionSnapshot(consent: .plot), replacing: nil)
    }
    #expect(try store.count() == 2_500)
    #expect(try await store.expire(before: Date().addingTimeInterval(-60)) == 0)
    #expect(try await store.expire(before: Date().addingTimeInterval(1)) == 2_500)
    #expect(try store.count() == 0)
  }

  @Test func theCleanupRunsByItself() async throws {
    let store = try SQLiteSessionStore(
      path: Self.path(), idleTimeoutSeconds: 1, cleanupEverySeconds: 1)
    _ = try store.saveNow(SessionID("eve"), SessionSnapshot(consent: .plot), replacing: nil)
    var remaining = try store.count()
    for _ in 0..<100 where remaining > 0 {
      try await Task.sleep(nanoseconds: 100_000_000)
      remaining = try store.count()
    }
    #expect(remaining == 0)
  }

  @Test func aFileThatCannotBeOpenedIsAnError() {
    #expect(throws: SessionStoreError.self) {
      try SQLiteSessionStore(path: "/proc/self/no-such-dir/sessions.sqlite")
    }
  }
}
