/// Splits a message into the sentences and questions it holds.
///
/// "i watched it already. what happened to bachoff" is a consent statement, then a question;
/// "who is in it and when did it come out" is two questions. Splits happen at sentence ends
/// (`.`, `!`, `?`, `;`), at commas, and at "and", "also", "plus", "so" or "but" when a question word
/// follows. The dialogue decides afterwards whether the pieces are separate questions or
/// one question in pieces.
enum Clauses {
  /// Question words that may start a second question after "and".
  static let starters: Set<Substring> = [
    "who", "whos", "who's", "what", "whats", "what's", "when", "where", "why", "how", "is",
    "are", "was", "were", "do", "does", "did", "can", "which", "wat", "im", "i'm", "tell",
    "explain", "please",
  ]
  /// The bytes a clause may end at.
  static let splitBytes: Set<UInt8> = Set(".!?;,".utf8)
  /// Words that join two questions.
  static let joiners: Set<Substring> = ["and", "also", "plus", "&", "so", "but"]
  /// Clauses that carry no question ("ok", "so", "lol").
  static let fillers: Set<Substring> = [
    "ok", "okay", "so", "lol", "hmm", "um", "well", "also", "and", "plus", "hey", "hi",
    "wait", "omg", "wow", "oh", "please", "thanks", "question", "quick question", "btw",
  ]

  /// Whether a joining word stands between two words, by a scan of the words (no string
  /// search through Foundation).
  private static func hasJoiner(_ text: String) -> Bool {
    let words = text.split(separator: " ")
    guard words.count > 2 else { return false }
    return words.dropFirst().dropLast().contains { joiners.contains($0) }
  }

  /// The clauses of a normalized message, in order, without empty ones.
  static func split(_ text: String) -> [String] {
    // Most messages are one clause: no splitting punctuation and no joining word.
    if !text.utf8.contains(where: { Self.splitBytes.contains($0) }), !hasJoiner(text) {
      return text.isEmpty ? [] : [text]
    }
    var clauses: [String] = []
    var current: [Substring] = []
    func flush() {
      let clause = current.joined(separator: " ")
      if !clause.isEmpty { clauses.append(clause) }
      current = []
    }
    let words = text.split(separator: " ")
    for (index, word) in words.enumerated() {
      let next = index + 1 < words.count ? words[index + 1] : nil
      if joiners.contains(word), !current.isEmpty, let next,
        starters.contains(next.trimmingPunctuation)
      {
        flush()
        continue
      }
      guard let last = word.last, ".!?;,".contains(last) else {
        current.append(word)
        continue
      }
      current.append(word)
      flush()
    }
    flush()
    return clauses
  }

  /// Whether a clause holds nothing to answer.
  static func isFiller(_ clause: String) -> Bool {
    fillers.contains(Substring(clause).trimmingPunctuation)
  }
}

extension Substring {
  /// The text without punctuation at either end.
  fileprivate var trimmingPunctuation: Substring {
    var result = self
    while let first = result.first, first.isPunctuation { result = result.dropFirst() }
    while let last = result.last, last.isPunctuation { result = result.dropLast() }
    return result
  }
}
