/// What the bot remembers about one conversation: consent, a pending question and context.
///
/// Kept small on purpose (measured in the README): many idle sessions must fit in memory.
struct SessionState: Sendable, Hashable {
  /// The highest spoiler level this session agreed to.
  var consent: SpoilerLevel = .none
  /// Whether the manager has set this session up (applied the default consent).
  var started = false
  /// The question waiting for a yes or no, if any.
  var pending: PendingQuestion?
  /// The other parts of a compound question, still to answer after the pending one.
  var queue: [PendingQuestion] = []
  /// The question the user last declined, for a change of mind ("actually, yes").
  var declined: PendingQuestion?
  /// The intent a fallback offered as "did you mean…?" (index into the library), or -1; a
  /// "yes" on the next turn asks it.
  var guess: Int32 = -1
  /// The last intent answered (index into the library), or -1.
  var lastIntent: Int32 = -1
  /// The last character called "she" talked about (index into the characters), or -1.
  var lastShe: Int16 = -1
  /// The last character called "he" talked about (index into the characters), or -1.
  var lastHe: Int16 = -1
  /// How many more turns the context above stays valid.
  var contextTurnsLeft: UInt8 = 0
  /// Counts replies, to vary answers deterministically.
  var turn: UInt32 = 0
  /// The most this turn's message may reveal, whatever the consent.
  ///
  /// A public channel sends `none`. It lasts one turn and is never stored.
  var cap: SpoilerLevel = .ending

  /// What this turn may show: the consent, under the message's cap.
  var visible: SpoilerLevel { min(consent, cap) }

  /// Creates the state of a new session: no consent, nothing pending, no context.
  init() {}

  /// Sets a new session up, once: it starts at the manager's default consent.
  mutating func start(defaultConsent: SpoilerLevel) {
    guard !started else { return }
    started = true
    consent = defaultConsent
  }

  /// Drops the pending question, the rest of a compound question and a declined question.
  mutating func forgetWaiting() {
    pending = nil
    queue = []
    declined = nil
    guess = -1
  }
}
