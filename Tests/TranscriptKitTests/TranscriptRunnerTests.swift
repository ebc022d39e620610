import TestSupport
import Testing

@testable import PerfectionBot
@testable import TranscriptKit

@Suite("TranscriptRunner")
struct TranscriptRunnerTests {
  static func run(_ text: String) throws -> TranscriptResult {
    TranscriptRunner(library: Fixtures.library).run(
      try TranscriptParser.parse(text, name: "Transcripts/x.t"))
  }

  @Test func aPassingTranscript() throws {
    let result = try Self.run(
      """
      > who plays charlotte?
      Charlotte Willmore is played by Allison Williams, whom you may know from Get Out.
      ? intent=cast.charlotte
      """)
    #expect(result.passed)
    #expect(result.answeredIntents == ["cast.charlotte"])
  }

  @Test func oneWrongExpectedLineFailsWithFileLineAndDiff() throws {
    let result = try Self.run(
      """
      # first line
      > who plays charlotte?
      Charlotte Willmore is played by Emma Stone.
      """)
    let failure = try #require(result.failures.first)
    #expect(result.failures.count == 1)
    #expect(failure.line == 2)
    #expect(
      failure.report == """
        Transcripts/x.t:2: error: reply to "who plays charlotte?" does not match
        --- expected
        +++ actual
        -Charlotte Willmore is played by Emma Stone.
        +Charlotte Willmore is played by Allison Williams, whom you may know from Get Out.
        """)
  }

  @Test func metadataAndExclusionFailuresAreReported() throws {
    let result = try Self.run(
      """
      > why did charlotte do it?
      ? awaiting=no
      ! careful
      """)
    let failure = try #require(result.failures.first)
    #expect(failure.linesMatched)
    #expect(failure.problems.count == 2)
    #expect(failure.report.contains("expected awaiting=no, got awaiting=yes"))
    #expect(failure.report.contains("must not contain \"careful\""))
    #expect(!failure.report.contains("--- expected"))
  }

  @Test func patternsAndSubstrings() throws {
    #expect(
      try Self.run(
        """
        > who plays charlotte?
        Charlotte .* Get Out\\. (re)
        """
      ).passed)
    #expect(
      try !Self.run(
        """
        > who plays charlotte?
        Lizzie (contains)
        """
      ).passed)
  }

  @Test func updateRewritesOnlyFailingExactLines() throws {
    let result = try Self.run(
      """
      > who plays charlotte?
      wrong
      > who plays lizzie?
      Lizzie is played by Logan Browning, whom you may know from Dear White People.
      > why did charlotte do it?
      """)
    #expect(
      result.updatedText == """
        > who plays charlotte?
        Charlotte Willmore is played by Allison Williams, whom you may know from Get Out.
        > who plays lizzie?
        Lizzie is played by Logan Browning, whom you may know from Dear White People.
        > why did charlotte do it?
        """)
  }

  @Test func sessionsAndConsentDirectives() throws {
    let result = try Self.run(
      """
      @session a
      @spoilers twist
      > why did charlotte do it?
      ? kind=answer
      @session b
      > why did charlotte do it?
      ? kind=consent_prompt
      """)
    #expect(result.passed, "\(result.failures.map(\.report))")
  }
}
