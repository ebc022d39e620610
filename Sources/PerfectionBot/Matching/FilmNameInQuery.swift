/// The film's name opening or closing a question typed like a search, read without it.
///
/// "perfection tattoo meaning" and "final fight scene the perfection" name the film only to
/// say which film: the words left ask the question. Read with the name, "perfection" asked
/// what the title means, and a name no answer about the fight talks about left the fight
/// below the threshold. The name stays when it is what is asked about ("perfection
/// meaning", "the perfection title"), in any question in words ("why does anton want
/// perfection"), and when nothing would be left.
enum FilmNameInQuery {
  /// The film's name, as it opens or closes a search.
  static let names: [[Substring]] = [
    ["netflix's", "the", "perfection"], ["netflixs", "the", "perfection"],
    ["netflix", "the", "perfection"], ["netflix's", "perfection"], ["netflix", "perfection"],
    ["the", "perfection"], ["perfection"],
  ]
  /// Words that may follow the name as part of it ("the perfection movie").
  static let nameTails: Set<Substring> = ["movie", "film", "2019", "netflix"]
  /// Question words: a question with one keeps the name.
  static let questionWords: Set<Substring> = [
    "what", "whats", "what's", "why", "how", "who", "whos", "who's", "where", "when", "which",
    "whose",
  ]
  /// Words a yes/no question opens with: it keeps the name too.
  static let asking: Set<Substring> = [
    "is", "was", "are", "were", "do", "does", "did", "can", "could", "will", "would", "should",
    "has", "have", "had",
  ]
  /// Words that ask about the name itself: next to one of them the name stays.
  static let aboutTheName: Set<Substring> = [
    "mean", "means", "meaning", "meant", "title", "titled", "name", "named", "called", "word",
    "refer", "refers", "stand", "stands", "symbolize", "symbolizes", "represent", "represents",
  ]
  /// Words after an opening name that make it the subject of a sentence ("the perfection
  /// is about …"): with one of them the name stays.
  static let verbsAfterName: Set<Substring> = [
    "is", "was", "s", "has", "had", "does", "did", "do", "about", "and", "or", "vs", "versus",
  ]
  /// Words before a closing name that need it ("who is in the perfection", "achieve
  /// perfection", "the ending of the perfection", "help me understand the perfection").
  static let wordsBeforeName: Set<Substring> = [
    "is", "are", "was", "were", "s", "in", "on", "of", "for", "with", "about", "to", "from",
    "achieve", "achieves", "achieved", "achieving", "reach", "reached", "attain", "attained",
    "called", "named", "titled", "watch", "watched", "watching", "see", "saw", "seen", "like",
    "liked", "love", "loved", "hate", "hated", "the", "a", "true", "perfect", "pursuit",
    "happens", "happened", "happen", "who", "whos", "what", "whats", "stars", "starring",
    "starred", "makes", "made", "make", "want", "wants", "wanted", "demand", "demands",
    "demanded", "expect", "expects", "expected", "obsessed", "obsession", "chase", "chasing",
    "seek", "seeking", "strive", "striving", "it",
    // A verb whose object is the film: "help me understand the perfection".
    "understand", "understood", "get", "got", "explain", "explained", "summarize", "summarise",
    "describe", "recap", "review", "spoil", "spoiled", "ruin", "ruined", "rate", "rated",
    "finish", "finished", "finishing", "started", "recommend", "enjoy", "enjoyed", "into",
    "through", "after", "before", "at", "by", "over", "analyze", "analyse", "unpack", "decode",
    "discuss", "me", "us",
  ]
  /// The fewest words the question must keep.
  static let fewestLeft = 1

  /// The text without the film's name where it only says which film; the text as it was
  /// otherwise.
  static func dropping(_ text: String) -> String {
    // Most questions never name the film: they are not split at all.
    guard text.contains("perfection") else { return text }
    let text = Self.withoutNetflixPossessive(text)
    var words = text.split(separator: " ")
    var closing: Substring = ""
    if let last = words.last, let mark = last.last, "?!.".contains(mark) {
      closing = Substring(String(mark))
      words[words.count - 1] = last.dropLast()
    }
    // A question in words ("why did anton want perfection") keeps the name: only a search
    // is read without it.
    guard let first = words.first, !asking.contains(first),
      !words.contains(where: { questionWords.contains($0) })
    else { return text }
    if let kept = droppingOpening(words) ?? droppingClosing(words) {
      return kept.joined(separator: " ") + closing
    }
    return text
  }

  /// The film's name as the article's headline writes it ("netflix's the perfection") read
  /// as "the perfection": the possessive says whose film it is, and asks nothing about
  /// Netflix ("what happens at the end of netflix's the perfection" had been read as a
  /// question about the film on Netflix).
  private static func withoutNetflixPossessive(_ text: String) -> String {
    guard text.contains("netflix") else { return text }
    var words = text.split(separator: " ")
    guard
      let index = words.firstIndex(where: { $0 == "netflix's" || $0 == "netflixs" }),
      index + 1 < words.count, words[index + 1] == "the" || words[index + 1].hasPrefix("perfection")
    else { return text }
    if words[index + 1] == "the" {
      words.remove(at: index)
    } else {
      words[index] = "the"
    }
    return words.joined(separator: " ")
  }

  /// The words without a name that opens them, if one does and enough is left.
  private static func droppingOpening(_ words: [Substring]) -> [Substring]? {
    guard let name = names.first(where: { words.starts(with: $0) }) else { return nil }
    var start = name.count
    if start < words.count, nameTails.contains(words[start]) { start += 1 }
    guard words.count - start >= fewestLeft, !verbsAfterName.contains(words[start]),
      !aboutTheName.contains(words[start])
    else { return nil }
    return Array(words[start...])
  }

  /// The words without a name that closes them, if one does and enough is left.
  private static func droppingClosing(_ words: [Substring]) -> [Substring]? {
    var end = words.count
    if end > 0, nameTails.contains(words[end - 1]) { end -= 1 }
    guard
      let name = names.first(where: { words[..<end].reversed().starts(with: $0.reversed()) })
    else { return nil }
    let start = end - name.count
    // A bare closing "perfection" is most often the idea ("anton wants perfection"); the
    // film's name closes a search with "the", "netflix" or a tail ("… perfection movie").
    guard name.count > 1 || end < words.count else { return nil }
    guard start >= fewestLeft, !wordsBeforeName.contains(words[start - 1]),
      !aboutTheName.contains(words[start - 1])
    else { return nil }
    return Array(words[..<start])
  }
}
