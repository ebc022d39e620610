/// Why a session store could not do what was asked.
public enum SessionStoreError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The session changed since it was loaded (another process or turn saved first): load it
  /// again and decide again. A revocation is never overwritten by an older grant this way.
  case conflict
  /// The store cannot be reached or failed (a database down, a timeout), with what it said.
  case unavailable(String)

  /// A short description for logs.
  public var description: String {
    switch self {
    case .conflict: "the session changed since it was loaded"
    case .unavailable(let reason): "the session store is unavailable: \(reason)"
    }
  }
}
