/// One problem found while loading intent files: where, what is wrong and what to do.
public struct LoadDiagnostic: Sendable, Hashable, CustomStringConvertible {
  /// How serious the problem is.
  public enum Severity: String, Sendable, Hashable {
    /// The files cannot be loaded.
    case error
    /// The files load, but something is likely a mistake (lint only).
    case warning
  }

  /// Where the problem is.
  public let location: SourceLocation
  /// Whether it stops the load.
  public let severity: Severity
  /// What is wrong.
  public let message: String
  /// What to do about it.
  public let hint: String?

  /// Creates a diagnostic.
  public init(
    _ location: SourceLocation, _ severity: Severity = .error, _ message: String,
    hint: String? = nil
  ) {
    self.location = location
    self.severity = severity
    self.message = message
    self.hint = hint
  }

  /// The diagnostic as one line, `FILE:LINE:COL: error: message (hint)`.
  public var description: String {
    let tail = hint.map { " (\($0))" } ?? ""
    return "\(location): \(severity.rawValue): \(message)\(tail)"
  }
}
