import Foundation
import TestSupport
import Testing

@testable import PerfectionBot

/// What the build derives from the shipped intents is exactly what a load derives itself,
/// and is used only for the sources it was derived from.
@Suite("Load cache")
struct IntentLoadCacheTests {
  static let sources: [IntentSource] = {
    do {
      return try IntentSource.read(paths: [Fixtures.intentsPath])
    } catch {
      fatalError("cannot read the shipped intents: \(error)")
    }
  }()

  /// Everything a cache replaces, as one comparable value.
  static func derived(_ library: IntentLibrary) -> [String] {
    library.intents.map { "\($0.id) \($0.vocabulary.members)" }
      + library.conceptFilters.map { "\($0.branchSlots as Any)" }
      + ["why did charlotte do it", "where did charlotte buy the knife", "who plays lizzie"].map {
        let best = IntentMatcher(library: library).match($0).best
        return "\(best?.intent.id ?? "-") \(best?.score ?? 0)"
      }
  }

  @Test func itsTextReadsBackAsItWasWritten() throws {
    let text = try IntentLoader.precompute(sources: Self.sources)
    let cache = try #require(IntentLoadCache(encoded: text))
    #expect(cache.encoded == text)
    #expect(cache.conceptFilters.count == Fixtures.library.concepts.count)
    #expect(cache.textVocabularies.count == Fixtures.library.intents.count)
    #expect(cache.conceptFilters.contains { $0 != nil }, "no concept has a filter")
  }

  @Test func aLoadWithItDerivesWhatALoadWithoutIt() throws {
    let text = try IntentLoader.precompute(sources: Self.sources)
    let cached = try IntentLoader.load(sources: Self.sources, precomputed: text)
    let uncached = try IntentLoader.load(sources: Self.sources)
    #expect(cached.patternFilters != nil, "the cache's pattern filters went unused")
    #expect(Self.derived(cached) == Self.derived(uncached))
    for (left, right) in zip(cached.patternFilters ?? [], uncached.intents) {
      #expect(
        left.map(\.branchSlots) == right.patterns.map { Prefilter(pattern: $0.source).branchSlots })
    }
  }

  @Test func aCacheOfOtherSourcesIsIgnored() throws {
    let text = try IntentLoader.precompute(sources: Self.sources)
    // One more answer word changes what an intent talks about; the old cache must not say.
    var changed = Self.sources
    let index = try #require(changed.firstIndex { $0.name.hasSuffix("20-plot.yaml") })
    changed[index] = IntentSource(
      name: changed[index].name,
      text: changed[index].text.replacingOccurrences(
        of: "Soon Lizzie begins feeling ill.\"",
        with: "Soon Lizzie begins feeling ill in Shanghai.\""))
    #expect(changed[index].text != Self.sources[index].text)
    let withStale = try IntentLoader.load(sources: changed, precomputed: text)
    let fresh = try IntentLoader.load(sources: changed)
    #expect(withStale.patternFilters == nil)
    #expect(Self.derived(withStale) == Self.derived(fresh))
    let shanghai = try #require(fresh.concepts.firstIndex { $0.name == "shanghai" })
    #expect(fresh["plot.the-trip"]?.vocabulary.contains(shanghai) == true)
  }

  @Test func malformedTextIsNoCache() {
    #expect(IntentLoadCache(encoded: "") == nil)
    #expect(IntentLoadCache(encoded: "perfection-load-cache 999\n0\n") == nil)
    #expect(IntentLoadCache(encoded: "perfection-load-cache 1\nzz\n") == nil)
    #expect(IntentLoadCache(encoded: "perfection-load-cache 1\n1f\nc 1,x\n") == nil)
    #expect(IntentLoadCache(encoded: "perfection-load-cache 1\n1f\nq 1\n") == nil)
    #expect(IntentLoadCache(encoded: "perfection-load-cache 1\n1f\nc *\nv 1,2\np * 3;4|5\n") != nil)
  }
}
