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
  /// For each content word, the examples (by global number) that contain it.
  private let index: [Substring: [Int]]
  /// Each example's intent (position in the library) and text, by global number.
  private let examples: [(intent: Int, text: String)]

  init(library: IntentLibrary) {
    self.library = library
    var examples: [(intent: Int, text: String)] = []
    var index: [Substring: [Int]] = [:]
    for (position, intent) in library.intents.enumerated() {
      for example in intent.examples {
        for word in Self.words(example) { index[word, default: []].append(examples.count) }
        examples.append((position, example))
      }
    }
    self.index = index
    self.examples = examples
  }

  /// Content words of a text: lowercase, split on anything but letters, digits and `'`.
  static func words(_ text: String) -> Set<Substring> {
    let lower = text.lowercased()
    let parts = lower.split { !($0.isLetter || $0.isNumber || $0 == "'") }
    return Set(parts.filter { !stopwords.contains($0) })
  }

  /// Up to `count` example questions from distinct intents at or below `consent`, closest to
  /// `question` first (shared content words), then in library order; `excluding` is skipped.
  func suggest(
    for question: String, consent: SpoilerLevel, count: Int = 3, excluding: String? = nil
  ) -> [String] {
    // Score every example by the question's words it shares, through the inverted index.
    var shared = [Int](repeating: 0, count: examples.count)
    for word in Self.words(question) {
      for example in index[word] ?? [] { shared[example] += 1 }
    }
    // Each intent's best example (the first on a tie), for intents the session may see.
    var best: [Int: (score: Int, example: Int)] = [:]
    for (number, example) in examples.enumerated() {
      let intent = library.intents[example.intent]
      guard intent.level <= consent, intent.id != excluding else { continue }
      if let current = best[example.intent], current.score >= shared[number] { continue }
      best[example.intent] = (shared[number], number)
    }
    let ranked = best.sorted { lhs, rhs in
      lhs.value.score != rhs.value.score ? lhs.value.score > rhs.value.score : lhs.key < rhs.key
    }
    return ranked.prefix(count).map { examples[$0.value.example].text }
  }
}
