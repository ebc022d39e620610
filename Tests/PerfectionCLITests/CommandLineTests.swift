import Foundation
import TestSupport
import Testing

@Suite("Command line")
struct CommandLineTests {
  @Test func askAnswersFromAnyDirectory() throws {
    let output = try Binary.run(["ask", "who plays charlotte?"], directory: "/tmp")
    #expect(output.status == 0)
    #expect(output.stdout.contains("Allison Williams"))
    #expect(output.stderr.isEmpty)
  }

  @Test func aMovedCopyOfTheBinaryStillAnswers() throws {
    try Fixtures.withTemporaryFolder { folder in
      let copy = folder.appendingPathComponent("perfection")
      try FileManager.default.copyItem(at: Binary.url, to: copy)
      let output = try Binary.run(
        ["ask", "who plays lizzie?"], directory: folder.path, executable: copy)
      #expect(output.stdout.contains("Logan Browning"))
    }
  }

  @Test func askPromptsForSpoilersUnlessConsentIsGiven() throws {
    let prompt = try Binary.run(["ask", "why did charlotte do it?"])
    #expect(prompt.stdout.contains("Do you want the spoiler?"))
    #expect(!prompt.stdout.contains("jealous"))
    let answer = try Binary.run(["ask", "--spoilers", "twist", "why did charlotte do it?"])
    #expect(answer.stdout.contains("never jealous"))
  }

