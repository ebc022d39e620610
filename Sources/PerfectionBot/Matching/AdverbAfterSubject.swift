/// An emphatic adverb after the subject of a question, read as left out.
///
/// "how did lizzie actually get sick" asks how she got sick, "who is bachoff really" who he
/// is: the adverb ("actually", "really", "even", "ever") stands where a pattern expects the
/// verb or the end, and without this it fell back or reached a neighbouring intent, at times
/// one above the question's level. Only a question opened by a question word and an
/// auxiliary is read this way; a yes/no question keeps its adverb ("were the pills really
/// ibuprofen" asks whether the claim was true).
///
/// "manage to" after the subject is left out too ("how did charlotte manage to pull it
/// off").
///
/// A spoken "like" right after the auxiliary ("what did like anton do", "is like charlotte
/// evil"), or after the subject before a verb ("did anton like die"), is left out the same
/// way, in a yes/no question too: it stood where patterns expect the subject or the verb,
/// and 52 of 1,860 working questions reworded with it after the auxiliary had prompted at a
/// level above the one they needed.
enum AdverbAfterSubject {
  /// Adverbs that add emphasis and ask nothing of their own.
  static let adverbs: Set<Substring> = [
    "actually", "really", "even", "ever", "exactly", "truly", "honestly", "basically",
    "literally", "just", "realistically", "seriously",
  ]
  /// The adverbs as searched for before any word is split out.
  private static let searched: [StaticString] = [
    " actually", " really", " even", " ever", " exactly", " truly", " honestly", " basically",
    " literally", " just", " realistically", " seriously", " like ", " manage to ",
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
    var dropped = false
    if let like = spokenLike(in: words) {
      words.remove(at: like)
      dropped = true
    }
    guard words.count >= 4, questionWords.contains(words[0]), auxiliaries.contains(words[1])
    else { return dropped ? words.joined(separator: " ") : text }
    let subjectEnd = subjectOpeners.contains(words[2]) ? 3 : 2
    let adverb = subjectEnd + 1
    guard adverb < words.count else { return dropped ? words.joined(separator: " ") : text }
    // "how did charlotte manage to pull it off" asks how she pulled it off.
    if words[adverb] == "manage", adverb + 2 < words.count, words[adverb + 1] == "to" {
      words.removeSubrange(adverb...(adverb + 1))
      return words.joined(separator: " ")
    }
    // A closing mark stays with the word before: "who is bachoff really?".
    let core = words[adverb].prefix { $0.isLetter }
    guard adverbs.contains(core) else { return dropped ? words.joined(separator: " ") : text }
    let trailing = words[adverb].dropFirst(core.count)
    words.remove(at: adverb)
    if !trailing.isEmpty { words[adverb - 1] += trailing }
    return words.joined(separator: " ")
  }

  /// Where a spoken "like" stands in a question, or `nil` when there is none.
  ///
  /// It stands right after the auxiliary that opens the question or follows its question
  /// word, with a word after it that is not "mean" ("what does like mean" asks about the
  /// word), or after the subject, before a verb ("did anton like die"). After the subject,
  /// "like" before a name, a pronoun, an article, a preposition or an "-ing" word is the verb
  /// ("did anton like lizzie", "did lizzie like playing").
  private static func spokenLike(in words: [Substring]) -> Int? {
    let auxiliary: Int
    if words.count >= 4, questionWords.contains(words[0]), auxiliaries.contains(words[1]) {
      auxiliary = 1
    } else if words.count >= 3, auxiliaries.contains(words[0]) {
      auxiliary = 0
    } else {
      return nil
    }
    let afterAuxiliary = auxiliary + 1
    if words[afterAuxiliary] == "like" {
      return ["mean", "means", "meant"].contains(words[afterAuxiliary + 1]) ? nil : afterAuxiliary
    }
    // After the subject of "be", "like" compares ("what was the chapel like before").
    guard !beForms.contains(words[auxiliary]) else { return nil }
    let like = afterAuxiliary + (subjectOpeners.contains(words[afterAuxiliary]) ? 2 : 1)
    guard like + 1 < words.count, words[like] == "like" else { return nil }
    let next = words[like + 1]
    guard !likedThings.contains(next), !SubjectWords.possessiveWords.contains(next),
      !next.hasSuffix("ing")
    else { return nil }
    return like
  }

  /// The forms of "be" among the auxiliaries.
  private static let beForms: Set<Substring> = ["is", "was", "are", "were"]

  /// Words after which a "like" after the subject is the verb: names, pronouns, articles and
  /// prepositions.
  private static let likedThings: Set<Substring> = [
    "charlotte", "lizzie", "anton", "bachoff", "him", "her", "them", "it", "that", "this",
    "me", "you", "us", "each", "one", "the", "a", "an", "about", "to", "what", "how", "any",
    "some", "girls", "women", "music", "cello",
  ]
}
