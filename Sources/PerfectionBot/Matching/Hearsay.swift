/// Something heard and checked ("i heard lizzie dies at the end, is that true"), read as the
/// yes/no question "is it true that …".
///
/// Told as a statement, the claim got its answer without the "Yes" or "No" it asks for. A
/// claim is read so only when the message says it was heard, or asks whether it is true, and
/// holds no question word: "i heard there's a twist, what is it" asks what the twist is.
enum Hearsay {
  /// How a claim heard from someone else opens.
  static let openers: [String] =
    [
      "i heard that ", "i heard ", "i read that ", "i read ", "someone told me that ",
      "someone told me ", "somebody told me that ", "somebody told me ", "i was told that ",
      "i was told ", "my friend said that ", "my friend said ", "my friend told me that ",
      "my friend told me ", "people say that ", "people say ", "people are saying that ",
      "people are saying ", "apparently ", "rumor is that ", "rumor is ",
      // A guess of one's own, put up to be checked.
      "am i right that ", "am i right in thinking that ", "am i right in thinking ",
      "am i correct that ", "am i correct in thinking that ", "am i correct in thinking ",
      "i'm right in thinking that ", "i'm right in thinking ", "im right in thinking that ",
      "im right in thinking ", "i'm right that ", "im right that ",
      "i'm correct in thinking that ", "i'm correct in thinking ",
      "correct me if i'm wrong but ", "correct me if im wrong but ", "correct me if i'm wrong ",
      "correct me if im wrong ", "did i understand right that ", "did i understand correctly that ",
      "did i get it right that ", "did i get that right that ", "i'm guessing that ",
      "i'm guessing ",
      "im guessing that ", "im guessing ", "i guess that ", "i assume that ", "i assume ",
      "i'm assuming that ", "i'm assuming ", "im assuming ", "i'm pretty sure that ",
      "i'm pretty sure ", "im pretty sure ", "pretty sure that ", "pretty sure ",
      "i think that ", "i thought that ", "i thought ", "i'm sure that ", "i'm sure ",
      "so basically ",
    ] + sayingFrames.flatMap { [$0 + " that ", $0 + " "] }

  /// How a message asks whether it may say something: "is it correct to say the pills were
  /// ibuprofen" asks whether they were (its "say" is no one's speech in the film).
  static let sayingFrames: [String] =
    [
      "is it", "would it be", "am i", "would i be", "is it not",
    ].flatMap { frame in
      ["correct", "right", "fair", "accurate", "safe", "true"].map {
        frame + " " + $0 + " to say"
      }
    } + [
      "would i be right in saying", "would i be correct in saying", "am i right in saying",
      "am i correct in saying", "can we say", "can i say", "could you say", "would you say",
    ]

  /// How a message asks whether the claim before it is true, each as it ends the message.
  static let checks: [String] = [
    // A guess made while watching, checked afterwards: "i thought she was jealous, was i right".
    "was i right", "was i wrong", "was i correct", "or was i wrong", "did i get that right",
    "did i get it right", "am i on the right track",
    "is that true", "is it true", "is this true", "is that right", "is it right",
    "is that correct", "is that so", "is that accurate", "or is that wrong", "true or not",
    "true or false", "am i right", "am i wrong", "or am i wrong", "or am i missing something",
    "correct", "right", "yes", "yeah", "no", "or no", "or not",
    // A tag question: "logan browning plays lizzie, doesn't she".
    "doesn't she", "doesnt she", "didn't she", "didnt she", "isn't she", "isnt she",
    "wasn't she", "wasnt she", "doesn't he", "doesnt he", "didn't he", "didnt he", "isn't he",
    "isnt he", "wasn't he", "wasnt he", "don't they", "dont they", "didn't they", "didnt they",
    "aren't they", "arent they", "weren't they", "werent they", "isn't it", "isnt it",
    "wasn't it", "wasnt it", "didn't it", "didnt it",
  ]
  /// Words before a closing "right" that make it a side, not a check: "her right".
  static let sideOwners: Set<Substring> = SubjectWords.possessiveWords.union([
    "the", "a", "to", "on", "or", "and", "left",
  ])
  /// Words that negate a claim: checked as "is it true that …", its "Yes" or "No" would read
  /// the wrong way round ("the bugs were never real, right?"), so it is left as typed.
  static let negations: Set<Substring> = [
    "not", "never", "no", "nothing", "none", "nobody", "neither", "nor", "isn't", "isnt",
    "wasn't", "wasnt", "weren't", "werent", "aren't", "arent", "didn't", "didnt", "doesn't",
    "doesnt", "don't", "dont", "can't", "cant", "couldn't", "couldnt", "won't", "wont",
    "hasn't", "hasnt", "haven't", "havent", "hadn't", "hadnt", "wouldn't", "wouldnt",
  ]

  /// Question words that make the message a question of its own.
  static let questionWords: Set<Substring> = [
    "what", "whats", "why", "how", "who", "whos", "where", "when", "which",
  ]

  /// Words a claim cannot open with: "i heard about the twist" names no claim, and "is
  /// anton dead, is that true" is already a question.
  static let notClaimOpeners: Set<Substring> = [
    "about", "it", "this", "that", "of", "somewhere", "online", "on", "in", "is", "was", "are",
    "were", "did", "does", "do", "can", "could", "will", "would", "has", "have", "so",
  ]

  /// The text read as "is it true that" and the claim, when it is one; the text as it was
  /// otherwise.
  static func reading(_ text: String) -> String {
    var claim = Substring(text)
    var heard = false
    if let opener = openers.first(where: { claim.hasPrefix($0) }) {
      claim = claim.dropFirst(opener.count)
      heard = true
    }
    var trimmed = claim
    while let last = trimmed.last, " ?!.".contains(last) { trimmed = trimmed.dropLast() }
    var checked = false
    if let check = checks.first(where: { isCheck($0, closing: trimmed) }) {
      trimmed = trimmed.dropLast(check.count)
      while let last = trimmed.last, " ,-".contains(last) { trimmed = trimmed.dropLast() }
      checked = true
    }
    guard heard || checked else { return text }
    let words = trimmed.split(separator: " ")
    // "it came out in 2019, right": a claim about the film may open with "it" when checked.
    let aboutTheFilm = checked && !heard && words.first == "it"
    guard words.count >= 2, let first = words.first,
      aboutTheFilm || !notClaimOpeners.contains(first),
      !words.contains(where: { negations.contains($0) }),
      !words.contains(where: { questionWords.contains($0.filter { $0.isLetter }) }),
      !trimmed.contains(where: { ",;?".contains($0) })
    else { return text }
    return "is it true that " + trimmed
  }

  /// Whether `check` closes `text` as a word of its own ("… right", not "… bright", nor the
  /// side in "… her right").
  private static func isCheck(_ check: String, closing text: Substring) -> Bool {
    guard text.hasSuffix(check) else { return false }
    let before = text.dropLast(check.count)
    guard let last = before.last, " ,-".contains(last) else { return false }
    guard check == "right" else { return true }
    let previous = before.split(whereSeparator: { " ,-".contains($0) }).last ?? ""
    return !sideOwners.contains(previous)
  }
}
