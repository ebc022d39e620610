import Foundation
import TestSupport
import Testing

/// The README shows real sessions of each serve format; rerunning them must print the same.
@Suite("README sessions")
struct ReadmeSessionTests {
  static let readme: String =
    (try? String(
      contentsOfFile: Fixtures.root + "/README.md", encoding: .utf8)) ?? ""

  /// A `printf … | perfection serve …` session shown in the README, and what it printed.
  struct Session: CustomStringConvertible {
    let arguments: [String]
    let input: [String]
    let output: [String]
    var description: String { arguments.joined(separator: " ") }
  }

  /// Every serve session in the README's `text` blocks: the command (continued over lines
  /// ending in `\`), then the output up to the end of the block.
  static func sessions() -> [Session] {
    var sessions: [Session] = []
    let blocks = readme.components(separatedBy: "```text\n").dropFirst()
    for block in blocks {
      let lines = block.components(separatedBy: "\n```")[0].components(separatedBy: "\n")
      guard let first = lines.first, first.hasPrefix("$ printf '%s\\n' ") else { continue }
      var command = ""
      var index = 0
      while index < lines.count {
        let line = lines[index]
        index += 1
        guard line.hasSuffix("\\") else {
          command += line
          break
        }
        command += line.dropLast() + " "
      }
      let halves = command.components(separatedBy: "| perfection serve ")
      guard halves.count == 2 else { continue }
      // The quoted arguments of printf, after its format.
      var input: [String] = []
      var quote: Character?
      var current = ""
      for character in halves[0].dropFirst("$ printf '%s\\n' ".count) {
        if let open = quote {
          if character == open {
            input.append(current)
            current = ""
            quote = nil
          } else {
            current.append(character)
          }
        } else if character == "'" || character == "\"" {
          quote = character
        }
      }
      sessions.append(
        Session(
          arguments: ["serve"] + halves[1].split(separator: " ").map(String.init), input: input,
          output: Array(lines[index...])))
    }
    return sessions
  }

  @Test func theReadmeShowsSessionsOfEachFormat() {
    let sessions = Self.sessions()
    #expect(sessions.count >= 4)
    #expect(sessions.contains { $0.arguments.contains("text") })
    #expect(sessions.contains { $0.arguments.contains("jsonl") })
  }

  @Test(arguments: sessions())
  func everyServeSessionInTheReadmeIsReal(_ session: Session) throws {
    let output = try Binary.run(session.arguments, lines: session.input)
    #expect(output.status == 0)
    #expect(output.lines == session.output)
  }

  /// Every `$ perfection explain "…"` in the README's `text` blocks, with the lines after
  /// it up to a blank line, the next command or the end of the block.
  static func explainExamples() -> [(question: String, output: [String])] {
    var examples: [(String, [String])] = []
    for block in readme.components(separatedBy: "```text\n").dropFirst() {
      let lines = block.components(separatedBy: "\n```")[0].components(separatedBy: "\n")
      for (index, line) in lines.enumerated()
      where line.hasPrefix("$ perfection explain \"") && line.hasSuffix("\"") {
        let question = String(line.dropFirst("$ perfection explain \"".count).dropLast())
        let output = lines[(index + 1)...].prefix { !$0.isEmpty && !$0.hasPrefix("$ ") }
        examples.append((question, Array(output)))
      }
    }
    return examples
  }

  @Test func theReadmeHasExplainExamples() {
    #expect(Self.explainExamples().count >= 2)
  }

  /// Each explain example is the command's whole output, not a hand-shortened one.
  @Test(arguments: explainExamples().map(\.question))
  func theExplainExamplesAreReal(_ question: String) throws {
    let shown = try #require(Self.explainExamples().first { $0.question == question })
    let output = try Binary.run(["explain", question])
    #expect(output.status == 0)
    #expect(
      output.lines == shown.output,
      "intent lines moved? `make readme-explain` reruns the README's examples")
  }

  /// The README's lint example, rerun on the file it describes: the same lines, the same
  /// exit status.
  @Test func theLintExampleIsReal() throws {
    let block = try #require(
      Self.readme.components(separatedBy: "$ perfection lint bad/\n").dropFirst().first)
    let lines = block.components(separatedBy: "\n")
    let shown = lines.prefix { !$0.hasPrefix("$ ") }
    let status = try #require(lines.drop { $0 != "$ echo $?" }.dropFirst().first)
    try Fixtures.withTemporaryFolder { folder in
      let bad = folder.appendingPathComponent("bad")
      try FileManager.default.createDirectory(at: bad, withIntermediateDirectories: true)
      try Fixtures.brokenPatternFile.write(
        to: bad.appendingPathComponent("broken.yaml"), atomically: true, encoding: .utf8)
      let output = try Binary.run(["lint", "bad/"], directory: folder.path)
      let printed = output.stderr.split(separator: "\n").map(String.init)
      #expect(printed == Array(shown))
      #expect("\(output.status)" == status)
    }
  }
}

/// The README's terminal session, typed again at a real terminal (80 columns, no colour):
/// the screen, with the terminal's control sequences taken out, must be the whole block.
@Suite("README terminal session")
struct ReadmeTerminalSessionTests {
  /// The first `text` block after "## The REPL": the greeting, then `you> ` lines and replies.
  static func block() -> [String] {
    let section =
      ReadmeSessionTests.readme.components(separatedBy: "## The REPL\n").dropFirst()
      .first ?? ""
    let block = section.components(separatedBy: "```text\n").dropFirst().first ?? ""
    return block.components(separatedBy: "\n```")[0].components(separatedBy: "\n")
  }

  /// A terminal's output as the lines a reader sees: no escape sequences, bells or returns.
  static func plain(_ screen: String) -> [String] {
    var text = screen.replacingOccurrences(
      of: "\u{1B}\\[[0-9;?]*[A-Za-z]", with: "", options: .regularExpression)
    text = text.replacingOccurrences(of: "\u{1B}[=>]", with: "", options: .regularExpression)
    text = text.replacingOccurrences(of: "\r\n", with: "\n")
    text = text.replacingOccurrences(of: "\r", with: "").replacingOccurrences(of: "\u{7}", with: "")
    var lines = text.components(separatedBy: "\n")
    while lines.last?.isEmpty == true { lines.removeLast() }
    return lines
  }

  @Test func theReadmeTerminalSessionIsReal() throws {
    let expected = Self.block()
    let inputs = expected.filter { $0.hasPrefix("you> ") }.map { String($0.dropFirst(5)) }
    #expect(inputs.count >= 5)
    #expect(inputs.last == "/quit")
    let terminal = try TerminalSession(["chat"], environment: ["NO_COLOR": "1"])
    for input in inputs { terminal.type(input + "\r") }
    #expect(terminal.waitForExit() == 0)
    #expect(Self.plain(terminal.screen) == expected)
  }
}
