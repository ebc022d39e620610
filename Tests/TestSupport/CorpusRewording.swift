/// A way of rewording every corpus question that keeps what it asks: the corpus run through
/// it measures how well understanding carries over to wordings no one labeled.
public enum CorpusRewording: String, CaseIterable, Sendable {
  /// One slip of the fingers in the longest word (`CorpusRunner.slip`).
  case slip = "a slip of the fingers"
  /// Every "anton" and "charlotte" written as the full name.
  case fullNames = "full names"
  /// An opener before the question: "hey, quick question: …".
  case opener = "an opener"
  /// "lol" after the question.
  case trailer = "a trailing lol"
  /// The tense swapped: "did" for "does", "was" for "is", "happened" for "happens", and back.
  case tense = "the tense swapped"
  /// Every apostrophe left out: "whats", "charlottes", "didnt".
  case noApostrophes = "no apostrophes"
  /// The auxiliary after an opening question word left out: "what lizzie play".
  case droppedAuxiliary = "the auxiliary dropped"
  /// A question opening with a question word asked inside a request: "can you tell me what
  /// happens at the competition".
  case request = "a request around it"
  /// "actually" after the name or pronoun that follows an opening question word and its
  /// auxiliary: "how did lizzie actually get sick".
  case adverb = "an adverb after the subject"
  /// Written with care: a capital first letter, capitalized names and a closing "?".
  case written = "capitals and a question mark"
  /// Every "the" left out, as a learner types: "what happens at end", "do girls survive".
  case noThe = "no \"the\""
  /// The space after the first word left out, when both words are letters only: "whatdid
  /// anton do", "whois lizzie".
  case missingSpace = "a missing space after the first word"
  /// The space between two later words left out, both letters only and six letters or more
  /// together, the pair chosen by the question's letters: "did lizzie cuther hand", "tell
  /// meabout anton".
  case missingSpaceInside = "a missing space inside"
  /// A question opening with a question word or an auxiliary after an aside that says a
  /// question is coming: "i was wondering, who is in it and when did it come out".
  case aside = "an aside before it"
  /// A spoken "like" after the auxiliary that follows an opening question word: "what did
  /// like anton do".
  case spokenLike = "a spoken like"
  /// The asker's confusion after a question that opens with a question word or an auxiliary:
  /// "who is anton? im so confused".
  case confusion = "confusion after it"
  /// An emoji after the question: "who is anton 😭".
  case emoji = "an emoji after it"
  /// The letter before the last left out of the longest word, of six letters or more:
  /// "what happes to lizzie", "who is charlottes teachr". Not a letter between two equal
  /// ones: the double letter left makes another word as often as not ("guests", "guess"),
  /// which asks something else.
  case droppedLetter = "a letter left out"
  /// The article named before a question that opens with a question word or an auxiliary:
  /// "according to the article, why did charlotte do it".
  case sourceNamed = "the article named first"

