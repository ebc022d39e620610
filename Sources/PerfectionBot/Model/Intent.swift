import PCRE2

/// One thing the bot can answer: the patterns that recognize a question and the answers to it.
public struct Intent: Sendable {
  /// The intent's unique id, such as `cast.charlotte`.
  public let id: String
  /// How much of the film the answer gives away.
  public let level: SpoilerLevel
  /// Higher wins when several intents match (default 0).
  public let priority: Int
  /// The compiled patterns, in file order.
  public let patterns: [Pattern]
  /// Answer variants; one is chosen per reply, deterministically per session.
  public let answers: [Template]
  /// A spoiler-free line offered when a user declines the spoiler (level `none` content).
  public let teaser: String?
  /// The subject the intent is about, for "what about X?" follow-ups (such as `cast`).
  public let topic: String?
  /// The character the answer is about, for resolving "she", "he" and "what about X?".
  public let character: String?
  /// Where "why?", "how?", "and then?" and "tell me more" lead after this answer.
  public let followUps: [FollowUpKind: String]
  /// Questions people ask that this intent answers; used for suggestions and lint checks.
  public let examples: [String]
  /// Where the intent is defined.
  public let location: SourceLocation
  /// The intent's position among all intents (files by name, then order in file).
  public let order: Int
}
