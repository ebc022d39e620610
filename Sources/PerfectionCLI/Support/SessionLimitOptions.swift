import ArgumentParser
import PerfectionBot

/// The bounds of a server's session store, `--max-sessions` and `--idle-timeout`, shared by
/// `serve` and `web`, and opening the store with them.
struct SessionLimitOptions: ParsableArguments {
  /// The ranges accepted; a value outside exits 64 with the range.
  static let sessionsRange = 1...10_000_000
  static let idleRange = 1.0...31_536_000.0

  @Option(
    help: "The most sessions kept at once (1 to 10000000); the least recently used go first.")
  var maxSessions = 100_000

  @Option(
    help: "Seconds a session may sit idle before it is forgotten, and its consent (1 to 31536000).")
  var idleTimeout: Double = 3_600

  func validate() throws {
    guard Self.sessionsRange.contains(maxSessions) else {
      throw ValidationError("--max-sessions must be from 1 to 10000000")
    }
    // NaN and infinities fail `contains` too.
    guard Self.idleRange.contains(idleTimeout) else {
      throw ValidationError("--idle-timeout must be from 1 to 31536000 seconds")
    }
  }

  /// Opens the store at `location` with these bounds.
  func open(_ location: SessionStoreOptions.Location) throws(CLIError) -> any SessionStore {
    try SessionStoreOptions.open(location, maxSessions: maxSessions, idleTimeout: idleTimeout)
  }
}
