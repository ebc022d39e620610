import Dispatch
import Foundation
import PCRE2

/// Holds every conversation's state and turns each message into a reply, asking before it
/// reveals anything above what a session agreed to.
///
/// One manager serves many sessions, from many threads; sessions never see each other's
/// consent or context. A turn loads its session, is decided on a copy without holding any
/// lock, and is saved only if nobody saved the session meanwhile; otherwise it is decided
/// again (see `SessionStore`). A failing store makes the turn fail safe.
public final class DialogueManager: Sendable {
  /// Settings for a manager.
  public struct Options: Sendable {
    /// The consent a new session starts with (a channel where everyone has seen the film).
    public var defaultConsent: SpoilerLevel
    /// Messages longer than this many UTF-8 bytes are refused, unread.
    public var maximumQuestionBytes: Int
    /// How many turns "why?" or "she" keep referring to the last answer.
    public var contextTurns: UInt8
    /// Match limits for every pattern.
    public var limits: MatchLimits
    /// Session ids longer than this many UTF-8 bytes are refused, so that the memory a
    /// session costs is bounded in bytes, not only in count.
    public var maximumSessionIDBytes: Int
    /// Called with every error the session store reports, for the front end's log.
    public var onStoreError: (@Sendable (any Error) -> Void)?

    /// Creates options.
    public init(
      defaultConsent: SpoilerLevel = .none, maximumQuestionBytes: Int = 2_000,
      contextTurns: UInt8 = 3, limits: MatchLimits = .standard,
      maximumSessionIDBytes: Int = 256, onStoreError: (@Sendable (any Error) -> Void)? = nil
    ) {
      self.defaultConsent = defaultConsent
      self.maximumQuestionBytes = maximumQuestionBytes
      self.contextTurns = contextTurns
      self.limits = limits
      self.onStoreError = onStoreError
      self.maximumSessionIDBytes = maximumSessionIDBytes
    }
  }

  /// The intents answered from.
  public let library: IntentLibrary
  /// The matcher over `library`.
  public let matcher: IntentMatcher
  /// The settings.
  public let options: Options
  private let store: any SessionStore
  private let codec: SessionCodec
  /// Sessions that went below the default consent, remembered beyond eviction.
  private let revocations = RevocationMemory()
  private let suggester: Suggester
  /// The concepts that stand for characters.
  private let characterConcepts: ConceptSet
  /// The forms that make a clause ask something: every form but the context phrases
  /// ("in the movie", "the article says") and the one-word marker.
  private let askingForms: ConceptSet
  private let phrases = DialoguePhrases.shared
  /// The lexicon's form concepts the dialogue reads: yes/no, why and how questions.
  private let yesNoForm: Int?
  private let whyForm: Int?
  private let howForm: Int?

  /// Creates a manager.
  public init(
    library: IntentLibrary, store: any SessionStore = InMemorySessionStore(),
    options: Options = Options()
  ) {
    self.library = library
    self.matcher = IntentMatcher(library: library, limits: options.limits)
    self.options = options
    self.store = store
    self.suggester = Suggester(library: library)
    self.codec = SessionCodec(library: library)
    let names = Set(library.characters.map(\.name))
    self.characterConcepts = ConceptSet(
      library.concepts.indices.filter { names.contains(library.concepts[$0].name) })
    let context: Set<String> = ["in-film", "source-ref", "actor-ref", "bare"]
    self.askingForms = library.forms.subtracting(
      ConceptSet(library.concepts.indices.filter { context.contains(library.concepts[$0].name) }))
    func form(_ name: String) -> Int? {
      library.concepts.firstIndex { $0.name == name && $0.kind == .form }
    }
    self.yesNoForm = form("q-yesno")
    self.whyForm = form("q-why")
    self.howForm = form("q-how")
  }

  /// Replies to one message of a session.
  ///
  /// With a `SynchronousSessionStore` (memory) the turn runs on the calling thread; with
  /// any other store, call `reply(to:session:)` from async code instead (this waits for it).
  public func respond(to message: String, session: String) -> Reply {
    let (text, tooLong) = prepare(message)
    return runTurn(session) { state, scratch in
      turn(text, tooLong: tooLong, state: &state, session: session, scratch: scratch)
    }
  }

