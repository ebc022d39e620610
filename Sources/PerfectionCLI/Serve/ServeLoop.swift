import Foundation
import Logging
import PerfectionBot
import PerfectionProtocol

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The stdin/stdout adapters for chat bridges: one reply line per input line, in order,
/// written at once.
struct ServeLoop {
  /// The wire format.
  enum Format: String, CaseIterable {
    /// One conversation: a line of text in, a line of text out.
    case text
    /// Many users: a JSON object per line in, a JSON object per line out.
    case jsonl
  }

  let manager: DialogueManager
  let format: Format
  let markup: SpoilerMarkup
  let session: String
  let maximumLineBytes: Int
  /// Split jsonl replies into `parts` of at most this many bytes; `nil` for no split.
  let maximumReplyBytes: Int?
  let logger: Logger
  /// The reply limits accepted, per process and per message.
  static let replyBytesRange = ReplySplitter.minimumBytes...ReplySplitter.maximumBytes
  private let output = OutputSink.standardOutput
  private let limitLog = LimitLog()

  init(
    manager: DialogueManager, format: Format, markup: SpoilerMarkup, session: String,
    maximumLineBytes: Int, maximumReplyBytes: Int? = nil, logger: Logger
  ) {
    self.manager = manager
    self.format = format
    self.markup = markup
    self.session = session
    self.maximumLineBytes = maximumLineBytes
    self.maximumReplyBytes = maximumReplyBytes
    self.logger = logger
  }

  /// Serves until the end of input or until stdout is closed; a failed read or write is an
  /// error (exit 74), a reader that went away is not.
  func run(descriptor: Int32 = 0) throws(CLIError) {
    let reader = LineReader(descriptor: descriptor, maximumBytes: maximumLineBytes)
    reader.stopRequested = { GracefulStop.isRequested }
    var number = 0
    while let line = reader.next() {
      number += 1
      let text: String
      switch line {
      case .text(let bytes):
        text = format == .jsonl ? jsonReply(bytes, line: number) : textReply(bytes)
      case .tooLong(let length):
        let message = "line \(number) is \(length) bytes; the limit is \(maximumLineBytes) bytes"
        logger.info("\(message)")
        text =
          format == .jsonl
          ? ErrorReply(error: message, line: number).jsonLine
          : PrintableText.oneLine(
            manager.respondToOversizedMessage(session: session, limit: maximumLineBytes).text)
      }
      switch output.send(text + "\n") {
      case .written: continue
      case .closed: return
      case .failed(let code): throw CLIError.output(String(cString: strerror(code)))
      }
    }
    if let code = reader.readError { throw CLIError.input(String(cString: strerror(code))) }
  }

  private func textReply(_ bytes: [UInt8]) -> String {
    let reply = manager.respond(to: String(decoding: bytes, as: UTF8.self), session: session)
    log(reply, session: session)
    return PrintableText.oneLine(markup.apply(to: reply))
  }

  private func jsonReply(_ bytes: [UInt8], line: Int) -> String {
    let request: ChatRequest
    switch IncomingMessage.decode(bytes) {
    case .success(let decoded): request = decoded
    case .failure(let error):
      return ErrorReply(error: error.message, line: line, id: error.id).jsonLine
    }
    let session = request.session ?? self.session
    if let limit = request.maxReplyBytes, !Self.replyBytesRange.contains(limit) {
      return ErrorReply(
        error: "\"max_reply_bytes\" must be an integer from \(Self.replyBytesRange.lowerBound) "
          + "to \(Self.replyBytesRange.upperBound)", line: line, id: request.id, session: session
      ).jsonLine
    }
    let markup = request.markup ?? self.markup
    let replyLimit = request.maxReplyBytes ?? maximumReplyBytes
    guard session.utf8.count <= manager.options.maximumSessionIDBytes else {
      return ErrorReply(
        error: "\"session\" is over \(manager.options.maximumSessionIDBytes) bytes", line: line,
        id: request.id
      ).jsonLine
    }
    switch request.op ?? .message {
    case .ping:
      return OperationReply(op: "pong", id: request.id).jsonLine
    case .reset:
      manager.reset(session: session)
      return OperationReply(
        op: "reset", id: request.id, session: session, consent: manager.consent(of: session)
      ).jsonLine
    case .consent:
      return OperationReply(
        op: "consent", id: request.id, session: session, consent: manager.consent(of: session)
      ).jsonLine
    case .setConsent:
      guard let level = request.level else {
        return ErrorReply(
          error: #"set_consent needs "level": none, plot, twist or ending"#, line: line,
          id: request.id, session: session
        ).jsonLine
      }
      let reply = manager.setConsent(level, session: session)
      return ChatReply(
        reply, session: session, markup: markup, id: request.id, maxReplyBytes: replyLimit
      ).jsonLine
    case .message:
      guard let text = request.text else {
        return ErrorReply(
          error: #"missing "text" (a string)"#, line: line, id: request.id, session: session
        ).jsonLine
      }
      let reply = manager.respond(
        to: text, session: session, maxSpoiler: request.maxSpoiler ?? .ending)
      log(reply, session: session)
      return ChatReply(
        reply, session: session, markup: markup, id: request.id, maxReplyBytes: replyLimit
      ).jsonLine
    }
  }

  private func log(_ reply: Reply, session: String) {
    // One line per reply at most, naming only patterns not reported before.
    if !reply.limitHits.isEmpty {
      let new = limitLog.firstSeen(reply.limitHits)
      if !new.isEmpty {
        let named = new.prefix(3).joined(separator: ", ") + (new.count > 3 ? ", …" : "")
        logger.warning(
          "match limit reached on \(reply.limitHits.count) pattern(s), \(new.count) new: \(named)",
          metadata: ["session": "\(session)"])
      }
    }
    logger.info(
      "reply",
      metadata: [
        "session": "\(session)", "kind": "\(reply.kind.rawValue)",
        "intent": "\(reply.intent ?? "-")", "level": "\(reply.level?.name ?? "-")",
        "consent": "\(reply.consent.name)",
      ])
  }
}
