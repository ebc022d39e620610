/// Something heard and checked ("i heard lizzie dies at the end, is that true"), read as the
/// yes/no question "is it true that …".
///
/// Told as a statement, the claim got its answer without the "Yes" or "No" it asks for. A
/// claim is read so only when the message says it was heard, or asks whether it is true, and
/// holds no question word: "i heard there's a twist, what is it" asks what the twist is.
enum Hearsay {
  /// How a claim heard from someone else opens.
  static let openers: [String] = [
    "i heard that ", "i heard ", "i read that ", "i read ", "someone told me that ",
    "someone told me ", "somebody told me that ", "somebody told me ", "i was told that ",
    "i was told ", "my friend said that ", "my friend said ", "my friend told me that ",
    "my friend told me ", "people say that ", "people say ", "people are saying that ",
    "people are saying ", "apparently ", "rumor is that ", "rumor is ",
  ]

  /// How a message asks whether the claim before it is true, each as it ends the message.
  static let checks: [String] = [
    "is that true", "is it true", "is this true", "is that right", "is it right",
    "is that correct", "is that so", "is that accurate", "or is that wrong", "true or not",
    "true or false",
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
    if let check = checks.first(where: { trimmed.hasSuffix($0) }) {
      trimmed = trimmed.dropLast(check.count)
      while let last = trimmed.last, " ,-".contains(last) { trimmed = trimmed.dropLast() }
      checked = true
    }
    guard heard || checked else { return text }
    let words = trimmed.split(separator: " ")
    guard words.count >= 2, let first = words.first, !notClaimOpeners.contains(first),
      !words.contains(where: { questionWords.contains($0.filter { $0.isLetter }) }),
      !trimmed.contains(where: { ",;?".contains($0) })
    else { return text }
    return "is it true that " + trimmed
  }
}
