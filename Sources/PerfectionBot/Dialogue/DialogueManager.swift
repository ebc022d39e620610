import PCRE2

/// Holds every conversation's state and turns each message into a reply, asking before it
/// reveals anything above what a session agreed to.
///
/// One manager serves many sessions, from many threads; sessions never see each other's
/// consent or context. The manager coordinates three parts: `SessionTurns` loads a session,
/// lets the turn be decided on a copy without holding any lock, and saves it only if nobody
/// saved meanwhile (a failing store makes the turn fail safe); `ContextResolver` reads a
/// question against the conversation so far; `ConsentGate` decides what may be shown.
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
  private let sessions: SessionTurns
  private let context: ContextResolver
  private let gate: ConsentGate
  private let suggester: Suggester
  /// The concepts that stand for characters.
  private let characterConcepts: ConceptSet
  /// The concepts that name a subject: topics, hints aside.
  private let subjectConcepts: ConceptSet
  /// What a question can ask about: a subject, or an attribute the article never gives.
  private let askedAbout: ConceptSet
  /// The forms that make a clause ask something: every form but the context phrases
  /// ("in the movie", "the article says"), the asker's own asides ("had me screaming") and the
  /// one-word marker.
  private let askingForms: ConceptSet
  /// The lexicon's request phrase ("i want to know", "tell me"), if it has one.
  private let requestForm: Int?
  private let phrases = DialoguePhrases.shared

  /// Creates a manager.
  public init(
    library: IntentLibrary, store: any SessionStore = InMemorySessionStore(),
    options: Options = Options()
  ) {
    self.library = library
    let matcher = IntentMatcher(library: library, limits: options.limits)
    self.matcher = matcher
    self.options = options
    let suggester = Suggester(library: library)
    self.suggester = suggester
    self.sessions = SessionTurns(
      store: store, codec: SessionCodec(library: library), pool: matcher.pool,
      defaultConsent: options.defaultConsent,
      maximumSessionIDBytes: options.maximumSessionIDBytes, onStoreError: options.onStoreError)
    let context = ContextResolver(
      library: library, matcher: matcher, contextTurns: options.contextTurns)
    self.context = context
    self.gate = ConsentGate(library: library, suggester: suggester, context: context)
    let names = Set(library.characters.map(\.name))
    self.characterConcepts = ConceptSet(
      library.concepts.indices.filter { names.contains(library.concepts[$0].name) })
    self.subjectConcepts = library.topics.subtracting(library.hints)
    self.askedAbout = subjectConcepts.union(library.unknowns)
    self.requestForm = library.concepts.firstIndex { $0.name == "request" }
    let contextForms: Set<String> = [
      "in-film", "source-ref", "actor-ref", "bare", "asker-aside",
    ]
    self.askingForms = library.forms.subtracting(
      ConceptSet(
        library.concepts.indices.filter { contextForms.contains(library.concepts[$0].name) }))
  }

  /// Replies to one message of a session.
  ///
  /// With a `SynchronousSessionStore` (memory) the turn runs on the calling thread; with
  /// any other store, call `reply(to:session:)` from async code instead (this waits for it).
  public func respond(to message: String, session: String) -> Reply {
    let (text, tooLong) = prepare(message)
    return sessions.run(session) { [self] state, scratch in
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
    return sessions.run(session) { [self] state, scratch in
      state.cap = maxSpoiler
      return turn(text, tooLong: tooLong, state: &state, session: session, scratch: scratch)
    }
  }

  /// Replies to one message of a session, with any store.
  public func reply(to message: String, session: String) async -> Reply {
    let (text, tooLong) = prepare(message)
    return await sessions.runAsync(session) { state, scratch in
      turn(text, tooLong: tooLong, state: &state, session: session, scratch: scratch)
    }
  }

  /// Replies to one message that may reveal at most `maxSpoiler`, with any store.
  public func reply(to message: String, session: String, maxSpoiler: SpoilerLevel) async -> Reply {
    let (text, tooLong) = prepare(message)
    return await sessions.runAsync(session) { state, scratch in
      state.cap = maxSpoiler
      return turn(text, tooLong: tooLong, state: &state, session: session, scratch: scratch)
    }
  }

  /// Sets a session's consent directly, with any store, and confirms it.
  ///
  /// The asynchronous form of `setConsent(_:session:)`, for servers.
  public func changeConsent(to level: SpoilerLevel, session: String) async -> Reply {
    await sessions.runAsync(session, consentTurn(level))
  }

  /// The consent a session holds now, with any store (`none` when it cannot be read).
  public func storedConsent(of session: String) async -> SpoilerLevel {
    await sessions.currentAsync(session)?.consent ?? SpoilerLevel.none
  }

  /// Forgets a session, with any store: consent, pending question and context.
  public func forget(session: String) async {
    await sessions.deleteAsync(session)
  }

  /// Replies to a message that was too long to read at all (a front end dropped it unread);
  /// `limit` is the front end's own limit in bytes, when it has one.
  public func respondToOversizedMessage(session: String, limit: Int? = nil) -> Reply {
    sessions.run(session) { [self] state, _ in
      state.start(defaultConsent: options.defaultConsent)
      state.turn &+= 1
      state.forgetWaiting()
      return oversized(state, limit: limit)
    }
  }

  /// The consent a session holds now (the default consent for a session not yet seen, and
  /// `none` when the store cannot be read).
  public func consent(of session: String) -> SpoilerLevel {
    sessions.current(session)?.consent ?? SpoilerLevel.none
  }

  /// The engine's own sentence about a session's consent ("You've agreed to…").
  ///
  /// Front ends show it rather than word it again.
  public func status(of session: String) -> Reply {
    let consent = consent(of: session)
    return Reply(text: BotWords.status(consent), kind: .consent, consent: consent)
  }

  /// Sets a session's consent directly (as the REPL's `/spoilers LEVEL` does) and confirms it.
  @discardableResult
  public func setConsent(_ level: SpoilerLevel, session: String) -> Reply {
    sessions.run(session, consentTurn(level))
  }

  /// The turn that sets a session's consent directly and confirms it.
  private func consentTurn(_ level: SpoilerLevel) -> SessionTurns.Body {
    { [self] state, _ in
      state.start(defaultConsent: options.defaultConsent)
      state.forgetWaiting()
      state.consent = level
      return gate.confirmation(state)
    }
  }

  /// Whether the session store remembers this session from before (a restart, another
  /// process), as a greeting may say.
  public func remembers(session: String) -> Bool {
    sessions.holds(session)
  }

  /// Forgets a session: consent, pending question and context.
  public func reset(session: String) {
    sessions.delete(session)
  }

  /// Suggested questions for a session at its consent, such as for a greeting or help.
  public func suggestions(for session: String, count: Int = 3) -> [String] {
    suggestions(at: consent(of: session), count: count)
  }

  /// Suggested questions for a consent already known, never above it; reads no store.
  public func suggestions(at consent: SpoilerLevel, count: Int = 3) -> [String] {
    suggester.suggest(for: "", consent: consent, count: count)
  }

  // MARK: - One turn

  /// The gestures that answer a prompt, kept when a message's other emoji are dropped.
  private static let gestures = Set(
    DialoguePhrases.yesGestures.keys
  ).union(DialoguePhrases.noGestures.keys)

  private func prepare(_ message: String) -> (text: String, tooLong: Bool) {
    let tooLong = message.utf8.count > options.maximumQuestionBytes
    // Consent, replies to a prompt and the clauses of a compound are read from the words
    // as meant: "spoli the plot" grants the plot, "… and wehre can i watch it" asks again.
    // A phrase of time or place opening a question is read after it, so that the clauses
    // of "in the final scene what do charlotte and lizzie do" are read as the question's.
    // So are the words it opens with that ask nothing ("hey bot,", "please", "ok so"), and
    // its emoji, but for the gestures that answer a prompt ("👍").
    let text =
      tooLong
      ? ""
      : LeadingAdverbial.moving(
        Speller.droppingLeadingMarkers(
          matcher.correctingSpelling(
            Pictographs.dropping(Normalizer.normalize(message), keeping: Self.gestures))))
    return (text, tooLong)
  }

  private func oversized(_ state: SessionState, limit: Int? = nil) -> Reply {
    Reply(
      text: BotWords.tooLong(limit: limit ?? options.maximumQuestionBytes), kind: .refused,
      consent: state.consent)
  }

  private func turn(
    _ text: String, tooLong: Bool, state: inout SessionState, session: String,
    scratch: MatchScratch
  ) -> Reply {
    state.start(defaultConsent: options.defaultConsent)
    state.turn &+= 1
    let hasContext = state.contextTurnsLeft > 0 && state.lastIntent >= 0
    if state.contextTurnsLeft > 0 { state.contextTurnsLeft -= 1 }
    if tooLong {
      state.forgetWaiting()
      return oversized(state)
    }
    return turn(text, state: &state, session: session, hasContext: hasContext, scratch: scratch)
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
        text: BotWords.askSomething + BotWords.offer(suggestions),
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
        return gate.deliver(
          PendingQuestion(intent: guess, captures: [:]), state: &state, session: session)
      case .no:
        let suggestions = suggester.suggest(
          for: "", consent: state.visible, excluding: library.intents[Int(guess)].id)
        return Reply(
          text: BotWords.allRight + BotWords.offer(suggestions), kind: .fallback,
          consent: state.consent,
          suggestions: suggestions)
      default:
        break
      }
    }
    // A bare "yes" or "no" with no question waiting answers nothing: "the article doesn't
    // say" to it would read as if it had been a question the article leaves open.
    if state.pending == nil, declined == nil, guess < 0, answer == nil,
      let bare = phrases.consentAnswer(text, subject: subject, scratch: scratch),
      bare == .yes || bare == .no, phrases.consentPhrase(subject, scratch: scratch) == nil
    {
      var ignored: [String] = []
      if context.find(
        text, state: state, hasContext: hasContext, scratch: scratch, limitHits: &ignored) == nil
      {
        state.queue = []
        let suggestions = suggester.suggest(for: "", consent: state.visible)
        return Reply(
          text: BotWords.nothingWaiting + BotWords.offer(suggestions), kind: .fallback,
          consent: state.consent, suggestions: suggestions)
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
    if let pending = state.pending, answer == nil,
      let reply = replyThenQuestion(
        text, pending: pending, state: &state, session: session, hasContext: hasContext,
        scratch: scratch)
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
    return gate.stillWaiting(pending, state: state)
  }

  /// A yes or no to the waiting prompt followed by a question ("yes, who is anton"): the
  /// prompt is answered first, then the question; `nil` when the message opens with no such
  /// reply.
  ///
  /// A question that only asks again what was waiting ("yes tell me why", "yes, why did she
  /// do it") is answered by the reply alone.
  private func replyThenQuestion(
    _ text: String, pending: PendingQuestion, state: inout SessionState, session: String,
    hasContext: Bool, scratch: MatchScratch
  ) -> Reply? {
    guard let (lead, answer, rest) = phrases.leadingReply(text, scratch: scratch),
      let first = perform(answer, text: lead, state: &state, session: session, scratch: scratch)
    else { return nil }
    var ignored: [String] = []
    guard hasTopic(rest),
      context.find(
        rest, state: SessionState(), hasContext: false, scratch: scratch, limitHits: &ignored)?
        .intent != pending.intent
    else { return first }
    // Once the question is answered, a "no" is behind it: "actually yes" no longer takes it
    // back.
    state.declined = nil
    let second = message(
      rest, subject: Subject(rest), state: &state, session: session, hasContext: hasContext,
      scratch: scratch)
    return Reply.joining([first, second]) ?? first
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
    _ typed: String, subject typedSubject: Subject, state: inout SessionState, session: String,
    hasContext: Bool, scratch: MatchScratch
  ) -> Reply {
    let text = Clauses.droppingLeadingJoiner(typed)
    let subject = text == typed ? typedSubject : Subject(text)
    // Several sentences or questions in one message: consent statements first, then each
    // question in order. A statement may run into its question with nothing between. The
    // consent gate is run once on the whole message, which is most often its one clause.
    let holdsConsent = phrases.holdsConsentPhrase(subject, scratch: scratch)
    let clauses = Clauses.split(text).flatMap { clause in
      guard clause == text else {
        return phrases.splittingConsentLead(Subject(clause), scratch: scratch)
      }
      return holdsConsent ? phrases.splittingConsentLead(subject, scratch: scratch) : [clause]
    }
    if clauses.count > 1,
      let reply = compound(
        clauses, state: &state, session: session, hasContext: hasContext, scratch: scratch,
        answersInPart: true)
    {
      return reply
    }
    if let act = refusalOfTelling(subject, state: state, hasContext: hasContext, scratch: scratch),
      let reply = perform(act, text: text, state: &state, session: session, scratch: scratch)
    {
      return reply
    }
    if let act = phrases.act(
      subject, hasContext: hasContext, holdsConsent: holdsConsent, scratch: scratch),
      !isRequestForAnswer(act, text, hasContext: hasContext, scratch: scratch),
      let reply = perform(act, text: text, state: &state, session: session, scratch: scratch)
    {
      // "spoil the twist for me" grants the twist, then tells it.
      var ignored: [String] = []
      if case .grant = act, state.pending == nil,
        phrases.isSpoilRequest(subject, scratch: scratch),
        let found = context.find(
          text, state: state, hasContext: false, scratch: scratch, limitHits: &ignored),
        library.intents[Int(found.intent)].level <= state.consent
      {
        return Reply.joining([reply, gate.deliver(found, state: &state, session: session)])
          ?? reply
      }
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
    return context.find(
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
    // "who are charlotte and lizzie" asks about each of them, and "what happened to
    // charlotte's arm and to anton" about each, since the frame's last word comes again.
    if let halves = framedHalves(text, namingTwoCharacters: true)
      ?? framedHalves(text, repeatingPreposition: true),
      let reply = compound(
        halves, state: &state, session: session, hasContext: hasContext, scratch: scratch)
    {
      return reply
    }
    // "cast and plot and where to watch": a list, each fragment a question of its own.
    if let fragments = listedFragments(text, scratch: scratch),
      let reply = compound(
        fragments, state: &state, session: session, hasContext: hasContext, scratch: scratch,
        isList: true)
    {
      return reply
    }
    var limitHits: [String] = []
    guard
      let found = context.find(
        text, state: state, hasContext: hasContext, scratch: scratch, limitHits: &limitHits)
    else {
      if let halves = framedHalves(text),
        let reply = compound(
          halves, state: &state, session: session, hasContext: hasContext, scratch: scratch)
      {
        return reply
      }
      state.contextTurnsLeft = 0
      return fallback(for: text, state: &state, limitHits: limitHits, scratch: scratch)
    }
    // "tell me the release date and the cast": one answer would leave the cast out.
    if let halves = framedHalvesLeavingNothingOut(text, scratch: scratch),
      let reply = compound(
        halves, state: &state, session: session, hasContext: hasContext, scratch: scratch)
    {
      return reply
    }
    return gate.deliver(found, state: &state, session: session)
  }

  /// Two questions under one frame when each half has an answer of its own, different from
  /// the other's, and the one answer that matches the whole leaves a topic out ("tell me the
  /// release date and the cast") or only ties with the other half's ("explain the tattoos and
  /// the chapel"); `nil` otherwise.
  private func framedHalvesLeavingNothingOut(_ text: String, scratch: MatchScratch) -> [String]? {
    // An "and" inside a quote joins the words quoted, not two questions.
    guard !ASCII.contains(text, "\""), let halves = framedHalves(text) else { return nil }
    // Exhaustive, to see a runner-up tied with the winner.
    let whole = matcher.match(normalized: text, using: scratch)
    guard let best = whole.best else { return nil }
    let leavesOut = !best.uncovered.intersection(subjectConcepts).isEmpty
    guard leavesOut || whole.runnersUp.first?.score == best.score else { return nil }
    let answers = halves.map {
      matcher.match(normalized: $0, using: scratch, exhaustive: false).best?.intent.id
    }
    guard answers.allSatisfy({ $0 != nil }), Set(answers).count == halves.count else {
      return nil
    }
    if !leavesOut {
      // A tie counts only between the halves' own answers: each is as good for the whole.
      let tied = Set(whole.candidates.prefix { $0.score == best.score }.map(\.intent.id))
      guard answers.allSatisfy({ $0.map(tied.contains) ?? false }) else { return nil }
    }
    return halves
  }

  /// The clauses with each "what about X" that introduces the question after it folded into
  /// that question, its "she" or "he" read as X ("what about lizzie, what happens to her").
  private func introducingNames(_ clauses: [String], scratch: MatchScratch) -> [String] {
    guard clauses.count > 1 else { return clauses }
    var result: [String] = []
    var index = 0
    while index < clauses.count {
      let clause = clauses[index]
      if index + 1 < clauses.count,
        let name = phrases.whatAboutName(clause, scratch: scratch),
        let character = library.characters.first(where: {
          $0.pattern.span(in: Subject(name), using: scratch).isMatch
        }),
        phrases.isQuestion(Subject(clauses[index + 1]), scratch: scratch)
      {
        let next = clauses[index + 1]
        let resolved = phrases.resolvePronouns(
          next, she: character.pronoun == "she" ? character : nil,
          he: character.pronoun == "he" ? character : nil)
        // A question that names nobody by pronoun asks about the name in its own words.
        result.append(resolved == next && !hasTopic(next) ? next + " " + character.name : resolved)
        index += 2
        continue
      }
      result.append(clause)
      index += 1
    }
    return result
  }

  /// Whether a clause opens with a word that joins it to a list ("and", "also", "plus").
  private static func opensWithJoiner(_ clause: String) -> Bool {
    clause.split(separator: " ").first.map { Clauses.joiners.contains($0) && $0 != "so" } ?? false
  }

  /// Words in a frame that make its two halves one thing ("what happens between the trip
  /// and the ending", "what is the difference between x and y").
  private static let spanningWords: Set<Substring> = ["between", "betwen", "difference"]
  /// Prepositions whose repetition after "and" marks a second question under the same frame.
  private static let framePrepositions: Set<Substring> = [
    "to", "with", "about", "for", "of", "in", "between",
  ]

  /// A question about two things under one frame, as two questions: "what happened to
  /// charlottes arm and lizzies hand" asks "what happened to lizzies hand" too.
  ///
  /// The frame is the words before the first half's subject: the longest start of it that
  /// names no topic. `nil` unless one "and" joins two halves and the frame is not empty.
  /// With `namingTwoCharacters`, also `nil` unless each half's subject is a bare name of a
  /// different character ("who are charlotte and lizzie"); with `repeatingPreposition`, `nil`
  /// unless the second half opens with the preposition that ends the frame.
  private func framedHalves(
    _ text: String, namingTwoCharacters: Bool = false, repeatingPreposition: Bool = false
  ) -> [String]? {
    // Most questions hold no "and": they are not split into words at all.
    guard ASCII.contains(text, " and ") else { return nil }
    let words = text.split(separator: " ")
    let joints = words.indices.filter { words[$0] == "and" }
    guard joints.count == 1, let joint = joints.first, joint > 1, joint < words.count - 1
    else { return nil }
    if namingTwoCharacters {
      // The first half must end in a name, and the second be one, a word or two long.
      let last = matcher.concepts(in: String(words[joint - 1])).intersection(subjectConcepts)
      let other = matcher.concepts(in: words[(joint + 1)...].joined(separator: " "))
        .intersection(subjectConcepts)
      guard words.count - joint - 1 <= 2, last.count == 1, other.count == 1,
        last.isSubset(of: characterConcepts), other.isSubset(of: characterConcepts),
        last != other
      else { return nil }
    }
    var first = words[..<joint]
    let second = words[(joint + 1)...]
    // Names listed before the last two share the frame too ("who are charlotte, lizzie and
    // anton"): each is asked about on its own.
    var listed: [Substring] = []
    while namingTwoCharacters, first.count > 2,
      case let name = first[first.endIndex - 2], name.hasSuffix(","),
      case let named = matcher.concepts(in: String(name.dropLast())).intersection(subjectConcepts),
      named.count == 1, named.isSubset(of: characterConcepts)
    {
      listed.insert(name.dropLast(), at: 0)
      first.remove(at: first.endIndex - 2)
    }
    if !listed.isEmpty {
      let frame = first.dropLast()
      return (listed + [first[first.endIndex - 1]] + [second.joined(separator: " ")[...]]).map {
        (frame + [$0]).joined(separator: " ")
      }
    }
    // Two names share everything before the first ("who plays charlotte and lizzie").
    var frame = namingTwoCharacters ? first.count - 1 : 0
    while !namingTwoCharacters, frame < first.count - 1,
      matcher.concepts(in: first.prefix(frame + 1).joined(separator: " "))
        .intersection(subjectConcepts).isEmpty
    {
      frame += 1
    }
    guard frame > 0 else { return nil }
    // "between the trip and the ending" asks about one span, not two things, wherever the
    // frame ends ("the connection between the tattoos and the chapel").
    guard !first.contains(where: { Self.spanningWords.contains($0) }) else {
      return nil
    }
    if repeatingPreposition {
      // The second half opens with the frame's last word, a preposition: "… and to anton".
      let last = first[first.startIndex + frame - 1]
      guard Self.framePrepositions.contains(last), second.first == last else { return nil }
      return [
        first.joined(separator: " "), (first.prefix(frame - 1) + second).joined(separator: " "),
      ]
    }
    return [first.joined(separator: " "), (first.prefix(frame) + second).joined(separator: " ")]
  }

  /// Short fragments joined by "and" ("release date and cast", "cast and release date and
  /// where to watch"), as a list of questions, when no one answer covers them all; `nil`
  /// otherwise.
  ///
  /// Each fragment is at most three words, is answered on its own and opens no question: "did
  /// charlotte and lizzie survive" is one question.
  private func listedFragments(_ text: String, scratch: MatchScratch) -> [String]? {
    guard ASCII.contains(text, " and ") else { return nil }
    let words = text.split(separator: " ")
    let fragments = words.split(separator: "and", omittingEmptySubsequences: false)
    guard (2...4).contains(fragments.count),
      fragments.allSatisfy({ fragment in
        (1...3).contains(fragment.count)
          // "where to watch" is a fragment; "where is it set" a question of its own.
          && (fragment.first.map { !Clauses.starters.contains($0) } ?? false
            || fragment.dropFirst().first == "to")
      })
    else { return nil }
    // Each fragment must be answerable on its own ("where to watch" names no topic, only a
    // hint, yet asks something).
    let answers = fragments.map {
      matcher.match(normalized: $0.joined(separator: " "), using: scratch, exhaustive: false)
        .best?.intent.id
    }
    guard answers.allSatisfy({ $0 != nil }) else { return nil }
    // Exhaustive, to see a runner-up tied with the winner.
    let whole = matcher.match(normalized: text, using: scratch)
    if let best = whole.best, best.uncovered.isEmpty {
      // One answer covering them all stays one, unless it only ties with the others' own
      // ("tattoos and chapel": the tattoos' answer tells the chapel too).
      let tied = Set(whole.candidates.prefix { $0.score == best.score }.map(\.intent.id))
      guard Set(answers).count == fragments.count,
        answers.allSatisfy({ $0.map(tied.contains) ?? false })
      else { return nil }
    }
    return fragments.map { $0.joined(separator: " ") }
  }

  /// Whether a clause states rather than asks: no question form, no request ("tell me
  /// about…"), no question mark.
  private func isStatement(_ clause: String, scratch: MatchScratch) -> Bool {
    // "the scene where charlotte holds up the knife, what is going on": its "where" says
    // which scene, and the question comes after it.
    if Clauses.isSceneReference(clause) { return true }
    guard !phrases.isQuestion(Subject(clause), scratch: scratch) else { return false }
    return matcher.concepts(in: clause).intersection(askingForms).isEmpty
  }

  /// Words that open an aside after a question: a reason, or the asker or the people asked
  /// about as the subject of a statement ("because she got sick", "they just met").
  private static let asideOpeners: Set<Substring> = [
    "because", "cause", "cuz", "coz", "bc", "since", "i", "im", "i'm", "ive", "i've", "they",
    "theyre", "they're", "she", "shes", "she's", "he", "hes", "he's", "it", "its", "it's",
    "that", "thats", "that's", "this", "we", "they'd", "theyd", "she'd", "he'd", "we'd", "it'd",
  ]

  /// Whether a clause opens with an aside's word.
  private static func opensAside(_ clause: String) -> Bool {
    clause.split(separator: " ").first.map { asideOpeners.contains($0) } ?? false
  }

  /// Whether a clause offers choices and asks nothing itself ("charlotte or lizzie?",
  /// "losing an arm or a hand", "or a thriller"): it holds "or" and opens with no question
  /// word, nor with "or" before one ("or who plays lizzie" is a question of its own).
  private static func isChoices(_ clause: String) -> Bool {
    var words = clause.split(separator: " ")[...]
    guard words.contains(where: { $0.filter(\.isLetter) == "or" }) else { return false }
    if words.first == "or" { words = words.dropFirst() }
    guard let first = words.first else { return false }
    return !Clauses.starters.contains(first)
  }

  /// Whether a clause is a topic named on a list: at most three words, no question word
  /// first, and a topic ("release date,", "cast", "plot?"), or a word answered on its own
  /// ("setting?", whose "place" is only a hint elsewhere).
  private func isListedTopic(_ clause: String, scratch: MatchScratch) -> Bool {
    let words = clause.split(separator: " ")
    guard (1...3).contains(words.count), let first = words.first,
      !Clauses.starters.contains(first.trimmingPunctuation),
      // "charlotte arm, anton stab it?": a pronoun points back at the topic before, so the
      // clause says something of it and names nothing new.
      !words.dropFirst().contains(where: { Self.pointingBack.contains($0.trimmingPunctuation) }),
      words.count == 1 || words.last?.trimmingPunctuation != "her"
    else { return false }
    return hasTopic(clause)
      || (words.count == 1
        && matcher.match(normalized: clause, using: scratch, exhaustive: false).best != nil)
  }

  /// Object pronouns that point back at something named before them.
  private static let pointingBack: Set<Substring> = ["it", "him", "them"]

  /// Whether a clause's own answer is about something in the film rather than the film
  /// itself ("there's this tattoo", not "my friend said i should watch this"): its answer's
  /// declared topic is not `film`.
  private func namesSomethingInTheFilm(_ clause: String, scratch: MatchScratch) -> Bool {
    guard let best = matcher.match(normalized: clause, using: scratch, exhaustive: false).best
    else { return false }
    return best.intent.topic != "film"
  }

  /// Whether a clause names a subject: a topic other than a hint.
  private func hasTopic(_ clause: String) -> Bool {
    !matcher.concepts(in: clause).intersection(subjectConcepts).isEmpty
  }

  /// "don't tell me how it ends": a refusal of the level the named thing's answer has.
  ///
  /// `nil` when the clause is no such request. Naming nothing above the set-up, it changes
  /// nothing.
  private func refusalOfTelling(
    _ subject: Subject, state: SessionState, hasContext: Bool, scratch: MatchScratch
  ) -> DialogueAct? {
    guard let rest = phrases.refusedTelling(subject, scratch: scratch) else { return nil }
    var ignored: [String] = []
    guard
      let found = context.find(
        rest, state: state, hasContext: hasContext, scratch: scratch, limitHits: &ignored)
    else { return nil }
    let level = library.intents[Int(found.intent)].level
    return .refuse(below: level > .none ? level : nil)
  }

  /// The level a consent act leaves out by name ("not the ending").
  ///
  /// `nil` for any other act. A wish for no spoilers names none: the question beside it is
  /// still asked about.
  private static func refusedLevel(_ act: DialogueAct) -> SpoilerLevel? {
    if case .refuse(let below) = act { below } else { nil }
  }

  /// Answers several clauses of one message in order; `nil` when the message is better read
  /// as one question.
  ///
  /// With `isList`, the clauses are the fragments of a list, each a question of its own: none
  /// is read as the statement the next one asks about. With `answersInPart`, the clauses are
  /// the message's own sentences, and one the article never answers does not keep the others
  /// from their answers.
  private func compound(
    _ clauses: [String], state: inout SessionState, session: String, hasContext: Bool,
    scratch: MatchScratch, isList: Bool = false, answersInPart: Bool = false
  ) -> Reply? {
    var consentActs: [DialogueAct] = []
    var questions: [String] = []
    // A statement that negates something makes any grant beside it ambiguous ("i do not want
    // that, spoil everything"), and an ambiguous grant never grants.
    var negatedStatement = false
    // "the scene where …, what is going on": one question, asked of that scene.
    var asksAboutAScene = false
    // "charlotte sees something. what is it?": one question, the "what" in the something's
    // place.
    var asksWhatItWas = false
    // "i'm fine with spoilers, just not the ending" is one grant with its exception. After a
    // question ("what is it about, just not the twist") the exception is a refusal of its own.
    var joined: [String] = []
    // "i was screaming when lizzie cut her hand, why did she do it": the asker's moment is
    // what the question after it is about.
    let moments = clauses.map { Clauses.askersMoment($0) }
    let readsAskersMoment = moments.contains { $0 != nil }
    let clauses = zip(clauses, moments).map { clause, moment in moment ?? clause }
    for clause in clauses {
      if let last = joined.last, phrases.isException(clause, scratch: scratch),
        phrases.consentPhrase(Subject(last), scratch: scratch) != nil
      {
        joined[joined.count - 1] = last + " " + clause
      } else {
        joined.append(clause)
      }
    }
    // "what about anton, what happens to him": the name is whom the question is about, and
    // the two clauses are one question.
    let introduced = introducingNames(joined, scratch: scratch)
    if introduced.count == 1, joined.count > 1 {
      return question(
        introduced[0], state: &state, session: session, hasContext: hasContext, scratch: scratch)
    }
    joined = introduced
    // "next question: who wins the fight": the words about the asking ask nothing, and the
    // question is read without them ("next" would ask what comes after).
    var droppedAskingWords = false
    // An aside after a question is dropped the same way, and the question read alone.
    var droppedAside = false
    for clause in joined {
      let subject = Subject(clause)
      if let act = phrases.consentPhrase(subject, scratch: scratch), act != .status {
        consentActs.append(act)
      } else if let act = refusalOfTelling(
        subject, state: state, hasContext: hasContext, scratch: scratch)
      {
        consentActs.append(act)
      } else if Clauses.isAboutAsking(clause) {
        droppedAskingWords = true
      } else if joined.count > 1, Clauses.isExclusion(clause) {
        // "forget the twist, just who is anton", "who plays lizzie, not charlotte": what the
        // asker sets aside is not asked, and the question is read without it.
        droppedAside = true
      } else if !Clauses.isFiller(clause) {
        // A question after a statement asks about it: "the bus scene was so gross, what
        // was going on", "that ending was insane, what happened to anton", "the knife, why
        // did charlotte have it". The statement is context, not a question of its own.
        // A clause that opens with "and" or "also" goes on a list instead ("release date,
        // cast, and where to stream?").
        if !isList, let previous = questions.last, isStatement(previous, scratch: scratch),
          phrases.isQuestion(Subject(clause), scratch: scratch) || !hasTopic(clause),
          !Self.opensWithJoiner(clause),
          // "release date, cast, plot?": a list of topics, each asked, even with its "?".
          !(isListedTopic(previous, scratch: scratch) && isListedTopic(clause, scratch: scratch))
        {
          if Clauses.isSceneReference(previous) {
            questions[questions.count - 1] = Clauses.asking(clause, about: previous)
            asksAboutAScene = true
          } else if let asked = Clauses.askingWhatItWas(clause, after: previous) {
            // "charlotte sees something. what is it?": what she sees.
            questions[questions.count - 1] = asked
            asksWhatItWas = true
          } else if Clauses.asksWhatItIsAbout(clause),
            namesSomethingInTheFilm(previous, scratch: scratch)
          {
            // "there's this tattoo they both have. what's it about": its "it" is the tattoo,
            // not the film, and the two ask to explain it.
            questions[questions.count - 1] = previous + " explain"
            asksWhatItWas = true
          } else {
            questions[questions.count - 1] = previous + " " + clause
            // "lizzie hand, charlotte make her cut it, why": a topic named before the
            // statement is what the statement is about, and the three are one question.
            if questions.count > 1, !isListedTopic(previous, scratch: scratch) {
              let topic = questions[questions.count - 2]
              if isListedTopic(topic, scratch: scratch), isStatement(topic, scratch: scratch) {
                questions.removeLast()
                questions[questions.count - 1] = topic + " " + previous + " " + clause
              }
            }
          }
          continue
        }
        // "were they actually ibuprofen? because she got sick really fast", "who is anton?
        // i missed the beginning": a statement after a question gives its reason or what
        // the asker saw, and asks nothing of its own, unless it asks for something. "im so
        // confused" asks for nothing the question did not.
        if !isList, let previous = questions.last,
          phrases.isQuestion(Subject(previous), scratch: scratch),
          Clauses.isOnlyConfusion(clause)
            || (Self.opensAside(clause)
              // "… it seemed important but i couldn't tell why": the "why" only admits it.
              // A "?" after the aside asks nothing more ("who is anton? i missed the
              // beginning?", "where is it set, i mean the city not the chapel?").
              && isStatement(
                Clauses.droppingClosingConfusion(Clauses.droppingClosingQuestionMarks(clause)),
                scratch: scratch)
              && requestForm.map({ !matcher.concepts(in: clause).contains($0) }) ?? true)
        {
          droppedAside = true
          continue
        }
        // "which is worse, losing an arm or a hand": the choices after a question are its
        // own, not a question of their own.
        if let previous = questions.last, Self.isChoices(clause) {
          questions[questions.count - 1] = previous + " " + clause
          continue
        }
        questions.append(clause)
        negatedStatement =
          negatedStatement
          || (phrases.isNegated(subject, scratch: scratch)
            && !phrases.isQuestion(subject, scratch: scratch)
            && !DialoguePhrases.passesOnAQuestion(clause))
      }
    }
    if negatedStatement {
      consentActs.removeAll { if case .grant = $0 { true } else { false } }
    }
    var limitHits: [String] = []
    var parts: [PendingQuestion] = []
    // Each part is read in the context of a question before it: in "who is anton and why is
    // everyone scared of him", "him" is Anton. A phrase that asks nothing ("the actress who
    // plays charlotte, who is she") is no context of its own. The session's context is left
    // as it was.
    var reading = state
    var readingContext = hasContext
    var unanswered: [String] = []
    // The part the question before this one found, if it found one.
    var previousPart: PendingQuestion?
    for (index, question) in questions.enumerated() {
      // "what happens to lizzie on the bus and why": the "why" of the part before it, when
      // that part opens with its question word ("lizzie cut her hand?? why" asks why she
      // did, and is read whole).
      if let kind = Clauses.bareFollowUp(question), index > 0,
        Clauses.opensWithQuestionWord(questions[index - 1]), let last = previousPart,
        let next = library.intents[Int(last.intent)].followUps[kind].flatMap({ library[$0] })
      {
        if !parts.contains(where: { $0.intent == Int32(next.order) }) {
          parts.append(PendingQuestion(intent: Int32(next.order), captures: [:]))
        }
        previousPart = nil
        continue
      }
      previousPart = nil
      if let found = context.find(
        question, state: reading, hasContext: readingContext, scratch: scratch,
        limitHits: &limitHits)
      {
        previousPart = found
        guard !parts.contains(where: { $0.intent == found.intent }) else {
          // "why does charlotte go to shanghai and what happens there": a part that reads the
          // place just answered again asks what happens next in it.
          if Clauses.asksWhatHappensThere(question),
            let next = library.intents[Int(found.intent)].followUps[.then].flatMap({
              library[$0]
            }),
            !parts.contains(where: { $0.intent == Int32(next.order) })
          {
            parts.append(PendingQuestion(intent: Int32(next.order), captures: [:]))
          }
          continue
        }
        parts.append(found)
        if phrases.isQuestion(Subject(question), scratch: scratch) {
          let intent = library.intents[Int(found.intent)]
          context.remember(intent, in: &reading)
          context.rememberNamed(in: question, besides: intent, state: &reading, scratch: scratch)
          readingContext = true
        }
      } else {
        unanswered.append(question)
      }
    }
    // "who directed it and who stars in it": a part the article never answers gets the
    // honest "it doesn't say", and the others their answers, when the whole message is no one
    // question and every unanswered part is a question of its own.
    if answersInPart, !parts.isEmpty, !unanswered.isEmpty, consentActs.isEmpty,
      questions.allSatisfy({ !matcher.concepts(in: $0).intersection(askingForms).isEmpty }),
      unanswered.allSatisfy({ !matcher.concepts(in: $0).intersection(askedAbout).isEmpty }),
      context.find(
        questions.joined(separator: " "), state: state, hasContext: hasContext,
        scratch: scratch, limitHits: &limitHits) == nil
    {
      state.pending = nil
      state.queue = Array(parts.dropFirst())
      let first = gate.deliver(parts[0], state: &state, session: session)
      let honest = Reply(
        text: BotWords.partUnanswered, kind: .fallback, consent: state.consent,
        suggestions: [], limitHits: [])
      return Reply.joining([honest, gate.drain(after: first, state: &state, session: session)])
    }
    // Not several questions after all: one question, asked in several pieces; a question
    // about a scene pointed at before it is read as composed above.
    if parts.count < 2 || parts.count < questions.count,
      !((asksAboutAScene || asksWhatItWas || droppedAskingWords || droppedAside
        || readsAskersMoment)
        && parts.count == 1
        && questions.count == 1)
    {
      guard !consentActs.isEmpty else { return nil }
      let rest = questions.joined(separator: " ")
      parts = []
      if !rest.isEmpty,
        let found = context.find(
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
    // "what happens to lizzie, without the ending": a part at or above a level the same
    // message refuses is declined, as a "no" to its prompt would decline it, not asked about.
    var declines: [Reply] = []
    if let refused = consentActs.compactMap(Self.refusedLevel).min() {
      for part in parts where library.intents[Int(part.intent)].level >= refused {
        state.pending = part
        if let declined = gate.perform(.no, text: "", state: &state, session: session) {
          declines.append(declined)
        }
      }
      parts.removeAll { library.intents[Int($0.intent)].level >= refused }
    }
    if let first = parts.first {
      state.queue = Array(parts.dropFirst())
      let first = gate.deliver(first, state: &state, session: session)
      let answered = gate.drain(after: first, state: &state, session: session)
      // The answers come first, unless one waits for a yes: a prompt ends the reply.
      replies += state.pending == nil ? [answered] + declines : declines + [answered]
    } else if !declines.isEmpty {
      replies += declines
    } else if !questions.isEmpty {
      state.contextTurnsLeft = 0
      replies.append(
        fallback(
          for: questions.joined(separator: " "), state: &state, limitHits: limitHits,
          scratch: scratch))
    }
    return Reply.joining(replies)
  }

  /// Carries out a dialogue act: consent acts at the gate, follow-ups through the context.
  private func perform(
    _ act: DialogueAct, text: String, state: inout SessionState, session: String,
    scratch: MatchScratch
  ) -> Reply? {
    switch act {
    case .followUp(let kind):
      let target = context.followUp(kind, state: state)
      // "why did she do it" where the last answer has no "why" is a question of its own,
      // read with "she" as the one last talked about.
      if target == nil, phrases.hasPronoun(Subject(text), scratch: scratch) { return nil }
      state.pending = nil
      state.queue = []
      guard let target else {
        let suggestions = suggester.suggest(
          for: text, consent: state.visible, excluding: context.lastIntent(state)?.id)
        return Reply(
          text: BotWords.nothingMore + BotWords.offer(suggestions), kind: .fallback,
          consent: state.consent, suggestions: suggestions)
      }
      return gate.deliver(target, state: &state, session: session)
    case .whatAbout(let name):
      guard let target = context.whatAbout(name, state: state, scratch: scratch) else {
        return nil
      }
      state.pending = nil
      state.queue = []
      return gate.deliver(target, state: &state, session: session)
    default:
      return gate.perform(act, text: text, state: &state, session: session)
    }
  }

  /// The honest "the article doesn't say", with suggestions and perhaps a "did you mean…?".
  ///
  /// The offer is the first example of an intent that came close (an `about:` rule held, one
  /// topic short, nothing asked that the article never gives) at a level the session may see.
  private func fallback(
    for text: String, state: inout SessionState, limitHits: [String], scratch: MatchScratch
  ) -> Reply {
    var suggestions = suggester.suggest(for: text, consent: state.visible)
    var offer = BotWords.offer(suggestions)
    if let near = nearMiss(text, consent: state.visible, scratch: scratch),
      let example = near.examples.first
    {
      state.guess = Int32(near.order)
      suggestions =
        [example]
        + suggester.suggest(
          for: text, consent: state.visible, count: 2, excluding: near.id)
      offer = BotWords.didYouMean(example) + BotWords.offer(Array(suggestions.dropFirst()))
    }
    return Reply(
      text: BotWords.fallback + offer,
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

}
