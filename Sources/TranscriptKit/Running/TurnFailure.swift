/// A turn whose reply did not meet its expectations.
public struct TurnFailure: Sendable {
  /// The transcript's name.
  public let file: String
  /// The line of the `>` turn.
  public let line: Int
  /// What the user said.
  public let input: String
  /// The expected reply lines, as written (patterns and substrings included).
  public let expected: [String]
  /// The reply's lines.
  public let actual: [String]
  /// Whether the reply's text met the line expectations (only other checks failed).
  public let linesMatched: Bool
  /// Failed metadata and exclusion checks, one sentence each.
  public let problems: [String]

  /// The failure as text: `FILE:LINE: error:`, the user turn, and a unified diff.
  public var report: String {
    var lines = ["\(file):\(line): error: reply to \"\(input)\" does not match"]
    lines += problems.map { "  \($0)" }
    if !linesMatched {
      lines.append("--- expected")
      lines.append("+++ actual")
      lines += LineDiff.unified(expected: expected, actual: actual)
    }
    return lines.joined(separator: "\n")
  }
}
