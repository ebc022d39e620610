/// What the bot says back to one message, with the facts front ends and tests need.
public struct Reply: Sendable, Hashable {
  /// What sort of reply this is.
  public enum Kind: String, Sendable, Hashable, CaseIterable {
    /// An answer from an intent.
    case answer
    /// A question: the answer is above the session's consent; "yes" or "no" expected.
    case consentPrompt = "consent_prompt"
    /// The user said no to a spoiler; holds the intent's spoiler-free teaser if it has one.
    case declined
    /// Nothing matched: an honest "I don't know" with suggestions.
    case fallback
    /// The session's consent changed, or was reported.
    case consent
    /// The message could not be read as a question (empty or too long).
    case refused
  }

  /// One piece of a reply's text, with the spoiler level of the answer it holds, if any.
  ///
  /// A reply to several questions at once holds several pieces, and a platform's spoiler
  /// markup hides each answer piece above level `none` on its own.
  public struct Part: Sendable, Hashable {
    /// The text of this piece.
    public let text: String
    /// The level of the answer this piece is, or `nil` for the bot's own words (prompts,
    /// confirmations, fallbacks).
    public let spoiler: SpoilerLevel?
  }

  /// The text to show: every part, joined by a space.
  public let text: String
  /// The pieces of the text, in order.
  public let parts: [Part]
  /// What sort of reply this is.
  public let kind: Kind
  /// The intent answered, if any.
  ///
  /// Only answers carry it: an intent's id can name what its answer is about, so a consent
  /// prompt or a declined question never shows it.
  public let intent: String?
  /// The spoiler level of the answer (or of the answer waiting for consent), if any.
  public let level: SpoilerLevel?
  /// The consent the session holds after this reply.
  public let consent: SpoilerLevel
  /// Whether the bot is waiting for a yes or no.
  public let awaitingConsent: Bool
  /// Every intent answered by this reply, in order: more than one when a message asked
  /// several questions at once ("who is in it and when did it come out?").
  public let intents: [String]
  /// Questions the bot suggests asking next; never above the session's consent.
  public let suggestions: [String]
  /// Patterns that hit a match limit on this message ("intent pattern #N"), for logs only.
  public let limitHits: [String]

  /// Creates a reply.
  public init(
    text: String, kind: Kind, intent: String? = nil, level: SpoilerLevel? = nil,
    consent: SpoilerLevel, awaitingConsent: Bool = false, suggestions: [String] = [],
    limitHits: [String] = [], intents: [String]? = nil
  ) {
    self.init(
      parts: [Part(text: text, spoiler: kind == .answer ? level : nil)], kind: kind,
      intent: intent, level: level, consent: consent, awaitingConsent: awaitingConsent,
      suggestions: suggestions, limitHits: limitHits,
      intents: intents ?? (kind == .answer ? intent.map { [$0] } ?? [] : []))
  }

  /// A reply made of several pieces: the first reply's facts, then each later reply's text.
  ///
  /// The result takes its kind, pending question and consent from the last reply, lists the
  /// intents of all in order, and its level is the pending question's level while one waits,
  /// else the highest level answered.
  public static func joining(_ replies: [Reply]) -> Reply? {
    guard let last = replies.last else { return nil }
    guard replies.count > 1 else { return last }
    let intents = replies.flatMap(\.intents)
    let answered = replies.flatMap(\.parts).compactMap(\.spoiler).max()
    return Reply(
      parts: replies.flatMap(\.parts), kind: last.kind,
      intent: last.awaitingConsent ? nil : intents.last,
      level: last.awaitingConsent ? last.level : answered ?? last.level,
      consent: last.consent, awaitingConsent: last.awaitingConsent,
      suggestions: last.suggestions, limitHits: replies.flatMap(\.limitHits), intents: intents)
  }

  private init(
    parts: [Part], kind: Kind, intent: String?, level: SpoilerLevel?, consent: SpoilerLevel,
    awaitingConsent: Bool, suggestions: [String], limitHits: [String], intents: [String]
  ) {
    self.text = parts.count == 1 ? parts[0].text : parts.map(\.text).joined(separator: " ")
    self.parts = parts
    self.kind = kind
    self.intent = intent
    self.level = level
    self.consent = consent
    self.awaitingConsent = awaitingConsent
    self.suggestions = suggestions
    self.limitHits = limitHits
    self.intents = intents
  }
}
