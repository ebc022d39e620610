import PerfectionBot

/// Every way a command can fail, each with its message and its sysexits exit code.
///
/// Commands throw these; `PerfectionMain` turns them into text on stderr and an exit status,
/// in that one place.
enum CLIError: Error {
  /// Intent files hold errors (EX_DATAERR).
  case invalidIntents([LoadDiagnostic])
  /// A path given on the command line does not exist or cannot be read (EX_NOINPUT).
  case noInput(path: String, reason: String)
  /// Transcripts ran and some failed (exit 1).
  case testsFailed(Int)
  /// Lint found only warnings, and `--strict` makes them fail (exit 1).
  case warnings(Int)
  /// Writing output failed (EX_IOERR).
  case output(String)
  /// Reading input failed, such as a folder given as standard input (EX_IOERR).
  case input(String)
  /// The session store cannot be opened (EX_UNAVAILABLE).
  case unavailable(String)
  /// The web server cannot listen or stopped with an error (EX_UNAVAILABLE).
  case server(String)

  /// The sysexits(3) status for this error.
  var exitCode: Int32 {
    switch self {
    case .invalidIntents: 65  // EX_DATAERR
    case .noInput: 66  // EX_NOINPUT
    case .testsFailed, .warnings: 1
    case .output, .input: 74  // EX_IOERR
    case .unavailable, .server: 69  // EX_UNAVAILABLE
    }
  }

  /// The text printed on stderr; empty when the command already said everything.
  var message: String {
    switch self {
    case .invalidIntents(let diagnostics):
      let errors = diagnostics.filter { $0.severity == .error }.count
      return diagnostics.map(\.description).joined(separator: "\n")
        + "\nperfection: \(errors) error\(errors == 1 ? "" : "s") in intent files; nothing was loaded"
    case .noInput(let path, let reason):
      return "perfection: \(path): \(reason)"
    case .testsFailed, .warnings:
      return ""
    case .output(let text):
      return "perfection: cannot write output: \(text)"
    case .input(let text):
      return "perfection: cannot read input: \(text)"
    case .unavailable(let text):
      return "perfection: cannot open the session store: \(text)"
    case .server(let text):
      return "perfection: web server: \(text)"
    }
  }

  /// Maps a loader error to a command-line error.
  init(_ error: IntentLoadError) {
    switch error {
    case .unreadable(let path, let reason): self = .noInput(path: path, reason: reason)
    case .invalid(let diagnostics): self = .invalidIntents(diagnostics)
    }
  }
}
