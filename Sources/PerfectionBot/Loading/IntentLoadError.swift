/// Why a set of intent files could not be loaded.
public enum IntentLoadError: Error, Sendable, CustomStringConvertible {
  /// A path given to the loader does not exist or cannot be read.
  case unreadable(path: String, reason: String)
  /// The files were read, but hold errors; every error of the load is listed.
  case invalid([LoadDiagnostic])

  /// The error as one line of text.
  public var description: String {
    switch self {
    case .unreadable(let path, let reason):
      "\(path): error: \(reason)"
    case .invalid(let diagnostics):
      diagnostics.map(\.description).joined(separator: "\n")
    }
  }
}