  /// Replies to one message that may reveal at most `maxSpoiler`, whatever the session
  /// agreed to.
  ///
  /// A public channel sends `none`: then nothing above it is revealed, nothing is prompted,
  /// and the bot says to ask in private instead. The session's consent is kept as it is.
  public func respond(to message: String, session: String, maxSpoiler: SpoilerLevel) -> Reply {
    let (text, tooLong) = prepare(message)
    return runTurn(session) { state, scratch in
      state.cap = maxSpoiler
      return turn(text, tooLong: tooLong, state: &state, session: session, scratch: scratch)
    }
  }

  /// Replies to one message of a session, with any store.
  public func reply(to message: String, session: String) async -> Reply {
    let (text, tooLong) = prepare(message)
    return await runTurnAsync(session) { state, scratch in
      turn(text, tooLong: tooLong, state: &state, session: session, scratch: scratch)
    }
  }

  private func prepare(_ message: String) -> (text: String, tooLong: Bool) {
    let tooLong = message.utf8.count > options.maximumQuestionBytes
    return (tooLong ? "" : Normalizer.normalize(message), tooLong)
  }

  private func turn(
    _ text: String, tooLong: Bool, state: inout SessionState, session: String,
    scratch: MatchScratch
  ) -> Reply {
    start(&state)
    state.turn &+= 1
    let hasContext = state.contextTurnsLeft > 0 && state.lastIntent >= 0
    if state.contextTurnsLeft > 0 { state.contextTurnsLeft -= 1 }
    if tooLong {
      state.forgetWaiting()
      return oversized(state)
    }
    return turn(text, state: &state, session: session, hasContext: hasContext, scratch: scratch)
  }

  /// Replies to a message that was too long to read at all (a front end dropped it unread);
  /// `limit` is the front end's own limit in bytes, when it has one.
  public func respondToOversizedMessage(session: String, limit: Int? = nil) -> Reply {
    runTurn(session) { state, _ in
      start(&state)
      state.turn &+= 1
      state.forgetWaiting()
      return oversized(state, limit: limit)
    }
  }

  private func oversized(_ state: SessionState, limit: Int? = nil) -> Reply {
    Reply(
      text: "That message is too long for me (over \(limit ?? options.maximumQuestionBytes) "
        + "bytes). Please ask a shorter question.",
      kind: .refused, consent: state.consent)
  }

  /// The consent a session holds now (the default consent for a session not yet seen, and
  /// `none` when the store cannot be read).
  public func consent(of session: String) -> SpoilerLevel {
    let id = SessionID(session)
    guard let stored = load(id) else { return .none }
    var state = state(id, from: stored)
    start(&state)
    return state.consent
  }

  /// The engine's own sentence about a session's consent ("You've agreed to…").
  ///
  /// Front ends show it rather than word it again.
  public func status(of session: String) -> Reply {
    let consent = consent(of: session)
    return Reply(
      text: "You've agreed to \(consent.consentPhrase).", kind: .consent, consent: consent)
  }

  /// Sets a session's consent directly (as the REPL's `/spoilers LEVEL` does) and confirms it.
  @discardableResult
  public func setConsent(_ level: SpoilerLevel, session: String) -> Reply {
    runTurn(session) { state, _ in
      start(&state)
      state.forgetWaiting()
      state.consent = level
      return confirmation(state)
    }
  }

  /// Forgets a session: consent, pending question and context.
  public func reset(session: String) {
    let id = SessionID(session)
    revocations.remove(id)
    if let sync = store as? any SynchronousSessionStore {
      do { try sync.deleteNow(id) } catch { report(error) }
    } else {
      let store = self.store
      let report = options.onStoreError
      Self.wait {
        do { try await store.delete(id) } catch { report?(error) }
      }
    }
  }

  /// Suggested questions for a session at its consent, such as for a greeting or help.
  public func suggestions(for session: String, count: Int = 3) -> [String] {
    suggester.suggest(for: "", consent: consent(of: session), count: count)
  }

  // MARK: - Sessions: load, decide on a copy, save if unchanged

  /// How many times a turn is decided again after losing a race to another save.
  static let maximumAttempts = 8

