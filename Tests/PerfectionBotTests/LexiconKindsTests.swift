import TestSupport
import Testing

@testable import PerfectionBot

/// Phrases hide their words from other concepts; hints count for an intent but never against.
@Suite("Lexicon kinds")
struct LexiconKindsTests {
  static let yaml = """
    lexicon:
      trip: '\\b(?:went|trip)\\b'
      chapel: '\\bchapel\\b'
    hints:
      see: '\\bsee\\b'
    forms:
      q-what: '\\bwhat\\b'
    phrases:
      happen: '\\b(?:happened|went on)\\b'
    intents:
      - id: chapel
        level: none
        about: [chapel]
        answers: ["What happened in the chapel."]
      - id: trip
        level: none
        about: [trip]
        answers: ["The trip."]
    """

  static func names(_ matcher: IntentMatcher, _ question: String) -> Set<String> {
    let found = matcher.concepts(in: question)
    return Set(
      matcher.library.concepts.indices.filter { found.contains($0) }.map {
        matcher.library.concepts[$0].name
      })
  }

  @Test func aWordInsideAPhraseCountsForNothingElse() throws {
    let matcher = IntentMatcher(library: try Fixtures.load(Self.yaml))
    #expect(Self.names(matcher, "what went on in the chapel") == ["q-what", "happen", "chapel"])
    // The same word outside a phrase is still a topic, and so is a second occurrence.
    #expect(Self.names(matcher, "where they went") == ["trip"])
    #expect(Self.names(matcher, "what went on, where they went") == ["q-what", "happen", "trip"])
    #expect(matcher.match("what went on in the chapel").best?.intent.id == "chapel")
  }

  @Test func anUncoveredHintCostsNothingButAnUncoveredTopicDoes() throws {
    let matcher = IntentMatcher(library: try Fixtures.load(Self.yaml))
    let withHint = matcher.match("what did you see in the chapel")
    #expect(withHint.best?.intent.id == "chapel")
    #expect(withHint.best?.score == IntentMatcher.conceptScore)
    let withTopic = matcher.match("the trip to the chapel")
    #expect(withTopic.best == nil)
  }

  @Test func theShippedLexiconReadsPhrasesAndHints() {
    let matcher = IntentMatcher(library: Fixtures.library)
    #expect(!Self.names(matcher, "what went on in that chapel").contains("go"))
    #expect(!Self.names(matcher, "tell me about bachoff").contains("speech"))
    #expect(!Self.names(matcher, "do you know who plays charlotte").contains("q-yesno"))
    #expect(Self.names(matcher, "what did charlotte tell lizzie").contains("speech"))
    #expect(Self.names(matcher, "does lizzie survive").contains("q-yesno"))
  }

  @Test func aTieGoesToTheRuleNamingMoreTopics() {
    let result = IntentMatcher(library: Fixtures.library).match("who did charlotte take care of")
    #expect(result.best?.intent.id == "character.charlotte-mother")
  }
}
