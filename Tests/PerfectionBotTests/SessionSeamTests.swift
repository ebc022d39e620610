import Dispatch
import Foundation
import PerfectionBot
import TestSupport
import Testing
import TranscriptKit

/// Sessions as a seam, through the public API only.
///
/// Stores outside the engine, turns that never wait on other sessions, stale writes
/// refused, and a failing store that fails safe.
@Suite("Session seam")
struct SessionSeamTests {
  /// An in-memory store with hooks: a load can block until released, or run code once.
  final class HookedStore: SynchronousSessionStore, @unchecked Sendable {
    // @unchecked: the hooks are set before the turns start and read under `lock`.
    let inner = InMemorySessionStore()
    let lock = NSLock()
    var blocked: SessionID?
    let release = DispatchSemaphore(value: 0)
    let entered = DispatchSemaphore(value: 0)
    var afterFirstLoad: (() -> Void)?
    var failure: SessionStoreError?
    var errors = 0

    func loadNow(_ id: SessionID) throws -> StoredSession? {
      if let failure = lock.withLock({ self.failure }) { throw failure }
      if lock.withLock({ blocked == id }) {
        entered.signal()
        release.wait()
      }
      let stored = inner.loadNow(id)
      let hook = lock.withLock { () -> (() -> Void)? in
        defer { afterFirstLoad = nil }
        return afterFirstLoad
      }
      hook?()
      return stored
    }

    func saveNow(_ id: SessionID, _ snapshot: SessionSnapshot, replacing revision: UInt64?)
      throws -> UInt64
    {
      if let failure = lock.withLock({ self.failure }) { throw failure }
      return try inner.saveNow(id, snapshot, replacing: revision)
    }

    func deleteNow(_ id: SessionID) { inner.deleteNow(id) }

    func expire(before cutoff: Date) async -> Int { await inner.expire(before: cutoff) }
  }

  @Test func everyTranscriptPassesThroughAStoreThatKeepsJSON() throws {
    let files = try TranscriptSuite.files(at: [Fixtures.transcriptsPath])
    #expect(files.count >= 5)
    let stores = StoreLog()
    let runner = TranscriptRunner(library: Fixtures.library) {
      let store = JSONRoundTripStore()
      stores.add(store)
      return store
    }
    for file in files {
      let result = runner.run(try TranscriptSuite.load(file))
      #expect(result.turnCount > 0)
      for failure in result.failures { Issue.record(Comment(rawValue: failure.report)) }
    }
    #expect(stores.roundTrips > 100, "the transcripts never went through JSON")
  }

  @Test func aSnapshotSurvivesJSONWithEveryField() throws {
    let manager = DialogueManager(library: Fixtures.library, store: JSONRoundTripStore())
    _ = manager.respond(to: "who is lizzie?", session: "s")
    _ = manager.respond(to: "why did charlotte do it and how does it end", session: "s")
    // Pending, queue and context all came back from JSON: "yes" answers the first part.
    let yes = manager.respond(to: "yes", session: "s")
    #expect(yes.intents == ["twist.why-charlotte-did-it"])
    #expect(yes.awaitingConsent)
    #expect(manager.respond(to: "yes", session: "s").intents == ["ending.explained"])
  }

  @Test func partsWhoseIdsAreGoneAreDroppedAndConsentNeverRises() throws {
    let store = InMemorySessionStore()
    var snapshot = SessionSnapshot(consent: .twist)
    snapshot.pending = SessionSnapshot.Question(intent: "no.longer.here")
    snapshot.lastIntent = "also.gone"
    snapshot.lastShe = "nobody"
    snapshot.contextTurnsLeft = 3
    _ = try store.saveNow(SessionID("s"), snapshot, replacing: nil)
    let manager = Fixtures.manager(store: store)
    let yes = manager.respond(to: "yes", session: "s")
    #expect(yes.intents.isEmpty)
    #expect(yes.consent == .twist)
    // A snapshot of a layout this build does not know starts over at consent none.
    var future = SessionSnapshot(consent: .ending)
    future.version = SessionSnapshot.currentVersion + 1
    _ = try store.saveNow(SessionID("f"), future, replacing: nil)
    #expect(manager.consent(of: "f") == SpoilerLevel.none)
  }

  @Test func turnsOfOtherSessionsDoNotWaitForABlockedOne() {
    let store = HookedStore()
    store.blocked = SessionID("slow")
    let manager = Fixtures.manager(store: store)
    let slowDone = DispatchSemaphore(value: 0)
    DispatchQueue.global().async {
      _ = manager.respond(to: "how does it end?", session: "slow")
      slowDone.signal()
    }
    #expect(store.entered.wait(timeout: .now() + 30) == .success)
    let othersDone = DispatchGroup()
    for session in ["a", "b"] {
      othersDone.enter()
      DispatchQueue.global().async {
        _ = manager.respond(to: "who plays lizzie?", session: session)
        othersDone.leave()
      }
    }
    // A liveness check, not a speed one: the wait is generous.
    #expect(othersDone.wait(timeout: .now() + 30) == .success, "other sessions waited")
    #expect(slowDone.wait(timeout: .now()) == .timedOut, "the slow session was not held")
    store.release.signal()
    #expect(slowDone.wait(timeout: .now() + 30) == .success)
  }

