/// Words that open a subject of more than one word, shared by the steps that find where a
/// question's subject ends.
///
/// "her mom", "lizzie's hand" and "the girls" each open with one of these. Kept in one list
/// so that a name's possessive added for one reading step is known to all of them.
enum SubjectWords {
  /// Possessive pronouns and the characters' possessives, with and without the apostrophe.
  static let possessives: [String] = [
    "her", "his", "their", "charlotte's", "lizzie's", "anton's", "bachoff's", "charlottes",
    "lizzies", "antons",
  ]
  /// The possessives as words split out of a question.
  static let possessiveWords: Set<Substring> = Set(possessives.map { Substring($0) })
}
