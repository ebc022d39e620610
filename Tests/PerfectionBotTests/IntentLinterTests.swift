import TestSupport
import Testing

@testable import PerfectionBot

@Suite("IntentLinter")
struct IntentLinterTests {
  @Test func warnsAboutShadowedAndUnmatchedExamples() throws {
    let library = try Fixtures.load(
      """
      intents:
        - id: broad
          level: none
          priority: 5
          patterns: ['charlotte']
          answers: ["broad"]
          examples: ["tell me about charlotte"]
        - id: narrow
          level: none
          patterns: ['who plays charlotte']
          answers: ["narrow"]
          examples: ["who plays charlotte?", "something else entirely"]
      """)
    let warnings = IntentLinter.warnings(for: library)
    #expect(warnings.count == 2)
    #expect(warnings.allSatisfy { $0.severity == .warning })
    #expect(
      warnings[0].message
        == "example \"who plays charlotte?\" of 'narrow' is shadowed by 'broad' (score 45, test.yaml:2:5)"
    )
    #expect(warnings[0].hint?.contains("give 'narrow' a closer 'about:' rule") == true)
    #expect(
      warnings[1].message == "example \"something else entirely\" of 'narrow' matches nothing")
    #expect(warnings[1].location.description == "test.yaml:8:5")
  }
}
