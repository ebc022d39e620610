import DefaultIntents
import Testing

@testable import PerfectionBot

/// The build embeds the intent files and what loading them derives, and the two agree.
@Suite("Embedded intents")
struct EmbeddedIntentsTests {
  static var sources: [IntentSource] {
    DefaultIntents.files.map { IntentSource(name: $0.name, text: $0.text) }
  }

  @Test func theBuildEmbedsACacheOfTheEmbeddedFiles() throws {
    let text = try #require(DefaultIntents.precomputed, "the build embedded no load cache")
    let cache = try #require(IntentLoadCache(encoded: text))
    #expect(cache.fingerprint == IntentLoadCache.fingerprint(of: Self.sources))
    #expect(text == (try IntentLoader.precompute(sources: Self.sources)))
  }

  @Test func theBinaryLoadsWithIt() throws {
    let library = try IntentLoader.load(
      sources: Self.sources, precomputed: DefaultIntents.precomputed)
    #expect(library.patternFilters != nil)
  }
}