  @Test func aRevocationSavedMeanwhileIsNeverOverwrittenByAnOlderGrant() {
    let store = HookedStore()
    let first = Fixtures.manager(store: store)
    let second = Fixtures.manager(store: store)
    first.setConsent(.ending, session: "s")
    // Between the first manager's load and its save, another process revokes.
    store.afterFirstLoad = {
      _ = second.respond(to: "no more spoilers", session: "s")
    }
    let reply = first.respond(to: "how does it end?", session: "s")
    #expect(reply.kind == .consentPrompt, "answered from stale consent: \(reply.text)")
    #expect(first.consent(of: "s") == SpoilerLevel.none)
  }

  @Test func aFailingStoreRevealsNothingAboveNoneAndSaysSo() {
    let store = HookedStore()
    let errors = ErrorLog()
    let manager = DialogueManager(
      library: Fixtures.library, store: store,
      options: DialogueManager.Options(onStoreError: { errors.add($0) }))
    _ = manager.respond(to: "i've seen it", session: "s")
    store.failure = .unavailable("connection refused")
    let twist = manager.respond(to: "why did charlotte do it?", session: "s")
    #expect(twist.intents.isEmpty && !twist.awaitingConsent)
    #expect(twist.text.contains("can't check your spoiler consent"))
    #expect(!twist.text.contains("jealous"))
    // Said once: level-none answers go on without it for the rest of the outage.
    let safe = manager.respond(to: "when did it come out?", session: "s")
    #expect(safe.intents == ["film.release"], "\(safe.kind) \(safe.text)")
    #expect(!safe.text.contains("can't check your spoiler consent"))
    // Another session hears it once too; the honest fallback keeps its words before it.
    let unknown = manager.respond(to: "who directed it?", session: "t")
    #expect(unknown.text.hasPrefix("The article doesn't say"))
    #expect(unknown.text.hasSuffix(DialogueManagerNotice.text))
    // A reply with nothing else to say is the notice, however often.
    let grant = manager.respond(to: "spoil everything", session: "s")
    #expect(grant.consent == SpoilerLevel.none && !grant.text.contains("Got it"))
    #expect(grant.text.hasPrefix("I can't check your spoiler consent"))
    #expect(errors.count >= 3)
    // It recovers by itself when the store does.
    store.failure = nil
    #expect(manager.respond(to: "why did charlotte do it?", session: "s").kind == .answer)
    // A new outage is told again.
    store.failure = .unavailable("connection refused")
    let again = manager.respond(to: "when did it come out?", session: "s")
    #expect(again.text.hasSuffix(DialogueManagerNotice.text))
  }

  @Test func theAsynchronousPathServesAnyStore() async {
    let manager = DialogueManager(library: Fixtures.library, store: AsyncOnlyStore())
    let prompt = await manager.reply(to: "why did charlotte do it?", session: "s")
    #expect(prompt.awaitingConsent)
    let yes = await manager.reply(to: "yes", session: "s")
    #expect(yes.intents == ["twist.why-charlotte-did-it"])
  }
}

/// Collects the stores a runner made, to count their round trips.
final class StoreLog: @unchecked Sendable {
  // @unchecked: `stores` is only touched while `lock` is held.
  private let lock = NSLock()
  private var stores: [JSONRoundTripStore] = []
  func add(_ store: JSONRoundTripStore) { lock.withLock { stores.append(store) } }
  var roundTrips: Int { lock.withLock { stores.reduce(0) { $0 + $1.roundTrips } } }
}

/// Counts errors a manager reports.
final class ErrorLog: @unchecked Sendable {
  // @unchecked: `errors` is only touched while `lock` is held.
  private let lock = NSLock()
  private var errors: [any Error] = []
  func add(_ error: any Error) { lock.withLock { errors.append(error) } }
  var count: Int { lock.withLock { errors.count } }
}

/// A store with only the asynchronous protocol, as a network store would be.
actor AsyncOnlyStore: SessionStore {
  private var rows: [SessionID: StoredSession] = [:]

  func load(_ id: SessionID) async throws -> StoredSession? { rows[id] }

  func save(_ id: SessionID, _ snapshot: SessionSnapshot, replacing revision: UInt64?)
    async throws -> UInt64
  {
    guard rows[id]?.revision == revision else { throw SessionStoreError.conflict }
    let next = (revision ?? 0) + 1
    rows[id] = StoredSession(snapshot: snapshot, revision: next)
    return next
  }

  func delete(_ id: SessionID) async throws { rows[id] = nil }

  func expire(before cutoff: Date) async throws -> Int { 0 }
}

/// The notice a failing store adds, as the README quotes it.
enum DialogueManagerNotice {
  static let text = "Please try again in a moment."
}
