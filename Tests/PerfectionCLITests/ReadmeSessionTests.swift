import Foundation
import TestSupport
import Testing

/// The README shows real sessions of each serve format; rerunning them must print the same.
@Suite("README sessions")
struct ReadmeSessionTests {
  static let readme: String =
    (try? String(
      contentsOfFile: Fixtures.root + "/README.md", encoding: .utf8)) ?? ""

  @Test func theTextSessionIsReal() throws {
    let output = try Binary.run(
      ["serve", "--format", "text"],
      lines: [
        "who plays charlotte?", "why did charlotte do it?", "no", "why did charlotte do it?",
        "yes", "how?", "who directed it?",
      ])
    #expect(output.lines.count == 7)
    for line in output.lines {
      #expect(Self.readme.contains(line + "\n"), "the README lacks: \(line)")
    }
  }

  @Test func theJSONLinesSessionIsReal() throws {
    let output = try Binary.run(
      ["serve", "--format", "jsonl", "--spoiler-markup", "discord"],
      lines: [
        #"{"session":"alice","text":"why did Charlotte do it?"}"#,
        #"{"session":"bob","text":"who plays lizzie?"}"#,
        #"{"session":"alice","text":"yes"}"#, "not json",
      ])
    #expect(output.lines.count == 4)
    for line in output.lines {
      #expect(Self.readme.contains(line + "\n"), "the README lacks: \(line)")
    }
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
