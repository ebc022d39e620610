import ArgumentParser
import Foundation
import PerfectionBot
import PerfectionStores

/// The `--session-store URL` option of `chat` and `serve`, and opening the store it names.
struct SessionStoreOptions: ParsableArguments {
  /// Where sessions live.
  enum Location: Equatable {
    /// This process's memory: bounded, forgotten at exit.
    case memory
    /// An SQLite file.
    case sqlite(path: String)
    /// A PostgreSQL database shared by many processes.
    case postgres(url: String)
  }

  /// The forms accepted, for `--help` and for the error on a bad value.
  static let forms = "memory, sqlite:PATH or postgres://USER@HOST:PORT/DATABASE"

  @Option(
    name: .customLong("session-store"),
    help: ArgumentHelp(
      "Where sessions and their consent live: \(forms).",
      discussion:
        "memory forgets them at exit; sqlite:PATH keeps them in a file; postgres:// shares them between processes and machines.",
      valueName: "url"))
  var url: String?

  /// The location named, or the command's default.
  func location(default fallback: Location) throws -> Location {
    guard let url else { return fallback }
    return try Self.parse(url)
  }

  /// Reads a `--session-store` value; a bad one exits 64 with the forms accepted.
  static func parse(_ text: String) throws -> Location {
    if text == "memory" { return .memory }
    if text.hasPrefix("sqlite:") {
      let path = String(text.dropFirst("sqlite:".count))
      guard !path.isEmpty else {
        throw ValidationError(
          "--session-store sqlite: needs a file path; use one of \(forms)")
      }
      return .sqlite(path: path)
    }
    if text.hasPrefix("postgres://") || text.hasPrefix("postgresql://") {
      guard PostgresSessionStore.Location(url: text) != nil else {
        throw ValidationError(
          "--session-store \(text) is not a PostgreSQL URL; use one of \(forms)"
        )
      }
      return .postgres(url: text)
    }
    throw ValidationError("--session-store must be one of \(forms)")
  }

  /// The chat's default: an SQLite file in the user's state folder (`$XDG_STATE_HOME`, else
  /// `~/.local/state`), or memory when there is no home to keep it in.
  static func chatDefault() -> Location {
    let environment = ProcessInfo.processInfo.environment
    let state =
      environment["XDG_STATE_HOME"].flatMap { $0.isEmpty ? nil : $0 }
      ?? environment["HOME"].flatMap { $0.isEmpty ? nil : $0 + "/.local/state" }
    guard let state else { return .memory }
    return .sqlite(path: state + "/perfection/sessions.sqlite")
  }

  /// Opens the store at `location`.
  ///
  /// A store that cannot be opened at all is an error (EX_UNAVAILABLE); a database that goes
  /// away later makes turns fail safe instead.
  static func open(
    _ location: Location, maxSessions: Int = 100_000, idleTimeout: Double = 3_600
  ) throws(CLIError) -> any SessionStore {
    switch location {
    case .memory:
      return InMemorySessionStore(capacity: maxSessions, idleTimeoutSeconds: idleTimeout)
    case .sqlite(let path):
      do {
        return try SQLiteSessionStore(path: path, idleTimeoutSeconds: idleTimeout)
      } catch {
        throw .unavailable("\(error)")
      }
    case .postgres(let url):
      guard let location = PostgresSessionStore.Location(url: url) else {
        throw .unavailable("\(url) is not a PostgreSQL URL")
      }
      // Connects on first use: a database that is down now is tried again on every turn.
      return PostgresSessionStore(location, idleTimeoutSeconds: idleTimeout)
    }
  }
}
