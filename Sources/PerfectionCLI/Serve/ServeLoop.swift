import Foundation
import Logging
import PerfectionBot

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
  let logger: Logger
  private let output = OutputSink.standardOutput

  init(
    manager: DialogueManager, format: Format, markup: SpoilerMarkup, session: String,
    maximumLineBytes: Int, logger: Logger
  ) {
    self.manager = manager
    self.format = format
    self.markup = markup
    self.session = session
    self.maximumLineBytes = maximumLineBytes
    self.logger = logger
  }

  /// Serves until the end of input or until stdout is closed; returns the exit status.
  func run(descriptor: Int32 = 0) -> Int32 {
    let reader = LineReader(descriptor: descriptor, maximumBytes: maximumLineBytes)
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
          ? "{\"error\":\(JSONText.string(message)),\"line\":\(number)}"
          : manager.respondToOversizedMessage(session: session).text
      }
      guard output.line(text) else { return 0 }
    }
    return 0
  }

  private func textReply(_ bytes: [UInt8]) -> String {
    let reply = manager.respond(to: String(decoding: bytes, as: UTF8.self), session: session)
    log(reply, session: session)
    return fold(markup.apply(to: reply))
  }

  private func jsonReply(_ bytes: [UInt8], line: Int) -> String {
    func failure(_ message: String) -> String {
      "{\"error\":\(JSONText.string(message)),\"line\":\(line)}"
    }
    let message: IncomingMessage
    switch IncomingMessage.decode(bytes) {
    case .success(let decoded): message = decoded
    case .failure(let error): return failure(error.message)
    }
    let text = message.text
    let session = message.session ?? self.session
    let reply = manager.respond(to: text, session: session)
    log(reply, session: session)
    return "{\"session\":\(JSONText.string(session))"
      + ",\"reply\":\(JSONText.string(markup.apply(to: reply)))"
      + ",\"intent\":\(JSONText.optional(reply.intent))"
      + ",\"intents\":\(JSONText.array(reply.intents))"
      + ",\"spoiler\":\(JSONText.optional(reply.level?.name))"
      + ",\"awaiting_consent\":\(reply.awaitingConsent)"
      + ",\"consent\":\(JSONText.string(reply.consent.name))"
      + ",\"kind\":\(JSONText.string(reply.kind.rawValue))"
      + ",\"suggestions\":\(JSONText.array(reply.suggestions))}"
  }

  private func fold(_ text: String) -> String {
    guard text.utf8.contains(where: { $0 == 0x0A || $0 == 0x0D }) else { return text }
    return text.split(whereSeparator: \.isNewline).joined(separator: " ")
  }

  private func log(_ reply: Reply, session: String) {
    for hit in reply.limitHits {
      logger.warning("match limit reached: \(hit)", metadata: ["session": "\(session)"])
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
