import PCRE2

/// Finds the intent that best answers a question.
///
/// Rules, applied in order, so the choice is deterministic:
/// 1. higher `priority` wins;
/// 2. then the longer match (more of the question explained by the pattern) wins;
/// 3. then the intent that comes first (files by name, then order in the file) wins.
///
/// Within one intent the pattern with the longest match counts, the first on a tie.
/// Safe to call from many threads at once: each call borrows a `MatchScratch` from a pool.
public final class IntentMatcher: Sendable {
  /// The intents matched against.
  public let library: IntentLibrary
  /// The scratch spaces matches borrow; shared with the dialogue manager.
  public let pool: ScratchPool
  /// Every pattern with its intent, flat, in the order they are tried.
  private let table:
    [(intent: Int, priority: Int, index: Int, pattern: Pattern, prefilter: Prefilter)]

  /// Creates a matcher over a library.
  public init(library: IntentLibrary, limits: MatchLimits = .standard) {
    self.library = library
    self.pool = ScratchPool(limits: limits)
    // Highest priority first (stable, so file order holds within a priority): a match in one
    // priority group makes every lower group irrelevant to the winner.
    let ordered = library.intents.enumerated().sorted { lhs, rhs in
      lhs.element.priority != rhs.element.priority
        ? lhs.element.priority > rhs.element.priority : lhs.offset < rhs.offset
    }
    self.table = ordered.flatMap { position, intent in
      intent.patterns.enumerated().map {
        (position, intent.priority, $0.offset, $0.element, Prefilter(pattern: $0.element.source))
      }
    }
  }

  /// Matches a question as typed: normalizes it first.
  public func match(_ question: String) -> MatchResult {
    match(normalized: Normalizer.normalize(question))
  }

  /// Matches an already normalized question.
  public func match(normalized: String) -> MatchResult {
    pool.withScratch { match(normalized: normalized, using: $0) }
  }

  /// Matches an already normalized question with a scratch space the caller holds.
  ///
  /// With `exhaustive` set, every pattern is tried, so that `candidates` lists every intent
  /// that matches (for `explain` and lint); without it, matching stops after the first
  /// priority group with a match, which finds the same winner with less work (for replies).
  public func match(
    normalized: String, using scratch: MatchScratch, exhaustive: Bool = true
  ) -> MatchResult {
    let subject = Subject(normalized)
    var found: [(intent: Int, pattern: Int, span: Int)] = []
    var limitHits: [(intent: String, pattern: Int)] = []
    var groupPriority = Int.max
    let keys = QuestionKeys(normalized)
    for position in table.indices {
      // Fields are read in place: copying an entry would retain its pattern and filter.
      let priority = table[position].priority
      if priority != groupPriority {
        if !exhaustive && !found.isEmpty { break }
        groupPriority = priority
      }
      guard table[position].prefilter.admits(keys) else { continue }
      let entry = table[position]
      switch entry.pattern.span(in: subject, using: scratch) {
      case .matched(let range):
        // Patterns of one intent are adjacent: keep the longest match per intent.
        if let last = found.last, last.intent == entry.intent {
          if range.count > last.span {
            found[found.count - 1] = (entry.intent, entry.index, range.count)
          }
        } else {
          found.append((entry.intent, entry.index, range.count))
        }
      case .limitReached, .failed:
        limitHits.append((library.intents[entry.intent].id, entry.index))
      case .noMatch:
        break
      }
    }
    found.sort { lhs, rhs in
      let left = library.intents[lhs.intent]
      let right = library.intents[rhs.intent]
      if left.priority != right.priority { return left.priority > right.priority }
      if lhs.span != rhs.span { return lhs.span > rhs.span }
      return lhs.intent < rhs.intent
    }
    // Groups are read only for the intents that matched, and only when a pattern has names.
    let candidates = found.map { entry in
      let intent = library.intents[entry.intent]
      let pattern = intent.patterns[entry.pattern]
      let captures =
        pattern.captureNames.isEmpty
        ? [:] : (pattern.match(subject, using: scratch).match?.namedCaptures ?? [:])
      return IntentMatch(
        intent: intent, patternIndex: entry.pattern, span: entry.span, captures: captures)
    }
    return MatchResult(normalized: normalized, candidates: candidates, limitHits: limitHits)
  }
}
