/// A place in an intent file, 1-based, for error messages in `FILE:LINE:COL` form.
public struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
  /// The file's path as it was given to the loader.
  public var file: String
  /// The line, counting from 1.
  public var line: Int
  /// The column, counting from 1, in characters.
  public var column: Int

  /// Creates a location.
  public init(file: String, line: Int, column: Int) {
    self.file = file
    self.line = line
    self.column = column
  }

  /// The error as one line of text.
  public var description: String { "\(file):\(line):\(column)" }
}
