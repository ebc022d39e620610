import ArgumentParser
import Dispatch
import Logging
import PerfectionBot
import PerfectionWeb

/// `perfection web`: the chat page and the HTTP API.
struct WebCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "web",
    abstract: "Serve the chat page and the HTTP API.",
    discussion: """
      Open the address it prints in a browser to chat. The same server answers \
      POST /api/v1/messages ({"session","text"} in, the serve --format jsonl reply out), \
      POST /webhooks/rest/webhook (Rasa's REST channel: {"sender","message"}), GET /healthz \
      and GET /openapi.yaml. SIGTERM or Ctrl-C stops it after the requests in flight.

      Examples:
        perfection web
        perfection web --port 0                     # any free port; the address is printed
        perfection web --session-store sqlite:sessions.sqlite
      """)

  @OptionGroup var intentOptions: IntentOptions

  /// The ranges numeric options accept; a value outside exits 64 with the range.
  static let portRange = 0...65_535
  static let rateLimitRange = 0...1_000_000

  @Option(help: "The address to listen on (loopback by default).")
  var host = "127.0.0.1"

  @Option(help: "The port to listen on (0 to 65535; 0 picks a free one).")
  var port = 8080

  @Option(
    help:
      "Requests a minute per session, in bursts of as many, and ten times that per client address (0 to 1000000; 0 turns the limit off)."
  )
  var rateLimit = 60

  @OptionGroup var limits: SessionLimitOptions

  @OptionGroup var sessionStore: SessionStoreOptions

  @Flag(help: "Log only warnings and errors, not a line per request.")
  var quiet = false

  func validate() throws {
    _ = try sessionStore.location(default: .memory)
    guard Self.portRange.contains(port) else {
      throw ValidationError("--port must be from 0 to 65535")
    }
    guard Self.rateLimitRange.contains(rateLimit) else {
      throw ValidationError("--rate-limit must be from 0 to 1000000")
    }
  }

  func run() throws {
    let library = try intentOptions.loadLibrary()
    var logger = Logger(label: "perfection.web") { StreamLogHandler.standardError(label: $0) }
    logger.logLevel = quiet ? .warning : .info
    let storeLogger = logger
    let manager = DialogueManager(
      library: library,
      store: try limits.open(try sessionStore.location(default: .memory)),
      options: DialogueManager.Options(
        onStoreError: { storeLogger.error("session store: \($0)") }))
    let server = WebServer(
      manager: manager,
      options: WebServer.Options(host: host, port: port, rateLimit: rateLimit),
      logger: logger)
    let outcome = ServerOutcome()
    let done = DispatchSemaphore(value: 0)
    Task {
      do {
        try await server.run { address in
          _ = OutputSink.standardOutput.send(
            "perfection web: listening on \(address) (Ctrl-C to stop)\n")
        }
      } catch {
        outcome.fail("\(error)")
      }
      done.signal()
    }
    done.wait()
    if let failure = outcome.failure { throw CLIError.server(failure) }
  }
}
