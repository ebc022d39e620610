import ArgumentParser

/// The `perfection` command: a spoiler-aware bot about the film The Perfection (2019).
public struct PerfectionCommand: ParsableCommand {
  /// The command's version, printed by `--version`.
  public static let version = "0.1.0"

  /// The command's name, help and subcommands.
  public static let configuration = CommandConfiguration(
    commandName: "perfection",
    abstract: "Answers questions about the film The Perfection (2019), without spoiling it.",
    discussion: """
      Every answer comes from one article about the film and carries a spoiler level \
      (none < plot < twist < ending). The bot asks before it reveals anything above what \
      you agreed to.

      Examples:
        perfection                          # chat in the terminal
        perfection ask "who plays charlotte?"
        perfection ask --spoilers twist "why did charlotte do it?"
        perfection serve --format jsonl < conversations.jsonl
        perfection lint Intents/
        perfection test Transcripts/
      """,
    version: version,
    subcommands: [
      ChatCommand.self, AskCommand.self, ExplainCommand.self, ServeCommand.self,
      WebCommand.self, LintCommand.self, TestCommand.self,
    ],
    defaultSubcommand: ChatCommand.self
  )

  /// `--intents DIR` before the subcommand; each subcommand reads it too.
  @OptionGroup var intentOptions: IntentOptions

  /// Creates the command; the parser fills it in.
  public init() {}
}
