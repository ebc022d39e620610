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

  /// Words that open a clause of time or condition ("when they were kids", "while lizzie is
  /// sick", "back when charlotte was a student", "if charlotte hadn't done it").
  static let clauseOpeners: Set<Substring> = ["when", "while", "once", "whenever", "if"]
  /// Who "if" asks a favour of ("if you could explain why…"): a request, not a condition.
  static let askedOfSomeone: Set<Substring> = [
    "you", "u", "ya", "someone", "somebody", "anyone", "anybody", "i", "we",
  ]
  /// The auxiliaries that open the question after a clause, before its subject: "if charlotte
  /// hadn't done it would lizzie have left anton".
  static let clauseAuxiliaries = auxiliaries.union(["would", "will", "should", "might"])
  /// Words that open a phrase of time without a preposition ("the next day", "that night",
  /// "years ago"), which must then hold one of `timeWords`.
  static let timeDeterminers: Set<Substring> = ["the", "that", "this", "a", "one", "next", "years"]
  /// Words that make such a phrase one of time.
  static let timeWords: Set<Substring> = [
    "day", "night", "morning", "evening", "afternoon", "year", "years", "week", "weeks",
    "month", "months", "ago", "later", "earlier",
  ]
  /// The most words a clause of time may have, its opener included.
  static let longestClause = 8

  /// Where the question after an opening clause or phrase of time starts, if one does.
  ///
  /// `nil` when no such clause opens `words` or no question follows it. The clause is no
  /// question of its own: "when does it come out" opens with its question word.
  private static func clauseEnd(
    _ words: [Substring], core: (Substring) -> Substring
  ) -> Int? {
    var start = 1
    if words[0] == "back", words[1] == "when" { start = 2 }
    let opensClause = start == 2 || clauseOpeners.contains(words[0])
    guard opensClause || timeDeterminers.contains(words[0]) else { return nil }
    if opensClause {
      guard start < words.count,
        !relativeAuxiliaries.contains(words[start]), !questionWords.contains(words[start]),
        words[0] != "if" || !askedOfSomeone.contains(words[start])
      else { return nil }
    }
    for index in words.indices.dropFirst(start + 1).prefix(longestClause - start - 1)
    where index + 1 < words.count
      && (questionWords.contains(core(words[index]))
        || opensClause && clauseAuxiliaries.contains(core(words[index])))
    {
      let word = core(words[index])
      // A question word opens the question after a clause; an auxiliary opens it only
      // before its subject ("when they were kids" has its own verb, and in "when lizzie was
      // there was charlotte…" the "there" is where she was).
      let subject = words[index + 1]
      guard
        !clauseAuxiliaries.contains(word) && !relatives.contains(word)
          || relatives.contains(word) && opensQuestion(words, relativeAt: index)
          || clauseAuxiliaries.contains(word) && subjects.contains(subject)
            && (!opensClause || subject != "there")
      else { continue }
      let phrase = words[..<index].map(core)
      if !opensClause, !phrase.contains(where: { timeWords.contains($0) }) { return nil }
      return index
    }
    return nil
  }

  /// Whether the relative word at `index` opens a question: an auxiliary follows it, or
  /// follows the one noun after "which".
  private static func opensQuestion(_ words: [Substring], relativeAt index: Int) -> Bool {
    let next = index + (words[index] == "which" ? 2 : 1)
    return next < words.count && relativeAuxiliaries.contains(words[next])
  }

  /// The text with a phrase opened by a preposition and followed by a question moved behind
  /// that question; the text as it was otherwise.
  static func moving(_ text: String) -> String {
    var words = text.split(separator: " ")
    let core = { (word: Substring) in Substring(word.filter { $0.isLetter || $0 == "'" }) }
    guard words.count > 2 else { return text }
    let index: Int
    if prepositions.contains(words[0]) {
      guard
        let found = words.indices.dropFirst(2).prefix(longest - 1).first(where: {
          questionWords.contains(core(words[$0]))
        }),
        found + 1 < words.count,
        !auxiliaries.contains(words[found]) || subjects.contains(words[found + 1]),
        !relatives.contains(words[found]) || opensQuestion(words, relativeAt: found),
        // A phrase that asks is the question's own opening: "in what way did charlotte…"
        // is "how did charlotte…", not a yes/no question.
        !words[1..<found].contains(where: { askingWords.contains(core($0)) })
      else { return text }
      index = found
    } else if let found = clauseEnd(words, core: core) {
      index = found
    } else {
      return text
    }
    // "in the end, what happens" keeps no comma; the question's own closing mark stays last.
    var phrase = Array(words[..<index])
    phrase[phrase.count - 1] = Substring(phrase[phrase.count - 1].filter { $0 != "," })
    var question = Array(words[index...])
    // The phrase goes at the end of the question's own sentence, and every closing mark stays
    // after it: "which hand is lizzie missing?!" keeps both, and in "when they were kids what
    // were the tattoos about? im so confused" the phrase is the tattoos', not the confusion's.
    let end =
      question.firstIndex(where: { word in
        word.count > 1 && word.last.map { "?!.".contains($0) } == true
          && word.contains(where: \.isLetter)
      }) ?? question.count - 1
    let last = question[end]
    let marks = last.reversed().prefix(while: { "?!.".contains($0) }).count
    var closing: Substring = ""
    if marks > 0, marks < last.count {
      closing = last.suffix(marks)
      question[end] = last.dropLast(marks)
    }
    let rest = question[(end + 1)...]
    let sentence = (question[...end] + phrase).joined(separator: " ") + closing
    return rest.isEmpty ? sentence : sentence + " " + rest.joined(separator: " ")
  }
}
