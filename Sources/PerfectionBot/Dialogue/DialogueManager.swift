import PCRE2

/// Holds every conversation's state and turns each message into a reply, asking before it
/// reveals anything above what a session agreed to.
///
/// One manager serves many sessions, from many threads; sessions never see each other's
/// consent or context. Each session's turn runs atomically under the store's lock.
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

    /// Creates options.
    public init(
      defaultConsent: SpoilerLevel = .none, maximumQuestionBytes: Int = 2_000,
      contextTurns: UInt8 = 3, limits: MatchLimits = .standard
    ) {
      self.defaultConsent = defaultConsent
      self.maximumQuestionBytes = maximumQuestionBytes
      self.contextTurns = contextTurns
      self.limits = limits
    }
  }

  /// The intents answered from.
  public let library: IntentLibrary
  /// The matcher over `library`.
  public let matcher: IntentMatcher
  /// The settings.
  public let options: Options
  private let store: any SessionStore
  private let suggester: Suggester
  private let phrases = DialoguePhrases.shared

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
  }

  /// Replies to one message of a session.
  public func respond(to message: String, session: String) -> Reply {
    let tooLong = message.utf8.count > options.maximumQuestionBytes
    let text = tooLong ? "" : Normalizer.normalize(message)
    return matcher.pool.withScratch { scratch in
      store.withSession(session) { state in
        turn(text, tooLong: tooLong, state: &state, session: session, scratch: scratch)
      }
    }
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
      state.pending = nil
      return oversized(state)
    }
    return turn(text, state: &state, session: session, hasContext: hasContext, scratch: scratch)
  }

  /// Replies to a message that was too long to read at all (a front end dropped it unread).
  public func respondToOversizedMessage(session: String) -> Reply {
    store.withSession(session) { state in
      start(&state)
      state.turn &+= 1
      state.pending = nil
      return oversized(state)
    }
  }

  private func oversized(_ state: SessionState) -> Reply {
    Reply(
      text: "That message is too long for me (over \(options.maximumQuestionBytes) bytes). "
        + "Please ask a shorter question.",
      kind: .refused, consent: state.consent)
  }

  /// The consent a session holds now.
  public func consent(of session: String) -> SpoilerLevel {
    store.withSession(session) { state in
      start(&state)
      return state.consent
    }
  }

  /// Sets a session's consent directly (as the REPL's `/spoilers LEVEL` does) and confirms it.
  @discardableResult
  public func setConsent(_ level: SpoilerLevel, session: String) -> Reply {
    store.withSession(session) { state in
      start(&state)
      state.pending = nil
      state.consent = level
      return confirmation(state)
    }
  }

  /// Forgets a session: consent, pending question and context.
  public func reset(session: String) {
    store.remove(session)
  }

  /// Suggested questions for a session at its consent, such as for a greeting or help.
  public func suggestions(for session: String, count: Int = 3) -> [String] {
    suggester.suggest(for: "", consent: consent(of: session), count: count)
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
    if text.isEmpty {
      state.pending = nil
      let suggestions = suggester.suggest(for: "", consent: state.consent)
      return Reply(
        text: "Ask me something about The Perfection (2019)." + Self.offer(suggestions),
        kind: .refused, consent: state.consent, suggestions: suggestions)
    }
    let subject = Subject(text)
    if let act = phrases.act(
      subject, awaitingConsent: state.pending != nil, hasContext: hasContext, scratch: scratch)
    {
      if let reply = perform(act, text: text, state: &state, session: session, scratch: scratch) {
        return reply
      }
    }
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
    let hits = result.limitHits.map { "\($0.intent) pattern #\($0.pattern + 1)" }
    guard let best = result.best else {
      state.pending = nil
      state.contextTurnsLeft = 0
      return fallback(for: text, state: state, limitHits: hits)
    }
    return deliver(
      best.intent, captures: best.captures, state: &state, session: session, limitHits: hits)
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
      return answer(intent, captures: pending.captures, state: &state, session: session)
    case .no:
      guard let pending = state.pending else { return nil }
      state.pending = nil
      let intent = library.intents[Int(pending.intent)]
      let suggestions = suggester.suggest(
        for: text, consent: state.consent, count: 2, excluding: intent.id)
      var reply = "No spoilers, then."
      // Teasers are level-none content by contract; the no-leak tests hold them to it.
      if let teaser = intent.teaser { reply += " " + teaser }
      return Reply(
        text: reply + Self.offer(suggestions), kind: .declined, level: intent.level,
        consent: state.consent, suggestions: suggestions)
    case .grant(let level):
      state.consent = level
      if let pending = state.pending, library.intents[Int(pending.intent)].level <= level {
        state.pending = nil
        let intent = library.intents[Int(pending.intent)]
        let answered = answer(intent, captures: pending.captures, state: &state, session: session)
        return Reply(
          text: confirmation(state).text + " " + answered.text, kind: .answer, intent: intent.id,
          level: intent.level, consent: state.consent)
      }
      state.pending = nil
      return confirmation(state)
    case .revoke:
      state.pending = nil
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
      let last = library.intents[Int(state.lastIntent)]
      guard let targetID = last.followUps[kind], let target = library[targetID] else {
        let suggestions = suggester.suggest(
          for: text, consent: state.consent, excluding: last.id)
        return Reply(
          text: "The article doesn't say more about that, and I won't guess."
            + Self.offer(suggestions),
          kind: .fallback, consent: state.consent, suggestions: suggestions)
      }
      return deliver(target, captures: [:], state: &state, session: session, limitHits: [])
    case .whatAbout(let name):
      let subject = Subject(name)
      guard
        let character = library.characters.firstIndex(where: {
          $0.pattern.span(in: subject, using: scratch).isMatch
        })
      else { return nil }
      let last = library.intents[Int(state.lastIntent)]
      let characterName = library.characters[character].name
      let about = library.intents.filter { $0.character == characterName }
      // The same topic about the other character; else the same level; else the first.
      guard
        let target = about.first(where: { $0.topic != nil && $0.topic == last.topic })
          ?? about.first(where: { $0.level == last.level }) ?? about.first
      else { return nil }
      return deliver(target, captures: [:], state: &state, session: session, limitHits: [])
    }
  }

  private func deliver(
    _ intent: Intent, captures: [String: String], state: inout SessionState, session: String,
    limitHits: [String]
  ) -> Reply {
    state.pending = nil
    guard intent.level <= state.consent else {
      state.pending = PendingQuestion(intent: Int32(intent.order), captures: captures)
      return Reply(
        text: "Careful: the answer to that gives away \(intent.level.phrase). "
          + "So far you've agreed to \(state.consent.consentPhrase). "
          + "Do you want the spoiler? (yes / no)",
        kind: .consentPrompt, level: intent.level, consent: state.consent,
        awaitingConsent: true)
    }
    return answer(intent, captures: captures, state: &state, session: session)
  }

  private func answer(
    _ intent: Intent, captures: [String: String], state: inout SessionState, session: String
  ) -> Reply {
    let variant = Self.variantSeed(session: session, turn: state.turn)
    guard
      let text = AnswerRenderer.render(
        intent, captures: captures, consent: state.consent, variant: variant)
    else {
      preconditionFailure("BUG: answer rendered above consent for \(intent.id)")
    }
    state.lastIntent = Int32(intent.order)
    if let name = intent.character,
      let index = library.characters.firstIndex(where: { $0.name == name })
    {
      switch library.characters[index].pronoun {
      case "she": state.lastShe = Int8(clamping: index)
      case "he": state.lastHe = Int8(clamping: index)
      default: break
      }
    }
    state.contextTurnsLeft = options.contextTurns
    return Reply(
      text: text, kind: .answer, intent: intent.id, level: intent.level, consent: state.consent)
  }

  private func character(_ index: Int8) -> FilmCharacter? {
    index >= 0 && Int(index) < library.characters.count ? library.characters[Int(index)] : nil
  }

  private func fallback(for text: String, state: SessionState, limitHits: [String]) -> Reply {
    let suggestions = suggester.suggest(for: text, consent: state.consent)
    return Reply(
      text: "I don't know that one. I only know what one article about The Perfection (2019) "
        + "says, and I won't guess." + Self.offer(suggestions),
      kind: .fallback, consent: state.consent, suggestions: suggestions, limitHits: limitHits)
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
