/// The answers a question quotes: "what does \"he can only hear them play\" mean".
///
/// A reader of the article asks about its words, in quotes or as "what does … mean". Such
/// words name no topic the lexicon reads as the question ("mean" asked what the title means),
/// but the answers hold the article's words: the answer holding most of the quoted words is
/// what the quote is about. Honest near-misses ("the article doesn't say…") and small talk
/// are never quoted.
struct ArticleQuote: Sendable {
  /// Each answerable intent's position, the word stems of its answers, and each answer as
  /// a sequence of stems.
  private let answerStems: [(position: Int, stems: Set<String>, answers: [[String]])]

  /// The fewest of the quote's own words (not small words) it must have.
  static let fewestWords = 2
  /// The smallest share of those words an answer must hold.
  static let leastShare = 0.6
  /// The fewest words an unquoted "what does … mean" must name.
  static let fewestUnquotedWords = 3
  /// The fewest words, small ones counted, that must stand in an answer as quoted when the
  /// quote has too few words of its own ("\"they raped me and they raped you\"").
  static let fewestWordsInOrder = 4

  /// Small words, which say nothing of what is quoted, and the film's name.
  static let smallWords: Set<String> = [
    "the", "and", "but", "for", "with", "that", "this", "was", "were", "are", "his", "her",
    "hers", "him", "she", "they", "them", "their", "its", "it's", "did", "does", "not", "had",
    "has", "have", "who", "what", "when", "why", "how", "from", "into", "onto", "then", "than",
    "our", "you", "your", "one", "all", "just", "very", "would", "could", "can", "will",
    "there", "out", "off", "about", "each", "other",
    // The film's name is in answers of every kind.
    "perfection", "film", "movie", "netflix",
  ]
  /// Openings of an unquoted "what does … mean" question.
  static let meaningOpeners: [[Substring]] = [
    ["what", "does"], ["what", "did"], ["what", "do"], ["whats"], ["what's"], ["what", "is"],
  ]
  /// Words that close it.
  static let meaningClosers: Set<Substring> = ["mean", "means", "meant"]
  /// Words after which an unquoted quote follows ("what did charlotte mean by …").
  static let meantBy: [[Substring]] = [["meant", "by"], ["mean", "by"], ["means", "by"]]

  /// Indexes the answers of every intent a quote can be about.
  init(intents: [Intent]) {
    answerStems = intents.enumerated().compactMap { position, intent in
      let texts = intent.answers.map(\.source)
      guard intent.isSuggested, !texts.contains(where: { $0.hasPrefix("The article doesn't") })
      else { return nil }
      let answers = texts.map { Self.words(in: $0).map(Self.stem) }
      return (position, Set(answers.joined()), answers)
    }
  }

  /// The positions of the intents whose answers hold the most of what the question quotes,
  /// when that is enough; empty when the question quotes nothing.
  ///
  /// Most words held wins; of answers holding as many, the one with the longest run of the
  /// quote's words in the quote's order ("was expected to play the cello perfectly" is
  /// Anton's abuse, though the title's answer holds the same words apart).
  func intents(quotedIn text: String) -> Set<Int> {
    guard let quote = Self.quote(in: text) else { return [] }
    let sequence = quote.map(Self.stem)
    // Small words are dropped as typed and as stems ("there" stems to "ther").
    let stems = Set(
      quote.filter { $0.count >= 3 && !Self.smallWords.contains($0) }.map(Self.stem)
        .filter { !Self.smallWords.contains($0) })
    guard stems.count >= Self.fewestWords else { return intents(quotingInOrder: sequence) }
    var best = (held: 0, run: 0)
    var positions: Set<Int> = []
    for entry in answerStems {
      let held = stems.intersection(entry.stems).count
      guard held > 0, held >= best.held else { continue }
      let run = entry.answers.map { Self.longestRun(sequence, in: $0) }.max() ?? 0
      if held > best.held || run > best.run {
        best = (held, run)
        positions = [entry.position]
      } else if run == best.run {
        positions.insert(entry.position)
      }
    }
    guard best.held >= Self.fewestWords,
      Double(best.held) >= Self.leastShare * Double(stems.count)
    else { return [] }
    return positions
  }

  /// The positions of the intents whose answers hold the longest run of the quote's words
  /// in order, small words counted, when that run is long enough.
  func intents(quotingInOrder sequence: [String]) -> Set<Int> {
    guard sequence.count >= Self.fewestWordsInOrder else { return [] }
    var best = 0
    var positions: Set<Int> = []
    for entry in answerStems {
      let run = entry.answers.map { Self.longestRun(sequence, in: $0) }.max() ?? 0
      if run > best {
        best = run
        positions = [entry.position]
      } else if run == best {
        positions.insert(entry.position)
      }
    }
    return best >= Self.fewestWordsInOrder ? positions : []
  }

  /// The most words of `quote` that stand together, in order, in `answer`.
  static func longestRun(_ quote: [String], in answer: [String]) -> Int {
    guard !quote.isEmpty, !answer.isEmpty else { return 0 }
    var longest = 0
    var previous = [Int](repeating: 0, count: answer.count + 1)
    for word in quote {
      var current = [Int](repeating: 0, count: answer.count + 1)
      for (index, other) in answer.enumerated() where other == word {
        current[index + 1] = previous[index] + 1
        longest = max(longest, current[index + 1])
      }
      previous = current
    }
    return longest
  }

  /// The words a question quotes: between double quotes, or between "what does" and
  /// "mean", or after "meant by".
  static func quote(in text: String) -> [String]? {
    // Most questions quote nothing and ask no meaning: they are not split at all.
    guard text.contains("\"") || text.contains("mean") else { return nil }
    if let open = text.firstIndex(of: "\""),
      let close = text[text.index(after: open)...].firstIndex(of: "\"")
    {
      let quoted = words(in: String(text[text.index(after: open)..<close]))
      return quoted.isEmpty ? nil : quoted
    }
    let all: [Substring] = text.split(separator: " ")
      .map { word in Substring(word.filter { $0.isLetter || $0 == "'" }) }
      .filter { !$0.isEmpty }
    for phrase in meantBy {
      if let start = all.indices.first(where: { all[$0...].starts(with: phrase) }) {
        let rest = all[(start + phrase.count)...].map(String.init)
        return rest.count >= fewestUnquotedWords ? rest : nil
      }
    }
    guard let opener = meaningOpeners.first(where: { all.starts(with: $0) }),
      let closer = all.lastIndex(where: { meaningClosers.contains($0) }),
      closer - opener.count >= fewestUnquotedWords
    else { return nil }
    return all[opener.count..<closer].map(String.init)
  }

  /// The lowercase words of a text, apostrophes kept.
  static func words(in text: String) -> [String] {
    text.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "'" }).map(String.init)
  }

  /// A word without its possessive or its commonest endings, so that "moves" and
  /// "moving", "destroying" and "destroyed" meet.
  static func stem(_ word: String) -> String {
    var word = Substring(word)
    for ending in ["'s", "'d"] where word.hasSuffix(ending) { word = word.dropLast(2) }
    if let ending = ["ing", "ed", "es", "s"].first(where: {
      word.hasSuffix($0) && word.count >= $0.count + 3 && !word.hasSuffix("ss")
    }) {
      word = word.dropLast(ending.count)
    }
    if word.count > 3, word.hasSuffix("e") { word = word.dropLast() }
    return String(word)
  }
}
