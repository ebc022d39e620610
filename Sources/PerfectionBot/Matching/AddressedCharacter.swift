/// A question put to a character by name, read as a question about them.
///
/// "anton, what did you do" asks what Anton did, and "lizzie what happened to your hand"
/// what happened to Lizzie's hand; read as typed, "you" was the bot and "your" no one, and
/// the first fell back. The name is put where "you" stands, "your" becomes the name's
/// possessive, and the auxiliary agrees with it ("how are you" is "how is lizzie").
enum AddressedCharacter {
  /// A character's name with the words that stand for them.
  struct Person {
    let name: Substring
    let object: Substring
    let possessive: Substring
    let reflexive: Substring
  }

  /// The names a question may be put to.
  static let people: [Substring: Person] = [
    "charlotte": Person(
      name: "charlotte", object: "her", possessive: "her", reflexive: "herself"),
    "lizzie": Person(name: "lizzie", object: "her", possessive: "her", reflexive: "herself"),
    "anton": Person(name: "anton", object: "him", possessive: "his", reflexive: "himself"),
    "bachoff": Person(name: "bachoff", object: "him", possessive: "his", reflexive: "himself"),
  ]
  /// Words that may come before the name ("so charlotte, …", "hey anton …").
  static let openers: Set<Substring> = ["so", "ok", "okay", "hey", "oh", "dear", "yo", "wait"]
  /// Words the question after the name opens with.
  static let questionOpeners: Set<Substring> = [
    "what", "whats", "what's", "who", "whos", "who's", "why", "how", "where", "when", "which",
    "did", "do", "does", "would", "could", "can", "will", "were", "are", "was", "have", "is",
  ]
  /// Auxiliaries before "you", as they agree with a name.
  static let agreeing: [Substring: Substring] = [
    "are": "is", "were": "was", "have": "has", "do": "does", "dont": "doesnt",
    "don't": "doesn't", "arent": "isnt", "aren't": "isn't", "werent": "wasnt",
    "weren't": "wasn't", "haven't": "hasn't", "havent": "hasnt",
  ]
  /// How the question says "you".
  static let you: Set<Substring> = ["you", "u", "ya"]
  /// How it says "your".
  static let your: Set<Substring> = ["your", "ur", "yr"]
  /// How it says "yourself".
  static let yourself: Set<Substring> = ["yourself", "urself"]
  /// How it says "you are".
  static let youAre: Set<Substring> = ["you're", "youre", "ur"]

  /// The question with the character it is put to in place of "you"; the text as it was
  /// when it names no one first or never says "you".
  static func reading(_ text: String) -> String {
    var words = text.split(separator: " ")[...]
    var dropped = 0
    while let first = words.first, openers.contains(first.trimmingPunctuation), dropped < 2 {
      words = words.dropFirst()
      dropped += 1
    }
    guard let named = words.first, let person = people[named.trimmingPunctuation],
      let next = words.dropFirst().first, questionOpeners.contains(next.trimmingPunctuation)
    else { return text }
    var rest = Array(words.dropFirst())
    var namedYet = false
    var changed = false
    for index in rest.indices {
      let word = rest[index].trimmingPunctuation
      let closing = rest[index].drop(while: { $0.isLetter || $0 == "'" })
      var replacement: Substring?
      if you.contains(word) {
        replacement = namedYet ? person.object : person.name
        namedYet = true
        if index > 0, let agreed = agreeing[rest[index - 1].trimmingPunctuation] {
          rest[index - 1] = agreed
        }
      } else if your.contains(word), !(word == "ur" && isVerbAfter(rest, index)) {
        replacement = namedYet ? person.possessive : person.name + "'s"
        namedYet = true
      } else if yourself.contains(word) {
        replacement = person.reflexive
      } else if youAre.contains(word) {
        replacement = (namedYet ? person.object : person.name) + " is"
        namedYet = true
      }
      if let replacement {
        rest[index] = replacement + closing
        changed = true
      }
    }
    return changed ? rest.joined(separator: " ") : text
  }

  /// Whether the word after `index` reads as what "ur" (you are) is followed by rather than
  /// a thing "ur" (your) owns: an "-ing" word ("how ur still playing").
  private static func isVerbAfter(_ words: [Substring], _ index: Int) -> Bool {
    index + 1 < words.count && words[index + 1].hasSuffix("ing")
  }
}
