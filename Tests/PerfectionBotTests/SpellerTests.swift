import TestSupport
import Testing

@testable import PerfectionBot

/// Misspellings of the film's distinctive words are corrected; real words are left alone.
@Suite("Speller")
struct SpellerTests {
  static let speller = Speller(library: Fixtures.library)

  @Test(arguments: [
    ("what hapend in the chappel", "what happened in the chapel"),
    ("whats the twsit", "whats the twist"),
    ("why does charlotte have a nife", "why does charlotte have a knife"),
    ("was charlotte jelous", "was charlotte jealous"), ("wht did antn do", "what did anton do"),
    ("why is it calld the perfection", "why is it called the perfection"),
  ])
  func misspellingsBecomeTheWordsMeant(_ typed: String, _ corrected: String) {
    #expect(Self.speller.correct(typed) == corrected)
  }

  @Test(arguments: [
    "who acts in the perfection", "is anton punished", "was charlotte helping lizzie",
    "what does the viewer think", "was bachoff a pedophile", "who plays lizzie",
    "who plays the two cellists",
  ])
  func realWordsAreLeftAlone(_ typed: String) {
    #expect(Self.speller.correct(typed) == typed)
  }

  @Test(arguments: [
    ("wat happend to anton", "what happened to anton"),
    ("wats the movie abt", "whats the movie about"),
    ("who won the fite", "who won the fight"),
    ("wich hand did u mean", "which hand did you mean"),
  ])
  func chatShorthandReadsAsTheWordsItStandsFor(_ typed: String, _ read: String) {
    #expect(Self.speller.correct(typed) == read)
  }

  @Test func anIntensifierAfterAQuestionWordIsDropped() {
    #expect(Self.speller.correct("what exactly did they do to him") == "what did they do to him")
    #expect(Self.speller.correct("why even bother") == "why bother")
    #expect(
      Self.speller.correct("it was exactly what i thought") == "it was exactly what i thought")
  }

  @Test func shorthandIsReplacedOnlyAsAWholeWord() {
    #expect(Self.speller.correct("what about water") == "what about water")
    #expect(Self.speller.correct("watch it") == "watch it")
  }

  @Test func theMatcherReadsTheCorrection() {
    let result = IntentMatcher(library: Fixtures.library).match("what hapend in the chappel")
    #expect(result.normalized == "what happened in the chapel")
    #expect(result.best?.intent.id == "twist.chapel")
  }
}
