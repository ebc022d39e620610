import Foundation
import PerfectionBot

/// The interactive front end.
///
/// A greeting, a prompt with line editing, slash commands, and wrapped, coloured answers. Without a terminal it is a plain reader: one answer per line.
struct REPL {
  let manager: DialogueManager
  let session: String
  let color: Bool
  /// Where line history is kept between runs; `nil` keeps it for this run only.
  let historyFile: String?
  private let output = OutputSink.standardOutput

  /// Runs until the user quits or input ends; returns the exit status.
  func run() -> Int32 {
    if Terminal.isInteractive,
      let editor = LineEditor(program: "perfection", prompt: "you> ", historyFile: historyFile)
    {
      say(BotWords.greeting, style: .dim)
      if manager.remembers(session: session) {
        say(BotWords.remembered(manager.consent(of: session)), style: .dim)
      }
      while case .line(let line) = editor.read() {
        if handle(line) == .quit { return 0 }
      }
      // Ctrl-D or Ctrl-C on an empty line: end the prompt's line before the shell's.
      output.write("\n")
      return 0
    }
    let reader = LineReader(maximumBytes: manager.options.maximumQuestionBytes + 1)
    while let line = reader.next() {
      switch line {
      case .text(let bytes):
        if handle(String(decoding: bytes, as: UTF8.self)) == .quit { return 0 }
      case .tooLong:
        if !show(manager.respondToOversizedMessage(session: session)) { return 0 }
      }
    }
    return 0
  }

  private enum Outcome { case next, quit }

  private func handle(_ line: String) -> Outcome {
    let trimmed = line.trimmingCharacters(in: .whitespaces)
    if trimmed.hasPrefix("/") {
      return command(trimmed)
    }
    if trimmed.isEmpty && Terminal.isInteractive { return .next }
    return show(manager.respond(to: line, session: session)) ? .next : .quit
  }

  private func command(_ text: String) -> Outcome {
    let words = text.split(separator: " ").map { $0.lowercased() }
    switch words.first {
    case "/quit", "/exit", "/q":
      return .quit
    case "/help", "/?":
      let help = BotWords.help(examples: manager.suggestions(for: session))
      say(help, style: .dim, wrap: false)
    case "/spoilers":
      if words.count > 1 {
        guard let level = SpoilerLevel(name: words[1]) else {
          say(BotWords.unknownLevel(words[1]), style: .warning)
          return .next
        }
        _ = show(manager.setConsent(level, session: session))
      } else {
        say(
          manager.status(of: session).text + " " + BotWords.levels,
          style: .dim)
      }
    case "/reset":
      manager.reset(session: session)
      say(
        BotWords.startingOver + " " + manager.status(of: session).text, style: .dim)
    default:
      say(BotWords.unknownCommand(words.first ?? text), style: .warning)
    }
    return .next
  }

  private enum Style { case plain, dim, warning, prompt }

  @discardableResult
  private func show(_ reply: Reply) -> Bool {
    say(reply.text, style: reply.awaitingConsent ? .prompt : .plain)
  }

  @discardableResult
  private func say(_ text: String, style: Style, wrap: Bool = true) -> Bool {
    let text = PrintableText.lines(text)
    guard Terminal.isInteractive else { return output.line(text) }
    let body = wrap ? Terminal.wrap(text, width: Terminal.width - 1) : text
    guard color else { return output.line(body) }
    let code =
      switch style {
      case .plain: "\u{1B}[36m"
      case .dim: "\u{1B}[2m"
      case .warning: "\u{1B}[31m"
      case .prompt: "\u{1B}[33m"
      }
    return output.line(code + body + "\u{1B}[0m")
  }
}
