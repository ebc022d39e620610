import Foundation

/// Every intent and character the bot knows, compiled once and shared by every session.
///
/// Patterns are loaded for PCRE2's interpreter, so that a program answers its first question
/// sooner; `compileJIT()` or `compileJITInBackground()` moves them to the JIT.
public struct IntentLibrary: Sendable {
  /// The intents, in load order (files by name, then order in the file).
  public let intents: [Intent]
  /// The characters questions can refer to.
  public let characters: [FilmCharacter]
  /// The lexicon: every concept a question can hold, characters included, by number.
  public let concepts: [Concept]
  /// The numbers of the concepts of kind `.topic` or `.hint`.
  public let topics: ConceptSet
  /// The numbers of the concepts of kind `.hint`.
  public let hints: ConceptSet
  /// The numbers of the concepts of kind `.unknown`.
  public let unknowns: ConceptSet
  /// The numbers of the concepts of kind `.asked`.
  public let asked: ConceptSet
  /// The numbers of the concepts of kind `.form`, `.asked` or `.phrase`.
  public let forms: ConceptSet
  /// The numbers of the concepts of kind `.phrase`, in lexicon order.
  public let phrases: [Int]
  /// Each concept's prefilter, by number: read once from the patterns, for the loader and
  /// every matcher.
  let conceptFilters: [Prefilter]
  /// Each intent's patterns' prefilters, by intent position, when the load had them already
  /// (`IntentLoadCache`); otherwise the matcher reads them.
  let patternFilters: [[Prefilter]]?
  private let indexByID: [String: Int]

  init(
    intents: [Intent], characters: [FilmCharacter], concepts: [Concept] = [],
    conceptFilters: [Prefilter]? = nil, patternFilters: [[Prefilter]]? = nil
  ) {
    self.patternFilters = patternFilters
    self.intents = intents
    self.characters = characters
    self.concepts = concepts
    self.conceptFilters =
      conceptFilters.flatMap { $0.count == concepts.count ? $0 : nil }
      ?? concepts.map { Prefilter(pattern: $0.pattern.source) }
    self.topics = ConceptSet(
      concepts.indices.filter { concepts[$0].kind == .topic || concepts[$0].kind == .hint })
    self.hints = ConceptSet(concepts.indices.filter { concepts[$0].kind == .hint })
    self.unknowns = ConceptSet(concepts.indices.filter { concepts[$0].kind == .unknown })
    self.asked = ConceptSet(concepts.indices.filter { concepts[$0].kind == .asked })
    self.forms = ConceptSet(concepts.indices.filter { concepts[$0].isForm })
    self.phrases = concepts.indices.filter { concepts[$0].kind == .phrase }
    var index: [String: Int] = [:]
    for (position, intent) in intents.enumerated() { index[intent.id] = position }
    self.indexByID = index
  }

  /// The intent with the given id.
  public subscript(id: String) -> Intent? {
    indexByID[id].map { intents[$0] }
  }

  /// JIT-compiles every pattern now (matching is several times faster afterwards).
  public func compileJIT() {
    for intent in intents {
      for pattern in intent.patterns { pattern.compileJIT() }
    }
    for character in characters { character.pattern.compileJIT() }
    for concept in concepts { concept.pattern.compileJIT() }
  }

  /// JIT-compiles every pattern on a background thread; replies use each pattern's JIT code
  /// as soon as it is ready, and the interpreter until then.
  public func compileJITInBackground() {
    let library = self
    Thread.detachNewThread { library.compileJIT() }
  }
}
