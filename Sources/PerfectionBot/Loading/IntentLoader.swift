/// Reads intent files (YAML) into an `IntentLibrary`, validating everything: all or nothing.
///
/// Every problem of a load is collected and reported together, each with its `FILE:LINE:COL`.
public enum IntentLoader {
  /// The keys an intent may have.
  static let intentKeys: Set<String> = [
    "id", "level", "priority", "topic", "character", "she_means", "patterns", "about", "related",
    "yes_no", "answers", "teaser", "follow_ups", "examples", "suggest",
  ]
  /// The top-level keys of an intent file, and the concept kind of each lexicon section.
  static let sectionKinds: [String: Concept.Kind] = [
    "lexicon": .topic, "hints": .hint, "forms": .form, "asks": .asked, "phrases": .phrase,
    "unknowns": .unknown,
  ]
  /// The keys a character may have.
  static let characterKeys: Set<String> = [
    "name", "display", "pronoun", "pattern", "played_by",
  ]
  /// Stop collecting after this many errors; the rest are likely consequences.
  static let maximumDiagnostics = 200
  /// The most entries one list (patterns, answers, examples) may hold.
  public static let maximumListItems = 200
  /// The longest a pattern, answer, teaser or example may be, in UTF-8 bytes.
  public static let maximumTextBytes = 4_096
  /// The most intents one load may define.
  public static let maximumIntents = 5_000

  /// Loads intents from the files or folders at `paths`.
  public static func load(paths: [String]) throws(IntentLoadError) -> IntentLibrary {
    try load(sources: IntentSource.read(paths: paths))
  }

  /// Loads intents from sources in memory, in the order given.
  public static func load(sources: [IntentSource]) throws(IntentLoadError) -> IntentLibrary {
    try decode(sources, cache: nil).library
  }

  /// Loads intents from sources in memory, using what `precompute(sources:)` derived from
  /// the same sources (at build time) instead of deriving it again.
  ///
  /// `precomputed` is used only when it was derived from exactly these sources by this
  /// version of the loader; otherwise the load derives everything, as `load(sources:)` does.
  public static func load(
    sources: [IntentSource], precomputed: String?
  ) throws(IntentLoadError) -> IntentLibrary {
    let cache = precomputed.flatMap { IntentLoadCache(encoded: $0) }.flatMap {
      $0.fingerprint == IntentLoadCache.fingerprint(of: sources) ? $0 : nil
    }
    return try decode(sources, cache: cache).library
  }

  /// What loading the sources derives by matching and reading patterns, as text for
  /// `load(sources:precomputed:)`; the build embeds it with the shipped intents.
  public static func precompute(sources: [IntentSource]) throws(IntentLoadError) -> String {
    let (library, decoder) = try decode(sources, cache: nil)
    let cache = IntentLoadCache(
      fingerprint: IntentLoadCache.fingerprint(of: sources),
      conceptFilters: decoder.conceptFilters.map(\.branchSlots),
      textVocabularies: decoder.textVocabularies.map(\.members),
      patternFilters: library.intents.map { intent in
        intent.patterns.map { Prefilter(pattern: $0.source).branchSlots }
      })
    return cache.encoded
  }

  /// The load itself: the library, and the decoder that read it.
  static func decode(
    _ sources: [IntentSource], cache: IntentLoadCache?
  ) throws(IntentLoadError) -> (library: IntentLibrary, decoder: IntentDecoder) {
    var decoder = IntentDecoder()
    decoder.precomputed = cache
    // Two passes: characters and the lexicon first, so that any file's patterns can use any
    // file's concepts by name.
    let documents = sources.compactMap { decoder.compose($0) }
    for document in documents { decoder.parseDefinitions(document) }
    for document in documents { decoder.parseIntents(document) }
    var diagnostics =
      decoder.diagnostics
      + IntentValidator.problems(
        intents: decoder.intents, characters: decoder.characters,
        followUps: decoder.pendingFollowUps, teaserLocations: decoder.teaserLocations)
    if decoder.intents.isEmpty && diagnostics.isEmpty {
      diagnostics.append(
        LoadDiagnostic(
          SourceLocation(file: "(intents)", line: 1, column: 1), .error, "no intents were found",
          hint: "point --intents at a folder of .yaml intent files"))
    }
    guard diagnostics.isEmpty else {
      throw .invalid(Array(decoder.sorted(diagnostics).prefix(maximumDiagnostics)))
    }
    decoder.prepareConceptFilters()
    let patternFilters = cache.flatMap { cache -> [[Prefilter]]? in
      let filters = cache.patternFilters
      guard filters.count == decoder.intents.count,
        zip(filters, decoder.intents).allSatisfy({ $0.count == $1.patterns.count })
      else { return nil }
      return filters.map { $0.map { Prefilter(branchSlots: $0) } }
    }
    let library = IntentLibrary(
      intents: decoder.intents, characters: decoder.characters, concepts: decoder.concepts,
      conceptFilters: decoder.conceptFilters, patternFilters: patternFilters)
    return (library, decoder)
  }
}
