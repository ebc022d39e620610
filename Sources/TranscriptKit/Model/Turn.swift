/// A user message and the expectations on the bot's reply.
public struct Turn: Sendable {
  /// The line of the `>` in the file (1-based).
  public let line: Int
  /// What the user says.
  public let input: String
  /// What the reply must satisfy.
  public let expectations: [Expectation]
}
