import ArgumentParser
import Foundation
import PerfectionBot

/// `perfection chat`: the REPL.
struct ChatCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "chat",
    abstract: "Chat with the bot in the terminal (the default command).",
    discussion: """
      On a terminal: line editing, history, /help, /spoilers, /reset, /quit; Ctrl-D leaves, \
      Ctrl-C clears the line (or leaves on an empty one). History is kept in \
      $PERFECTION_HISTORY, else ~/.perfection_history; PERFECTION_HISTORY= (empty) keeps none. \
      Without a terminal it reads questions from stdin and prints one answer per line. \
      Consent is remembered between runs in $XDG_STATE_HOME/perfection/sessions.sqlite \
      (else ~/.local/state/perfection/sessions.sqlite); --session-store memory keeps it for \
      this run only, and /reset forgets it.

      Examples:
        perfection chat
        perfection chat --spoilers plot --no-color
        echo "who plays lizzie?" | perfection chat --session-store memory
      """)

  @OptionGroup var intentOptions: IntentOptions

  @Option(help: "Start with this much consent: none, plot, twist or ending.")
  var spoilers: SpoilerArgument = .none

  @Flag(help: "Never colour the output (also: the NO_COLOR environment variable).")
  var noColor = false

  @OptionGroup var sessionStore: SessionStoreOptions

  func validate() throws {
    _ = try sessionStore.location(default: .memory)
  }

  func run() throws {
    let library = try intentOptions.loadLibrary()
    let store = try SessionStoreOptions.open(
      try sessionStore.location(default: SessionStoreOptions.chatDefault()))
    let manager = DialogueManager(
      library: library, store: store,
      options: DialogueManager.Options(defaultConsent: spoilers.level))
    let status = REPL(
      manager: manager, session: "repl", color: Terminal.colorAllowed(flag: noColor),
      historyFile: Self.historyFile()
    ).run()
    if status != 0 { throw ExitCode(status) }
  }
}

extension ChatCommand {
  /// Where the REPL keeps its history: `$PERFECTION_HISTORY` (empty: nowhere), else
  /// `~/.perfection_history`.
  static func historyFile() -> String? {
    let environment = ProcessInfo.processInfo.environment
    if let path = environment["PERFECTION_HISTORY"] { return path.isEmpty ? nil : path }
    guard let home = environment["HOME"], !home.isEmpty else { return nil }
    return home + "/.perfection_history"
  }
}
