/// A phrase of time or place that opens a question, read after it.
///
/// "during the bus scene what happens to lizzie" asks what happens to Lizzie during the bus
/// scene, but read as typed its question word stood after the phrase, where patterns
/// anchored on "what happens to lizzie" looked past it: it prompted at the ending for a plot
/// question. The phrase is moved behind the question: "what happens to lizzie during the bus
/// scene", "what happens to anton after the fight".
enum LeadingAdverbial {
  /// Prepositions that open such a phrase.
  static let prepositions: Set<Substring> = [
    "in", "on", "during", "at", "after", "before", "by", "near", "towards", "toward",
  ]
  /// Words the question after the phrase opens with: a question word, or an auxiliary that
  /// opens a yes/no question ("at the end does anton hurt charlotte").
  static let questionWords: Set<Substring> = [
    "what", "why", "how", "who", "whats", "what's", "does", "did", "do", "is", "was", "are",
    "were", "can", "could", "where", "when", "which",
  ]
  /// Question words that after a phrase most often say which scene it is ("in the part where
  /// lizzie throws up bugs"): they open a question only with an auxiliary next, or after one
  /// noun for "which" ("after the chapel where do they go", "at the end which hand does…").
  static let relatives: Set<Substring> = ["where", "when", "which"]
  /// The auxiliaries that show a relative word opens a question.
  static let relativeAuxiliaries = auxiliaries.union(["will", "would", "had", "has"])
  /// The auxiliaries among them: one opens a question only before its subject.
  static let auxiliaries: Set<Substring> = [
    "does", "did", "do", "is", "was", "are", "were", "can", "could",
  ]
  /// Words a subject after an auxiliary opens with ("at the end does anton hurt charlotte");
  /// "at the beginning charlotte is taking care of someone" opens no question.
  static let subjects: Set<Substring> = [
    "charlotte", "lizzie", "anton", "bachoff", "she", "he", "they", "it", "the", "her", "his",
    "their", "there", "charlotte's", "lizzie's", "anton's",
  ]
  /// Words that make the phrase itself a question ("in what way", "at which point").
  static let askingWords: Set<Substring> = ["what", "which", "whose", "how", "why"]
  /// The most words the phrase may have, its preposition included.
  static let longest = 6

  /// Whether the relative word at `index` opens a question: an auxiliary follows it, or
  /// follows the one noun after "which".
  private static func opensQuestion(_ words: [Substring], relativeAt index: Int) -> Bool {
    let next = index + (words[index] == "which" ? 2 : 1)
    return next < words.count && relativeAuxiliaries.contains(words[next])
  }

  /// The text with a phrase opened by a preposition and followed by a question moved behind
  /// that question; the text as it was otherwise.
  static func moving(_ text: String) -> String {
    guard let space = text.firstIndex(of: " "), prepositions.contains(text[..<space]) else {
      return text
    }
    var words = text.split(separator: " ")
    let core = { (word: Substring) in word.filter { $0.isLetter || $0 == "'" } }
    guard
      let index = words.indices.dropFirst(2).prefix(longest - 1).first(where: {
        questionWords.contains(Substring(core(words[$0])))
      }),
      index + 1 < words.count,
      !auxiliaries.contains(words[index]) || subjects.contains(words[index + 1]),
      !relatives.contains(words[index]) || opensQuestion(words, relativeAt: index),
      // A phrase that asks is the question's own opening: "in what way did charlotte…"
      // is "how did charlotte…", not a yes/no question.
      !words[1..<index].contains(where: { askingWords.contains(Substring(core($0))) })
    else { return text }
    // "in the end, what happens" keeps no comma; the question's own closing mark stays last.
    var phrase = Array(words[..<index])
    phrase[phrase.count - 1] = Substring(phrase[phrase.count - 1].filter { $0 != "," })
    var question = Array(words[index...])
    // Every closing mark stays last: "which hand is lizzie missing?!" keeps both.
    var closing: Substring = ""
    if let last = question.last {
      let marks = last.reversed().prefix(while: { "?!.".contains($0) }).count
      if marks > 0, marks < last.count {
        closing = last.suffix(marks)
        question[question.count - 1] = last.dropLast(marks)
      }
    }
    words = question + phrase
    return words.joined(separator: " ") + closing
  }
}