  /// What a user is told when consent cannot be checked.
  static let storeDownNotice =
    "I can't check your spoiler consent right now, so I'm keeping to spoiler-free answers. "
    + "Please try again in a moment."

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
    let report = options.onStoreError
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
      text: "That session id is too long (over \(options.maximumSessionIDBytes) bytes).",
      kind: .refused, consent: .none)
  }

  /// Runs one turn with a synchronous store (or waits for the asynchronous path).
  private func runTurn(
    _ session: String, _ body: (inout SessionState, MatchScratch) -> Reply
  ) -> Reply {
    guard session.utf8.count <= options.maximumSessionIDBytes else { return overlongSession }
    guard let sync = store as? any SynchronousSessionStore else {
      return withoutActuallyEscaping(body) { body in
        let unchecked = UncheckedTurn(body: body)
        return Self.wait { await self.runTurnAsync(session, unchecked.body) }
      }
    }
    let id = SessionID(session)
    return matcher.pool.withScratch { scratch in
      for _ in 0..<Self.maximumAttempts {
        let stored: StoredSession?
        do { stored = try sync.loadNow(id) } catch {
          report(error)
          return failedTurn(body, scratch: scratch)
        }
        let (reply, snapshot) = decide(id, stored, body, scratch: scratch)
        do {
          _ = try sync.saveNow(id, snapshot, replacing: stored?.revision)
          return reply
        } catch {
          if let failed = unsaved(reply, error) { return failed }
        }
      }
      return failSafe(nil)
    }
  }

  /// Runs one turn with any store.
  private func runTurnAsync(
    _ session: String, _ body: (inout SessionState, MatchScratch) -> Reply
  ) async -> Reply {
    guard session.utf8.count <= options.maximumSessionIDBytes else { return overlongSession }
    let id = SessionID(session)
    for _ in 0..<Self.maximumAttempts {
      let stored: StoredSession?
      do { stored = try await store.load(id) } catch {
        report(error)
        return matcher.pool.withScratch { failedTurn(body, scratch: $0) }
      }
      let (reply, snapshot) = matcher.pool.withScratch {
        decide(id, stored, body, scratch: $0)
      }
      do {
        _ = try await store.save(id, snapshot, replacing: stored?.revision)
        return reply
      } catch {
        if let failed = unsaved(reply, error) { return failed }
      }
    }
    return failSafe(nil)
  }

  /// Decides a turn on a copy of the stored state: the reply and the state to save.
  private func decide(
    _ id: SessionID, _ stored: StoredSession?,
    _ body: (inout SessionState, MatchScratch) -> Reply, scratch: MatchScratch
  ) -> (Reply, SessionSnapshot) {
    var state = state(id, from: stored)
    let reply = body(&state, scratch)
    if options.defaultConsent > .none {
      if state.consent < options.defaultConsent {
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
    if stored == nil, options.defaultConsent > .none, revocations.contains(id) {
      state.started = true
      state.consent = .none
    }
    return state
  }

  /// What to answer when a save failed: `nil` to decide again after a conflict, the fail-safe
  /// reply (and a report) for any other error.
  private func unsaved(_ reply: Reply, _ error: any Error) -> Reply? {
    if let error = error as? SessionStoreError, error == .conflict { return nil }
    report(error)
    return failSafe(reply)
  }

  /// A turn when the store cannot be read: decided as a new session at consent `none`.
  private func failedTurn(
    _ body: (inout SessionState, MatchScratch) -> Reply, scratch: MatchScratch
  ) -> Reply {
    var state = SessionState()
    state.started = true
    return failSafe(body(&state, scratch))
  }

  /// A reply cut down to what is safe when consent could not be read or kept: its level
  /// `none` answers, then the notice; nothing above `none`, no prompt, no confirmation.
  private func failSafe(_ reply: Reply?) -> Reply {
    guard let reply else {
      return Reply(text: Self.storeDownNotice, kind: .refused, consent: .none)
    }
    // The bot's own words (no spoiler level) and level-none answers are safe to show.
    let answersOnly = reply.kind == .answer || reply.kind == .fallback
    let safe =
      answersOnly
      ? reply.parts.filter { ($0.spoiler ?? SpoilerLevel.none) == SpoilerLevel.none } : []
    if answersOnly, safe.count == reply.parts.count, !reply.awaitingConsent {
      return Reply(
        text: reply.text + " " + Self.storeDownNotice, kind: reply.kind, consent: .none,
        intents: reply.intents)
    }
    let text = (safe.map(\.text) + [Self.storeDownNotice]).joined(separator: " ")
    return Reply(text: text, kind: .refused, consent: .none)
  }

  private func report(_ error: any Error) {
    options.onStoreError?(error)
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

  // MARK: - One turn

  private func start(_ state: inout SessionState) {
    guard !state.started else { return }
    state.started = true
    state.consent = options.defaultConsent
  }

  private func turn(
    _ text: String, state: inout SessionState, session: String, hasContext: Bool,
    scratch: MatchScratch
  ) -> Reply {
    // A declined question can be taken back on the very next turn only.
    let declined = state.declined
    state.declined = nil
    // So can a "did you mean…?".
    let guess = state.guess
    state.guess = -1
    if text.isEmpty {
      state.pending = nil
      state.queue = []
      let suggestions = suggester.suggest(for: "", consent: state.visible)
      return Reply(
        text: "Ask me something about The Perfection (2019)." + Self.offer(suggestions),
        kind: .refused, consent: state.consent, suggestions: suggestions)
    }
    let subject = Subject(text)
    let answer =
      (state.pending != nil || declined != nil || guess >= 0)
        && !asksBesides(text, scratch: scratch)
      ? phrases.consentAnswer(text, subject: subject, scratch: scratch) : nil
    if state.pending == nil, guess >= 0, let answer {
      switch answer {
      case .yes:
        return deliver(
          PendingQuestion(intent: guess, captures: [:]), state: &state, session: session)
      case .no:
        let suggestions = suggester.suggest(
          for: "", consent: state.visible, excluding: library.intents[Int(guess)].id)
        return Reply(
          text: "All right." + Self.offer(suggestions), kind: .fallback, consent: state.consent,
          suggestions: suggestions)
      default:
        break
      }
    }
    // A change of mind: "actually, yes" right after declining a spoiler.
    if state.pending == nil, let declined, answer == .yes, phrases.isChangeOfMind(text) {
      state.pending = declined
    }
    if state.pending != nil, let answer,
      let reply = perform(answer, text: text, state: &state, session: session, scratch: scratch)
    {
      return reply
    }
    // A reply that is neither an answer to the prompt nor a question the article answers
    // keeps the prompt waiting, and says so.
    let waiting = (state.pending, state.queue)
    let reply = message(
      text, subject: subject, state: &state, session: session, hasContext: hasContext,
      scratch: scratch)
    guard let pending = waiting.0, reply.kind == .fallback, state.pending == nil else {
      return reply
    }
    state.pending = pending
    state.queue = waiting.1
    state.guess = -1
    let level = library.intents[Int(pending.intent)].level
    guard level <= state.cap else { return notHere(level, state: state) }
    return Reply(
      text:
        "The article doesn't say, as far as I can tell. Your earlier question is still waiting: "
        + "its answer gives away \(level.phrase). Do you want that spoiler? (yes / no)",
      kind: .consentPrompt, level: level, consent: state.consent, awaitingConsent: true)
  }

  /// Whether a message of several clauses asks a question in a clause of its own.
  ///
  /// Such a message ("i've seen it, what can you do?") is read clause by clause, not as one
  /// reply to a prompt.
  private func asksBesides(_ text: String, scratch: MatchScratch) -> Bool {
    let clauses = Clauses.split(text)
    guard clauses.count > 1 else { return false }
    return clauses.contains { clause in
      let subject = Subject(clause)
      return phrases.isQuestion(subject, scratch: scratch)
        && phrases.consentAnswer(clause, subject: subject, scratch: scratch) == nil
    }
  }

  /// A message that answers no pending question: consent statements, follow-ups, questions.
  private func message(
    _ text: String, subject: Subject, state: inout SessionState, session: String,
    hasContext: Bool, scratch: MatchScratch
  ) -> Reply {
    // Several sentences or questions in one message: consent statements first, then each
    // question in order.
    let clauses = Clauses.split(text)
    if clauses.count > 1,
      let reply = compound(
        clauses, state: &state, session: session, hasContext: hasContext, scratch: scratch)
    {
      return reply
    }
    if let act = phrases.act(subject, hasContext: hasContext, scratch: scratch),
      !isRequestForAnswer(act, text, hasContext: hasContext, scratch: scratch),
      let reply = perform(act, text: text, state: &state, session: session, scratch: scratch)
    {
      return reply
    }
    return question(text, state: &state, session: session, hasContext: hasContext, scratch: scratch)
  }

  /// Whether a grant asked as a question names something to answer ("can you spoil the twist
  /// for me?"): then it is that question, asked under consent like any other, rather than a
  /// question about consent.
  private func isRequestForAnswer(
    _ act: DialogueAct, _ text: String, hasContext: Bool, scratch: MatchScratch
  ) -> Bool {
    guard case .status = act else { return false }
    var ignored: [String] = []
    return find(
      text, state: SessionState(), hasContext: false, scratch: scratch, limitHits: &ignored)
      != nil
  }

  /// One question: matched (pronouns resolved against the context), then delivered.
  ///
  /// A new question drops whatever an earlier one left waiting.
  private func question(
    _ text: String, state: inout SessionState, session: String, hasContext: Bool,
    scratch: MatchScratch
  ) -> Reply {
    state.pending = nil
    state.queue = []
    var limitHits: [String] = []
    guard
      let found = find(
        text, state: state, hasContext: hasContext, scratch: scratch, limitHits: &limitHits)
    else {
      state.contextTurnsLeft = 0
      return fallback(for: text, state: &state, limitHits: limitHits, scratch: scratch)
    }
    return deliver(found, state: &state, session: session)
  }

  /// The intent a question asks for, as a pending question (not yet checked against consent).
  private func find(
    _ text: String, state: SessionState, hasContext: Bool, scratch: MatchScratch,
    limitHits: inout [String]
  ) -> PendingQuestion? {
    let subject = Subject(text)
    var question = text
    if hasContext, state.lastShe >= 0 || state.lastHe >= 0,
      phrases.hasPronoun(subject, scratch: scratch)
    {
      question = phrases.resolvePronouns(
        text, she: character(state.lastShe), he: character(state.lastHe))
    }
    var result = matcher.match(normalized: question, using: scratch, exhaustive: false)
    if result.best == nil, question != text {
      result = matcher.match(normalized: text, using: scratch, exhaustive: false)
    }
    limitHits += result.limitHits.map { "\($0.intent) pattern #\($0.pattern + 1)" }
    guard let match = result.best else { return nil }
    var pending = PendingQuestion(intent: Int32(match.intent.order), captures: match.captures)
    // "why did she do that?" about the answer just given: where its "why" leads.
    if hasContext, match.intent.order == Int(state.lastIntent),
      let form = askedForm(result.concepts),
      let next = match.intent.followUps[form].flatMap({ library[$0] })
    {
      pending = PendingQuestion(intent: Int32(next.order), captures: [:])
    }
    let intent = library.intents[Int(pending.intent)]
    // "Yes" or "No" only when the answer covers every topic asked about: "does lizzie get
    // her hand back" is not answered by "yes, she cuts it off".
    if let yesNo = yesNoForm, result.concepts.contains(yesNo), match.uncovered.isEmpty,
      let rule = intent.yesNo.first(where: { $0.rule.admits(result.concepts) })
    {
      pending.yesNo = rule.isYes
    }
    return pending
  }

  /// The follow-up a question's form asks for ("why …?" → `.why`), if any.
  private func askedForm(_ concepts: ConceptSet) -> FollowUpKind? {
    if let why = whyForm, concepts.contains(why) { return .why }
    if let how = howForm, concepts.contains(how) { return .how }
    return nil
  }

  /// Whether a clause states rather than asks: no question form, no request ("tell me
  /// about…"), no question mark.
  private func isStatement(_ clause: String, scratch: MatchScratch) -> Bool {
    guard !phrases.isQuestion(Subject(clause), scratch: scratch) else { return false }
    return matcher.concepts(in: clause).intersection(askingForms).isEmpty
  }

  /// Whether a clause names a subject: a topic other than a hint.
  private func hasTopic(_ clause: String) -> Bool {
    !matcher.concepts(in: clause).intersection(library.topics).subtracting(library.hints).isEmpty
  }

  /// Answers several clauses of one message in order; `nil` when the message is better read
  /// as one question.
  private func compound(
    _ clauses: [String], state: inout SessionState, session: String, hasContext: Bool,
    scratch: MatchScratch
  ) -> Reply? {
    var consentActs: [DialogueAct] = []
    var questions: [String] = []
    // A statement that negates something makes any grant beside it ambiguous ("i do not want
    // that, spoil everything"), and an ambiguous grant never grants.
    var negatedStatement = false
    for clause in clauses {
      let subject = Subject(clause)
      if let act = phrases.consentPhrase(subject, scratch: scratch), act != .status {
        consentActs.append(act)
      } else if !Clauses.isFiller(clause) {
        // A question after a statement asks about it: "the bus scene was so gross, what
        // was going on", "that ending was insane, what happened to anton", "the knife, why
        // did charlotte have it". The statement is context, not a question of its own.
        if let previous = questions.last, isStatement(previous, scratch: scratch),
          phrases.isQuestion(Subject(clause), scratch: scratch) || !hasTopic(clause)
        {
          questions[questions.count - 1] = previous + " " + clause
          continue
        }
        questions.append(clause)
        negatedStatement =
          negatedStatement
          || (phrases.isNegated(subject, scratch: scratch)
            && !phrases.isQuestion(subject, scratch: scratch))
      }
    }
    if negatedStatement {
      consentActs.removeAll { if case .grant = $0 { true } else { false } }
    }
    var limitHits: [String] = []
    var parts: [PendingQuestion] = []
    for question in questions {
      if let found = find(
        question, state: state, hasContext: hasContext, scratch: scratch, limitHits: &limitHits),
        !parts.contains(where: { $0.intent == found.intent })
      {
        parts.append(found)
      }
    }
    // Not several questions after all: one question, asked in several pieces.
    if parts.count < 2 || parts.count < questions.count {
      guard !consentActs.isEmpty else { return nil }
      let rest = questions.joined(separator: " ")
      parts = []
      if !rest.isEmpty,
        let found = find(
          rest, state: state, hasContext: hasContext, scratch: scratch, limitHits: &limitHits)
      {
        parts = [found]
      }
    }
    var replies = consentActs.compactMap {
      perform($0, text: "", state: &state, session: session, scratch: scratch)
    }
    state.pending = nil
    state.queue = []
    if let first = parts.first {
      state.queue = Array(parts.dropFirst())
      replies.append(drain(after: deliver(first, state: &state, session: session), &state, session))
    } else if !questions.isEmpty {
      state.contextTurnsLeft = 0
      replies.append(
        fallback(
          for: questions.joined(separator: " "), state: &state, limitHits: limitHits,
          scratch: scratch))
    }
    return Reply.joining(replies)
  }

  private func perform(
    _ act: DialogueAct, text: String, state: inout SessionState, session: String,
    scratch: MatchScratch
  ) -> Reply? {
    switch act {
    case .yes:
      guard let pending = state.pending else { return nil }
      state.pending = nil
      let intent = library.intents[Int(pending.intent)]
      state.consent = max(state.consent, intent.level)
      return drain(after: answer(pending, state: &state, session: session), &state, session)
    case .no:
      guard let pending = state.pending else { return nil }
      state.pending = nil
      state.declined = pending
      let intent = library.intents[Int(pending.intent)]
      let suggestions = suggester.suggest(
        for: text, consent: state.visible, count: 2, excluding: intent.id)
      var reply = "No spoilers, then."
      // Teasers are level-none content by contract; the no-leak tests hold them to it.
      if let teaser = intent.teaser { reply += " " + teaser }
      let declined = Reply(
        text: reply + Self.offer(suggestions), kind: .declined, level: intent.level,
        consent: state.consent, suggestions: suggestions)
      return drain(after: declined, &state, session)
    case .unsure:
      guard let pending = state.pending else { return nil }
      let level = library.intents[Int(pending.intent)].level
      guard level <= state.cap else { return notHere(level, state: state) }
      return Reply(
        text: "Is that a yes? The answer gives away \(level.phrase). (yes / no)",
        kind: .consentPrompt, level: level, consent: state.consent, awaitingConsent: true)
    case .grant(let level):
      state.consent = level
      if let pending = state.pending, library.intents[Int(pending.intent)].level <= level {
        state.pending = nil
        let answered = answer(pending, state: &state, session: session)
        let reply = Reply.joining([confirmation(state), answered]) ?? answered
        return drain(after: reply, &state, session)
      }
      state.pending = nil
      state.queue = []
      return confirmation(state)
    case .refuse(let below):
      if let below, let lower = SpoilerLevel.allCases.last(where: { $0 < below }) {
        state.consent = min(state.consent, lower)
      }
      // Said to a prompt, it is also a "no" to the question waiting.
      if state.pending != nil {
        return perform(.no, text: text, state: &state, session: session, scratch: scratch)
      }
      state.queue = []
      return Reply(
        text: "Okay, I won't spoil that. You've agreed to \(state.consent.consentPhrase).",
        kind: .consent, consent: state.consent)
    case .revoke:
      state.pending = nil
      state.queue = []
      state.consent = .none
      return Reply(
        text:
          "Okay, no more spoilers. I'll ask before I reveal anything beyond the set-up.",
        kind: .consent, consent: state.consent)
    case .status:
      return Reply(
        text: "You've agreed to \(state.consent.consentPhrase).", kind: .consent,
        consent: state.consent, awaitingConsent: state.pending != nil)
    case .followUp(let kind):
      state.pending = nil
      state.queue = []
      let last = library.intents[Int(state.lastIntent)]
      guard let targetID = last.followUps[kind], let target = library[targetID] else {
        let suggestions = suggester.suggest(
          for: text, consent: state.visible, excluding: last.id)
        return Reply(
          text: "The article doesn't say more about that, and I won't guess."
            + Self.offer(suggestions),
          kind: .fallback, consent: state.consent, suggestions: suggestions)
      }
      return deliver(
        PendingQuestion(intent: Int32(target.order), captures: [:]), state: &state,
        session: session)
    case .whatAbout(let name):
      let subject = Subject(name)
      guard
        let character = library.characters.firstIndex(where: {
          $0.pattern.span(in: subject, using: scratch).isMatch
        })
      else { return nil }
      state.pending = nil
      state.queue = []
      let last = library.intents[Int(state.lastIntent)]
      let characterName = library.characters[character].name
      let about = library.intents.filter { $0.character == characterName }
      // The same topic about the other character; else the same level; else who they are.
      guard
        let target = about.first(where: { $0.topic != nil && $0.topic == last.topic })
          ?? about.first(where: { $0.level == last.level })
          ?? about.first(where: { $0.topic == "who" }) ?? about.first
      else { return nil }
      return deliver(
        PendingQuestion(intent: Int32(target.order), captures: [:]), state: &state,
        session: session)
    }
  }

  /// After a reply, delivers the compound question's other parts in order, each under its
  /// own consent, until one has to wait for a yes.
  private func drain(after reply: Reply, _ state: inout SessionState, _ session: String)
    -> Reply
  {
    var replies = [reply]
    while state.pending == nil, !state.queue.isEmpty {
      replies.append(deliver(state.queue.removeFirst(), state: &state, session: session))
    }
    return Reply.joining(replies) ?? reply
  }

  /// Answers one question, or asks first when its level is above the session's consent.
  private func deliver(
    _ question: PendingQuestion, state: inout SessionState, session: String
  ) -> Reply {
    state.pending = nil
    let intent = library.intents[Int(question.intent)]
    guard intent.level <= state.cap else { return notHere(intent.level, state: state) }
    guard intent.level <= state.consent else {
      state.pending = question
      return Reply(
        text: "Careful: the answer to that gives away \(intent.level.phrase). "
          + "So far you've agreed to \(state.consent.consentPhrase). "
          + "Do you want the spoiler? (yes / no)",
        kind: .consentPrompt, level: intent.level, consent: state.consent,
        awaitingConsent: true)
    }
    return answer(question, state: &state, session: session)
  }

  /// The reply in a channel capped below an answer's level: no answer and no prompt.
  private func notHere(_ level: SpoilerLevel, state: SessionState) -> Reply {
    Reply(
      text: "I can't share that one here: it gives away \(level.phrase). "
        + "Ask me in a private chat.",
      kind: .refused, consent: state.consent)
  }

  private func answer(
    _ question: PendingQuestion, state: inout SessionState, session: String
  ) -> Reply {
    let intent = library.intents[Int(question.intent)]
    guard intent.level <= state.cap else { return notHere(intent.level, state: state) }
    let variant = Self.variantSeed(session: session, turn: state.turn)
    guard
      var text = AnswerRenderer.render(
        intent, captures: question.captures, consent: state.consent, variant: variant)
    else {
      preconditionFailure("BUG: answer rendered above consent for \(intent.id)")
    }
    if let yes = question.yesNo, !text.hasPrefix(yes ? "Yes" : "No") {
      text = (yes ? "Yes. " : "No. ") + text
    }
    state.lastIntent = Int32(intent.order)
    if let name = intent.character,
      let index = library.characters.firstIndex(where: { $0.name == name })
    {
      switch library.characters[index].pronoun {
      case "she": state.lastShe = Int16(clamping: index)
      case "he": state.lastHe = Int16(clamping: index)
      default: break
      }
    }
    state.contextTurnsLeft = options.contextTurns
    return Reply(
      text: text, kind: .answer, intent: intent.id, level: intent.level, consent: state.consent)
  }

  private func character(_ index: Int16) -> FilmCharacter? {
    index >= 0 && Int(index) < library.characters.count ? library.characters[Int(index)] : nil
  }

  /// The honest "the article doesn't say", with suggestions and perhaps a "did you mean…?".
  ///
  /// The offer is the first example of an intent that came close (an `about:` rule held, one
  /// topic short, nothing asked that the article never gives) at a level the session may see.
  private func fallback(
    for text: String, state: inout SessionState, limitHits: [String], scratch: MatchScratch
  ) -> Reply {
    var suggestions = suggester.suggest(for: text, consent: state.visible)
    var offer = Self.offer(suggestions)
    if let near = nearMiss(text, consent: state.visible, scratch: scratch),
      let example = near.examples.first
    {
      state.guess = Int32(near.order)
      suggestions =
        [example]
        + suggester.suggest(
          for: text, consent: state.visible, count: 2, excluding: near.id)
      offer = " Did you mean “\(example)” (yes / no)." + Self.offer(Array(suggestions.dropFirst()))
    }
    return Reply(
      text: "The article doesn't say, as far as I can tell, and I won't guess: I only know what "
        + "one article about The Perfection (2019) says." + offer,
      kind: .fallback, consent: state.consent, suggestions: suggestions, limitHits: limitHits)
  }

  /// The intent that came closest to answering below the threshold, if any is near enough.
  ///
  /// It must sit at or below `consent` (a level above it is never hinted at). A question
  /// about a character the intent never mentions is not near it: Lizzie's mother is no near
  /// miss for Charlotte's.
  private func nearMiss(_ text: String, consent: SpoilerLevel, scratch: MatchScratch) -> Intent? {
    let result = matcher.match(normalized: text, using: scratch, exhaustive: false)
    guard result.best == nil, let near = result.rejected.first, near.rule != nil,
      near.score >= IntentMatcher.threshold - IntentMatcher.uncoveredPenalty,
      near.uncovered.intersection(library.unknowns).isEmpty,
      near.uncovered.intersection(characterConcepts).isEmpty,
      near.intent.level <= consent, near.intent.isSuggested
    else { return nil }
    return near.intent
  }

  private func confirmation(_ state: SessionState) -> Reply {
    Reply(
      text: "Got it: you've agreed to \(state.consent.consentPhrase).", kind: .consent,
      consent: state.consent)
  }

  private static func offer(_ suggestions: [String]) -> String {
    guard !suggestions.isEmpty else { return "" }
    return " You could ask: " + suggestions.map { "“\($0)”" }.joined(separator: ", ") + "."
  }

  /// A stable per-session, per-turn number (FNV-1a), so answer variants repeat across runs.
  static func variantSeed(session: String, turn: UInt32) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in session.utf8 {
      hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
    }
    hash = (hash ^ UInt64(turn)) &* 0x100_0000_01b3
    return hash >> 7
  }
}
