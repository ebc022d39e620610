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

  /// The text to show.
  public let text: String
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
    self.intents = intents ?? (kind == .answer ? intent.map { [$0] } ?? [] : [])
    self.text = text
    self.kind = kind
    self.intent = intent
    self.level = level
    self.consent = consent
    self.awaitingConsent = awaitingConsent
    self.suggestions = suggestions
    self.limitHits = limitHits
  }
}
