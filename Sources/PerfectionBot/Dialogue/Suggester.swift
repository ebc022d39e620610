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
    let utf8 = lower.utf8
    guard !utf8.contains(where: { $0 >= 0x80 }) else {
      let parts = lower.split { !($0.isLetter || $0.isNumber || $0 == "'") }
      return Set(parts.filter { !stopwords.contains($0) })
    }
    // ASCII: the same split, by bytes, without Unicode property look-ups.
    var result = Set<Substring>()
    var start: String.Index?
    var index = utf8.startIndex
    while true {
      let byte = index < utf8.endIndex ? utf8[index] : 0x20
      let isWordByte = ASCII.isAlphanumeric(byte) || byte == 0x27  // the text is lowercased
      if isWordByte, start == nil { start = index }
      if !isWordByte, let first = start {
        let word = lower[first..<index]
        if !stopwords.contains(word) { result.insert(word) }
        start = nil
      }
      guard index < utf8.endIndex else { break }
      index = utf8.index(after: index)
    }
    return result
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
    // Examples are stored intent by intent, so one pass keeps the running best per intent.
    var ranked: [(score: Int, intent: Int, example: Int)] = []
    for (number, example) in examples.enumerated() {
      if let last = ranked.last, last.intent == example.intent {
        if shared[number] > last.score {
          ranked[ranked.count - 1] = (shared[number], example.intent, number)
        }
        continue
      }
      let intent = library.intents[example.intent]
      guard intent.level <= consent, intent.isSuggested, intent.id != excluding else { continue }
      ranked.append((shared[number], example.intent, number))
    }
    // A stable sort by score keeps library order among equals.
    var chosen: [String] = []
    var taken = Set<Int>()
    while chosen.count < count {
      var pick: Int?
      for (position, entry) in ranked.enumerated() where !taken.contains(position) {
        if pick == nil || entry.score > ranked[pick ?? 0].score { pick = position }
      }
      guard let pick else { break }
      taken.insert(pick)
      chosen.append(examples[ranked[pick].example].text)
    }
    return chosen
  }
}
