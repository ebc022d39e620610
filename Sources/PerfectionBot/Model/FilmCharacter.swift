import PCRE2

/// A person in the film that questions can refer to by name or by pronoun.
public struct FilmCharacter: Sendable {
  /// The canonical, lowercase name used in intent files (`charlotte`).
  public let name: String
  /// How the name is written in replies (`Charlotte`).
  public let display: String
  /// The pronoun used for the character: `she`, `he` or `they`.
  public let pronoun: String
  /// The names of the actress or actor who plays the character, lowercase, misspellings
  /// included (`allison williams`); empty when the article names no one.
  public let playedBy: [String]
  /// Recognizes the character's name in a normalized question, misspellings included.
  let pattern: Pattern

  /// The source of the pattern that recognizes the character's name.
  public var patternSource: String { pattern.source }
}
