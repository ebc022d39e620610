/// A transcript that cannot be read, with where and why.
public struct TranscriptError: Error, Sendable, CustomStringConvertible {
  /// The file's name.
  public let file: String
  /// The line (1-based).
  public let line: Int
  /// What is wrong and what to do.
  public let message: String

  /// The error as one line of text.
  public var description: String { "\(file):\(line): error: \(message)" }
}
