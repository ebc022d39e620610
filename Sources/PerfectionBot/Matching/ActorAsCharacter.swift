/// An actress named where her character is meant ("does allison williams lose her arm"),
/// read as the character.
///
/// The article names each lead with her actress, so readers ask about the story with the
/// actress's name. Read as written, the name was a question about casting, which no story
/// answer covers: such questions fell back. The name stays wherever casting may be asked
/// about: with a word about acting or a career ("role", "known for", "other movies", "where
/// do i know … from"), a "play" that is no playing of music ("who does allison williams
/// play"), beside the character's own name, after "who is", before "in", or alone.
///
/// The names come from the characters' file (`played_by`), so that casting stays content.
struct ActorAsCharacter: Sendable {
  /// Each actress's name as typed, and the character she plays.
  let actresses: [(name: String, character: String)]
  /// The last word of each name ("williams"): a text with none of them is left at once.
  private let surnames: [String]

  /// A reader for the names of the people who play `characters`.
  init(characters: [FilmCharacter]) {
    actresses = characters.flatMap { character in
      character.playedBy.map { (name: $0, character: character.name) }
    }
    surnames = Array(
      Set(actresses.compactMap { $0.name.split(separator: " ").last.map(String.init) }))
  }

  /// Words about acting, casting or a career: with one, the name is the actress's.
  static let castingWords: Set<Substring> = [
    "portray", "portrays", "portrayed", "portraying",
    "role", "roles", "actress", "actresses", "actor", "actors", "acting", "acted", "act",
    "star", "stars", "starring", "starred", "cast", "casting", "character", "characters",
    "known", "famous", "else", "other", "been", "appear", "appears", "appeared", "age", "old",
    "married", "husband", "wife", "born", "real", "life", "movies", "films", "shows", "show",
    "career", "get", "dear", "good", "great", "bad", "performance", "job", "oscar", "award",
    "awards", "nominated", "instagram", "twitter", "interview", "same", "part", "parts",
    // Asking who she is: "where do i know logan browning from", "tell me about her".
    "know", "knew", "seen", "saw", "recognize", "recognise", "from", "about",
  ]
  /// "play" in its forms: about casting unless music follows ("play together").
  static let playWords: Set<Substring> = ["play", "plays", "played", "playing"]
  /// Words after "play" that make it music.
  static let musicAfterPlay: Set<Substring> = [
    "together", "the", "cello", "cellos", "with", "at", "for", "in", "music", "again", "as",
    "anymore", "still", "after", "on", "one", "a",
  ]
  /// Words before the name that ask who she is ("who is allison williams").
  private static let whoIs: [String] = ["who is ", "whos ", "who's ", "who was "]

  /// The text with an actress's name read as her character's where casting is not asked
  /// about; the text as it was otherwise.
  func reading(_ text: String) -> String {
    guard surnames.contains(where: { text.contains($0) }) else { return text }
    let words = text.split(separator: " ").map { $0.filter { $0.isLetter || $0 == "'" } }
    guard !words.contains(where: { Self.castingWords.contains(Substring($0)) }) else { return text }
    for (index, word) in words.enumerated() where Self.playWords.contains(Substring(word)) {
      let next = index + 1 < words.count ? Substring(words[index + 1]) : ""
      guard Self.musicAfterPlay.contains(next) else { return text }
    }
    var result = text
    for (name, character) in actresses {
      guard var range = result.range(of: name) else { continue }
      let before = result[..<range.lowerBound]
      let rest = result[range.upperBound...].drop { $0 == " " }
      if Self.whoIs.contains(where: { before.hasSuffix($0) })
        || ["in ", "is in ", "was in "].contains(where: { rest.hasPrefix($0) })
      {
        continue
      }
      // Alone, or asked whether she is ("is allison williams"), or beside her character's
      // own name ("is allison williams charlotte"): the actress.
      let opening = before.split(separator: " ")
      if rest.allSatisfy({ !$0.isLetter }) && opening.allSatisfy({ $0 == "is" || $0 == "was" }) {
        continue
      }
      if result.contains(character) { continue }
      // "williams' arm" is hers as "williams's arm" is: the character's is "charlotte's".
      var replacement = character
      if result[range.upperBound...].hasPrefix("' ") {
        range = range.lowerBound..<result.index(after: range.upperBound)
        replacement += "'s"
      }
      result.replaceSubrange(range, with: replacement)
    }
    return result
  }
}
