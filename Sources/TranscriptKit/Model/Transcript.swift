import PerfectionBot

/// A scripted conversation: user turns, the replies expected, and directives between them.
public struct Transcript: Sendable {
  /// One step of a transcript, in file order.
  public enum Step: Sendable {
    /// `@session NAME`: the turns after it belong to that session.
    case session(String, line: Int)
    /// `@spoilers LEVEL`: set the current session's consent.
    case spoilers(SpoilerLevel, line: Int)
    /// `@markup none|discord|reddit|html`: render replies in a platform's spoiler markup.
    case markup(SpoilerMarkup, line: Int)
    /// `@reset`: forget the current session.
    case reset(line: Int)
    /// `> text` and what is expected of the reply.
    case turn(Turn)
  }

  /// The file's name, for messages.
  public let name: String
  /// The file's lines, for `--update`.
  public let lines: [String]
  /// The steps, in order.
  public let steps: [Step]

  /// The user turns alone.
  public var turns: [Turn] {
    steps.compactMap {
      if case .turn(let turn) = $0 { return turn }
      return nil
    }
  }
}
