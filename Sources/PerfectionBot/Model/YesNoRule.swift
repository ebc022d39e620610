/// How an intent answers a yes/no question: when the question holds these concepts, the
/// answer starts with "Yes." or "No.".
public struct YesNoRule: Sendable, Hashable {
  /// The concepts that select this rule.
  public let rule: AboutRule
  /// The answer to the yes/no question.
  public let isYes: Bool
}
