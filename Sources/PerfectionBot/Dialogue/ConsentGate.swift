/// The single home of the spoiler invariant: every answer passes through here.
///
/// An answer is shown only at or below the session's consent and the message's cap. Above
/// the consent the gate asks first, at exactly the answer's level, and keeps the question
/// waiting; above the cap it neither answers nor asks. It also carries out the consent acts:
/// yes, no, unsure, grant, refuse, revoke and status.
struct ConsentGate: Sendable {
  private let library: IntentLibrary
  private let suggester: Suggester
  private let context: ContextResolver

  init(library: IntentLibrary, suggester: Suggester, context: ContextResolver) {
    self.library = library
    self.suggester = suggester
    self.context = context
  }

  /// Answers one question, or asks first when its level is above the session's consent.
  func deliver(_ question: PendingQuestion, state: inout SessionState, session: String)
    -> Reply
  {
    state.pending = nil
    let intent = library.intents[Int(question.intent)]
    guard intent.level <= state.cap else { return notHere(intent.level, state: state) }
    guard intent.level <= state.consent else {
      state.pending = question
      return Reply(
        text: BotWords.prompt(intent.level, consent: state.consent), kind: .consentPrompt,
        level: intent.level, consent: state.consent, awaitingConsent: true)
    }
    return answer(question, state: &state, session: session)
  }

  /// After a reply, delivers the compound question's other parts in order, each under its
  /// own consent, until one has to wait for a yes.
  func drain(after reply: Reply, state: inout SessionState, session: String) -> Reply {
    var replies = [reply]
    while state.pending == nil, !state.queue.isEmpty {
      replies.append(deliver(state.queue.removeFirst(), state: &state, session: session))
    }
    return Reply.joining(replies) ?? reply
  }

  /// Carries out a consent act; `nil` for an answer to a prompt when none is waiting, and
  /// for the acts that are no consent acts (follow-ups).
  func perform(_ act: DialogueAct, text: String, state: inout SessionState, session: String)
    -> Reply?
  {
    switch act {
    case .yes:
      guard let pending = state.pending else { return nil }
      state.pending = nil
      let intent = library.intents[Int(pending.intent)]
      state.consent = max(state.consent, intent.level)
      return drain(
        after: answer(pending, state: &state, session: session), state: &state,
        session: session)
    case .no:
      guard let pending = state.pending else { return nil }
      state.pending = nil
      state.declined = pending
      let intent = library.intents[Int(pending.intent)]
      let suggestions = suggester.suggest(
        for: text, consent: state.visible, count: 2, excluding: intent.id)
      var reply = BotWords.declined
      // Teasers are level-none content by contract; the loader and the no-leak tests hold
      // them to it.
      if let teaser = intent.teaser { reply += " " + teaser }
      let declined = Reply(
        text: reply + BotWords.offer(suggestions), kind: .declined, level: intent.level,
        consent: state.consent, suggestions: suggestions)
      return drain(after: declined, state: &state, session: session)
    case .unsure:
      guard let pending = state.pending else { return nil }
      let level = library.intents[Int(pending.intent)].level
      guard level <= state.cap else { return notHere(level, state: state) }
      return Reply(
        text: BotWords.unsure(level), kind: .consentPrompt, level: level,
        consent: state.consent, awaitingConsent: true)
    case .grant(let level):
      state.consent = level
      if let pending = state.pending, library.intents[Int(pending.intent)].level <= level {
        state.pending = nil
        let answered = answer(pending, state: &state, session: session)
        let reply = Reply.joining([confirmation(state), answered]) ?? answered
        return drain(after: reply, state: &state, session: session)
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
        return perform(.no, text: text, state: &state, session: session)
      }
      state.queue = []
      return Reply(
        text: BotWords.refused(state.consent), kind: .consent, consent: state.consent)
    case .revoke:
      state.pending = nil
      state.queue = []
      state.consent = .none
      return Reply(text: BotWords.revoked, kind: .consent, consent: state.consent)
    case .status:
      return Reply(
        text: BotWords.status(state.consent), kind: .consent, consent: state.consent,
        awaitingConsent: state.pending != nil)
    case .followUp, .whatAbout:
      return nil
    }
  }

  /// Asks again for the question still waiting, after a message that was no answer to it.
  func stillWaiting(_ pending: PendingQuestion, state: SessionState) -> Reply {
    let level = library.intents[Int(pending.intent)].level
    guard level <= state.cap else { return notHere(level, state: state) }
    return Reply(
      text: BotWords.stillWaiting(level), kind: .consentPrompt, level: level,
      consent: state.consent, awaitingConsent: true)
  }

  /// Confirms the session's consent.
  func confirmation(_ state: SessionState) -> Reply {
    Reply(text: BotWords.granted(state.consent), kind: .consent, consent: state.consent)
  }

  /// The reply in a channel capped below an answer's level: no answer and no prompt.
  private func notHere(_ level: SpoilerLevel, state: SessionState) -> Reply {
    Reply(text: BotWords.notHere(level), kind: .refused, consent: state.consent)
  }

  /// The answer itself, rendered at the session's consent, remembered as context.
  private func answer(_ question: PendingQuestion, state: inout SessionState, session: String)
    -> Reply
  {
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
    context.remember(intent, in: &state)
    return Reply(
      text: text, kind: .answer, intent: intent.id, level: intent.level, consent: state.consent)
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
