/// A thing named first and then asked about as "it", read with the thing in its place.
///
/// "the small audience in the chapel, who was in it" asks who was in the small audience in
/// the chapel, which the article never says; read as typed, "it" left the audience out of
/// the question and the chapel's answer prompted at the twist. The thing is put where its
/// pronoun stood: "the knife, where did charlotte get it" is "where did charlotte get the
/// knife", "the pills, were they ibuprofen" is "were the pills ibuprofen".
enum FrontedTopic {
  /// Words a named thing opens with: an article, a demonstrative or a possessive.
  static let openers: Set<Substring> = [
    "the", "that", "those", "this", "these", "her", "his", "their", "charlotte's", "lizzie's",
    "anton's", "bachoff's", "charlottes", "lizzies", "antons", "bachoffs",
  ]
  /// Words that make the part before the comma a clause rather than a thing ("the movie was
  /// great, what happens to anton"), or a question of its own.
  static let clauseWords: Set<Substring> = [
    "is", "was", "are", "were", "do", "does", "did", "has", "have", "had", "will", "would",
    "can", "could", "should", "i", "you", "we", "she", "he", "they", "it", "what", "why", "how",
    "who", "where", "when", "which", "and", "but", "so", "if", "because",
  ]
  /// Words the question after the comma opens with.
  static let questionOpeners: Set<Substring> = [
    "what", "whats", "what's", "who", "whos", "who's", "why", "how", "where", "when", "which",
    "is", "was", "are", "were", "does", "did", "do", "can", "could", "has", "have", "will",
    "would",
  ]
  /// Pronouns that point back at the thing; "that" only straight after an auxiliary ("is
  /// that a netflix original"), where it cannot open a clause.
  static let pronouns: Set<Substring> = ["it", "they", "them"]
  /// The auxiliaries after which "that" is the thing.
  static let auxiliaries: Set<Substring> = ["is", "was", "are", "were", "does", "did"]
  /// The most words the thing may have.
  static let longest = 8
  /// The most words a thing may have for "that" to point back at it; a longer part before
  /// the comma is most often an event ("the two play as one at the finale, how does that
  /// work").
  static let longestForThat = 3
  /// Words a thing's own phrases open with ("in the chapel", "of the film"): any other word
  /// before a second article is a verb, and the part is a clause ("the writer mentions a
  /// butcher's knife").
  static let prepositions: Set<Substring> = [
    "in", "of", "on", "at", "with", "from", "for", "during", "after", "before", "about", "by",
    "under", "to", "behind", "inside", "near",
  ]
  /// Articles and possessives that open a phrase inside the thing.
  static let determiners: Set<Substring> = [
    "the", "a", "an", "her", "his", "their", "this", "that",
  ]

  /// The text with a thing named before a comma put in place of the first pronoun of the
  /// question after it; the text as it was otherwise.
  static func reading(_ text: String) -> String {
    // Most questions hold no comma: they are not split at all.
    guard text.contains(",") else { return text }
    let words = text.split(separator: " ")
    let core = { (word: Substring) in Substring(word.filter { $0.isLetter || $0 == "'" }) }
    guard let first = words.first, openers.contains(first),
      let comma = words.prefix(longest).firstIndex(where: { $0.hasSuffix(",") }),
      comma >= 1, comma + 1 < words.count,
      !words[...comma].contains(where: { clauseWords.contains(core($0)) }),
      !(1...comma).contains(where: { index in
        determiners.contains(core(words[index])) && !prepositions.contains(core(words[index - 1]))
      }),
      questionOpeners.contains(core(words[comma + 1]))
    else { return text }
    var question = Array(words[(comma + 1)...])
    guard
      let pronoun = question.indices.dropFirst().first(where: { index in
        let word = core(question[index])
        return pronouns.contains(word)
          || (word == "that" && comma < longestForThat
            && auxiliaries.contains(core(question[index - 1])))
      })
    else { return text }
    var thing = Array(words[...comma])
    thing[thing.count - 1] = thing[thing.count - 1].dropLast()
    // The pronoun's own closing mark ("it?") stays after the thing.
    let closing = question[pronoun].drop(while: { $0.isLetter || $0 == "'" })
    thing[thing.count - 1] += closing
    question.replaceSubrange(pronoun...pronoun, with: thing)
    return question.joined(separator: " ")
  }
}
