import Foundation

/// Turns the engine's compact session state into a `SessionSnapshot` by ids, and back.
///
/// Reading a snapshot drops every part whose intent or character no longer exists, and
/// keeps consent as stored: loading never raises it. A snapshot of another layout version is
/// not read at all; its session starts over at consent `none`.
struct SessionCodec: Sendable {
  let library: IntentLibrary
  private let characterIndex: [String: Int16]

  init(library: IntentLibrary) {
    self.library = library
    var index: [String: Int16] = [:]
    for (position, character) in library.characters.enumerated() where position < Int(Int16.max) {
      index[character.name] = Int16(position)
    }
    self.characterIndex = index
  }

  /// The state a stored session holds; a session the store does not hold is new (not
  /// started), so the manager gives it the default consent.
  func state(from stored: StoredSession?) -> SessionState {
    var state = SessionState()
    guard let snapshot = stored?.snapshot else { return state }
    state.started = true
    guard snapshot.version == SessionSnapshot.currentVersion else { return state }
    state.consent = snapshot.consent
    state.pending = snapshot.pending.flatMap(question)
    state.queue = snapshot.queue.compactMap(question)
    state.declined = snapshot.declined.flatMap(question)
    state.guess = snapshot.guess.flatMap(intentNumber) ?? -1
    state.lastIntent = snapshot.lastIntent.flatMap(intentNumber) ?? -1
    state.lastShe = snapshot.lastShe.flatMap { characterIndex[$0] } ?? -1
    state.lastHe = snapshot.lastHe.flatMap { characterIndex[$0] } ?? -1
    // Context that points at nothing left is no context.
    state.contextTurnsLeft =
      state.lastIntent >= 0 ? UInt8(clamping: max(0, snapshot.contextTurnsLeft)) : 0
    state.turn = snapshot.turn
    return state
  }

  /// The snapshot of a state, keeping the creation time of the one it replaces.
  func snapshot(of state: SessionState, previous: SessionSnapshot?, now: Date = Date())
    -> SessionSnapshot
  {
    var snapshot = SessionSnapshot(consent: state.consent, now: now)
    snapshot.createdAt = previous?.createdAt ?? now
    snapshot.pending = state.pending.map(question)
    snapshot.queue = state.queue.map(question)
    snapshot.declined = state.declined.map(question)
    snapshot.guess = intentID(state.guess)
    snapshot.lastIntent = intentID(state.lastIntent)
    snapshot.lastShe = characterName(state.lastShe)
    snapshot.lastHe = characterName(state.lastHe)
    snapshot.contextTurnsLeft = Int(state.contextTurnsLeft)
    snapshot.turn = state.turn
    return snapshot
  }

  private func intentNumber(_ id: String) -> Int32? {
    library[id].map { Int32($0.order) }
  }

  private func intentID(_ number: Int32) -> String? {
    number >= 0 && Int(number) < library.intents.count ? library.intents[Int(number)].id : nil
  }

  private func characterName(_ index: Int16) -> String? {
    index >= 0 && Int(index) < library.characters.count
      ? library.characters[Int(index)].name : nil
  }

  private func question(_ stored: SessionSnapshot.Question) -> PendingQuestion? {
    intentNumber(stored.intent).map {
      PendingQuestion(intent: $0, captures: stored.captures, yesNo: stored.yesNo)
    }
  }

  private func question(_ pending: PendingQuestion) -> SessionSnapshot.Question {
    SessionSnapshot.Question(
      intent: intentID(pending.intent) ?? "", captures: pending.captures, yesNo: pending.yesNo)
  }
}
