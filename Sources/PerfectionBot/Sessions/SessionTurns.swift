import Dispatch
import PCRE2

/// Runs turns against a session store: load, decide on a copy, save only if unchanged.
///
/// A turn holds no lock while it is decided. A save that lost a race to another save (a
/// `SessionStoreError.conflict`) decides the turn again on the newer state, so a revocation
/// saved meanwhile is never overwritten by an older grant. A store that fails makes the turn
/// fail safe: only level-`none` answers and the bot's own words are shown, and the user is
/// told consent could not be checked.
struct SessionTurns: Sendable {
  /// A turn's decision: it updates the state and returns the reply.
  typealias Body = (inout SessionState, MatchScratch) -> Reply

  /// How many times a turn is decided again after losing a race to another save.
  static let maximumAttempts = 8

  private let store: any SessionStore
  private let codec: SessionCodec
  private let pool: ScratchPool
  private let defaultConsent: SpoilerLevel
  private let maximumSessionIDBytes: Int
  private let onStoreError: (@Sendable (any Error) -> Void)?
  /// Sessions that went below the default consent, remembered beyond eviction.
  private let revocations = RevocationMemory()
  /// Sessions told during the current outage that consent cannot be checked.
  private let outage = OutageNotices()

  init(
    store: any SessionStore, codec: SessionCodec, pool: ScratchPool,
    defaultConsent: SpoilerLevel, maximumSessionIDBytes: Int,
    onStoreError: (@Sendable (any Error) -> Void)?
  ) {
    self.store = store
    self.codec = codec
    self.pool = pool
    self.defaultConsent = defaultConsent
    self.maximumSessionIDBytes = maximumSessionIDBytes
    self.onStoreError = onStoreError
  }

  /// Runs one turn; with a synchronous store on the calling thread, else waiting for it.
  ///
  /// `body` escapes only into the task that runs it with an asynchronous store, and this
  /// waits for that task (a non-escaping closure cannot be handed to a task safely: the task
  /// may release it after it signalled).
  func run(_ session: String, _ body: @escaping Body) -> Reply {
    guard session.utf8.count <= maximumSessionIDBytes else { return overlongSession }
    guard let sync = store as? any SynchronousSessionStore else {
      let unchecked = UncheckedTurn(body: body)
      return Self.wait { await self.runAsync(session, unchecked.body) }
    }
    return runNow(session, on: sync, body)
  }

  /// Runs one turn on a synchronous store, on the calling thread.
  private func runNow(_ session: String, on sync: any SynchronousSessionStore, _ body: Body)
    -> Reply
  {
    let id = SessionID(session)
    return pool.withScratch { scratch in
      for _ in 0..<Self.maximumAttempts {
        let stored: StoredSession?
        do { stored = try sync.loadNow(id) } catch {
          report(error)
          return failedTurn(id, body, scratch: scratch)
        }
        let (reply, snapshot) = decide(id, stored, body, scratch: scratch)
        do {
          _ = try sync.saveNow(id, snapshot, replacing: stored?.revision)
          outage.storeAnswered()
          return reply
        } catch {
          if let failed = unsaved(id, reply, error) { return failed }
        }
      }
      return failSafe(id, nil)
    }
  }

  /// Runs one turn with any store; a synchronous one (memory, SQLite) is asked directly,
  /// without suspending, as its asynchronous methods would do anyway.
  func runAsync(_ session: String, _ body: Body) async -> Reply {
    guard session.utf8.count <= maximumSessionIDBytes else { return overlongSession }
    if let sync = store as? any SynchronousSessionStore {
      return runNow(session, on: sync, body)
    }
    let id = SessionID(session)
    for _ in 0..<Self.maximumAttempts {
      let stored: StoredSession?
      do { stored = try await store.load(id) } catch {
        report(error)
        return pool.withScratch { failedTurn(id, body, scratch: $0) }
      }
      let (reply, snapshot) = pool.withScratch { decide(id, stored, body, scratch: $0) }
      do {
        _ = try await store.save(id, snapshot, replacing: stored?.revision)
        outage.storeAnswered()
        return reply
      } catch {
        if let failed = unsaved(id, reply, error) { return failed }
      }
    }
    return failSafe(id, nil)
  }

  /// A session's state as stored, started; `nil` when the store cannot be read.
  func current(_ session: String) -> SessionState? {
    let id = SessionID(session)
    guard let stored = load(id) else { return nil }
    var state = state(id, from: stored)
    state.start(defaultConsent: defaultConsent)
    return state
  }

  /// A session's state as stored, started, with any store; `nil` when the store cannot be
  /// read.
  func currentAsync(_ session: String) async -> SessionState? {
    let id = SessionID(session)
    let stored: StoredSession?
    do { stored = try await store.load(id) } catch {
      report(error)
      return nil
    }
    var state = state(id, from: stored)
    state.start(defaultConsent: defaultConsent)
    return state
  }

