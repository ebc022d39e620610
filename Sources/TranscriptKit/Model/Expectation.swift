import PCRE2

/// One expectation on a reply.
public enum Expectation: Sendable {
  /// A reply line, exactly.
  case exact(String, line: Int)
  /// A PCRE2 pattern that must match the whole reply line (`… (re)`), as written and as
  /// compiled once, at parse time.
  case pattern(String, compiled: Pattern, line: Int)
  /// Text the reply line must contain (`… (contains)`).
  case contains(String, line: Int)
  /// Text the reply must not contain anywhere (`! text`).
  case excludes(String, line: Int)
  /// A fact about the reply (`? intent=… level=… awaiting=yes`).
  case metadata(key: String, value: String, line: Int)

  /// The line in the file.
  public var line: Int {
    switch self {
    case .exact(_, let line), .pattern(_, _, let line), .contains(_, let line),
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
