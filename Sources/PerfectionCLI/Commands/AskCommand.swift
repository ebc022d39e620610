import ArgumentParser
import PerfectionBot

/// `perfection ask`: one question, one answer.
struct AskCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "ask",
    abstract: "Answer one question and exit.",
    discussion: """
      Without --spoilers, a question whose answer is a spoiler gets a consent prompt instead.

      Examples:
        perfection ask "who plays charlotte?"
        perfection ask --spoilers twist "why did charlotte do it?"
      """)

  @OptionGroup var intentOptions: IntentOptions

  @Option(help: "Answer as if you had agreed to this level: none, plot, twist or ending.")
  var spoilers: SpoilerArgument = .none

  @Argument(help: "The question, in your own words.")
  var question: [String]

  func run() throws {
    let library = try intentOptions.loadLibrary()
    let manager = DialogueManager(
      library: library, options: DialogueManager.Options(defaultConsent: spoilers.level))
    let reply = manager.respond(to: question.joined(separator: " "), session: "ask")
    try OutputSink.standardOutput.emit(PrintableText.oneLine(reply.text))
  }
}
