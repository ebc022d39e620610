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

/// A user message and the expectations on the bot's reply.
public struct Turn: Sendable {
  /// The line of the `>` in the file (1-based).
  public let line: Int
  /// What the user says.
  public let input: String
  /// What the reply must satisfy.
  public let expectations: [Expectation]
}

/// One expectation on a reply.
public enum Expectation: Sendable {
  /// A reply line, exactly.
  case exact(String, line: Int)
  /// A PCRE2 pattern that must match the whole reply line (`… (re)`).
  case pattern(String, line: Int)
  /// Text the reply line must contain (`… (contains)`).
  case contains(String, line: Int)
  /// Text the reply must not contain anywhere (`! text`).
  case excludes(String, line: Int)
  /// A fact about the reply (`? intent=… level=… awaiting=yes`).
  case metadata(key: String, value: String, line: Int)

  /// The line in the file.
  public var line: Int {
    switch self {
    case .exact(_, let line), .pattern(_, let line), .contains(_, let line),
      .excludes(_, let line), .metadata(_, _, let line):
      line
    }
  }

  /// Whether this expectation stands for one line of the reply's text.
  var isLineExpectation: Bool {
    switch self {
    case .exact, .pattern, .contains: true
    case .excludes, .metadata: false
    }
  }
}
