/// A way of rewording every corpus question that keeps what it asks: the corpus run through
/// it measures how well understanding carries over to wordings no one labeled.
public enum CorpusRewording: String, CaseIterable, Sendable {
  /// One slip of the fingers in the longest word (`CorpusRunner.slip`).
  case slip = "a slip of the fingers"
  /// Every "anton" and "charlotte" written as the full name.
  case fullNames = "full names"
  /// An opener before the question: "hey, quick question: …".
  case opener = "an opener"
  /// "lol" after the question.
  case trailer = "a trailing lol"
  /// The tense swapped: "did" for "does", "was" for "is", "happened" for "happens", and back.
  case tense = "the tense swapped"
  /// Every apostrophe left out: "whats", "charlottes", "didnt".
  case noApostrophes = "no apostrophes"

  /// The question reworded.
  public func apply(_ question: String) -> String {
    switch self {
    case .slip:
      return CorpusRunner.slip(question)
    case .fullNames:
      return Self.replacingWords(
        question,
        [
          "anton": "anton bachoff", "charlotte": "charlotte willmore", "anton's": "anton bachoff's",
          "charlotte's": "charlotte willmore's",
        ])
    case .opener:
      return "hey, quick question: " + question
    case .trailer:
      return question + " lol"
    case .noApostrophes:
      return question.replacingOccurrences(of: "'", with: "")
    case .tense:
      return Self.replacingWords(
        question,
        [
          "did": "does", "does": "did", "is": "was", "was": "is", "are": "were", "were": "are",
          "happened": "happens", "happens": "happened",
        ])
    }
  }

  /// The lowest share of the working corpus that must stay right when reworded this way: a
  /// little under what it scored when the test was written.
  public var minimumAccuracy: Double {
    switch self {
    case .slip: 0.97
    case .fullNames, .opener, .trailer, .noApostrophes: 0.98
    case .tense: 0.97
    }
  }

  private static func replacingWords(_ text: String, _ map: [String: String]) -> String {
    text.split(separator: " ", omittingEmptySubsequences: false)
      .map { map[String($0)] ?? String($0) }
      .joined(separator: " ")
  }
}
