/// An emphatic adverb after the subject of a question, read as left out.
///
/// "how did lizzie actually get sick" asks how she got sick, "who is bachoff really" who he
/// is: the adverb ("actually", "really", "even", "ever") stands where a pattern expects the
/// verb or the end, and without this it fell back or reached a neighbouring intent, at times
/// one above the question's level. Only a question opened by a question word and an
/// auxiliary is read this way; a yes/no question keeps its adverb ("were the pills really
/// ibuprofen" asks whether the claim was true).
enum AdverbAfterSubject {
  /// Adverbs that add emphasis and ask nothing of their own.
  static let adverbs: Set<Substring> = [
    "actually", "really", "even", "ever", "exactly", "truly", "honestly", "basically",
    "literally", "just", "realistically", "seriously",
  ]
  /// The adverbs as searched for before any word is split out.
  private static let searched: [StaticString] = [
    " actually", " really", " even", " ever", " exactly", " truly", " honestly", " basically",
    " literally", " just", " realistically", " seriously",
  ]
  /// Question words that open such a question.
  static let questionWords: Set<Substring> = [
    "what", "why", "how", "who", "where", "when", "which",
  ]
  /// Auxiliaries that follow the question word.
  static let auxiliaries: Set<Substring> = [
    "did", "does", "do", "is", "was", "are", "were", "can", "could", "would", "will",
    "should", "has", "have", "had",
  ]
  /// Words that open a subject of two words ("the girls", "her mom"); any other word is a
  /// subject of one.
  static let subjectOpeners: Set<Substring> = SubjectWords.possessiveWords.union(["the"])

  /// The text without an emphatic adverb right after the subject of a question that opens
  /// with a question word and an auxiliary; the text as it was otherwise.
  static func dropping(_ text: String) -> String {
    guard text.utf8.count < 160, searched.contains(where: { ASCII.contains(text, $0) }) else {
      return text
    }
    var words = text.split(separator: " ", omittingEmptySubsequences: false)
    guard words.count >= 4, questionWords.contains(words[0]), auxiliaries.contains(words[1])
    else { return text }
    let subjectEnd = subjectOpeners.contains(words[2]) ? 3 : 2
    let adverb = subjectEnd + 1
    guard adverb < words.count else { return text }
    // A closing mark stays with the word before: "who is bachoff really?".
    let core = words[adverb].prefix { $0.isLetter }
    guard adverbs.contains(core) else { return text }
    let trailing = words[adverb].dropFirst(core.count)
    words.remove(at: adverb)
    if !trailing.isEmpty { words[adverb - 1] += trailing }
    return words.joined(separator: " ")
  }
}
