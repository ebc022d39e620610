import TestSupport
import Testing

@testable import PerfectionBot
@testable import TranscriptKit

/// Every shipped transcript runs as its own test, so `swift test` covers them one by one.
@Suite("Shipped transcripts")
struct ShippedTranscriptsTests {
  static let files: [String] = (try? TranscriptSuite.files(at: [Fixtures.transcriptsPath])) ?? []

  @Test func thereAreTranscripts() {
    #expect(Self.files.count >= 5)
  }

  @Test(arguments: ShippedTranscriptsTests.files)
  func transcriptPasses(_ file: String) throws {
    let transcript = try TranscriptSuite.load(file)
    let result = TranscriptRunner(library: Fixtures.library).run(transcript)
    #expect(result.turnCount > 0)
    for failure in result.failures {
      Issue.record(Comment(rawValue: failure.report))
    }
  }

  @Test func theTranscriptsCoverEveryIntent() throws {
    let suite = TranscriptSuite(library: Fixtures.library)
    let results = try Self.files.map { try suite.runner.run(TranscriptSuite.load($0)) }
    #expect(suite.uncovered(by: results) == [])
  }
}
