import PCRE2

/// One thing the bot can answer: the patterns that recognize a question and the answers to it.
///
/// A class, not a struct: intents are shared, read-only, by every match and session, and
/// passing a reference costs one retain where copying a struct of arrays costs a dozen.
public final class Intent: Sendable {
  /// The intent's unique id, such as `cast.charlotte`.
  public let id: String
  /// How much of the film the answer gives away.
  public let level: SpoilerLevel
  /// Higher wins when several intents match (default 0).
  public let priority: Int
  /// The compiled patterns, in file order: whole-question rules, high precision.
  let patterns: [Pattern]
  /// The sources of the patterns, in file order (`@name` references expanded).
  public var patternSources: [String] { patterns.map(\.source) }
  /// What the intent answers, as sets of lexicon concepts (`about:` in the file).
  public let about: [AboutRule]
  /// Every concept the intent's answers, examples and `about:` rules talk about: a
  /// question's concepts outside it count against the intent.
  public let vocabulary: ConceptSet
  /// How the answer begins for a yes/no question ("Yes." or "No.").
  public let yesNo: [YesNoRule]
  /// Answer variants; one is chosen per reply, deterministically per session.
  public let answers: [Template]
  /// A spoiler-free line offered when a user declines the spoiler (level `none` content).
  public let teaser: String?
  /// The subject the intent is about, for "what about X?" follow-ups (such as `cast`).
  public let topic: String?
  /// The character the answer is about, for resolving "she", "he" and "what about X?".
  public let character: String?
  /// Whom "she" and "her" may mean right after this answer ("charlotte's mother" after the
  /// mother's answer): read so when the character reading answers nothing, or only higher.
  public let sheMeans: String?
  /// Where "why?", "how?", "and then?" and "tell me more" lead after this answer.
  public let followUps: [FollowUpKind: String]
  /// Questions people ask that this intent answers; used for suggestions and lint checks.
  public let examples: [String]
  /// Whether the examples may be offered as suggestions (`suggest: false` in the file, for
  /// small talk such as greetings).
  public let isSuggested: Bool
  /// Where the intent is defined.
  public let location: SourceLocation
  /// The intent's position among all intents (files by name, then order in file).
  public let order: Int

  init(
    id: String, level: SpoilerLevel, priority: Int, patterns: [Pattern], about: [AboutRule],
    vocabulary: ConceptSet, yesNo: [YesNoRule], answers: [Template],
    teaser: String?, topic: String?, character: String?, sheMeans: String?,
    followUps: [FollowUpKind: String],
    examples: [String], isSuggested: Bool, location: SourceLocation, order: Int
  ) {
    self.id = id
    self.level = level
    self.priority = priority
    self.patterns = patterns
    self.about = about
    self.vocabulary = vocabulary
    self.yesNo = yesNo
    self.answers = answers
    self.teaser = teaser
    self.topic = topic
    self.character = character
    self.sheMeans = sheMeans
    self.followUps = followUps
    self.examples = examples
    self.isSuggested = isSuggested
    self.location = location
    self.order = order
  }
}
