import Foundation
import TestSupport
import Testing

@testable import PerfectionBot
@testable import TranscriptKit

/// The README's examples are real: they parse and run as the README says.
@Suite("README example")
struct ReadmeExampleTests {
  /// The README's code block of the given language that starts with `firstLine`.
  static func block(_ language: String, startingWith firstLine: String) throws -> String {
    let readme = try String(contentsOfFile: Fixtures.root + "/README.md", encoding: .utf8)
    let start = try #require(readme.range(of: "```\(language)\n\(firstLine)"))
    let body = readme[start.upperBound...]
    let end = try #require(body.range(of: "```"))
    return firstLine + body[..<end.lowerBound]
  }

  @Test func theTranscriptExampleRunsAsDescribed() throws {
    let text = try Self.block("text", startingWith: "# Charlotte's motive")
    let transcript = try TranscriptParser.parse(text, name: "README.md")
    let result = TranscriptRunner(library: Fixtures.library).run(transcript)
    #expect(result.turnCount == 3)
    // Only the last turn fails, as the README explains.
    #expect(result.failures.count == 1)
    #expect(result.failures.first?.input == "why did Charlotte do it?")
    #expect(result.failures.first?.linesMatched == false)
  }

  @Test func theIntentFileExampleLoadsAndAnswers() throws {
    let yaml = try Self.block("yaml", startingWith: "characters:")
    let library = try Fixtures.load(yaml, name: "README.md")
    #expect(library.intents.map(\.id) == ["cast.charlotte", "cast.allison-williams"])
    #expect(IntentLinter.warnings(for: library).isEmpty)
    let manager = DialogueManager(library: library)
    let reply = manager.respond(to: "Who plays Charlotte?", session: "s")
    #expect(reply.text == "Charlotte Willmore is played by Allison Williams.")
    #expect(manager.respond(to: "tell me more", session: "s").intent == "cast.allison-williams")
  }
}
