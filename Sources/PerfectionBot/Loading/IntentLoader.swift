/// Reads intent files (YAML) into an `IntentLibrary`, validating everything: all or nothing.
///
/// Every problem of a load is collected and reported together, each with its `FILE:LINE:COL`.
public enum IntentLoader {
  /// The keys an intent may have.
  static let intentKeys: Set<String> = [
    "id", "level", "priority", "topic", "character", "patterns", "about", "related", "yes_no",
    "answers", "teaser", "follow_ups", "examples", "suggest",
  ]
  /// The top-level keys of an intent file, and the concept kind of each lexicon section.
  static let sectionKinds: [String: Concept.Kind] = [
    "lexicon": .topic, "hints": .hint, "forms": .form, "asks": .asked, "phrases": .phrase,
    "unknowns": .unknown,
  ]
  /// The keys a character may have.
  static let characterKeys: Set<String> = ["name", "display", "pronoun", "pattern"]
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
    var decoder = IntentDecoder()
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
    return IntentLibrary(
      intents: decoder.intents, characters: decoder.characters, concepts: decoder.concepts,
      conceptFilters: decoder.conceptFilters)
  }
}
