import TestSupport
import Testing

@testable import PerfectionBot

/// Misspellings of the film's distinctive words are corrected; real words are left alone.
@Suite("Speller")
struct SpellerTests {
  static let speller = Speller(library: Fixtures.library)

  @Test(arguments: [
    ("what hapend in the chappel", "what hapend in the chapel"),
    ("whats the twsit", "whats the twist"),
    ("why does charlotte have a nife", "why does charlotte have a knife"),
    ("was charlotte jelous", "was charlotte jealous"), ("wht did antn do", "wht did anton do"),
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

  @Test func theMatcherReadsTheCorrection() {
    let result = IntentMatcher(library: Fixtures.library).match("what hapend in the chappel")
    #expect(result.normalized == "what hapend in the chapel")
    #expect(result.best?.intent.id == "twist.chapel")
  }
}
