/// Picks questions to suggest: example questions of intents at or below the session's consent,
/// closest to what was asked first.
struct Suggester: Sendable {
  /// Words too common to say anything about closeness.
  static let stopwords: Set<Substring> = [
    "a", "an", "and", "are", "at", "be", "by", "did", "do", "does", "for", "from", "has",
    "have", "how", "i", "in", "is", "it", "its", "it's", "me", "of", "on", "or", "she", "he",
    "so", "that", "the", "their", "they", "this", "to", "was", "what", "what's", "whats",
    "when", "where", "who", "why", "with", "you", "your", "her", "his", "him",
  ]

  let library: IntentLibrary
  private let exampleWords: [[Set<Substring>]]

  init(library: IntentLibrary) {
    self.library = library
    self.exampleWords = library.intents.map { intent in
      intent.examples.map { Self.words($0) }
    }
  }

  /// Content words of a text: lowercase, split on anything but letters, digits and `'`.
  static func words(_ text: String) -> Set<Substring> {
    let lower = text.lowercased()
    let parts = lower.split { !($0.isLetter || $0.isNumber || $0 == "'") }
    return Set(parts.filter { !stopwords.contains($0) }.map { Substring($0) })
  }

  /// Up to `count` example questions from distinct intents at or below `consent`, closest to
  /// `question` first (shared content words), then in library order; `excluding` is skipped.
  func suggest(
    for question: String, consent: SpoilerLevel, count: Int = 3, excluding: String? = nil
  ) -> [String] {
    let asked = Self.words(question)
    var scored: [(score: Int, order: Int, text: String)] = []
    for (position, intent) in library.intents.enumerated()
    where intent.level <= consent && intent.id != excluding && !intent.examples.isEmpty {
      var best = (score: 0, index: 0)
      for (index, words) in exampleWords[position].enumerated() {
        let score = words.intersection(asked).count
        if score > best.score { best = (score, index) }
      }
      scored.append((best.score, position, intent.examples[best.index]))
    }
    scored.sort { $0.score != $1.score ? $0.score > $1.score : $0.order < $1.order }
    return scored.prefix(count).map(\.text)
  }
}
