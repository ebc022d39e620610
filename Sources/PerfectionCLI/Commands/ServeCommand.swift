import ArgumentParser
import Logging
import PerfectionBot

/// `perfection serve`: the stdin/stdout adapters for chat bridges.
struct ServeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "serve",
    abstract: "Answer a stream of messages on stdin, one reply line per input line.",
    discussion: """
      --format text: one conversation; each line in gets exactly one line out, in order, \
      flushed at once (multi-line answers are folded onto one line).

      --format jsonl: many users; each line in is {"session":"alice","text":"…"} and each \
      line out is {"session","reply","intent","intents","spoiler","awaiting_consent",\
      "consent","kind","suggestions"}. A request may add "id" (echoed), "max_spoiler" (the \
      most this message may reveal), "markup" (this reply's spoiler markup), \
      "max_reply_bytes" (split this reply into "parts") or "op" instead of "text": reset, \
      consent, set_consent (with "level") or ping. A malformed line gets \
      {"error":"…","line":N} and the stream goes on.

      Examples:
        perfection serve --format text
        perfection serve --format jsonl --spoiler-markup discord < messages.jsonl
        perfection serve --format jsonl --spoilers ending --verbose
      """)

  @OptionGroup var intentOptions: IntentOptions

  @Option(help: "Wire format: text (one conversation) or jsonl (many sessions).")
  var format: ServeLoop.Format = .text

  @Option(help: "Consent that new sessions start with: none, plot, twist or ending.")
  var spoilers: SpoilerArgument = .none

  @Option(
    help:
      "Wrap spoiler answers in a platform's markup: none, discord, reddit, html, telegram or matrix."
  )
  var spoilerMarkup: SpoilerMarkup = .none

  @Option(help: "The session name for --format text, and for jsonl lines without one.")
  var session = "stdin"

  /// The ranges numeric options accept; a value outside exits 64 with the range.
  static let lineBytesRange = 16...16_777_216

  @Option(help: "Lines longer than this many bytes get an error reply instead (16 to 16777216).")
  var maxLineBytes = 65_536

  @OptionGroup var limits: SessionLimitOptions

  @Option(
    help:
      "With --format jsonl: split each reply into \"parts\" of at most this many bytes, at sentence boundaries (128 to 1048576)."
  )
  var maxReplyBytes: Int?

  @OptionGroup var sessionStore: SessionStoreOptions

  @Flag(help: "Log a line per reply on stderr.")
  var verbose = false

  func validate() throws {
    _ = try sessionStore.location(default: .memory)
    guard Self.lineBytesRange.contains(maxLineBytes) else {
      throw ValidationError("--max-line-bytes must be from 16 to 16777216")
    }
    if let maxReplyBytes {
      guard ServeLoop.replyBytesRange.contains(maxReplyBytes) else {
        throw ValidationError("--max-reply-bytes must be from 128 to 1048576")
      }
      guard format == .jsonl else {
        throw ValidationError(
          "--max-reply-bytes needs --format jsonl: a text reply is always one line")
      }
    }
  }

  func run() throws {
    let library = try intentOptions.loadLibrary()
    var logger = Logger(label: "perfection.serve") { StreamLogHandler.standardError(label: $0) }
    logger.logLevel = verbose ? .info : .warning
    let storeLogger = logger
    let manager = DialogueManager(
      library: library,
      store: try limits.open(try sessionStore.location(default: .memory)),
      options: DialogueManager.Options(
        defaultConsent: spoilers.level,
        onStoreError: { storeLogger.error("session store: \($0)") }))
    let loop = ServeLoop(
      manager: manager, format: format, markup: spoilerMarkup, session: session,
      maximumLineBytes: maxLineBytes, maximumReplyBytes: maxReplyBytes, logger: logger)
    GracefulStop.install()
    try loop.run()
  }
}

extension ServeLoop.Format: ExpressibleByArgument {}

extension SpoilerMarkup: ExpressibleByArgument {}
