/// An intent that matched a question, with what its best pattern captured.
public struct IntentMatch: Sendable {
  /// The intent.
  public let intent: Intent
  /// Which of the intent's patterns matched (0-based); the one with the longest match.
  public let patternIndex: Int
  /// The matched text's length in bytes: the specificity used to break priority ties.
  public let span: Int
  /// What the named groups captured.
  public let captures: [String: String]

  /// The source of the pattern that matched.
  public var pattern: String { intent.patterns[patternIndex].source }
}
