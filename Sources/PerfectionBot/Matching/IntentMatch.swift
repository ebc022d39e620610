/// An intent that matched a question, with its score and what its best pattern captured.
public struct IntentMatch: Sendable {
  /// The intent.
  public let intent: Intent
  /// Which of the intent's patterns matched (0-based), the one with the longest match; `nil`
  /// when only an `about:` rule admitted the intent.
  public let patternIndex: Int?
  /// The matched text's length in bytes (0 without a pattern): breaks ties between scores.
  public let span: Int
  /// What the named groups captured.
  public let captures: [String: String]
  /// The `about:` rule with the most concepts that the question satisfies, if any.
  public let rule: AboutRule?
  /// How well the intent answers the question; higher is better (see `IntentMatcher`).
  public let score: Int
  /// The question's topics the intent talks about.
  public let covered: ConceptSet
  /// The question's topics (and unknown attributes) the intent says nothing about.
  public let uncovered: ConceptSet
  /// Whether the intent's answer holds the most of the words the question quotes.
  public let quotes: Bool

  /// The source of the pattern that matched, if one did.
  public var pattern: String? { patternIndex.map { intent.patterns[$0].source } }
}
