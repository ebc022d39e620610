/// The outcome of matching one question against every intent.
public struct MatchResult: Sendable {
  /// The normalized question that was matched.
  public let normalized: String
  /// Every intent that matched with a score at or above the threshold, best first; the first
  /// is the answer, the rest runners-up.
  public let candidates: [IntentMatch]
  /// Patterns that hit a match limit on this question: intent id and pattern index.
  public let limitHits: [(intent: String, pattern: Int)]
  /// The lexicon concepts found in the question.
  public let concepts: ConceptSet
  /// Intents that matched but scored below the threshold, best first (for `explain`).
  public let rejected: [IntentMatch]
  /// The first word of a yes/no question that nothing read ("vitamins"), if any: such a
  /// question gets no "Yes" or "No", only what the article says.
  public let unreadWord: String?

  init(
    normalized: String, candidates: [IntentMatch], limitHits: [(intent: String, pattern: Int)],
    concepts: ConceptSet = ConceptSet(), rejected: [IntentMatch] = [], unreadWord: String? = nil
  ) {
    self.normalized = normalized
    self.candidates = candidates
    self.limitHits = limitHits
    self.concepts = concepts
    self.rejected = rejected
    self.unreadWord = unreadWord
  }

  /// The chosen intent, if any matched.
  public var best: IntentMatch? { candidates.first }
  /// The intents that matched but lost to the best one.
  public var runnersUp: ArraySlice<IntentMatch> { candidates.dropFirst() }
}
