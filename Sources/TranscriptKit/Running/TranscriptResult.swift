/// What running one transcript gave.
public struct TranscriptResult: Sendable {
  /// The transcript's name.
  public let name: String
  /// The turns that failed.
  public let failures: [TurnFailure]
  /// How many turns ran.
  public let turnCount: Int
  /// The intents whose answers the transcript's replies gave.
  public let answeredIntents: Set<String>
  /// The transcript's text with failing replies replaced by the actual ones (`--update`).
  public let updatedText: String?

  /// Whether every turn passed.
  public var passed: Bool { failures.isEmpty }
}
