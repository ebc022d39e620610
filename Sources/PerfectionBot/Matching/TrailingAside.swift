/// A reason or a doubt closing a question without a comma ("how did charlotte know about
/// lizzie if they had just met"), left out when the question reads nothing with it.
///
/// The aside adds what the asker already knows or wonders ("they had just met", "she seemed
/// so nice"), and its words (here "met" and "if") were read as more topics, so the question
/// fell back. Only an aside opened by a conjunction of reason or concession and then a
/// subject is left out, and an "if" only after a question with no "would", "could" or
/// "should", which asks what did not happen ("would lizzie have left if …").
enum TrailingAside {
  /// Words that open the aside.
  static let openers: Set<Substring> = [
    "if", "since", "considering", "given", "though", "although", "because", "cause", "cuz",
    "even", "seeing",
  ]
  /// Words that may follow "even" ("even though", "even if") or "given"/"seeing" ("given
  /// that").
  static let joiners: Set<Substring> = ["though", "if", "that", "as"]
  /// Subjects the aside opens with after its conjunction.
  static let subjects: Set<Substring> = [
    "they", "she", "he", "it", "we", "i", "you", "charlotte", "lizzie", "anton", "the", "her",
    "his", "their", "both", "everyone", "nobody", "theyd", "theyre", "shes", "hes", "its",
  ]
  /// Words that make a question ask what did not happen: an "if" after one is its premise.
  static let modals: Set<Substring> = [
    "would", "could", "should", "might", "will", "wouldve", "couldve", "shouldve", "wouldnt",
    "couldnt",
  ]
  /// The fewest words the question keeps.
  static let fewestKept = 3

  /// The question before its closing aside, or `nil` when it has none.
  static func dropping(_ text: String) -> String? {
    let words = text.split(separator: " ")
    guard words.count > fewestKept + 1 else { return nil }
    for index in fewestKept..<(words.count - 1) {
      let word = words[index]
      guard openers.contains(word) else { continue }
      var next = index + 1
      if joiners.contains(words[next]), next + 1 < words.count { next += 1 }
      guard subjects.contains(words[next].filter { $0.isLetter || $0 == "'" }) else { continue }
      let kept = words[..<index]
      if word == "if", kept.contains(where: { modals.contains($0) }) { return nil }
      return kept.joined(separator: " ")
    }
    return nil
  }
}
