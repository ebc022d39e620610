import ArgumentParser

/// `perfection test`: run transcripts.
struct TestCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "test", abstract: "Run scripted transcript tests.")

  func run() throws {}
}
