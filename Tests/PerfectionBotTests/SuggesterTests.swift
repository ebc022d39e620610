import TestSupport
import Testing

@testable import PerfectionBot

@Suite("Suggester")
struct SuggesterTests {
  @Test(arguments: [
    ("Who plays Charlotte's part?", ["plays", "charlotte's", "part"]),
    ("the weather, in SHANGHAI!", ["weather", "shanghai"]),
    ("Antón and Élodie", ["antón", "élodie"]),
    ("", []),
  ])
  func contentWords(_ text: String, _ expected: [Substring]) {
    #expect(Suggester.words(text) == Set(expected))
  }

  @Test func closestFirstThenLibraryOrderNeverAboveConsent() {
    let suggester = Suggester(library: Fixtures.library)
    let weather = suggester.suggest(for: "what's the weather in shanghai?", consent: .none)
    #expect(weather.first == "why does charlotte go to shanghai?")
    #expect(weather.count == 3)
    let nothing = suggester.suggest(for: "zzz", consent: .none)
    // Small talk (suggest: false) is never offered; the first film questions are.
    let firstExamples = Fixtures.library.intents.filter(\.isSuggested).prefix(3).map {
      $0.examples[0]
    }
    #expect(!nothing.contains("hello"))
    #expect(nothing == firstExamples)
    let tattoo = suggester.suggest(for: "tattoo meaning", consent: .none)
    #expect(!tattoo.contains("what does the tattoo mean?"))
    #expect(
      suggester.suggest(for: "tattoo meaning", consent: .twist).first
        == "what does the tattoo mean?")
  }
}
