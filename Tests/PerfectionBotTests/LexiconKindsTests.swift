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

  static let asksYAML = """
    lexicon:
      knife: '\\bknife\\b'
      pills: '\\bpills\\b'
    asks:
      q-where: '^(?:(?!\\b(?:what|why|how|who|when|where)\\b).)*\\bwhere\\b'
    intents:
      - id: knife
        level: plot
        about: [knife]
        answers: ["Charlotte has a knife."]
      - id: pills
        level: twist
        about: [pills, pills q-where]
        answers: ["They were her mother's leftover medication."]
      - id: where-bought
        level: none
        patterns: ['\\bwhere did she buy\\b', '\\bbuy\\b']
        answers: ["At the market."]
    """

  @Test func anAskOnlyARuleNamingItAnswers() throws {
    let matcher = IntentMatcher(library: try Fixtures.load(Self.asksYAML))
    // The knife's one rule names no place: asked where, the question has no answer.
    #expect(matcher.match("where did charlotte get the knife").best == nil)
    #expect(matcher.match("why did charlotte have the knife").best?.intent.id == "knife")
    // The pills claim the place with `pills q-where`.
    #expect(matcher.match("where did the pills come from").best?.intent.id == "pills")
    // Only the first question word asks: "where" after "what" asks for no place.
    #expect(matcher.match("what is the knife for where they go").best?.intent.id == "knife")
  }

  @Test func aPatternAnswersAnAskOnlyWhenItTakesInTheQuestionWord() throws {
    let matcher = IntentMatcher(library: try Fixtures.load(Self.asksYAML))
    #expect(matcher.match("where did she buy it").best?.intent.id == "where-bought")
    // "\\bbuy\\b" matches, but not the word that asks where.
    #expect(matcher.match("where was it they could buy it").best == nil)
  }

  @Test func theShippedLexiconAsksByTheFirstQuestionWord() {
    let matcher = IntentMatcher(library: Fixtures.library)
    #expect(Self.names(matcher, "where did charlotte buy the knife").contains("q-where"))
    #expect(!Self.names(matcher, "what did lizzie do when she found out").contains("q-when"))
    #expect(!Self.names(matcher, "was charlotte the one who planned it").contains("q-who"))
    #expect(Self.names(matcher, "do you know where charlotte got the knife").contains("q-where"))
    #expect(matcher.match("where did charlotte buy the knife").best == nil)
    #expect(matcher.match("who drove the bus").best == nil)
  }

  @Test func aThingNoConceptKnowsIsAThingTheArticleNeverGives() {
    let matcher = IntentMatcher(library: Fixtures.library)
    #expect(Self.names(matcher, "what airline did charlotte fly with").contains("q-thing"))
    #expect(matcher.match("what airline did charlotte fly with").best == nil)
    #expect(matcher.match("what perfume does charlotte wear").best == nil)
    // A thing a concept knows, that the answer talks about, is answered.
    #expect(matcher.match("which hand did lizzie lose").best?.intent.id == "ending.lizzie-hand")
    #expect(
      matcher.match("what instrument does charlotte play").best?.intent.id == "film.instrument")
    // "a", "the" and the like are no things; neither is "airline" skipped for starting with "a".
    #expect(!Self.names(matcher, "what is the twist").contains("q-thing"))
  }
}