  /// Forgets a session, its remembered revocation included, with any store.
  func deleteAsync(_ session: String) async {
    let id = SessionID(session)
    revocations.remove(id)
    do { try await store.delete(id) } catch { report(error) }
  }

  /// Whether the store holds the session (`false` when it cannot be read).
  func holds(_ session: String) -> Bool {
    guard session.utf8.count <= maximumSessionIDBytes, let stored = load(SessionID(session))
    else { return false }
    return stored != nil
  }

  /// Forgets a session, its remembered revocation included.
  func delete(_ session: String) {
    let id = SessionID(session)
    revocations.remove(id)
    if let sync = store as? any SynchronousSessionStore {
      do { try sync.deleteNow(id) } catch { report(error) }
    } else {
      let store = self.store
      let report = onStoreError
      Self.wait {
        do { try await store.delete(id) } catch { report?(error) }
      }
    }
  }

  /// Loads a session for reading; `.some(nil)` for a session the store does not hold, `nil`
  /// when the store failed.
  private func load(_ id: SessionID) -> StoredSession?? {
    if let sync = store as? any SynchronousSessionStore {
      do { return .some(try sync.loadNow(id)) } catch {
        report(error)
        return nil
      }
    }
    let store = self.store
    let report = onStoreError
    return Self.wait { () async -> StoredSession?? in
      do { return .some(try await store.load(id)) } catch {
        report?(error)
        return nil
      }
    }
  }

  /// The reply to a session id over the limit: nothing is stored for it.
  private var overlongSession: Reply {
    Reply(
      text: BotWords.sessionIDTooLong(limit: maximumSessionIDBytes), kind: .refused,
      consent: .none)
  }

  /// Decides a turn on a copy of the stored state: the reply and the state to save.
  private func decide(
    _ id: SessionID, _ stored: StoredSession?, _ body: Body, scratch: MatchScratch
  ) -> (Reply, SessionSnapshot) {
    var state = state(id, from: stored)
    let reply = body(&state, scratch)
    if defaultConsent > .none {
      if state.consent < defaultConsent {
        revocations.insert(id)
      } else {
        revocations.remove(id)
      }
    }
    return (reply, codec.snapshot(of: state, previous: stored?.snapshot))
  }

  /// A stored session's state; a session the store does not hold is new, unless it once went
  /// below the default consent and was forgotten since: then it starts at `none`.
  private func state(_ id: SessionID, from stored: StoredSession?) -> SessionState {
    var state = codec.state(from: stored)
    if stored == nil, defaultConsent > .none, revocations.contains(id) {
      state.started = true
      state.consent = .none
    }
    return state
  }

  /// What to answer when a save failed: `nil` to decide again after a conflict, the fail-safe
  /// reply (and a report) for any other error.
  private func unsaved(_ id: SessionID, _ reply: Reply, _ error: any Error) -> Reply? {
    if let error = error as? SessionStoreError, error == .conflict { return nil }
    report(error)
    return failSafe(id, reply)
  }

  /// A turn when the store cannot be read: decided as a new session at consent `none`.
  private func failedTurn(_ id: SessionID, _ body: Body, scratch: MatchScratch) -> Reply {
    var state = SessionState()
    state.started = true
    return failSafe(id, body(&state, scratch))
  }

  /// A reply cut down to what is safe when consent could not be read or kept: its level
  /// `none` answers, then the notice; nothing above `none`, no prompt, no confirmation.
  ///
  /// Answers carry the notice once per session and outage; a reply with nothing else to say
  /// is the notice.
  private func failSafe(_ id: SessionID, _ reply: Reply?) -> Reply {
    guard let reply else {
      return Reply(text: BotWords.storeDown, kind: .refused, consent: .none)
    }
    let first = outage.isFirst(id)
    // The bot's own words (no spoiler level) and level-none answers are safe to show.
    let answersOnly = reply.kind == .answer || reply.kind == .fallback
    let safe =
      answersOnly
      ? reply.parts.filter { ($0.spoiler ?? SpoilerLevel.none) == SpoilerLevel.none } : []
    if answersOnly, safe.count == reply.parts.count, !reply.awaitingConsent {
      return Reply(
        text: first ? reply.text + " " + BotWords.storeDown : reply.text, kind: reply.kind,
        consent: .none, intents: reply.intents)
    }
    let text =
      (safe.map(\.text) + (first || safe.isEmpty ? [BotWords.storeDown] : []))
      .joined(separator: " ")
    return Reply(text: text, kind: .refused, consent: .none)
  }

  private func report(_ error: any Error) {
    onStoreError?(error)
  }

  /// Runs async work from a synchronous caller and waits for it.
  ///
  /// Never call it from async code: the synchronous API's callers are front-end threads, not
  /// tasks.
  private static func wait<T: Sendable>(_ work: @escaping @Sendable () async -> T) -> T {
    let box = WaitBox<T>()
    let done = DispatchSemaphore(value: 0)
    Task {
      box.set(await work())
      done.signal()
    }
    done.wait()
    return box.get()
  }
}
