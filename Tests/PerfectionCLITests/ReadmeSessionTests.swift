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

  @Test(arguments: [
    "where does charlotte go after her mom dies",
    "why did charlotte make lizzy cut off her hand?",
  ])
  func theExplainExamplesAreReal(_ question: String) throws {
    let output = try Binary.run(["explain", question])
    #expect(output.status == 0)
    #expect(Self.readme.contains("$ perfection explain \"\(question)\"\n"))
    for line in output.lines {
      #expect(Self.readme.contains(line + "\n"), "the README lacks: \(line)")
    }
  }
}
