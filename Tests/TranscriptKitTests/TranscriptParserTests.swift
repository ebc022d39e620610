import Testing

@testable import PerfectionBot
@testable import TranscriptKit

@Suite("TranscriptParser")
struct TranscriptParserTests {
  @Test func parsesTurnsExpectationsAndDirectives() throws {
    let transcript = try TranscriptParser.parse(
      """
      # comment
      @session alice
      @spoilers plot
      @markup discord
      > who plays charlotte?
      Charlotte Willmore is played by Allison Williams.
      Allison (contains)
      Char.* (re)
      ! Lizzie
      ? intent=cast.charlotte level=none
      \\> a line that starts with a marker
      @reset
      > again
      """, name: "t.t")
    #expect(transcript.steps.count == 6)
    let turns = transcript.turns
    #expect(turns.map(\.input) == ["who plays charlotte?", "again"])
    #expect(turns[0].line == 5)
    let kinds = turns[0].expectations.map { expectation -> String in
      switch expectation {
      case .exact: "exact"
      case .contains: "contains"
      case .pattern: "pattern"
      case .excludes: "excludes"
      case .metadata(let key, _, _): key
      }
    }
    #expect(kinds == ["exact", "contains", "pattern", "excludes", "intent", "level", "exact"])
    #expect(turns[0].expectations.map(\.line) == [6, 7, 8, 9, 10, 10, 11])
    if case .exact(let text, _) = turns[0].expectations[6] {
      #expect(text == "> a line that starts with a marker")
    }
  }

  @Test(arguments: [
    ("Charlotte\n", "t.t:1: error: expected reply before any '> ' user turn"),
    ("@spoilers lots\n", "t.t:1: error: unknown spoiler level 'lots'"),
    ("@frobnicate\n", "t.t:1: error: unknown directive '@frobnicate'"),
    ("> hi\n? colour=red\n", "t.t:2: error: bad metadata 'colour=red'"),
    ("> hi\n(unclosed (re)\n", "t.t:2: error: bad pattern: missing closing parenthesis"),
    ("@markup shiny\n", "t.t:1: error: unknown markup 'shiny'"),
    ("> hi\n.* (re)\n", "t.t:2: error: this pattern matches any reply line"),
    ("> hi\n(?s).*|x (re)\n", "t.t:2: error: this pattern matches any reply line"),
    ("> hi\n> who plays lizzie?\n", "t.t:1: error: no turn expects anything"),
    ("> hi\r.* (re)\r", "t.t:2: error: this pattern matches any reply line"),
  ])
  func errorsNameTheLine(_ text: String, _ message: String) {
    #expect {
      try TranscriptParser.parse(text, name: "t.t")
    } throws: { error in
      (error as? TranscriptError)?.description.hasPrefix(message) == true
    }
  }

  @Test func aFileWithOnlyCarriageReturnsIsManyLines() throws {
    let transcript = try TranscriptParser.parse(
      "> hi\rHi! (contains)\r> bye\rBye (contains)\r", name: "t.t")
    #expect(transcript.turns.count == 2)
    #expect(transcript.turns.allSatisfy { $0.expectations.count == 1 })
  }
}