  /// The question reworded.
  public func apply(_ question: String) -> String {
    switch self {
    case .slip:
      return CorpusRunner.slip(question)
    case .fullNames:
      return Self.replacingWords(
        question,
        [
          "anton": "anton bachoff", "charlotte": "charlotte willmore", "anton's": "anton bachoff's",
          "charlotte's": "charlotte willmore's",
        ])
    case .opener:
      return "hey, quick question: " + question
    case .trailer:
      return question + " lol"
    case .noApostrophes:
      return question.replacingOccurrences(of: "'", with: "")
    case .droppedAuxiliary:
      var words = question.split(separator: " ", omittingEmptySubsequences: false)
      guard words.count > 2,
        ["what", "why", "how", "who", "where", "when", "which"].contains(words[0]),
        ["did", "does", "do"].contains(words[1])
      else { return question }
      words.remove(at: 1)
      return words.joined(separator: " ")
    case .request:
      let opensWithQuestionWord = ["what ", "why ", "how ", "who ", "where ", "when ", "which "]
        .contains { question.hasPrefix($0) }
      return opensWithQuestionWord ? "can you tell me " + question : question
    case .adverb:
      var words = question.split(separator: " ", omittingEmptySubsequences: false)
      guard words.count > 3,
        ["what", "why", "how", "who", "where", "when", "which"].contains(words[0]),
        ["did", "does", "do", "is", "was", "are", "were", "can", "could", "would"].contains(
          words[1]),
        ["charlotte", "lizzie", "anton", "bachoff", "she", "he", "they"].contains(words[2])
      else { return question }
      words.insert("actually", at: 3)
      return words.joined(separator: " ")
    case .written:
      let named = Self.replacingWords(
        question,
        [
          "anton": "Anton", "charlotte": "Charlotte", "lizzie": "Lizzie", "bachoff": "Bachoff",
          "shanghai": "Shanghai", "netflix": "Netflix", "i": "I",
        ])
      let capital = named.prefix(1).uppercased() + named.dropFirst()
      return capital.last.map { "?!.".contains($0) } == true ? capital : capital + "?"
    case .missingSpace:
      let words = question.split(separator: " ", omittingEmptySubsequences: false)
      guard words.count > 2, words[0].allSatisfy(\.isLetter), words[1].allSatisfy(\.isLetter)
      else { return question }
      return ([words[0] + words[1]] + words.dropFirst(2)).joined(separator: " ")
    case .missingSpaceInside:
      let words = question.split(separator: " ", omittingEmptySubsequences: false)
      let pairs = words.indices.dropFirst().dropLast().filter {
        words[$0].allSatisfy(\.isLetter) && words[$0 + 1].allSatisfy(\.isLetter)
          && words[$0].count + words[$0 + 1].count >= 6
      }
      guard !pairs.isEmpty else { return question }
      let index = pairs[question.utf8.reduce(0) { $0 + Int($1) } % pairs.count]
      return (words[..<index] + [words[index] + words[index + 1]] + words[(index + 2)...])
        .joined(separator: " ")
    case .aside:
      return Self.opensAQuestion(question) ? "i was wondering, " + question : question
    case .spokenLike:
      var words = question.split(separator: " ", omittingEmptySubsequences: false)
      guard words.count > 2,
        ["what", "why", "how", "who", "where", "when"].contains(words[0]),
        ["did", "does", "is", "was"].contains(words[1])
      else { return question }
      words.insert("like", at: 2)
      return words.joined(separator: " ")
    case .confusion:
      guard Self.opensAQuestion(question), let last = question.last, !"?!.".contains(last)
      else { return question }
      return question + "? im so confused"
    case .emoji:
      return question + " 😭"
    case .droppedLetter:
      return CorpusRunner.changingLongestWord(of: question, atLeast: 6) { word in
        if word[word.count - 3] != word[word.count - 1] { word.remove(at: word.count - 2) }
      }
    case .sourceNamed:
      return Self.opensAQuestion(question) ? "according to the article, " + question : question
    case .noThe:
      let words = question.split(separator: " ", omittingEmptySubsequences: false)
      let kept = words.filter { $0 != "the" }
      return kept.count >= 2 ? kept.joined(separator: " ") : question
    case .tense:
      return Self.replacingWords(
        question,
        [
          "did": "does", "does": "did", "is": "was", "was": "is", "are": "were", "were": "are",
          "happened": "happens", "happens": "happened",
        ])
    }
  }

  /// The lowest share of the working corpus that must stay right when reworded this way: a
  /// little under what it scored when the test was written.
  public var minimumAccuracy: Double {
    switch self {
    case .slip: 0.97
    case .fullNames, .opener, .trailer, .noApostrophes, .droppedAuxiliary, .written, .request,
      .adverb, .missingSpace, .aside, .spokenLike, .confusion, .emoji, .sourceNamed:
      0.98
    case .tense, .droppedLetter, .noThe: 0.97
    case .missingSpaceInside: 0.96
    }
  }

  /// Whether a question opens with a question word or an auxiliary.
  private static func opensAQuestion(_ question: String) -> Bool {
    let first = question.split(separator: " ").first.map(String.init) ?? ""
    return [
      "what", "why", "how", "who", "where", "when", "which", "whats", "what's", "who's",
      "is", "was", "are", "were", "did", "does", "do", "can", "could",
    ].contains(first)
  }

  private static func replacingWords(_ text: String, _ map: [String: String]) -> String {
    text.split(separator: " ", omittingEmptySubsequences: false)
      .map { map[String($0)] ?? String($0) }
      .joined(separator: " ")
  }
}
