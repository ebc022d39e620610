/// Where sessions live between turns.
///
/// The dialogue manager only talks to this protocol, so a shared store (Redis, SQLite) can be
/// added without touching it. A store may forget a session at any time (eviction, expiry,
/// restart): forgetting is always safe, because a forgotten session starts again at consent
/// `none`.
public protocol SessionStore: Sendable {
  /// Runs `body` with the session's state and keeps what it changed; an unknown, expired or
  /// evicted session is given a fresh `SessionState()`.
  func withSession<Result>(_ id: String, _ body: (inout SessionState) -> Result) -> Result

  /// Forgets a session.
  func remove(_ id: String)

  /// How many sessions the store holds now.
  var count: Int { get }
}