  @Test func lintNamesTheBrokenPatternAndFails() throws {
    try Fixtures.withTemporaryFolder { folder in
      let file = folder.appendingPathComponent("broken.yaml")
      try Fixtures.brokenPatternFile.write(to: file, atomically: true, encoding: .utf8)
      let output = try Binary.run(["lint", folder.path])
      #expect(output.status == 65)
      #expect(
        output.stderr.contains("\(file.path):5:30: error: bad pattern: missing closing parenthesis")
      )
      #expect(!output.stderr.contains("Fatal error"))
    }
  }

  @Test func lintOfTheShippedIntentsIsClean() throws {
    let output = try Binary.run(["lint", "--strict", Fixtures.intentsPath])
    #expect(output.status == 0)
    #expect(output.stdout.contains("no errors, 0 warnings"))
  }

  @Test func exitCodesFollowSysexits() throws {
    #expect(try Binary.run(["lint", "/nonexistent/folder"]).status == 66)
    #expect(try Binary.run(["ask", "--spoilers", "lots", "hi"]).status == 64)
    #expect(try Binary.run(["serve", "--format", "xml"]).status == 64)
    #expect(try Binary.run(["--intents", "/nonexistent", "ask", "hi"]).status == 66)
    let usage = try Binary.run(["frobnicate"])
    #expect(usage.status == 64)
    #expect(!usage.stderr.contains("Fatal error"))
  }

  @Test func explainShowsTheConceptsScoresAndRunnersUp() throws {
    let output = try Binary.run(["explain", "why did Charlotte make Lizzy cut off her hand?"])
    #expect(output.status == 0)
    #expect(output.stdout.contains("concepts: charlotte lizzie hand cut q-why"))
    #expect(output.stdout.contains("intent: twist.why-charlotte-did-it score "))
    #expect(output.stdout.contains("about \"q-why charlotte lizzie\""))
    #expect(output.stdout.contains("runner-up: plot.the-hand score "))
  }

  @Test func explainNamesTheWordThatKeepsAYesOrNoFromOpeningTheAnswer() throws {
    let fork = try Binary.run(["explain", "was lizzie stabbed with a fork"])
    #expect(fork.stdout.contains("yes/no: no \"Yes\" or \"No\": nothing reads \"fork\""))
    let hand = try Binary.run(["explain", "is it true that lizzie cut off her own hand"])
    #expect(!hand.stdout.contains("yes/no:"), "\(hand.stdout)")
  }

  @Test func versionAndHelpWithExamples() throws {
    #expect(try Binary.run(["--version"]).stdout == "0.1.0\n")
    for command in ["chat", "ask", "explain", "serve", "lint", "test"] {
      let help = try Binary.run([command, "--help"])
      #expect(help.status == 0)
      #expect(help.stdout.contains("Examples:"), "\(command) --help has no examples")
    }
  }

  @Test func shellCompletionsAreGenerated() throws {
    let bash = try Binary.run(["--generate-completion-script", "bash"])
    #expect(bash.status == 0)
    #expect(bash.stdout.contains("serve"))
  }

  @Test func testCommandReportsFailuresWithADiffAndASummary() throws {
    try Fixtures.withTemporaryFolder { folder in
      let file = folder.appendingPathComponent("wrong.t")
      try "> who plays charlotte?\nEmma Stone\n".write(to: file, atomically: true, encoding: .utf8)
      let output = try Binary.run(["test", folder.path])
      #expect(output.status == 1)
      #expect(output.stdout.contains("\(file.path):1: error: reply to \"who plays charlotte?\""))
      #expect(output.stdout.contains("-Emma Stone"))
      #expect(output.lines.last == "0 passed, 1 failed")
      let updated = try Binary.run(["test", "--update", folder.path])
      #expect(updated.stdout.contains("updated expected replies"))
      let again = try Binary.run(["test", folder.path])
      #expect(again.status == 0)
      #expect(again.lines.last == "1 passed, 0 failed")
    }
  }

  @Test func theShippedTranscriptsPassWithFullCoverage() throws {
    let output = try Binary.run(["test", "--coverage", Fixtures.transcriptsPath])
    #expect(output.status == 0)
    #expect(output.stdout.contains("(100.0%)"))
  }

  /// Runs the binary with stdin and stdout on the given files, and stderr on a pipe.
  static func runOnFiles(_ arguments: [String], stdin: String, stdout: String) throws -> (
    status: Int32, stderr: String
  ) {
    let process = Process()
    process.executableURL = Binary.url
    process.arguments = arguments
    process.standardInput = FileHandle(forReadingAtPath: stdin)
    process.standardOutput = FileHandle(forWritingAtPath: stdout)
    let errors = Pipe()
    process.standardError = errors
    try process.run()
    let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    return (process.terminationStatus, text)
  }

  @Test func aFailedWriteOrReadExits74AndSaysWhy() throws {
    let ask = try Self.runOnFiles(
      ["ask", "who plays charlotte?"], stdin: "/dev/null", stdout: "/dev/full")
    #expect(ask.status == 74)
    #expect(ask.stderr.contains("cannot write output"))
    let input = FileManager.default.temporaryDirectory.appendingPathComponent(
      "perfection-input-\(UUID().uuidString).txt")
    try Data("who plays lizzie?\n".utf8).write(to: input)
    defer { try? FileManager.default.removeItem(at: input) }
    let serve = try Self.runOnFiles(["serve"], stdin: input.path, stdout: "/dev/full")
    #expect(serve.status == 74)
    let folder = try Self.runOnFiles(["serve"], stdin: "/tmp", stdout: "/dev/null")
    #expect(folder.status == 74)
    #expect(folder.stderr.contains("cannot read input"))
  }

  @Test(arguments: [
    ["--idle-timeout", "inf"], ["--idle-timeout", "1e300"], ["--idle-timeout", "18446744074"],
    ["--idle-timeout", "1e-10"], ["--idle-timeout", "nan"],
    ["--max-line-bytes", "9223372036854775807"], ["--max-line-bytes", "1000000000000"],
    ["--max-sessions", "0"],
  ])
  func aNumericOptionOutOfRangeExits64WithItsRange(_ option: [String]) throws {
    let output = try Binary.run(["serve"] + option, lines: ["hi"])
    #expect(output.status == 64)
    #expect(output.stderr.contains("must be from"), "\(output.stderr)")
    #expect(output.stdout.isEmpty)
  }

  @Test func helpShowsLevelsByNameWithWhatEachLetsThrough() throws {
    for command in ["chat", "ask", "serve"] {
      let help = try Binary.run([command, "--help"]).stdout
      #expect(help.contains("(default: none)"), "\(command)")
      #expect(help.contains("twist             - the twist (the big reveal)"), "\(command)")
      #expect(!help.contains("(default: 0)"), "\(command)")
    }
  }

  @Test func lintAndTestOutsideAProjectSayWhatTheyDo() throws {
    try Fixtures.withTemporaryFolder { folder in
      let lint = try Binary.run(["lint"], directory: folder.path)
      #expect(lint.status == 0)
      #expect(lint.stdout.contains("intents, 3 characters: no errors"))
      let test = try Binary.run(["test"], directory: folder.path)
      #expect(test.status == 66)
      #expect(test.stderr.contains("pass transcript files or folders"))
    }
  }
}
