/// A question read in the other tense, for when it reads nothing in its own.
///
/// Viewers tell a story in the present as often as in the past ("tell me what anton does",
/// "what was the perfection"), and many of the whole-sentence patterns were written in one
/// tense. A question that matched nothing is read again with its auxiliaries and "happen"
/// moved to the past, then to the present; the caller takes a reading that matches and
/// names the same concepts (a "now" or a "career" read in one tense only is another
/// question). Questions that read something as typed are never changed, so a tense that
/// matters ("what does anton do" for a living, "what did anton do" to his students) keeps
/// its answer.
enum TenseSwap {
  /// Words moved to the past, with the word each becomes.
  static let toPast: [Substring: String] = [
    "does": "did", "do": "did", "is": "was", "are": "were", "happens": "happened",
    "has": "had", "doesnt": "didnt", "dont": "didnt", "isnt": "wasnt", "arent": "werent",
  ]
  /// Words moved to the present, with the word each becomes.
  static let toPresent: [Substring: String] = [
    "did": "does", "was": "is", "were": "are", "happened": "happens", "didnt": "doesnt",
    "wasnt": "isnt", "werent": "arent",
  ]

  /// The question moved to the past, then to the present, leaving out a reading that changes
  /// nothing.
  static func readings(_ text: String) -> [String] {
    let words = text.split(separator: " ", omittingEmptySubsequences: false)
    var result: [String] = []
    for map in [toPast, toPresent] {
      var changed = false
      let moved = words.map { word -> String in
        guard let swapped = map[word] else { return String(word) }
        changed = true
        return swapped
      }
      if changed { result.append(moved.joined(separator: " ")) }
    }
    return result
  }
}
