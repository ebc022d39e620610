import PCRE2
import Synchronization

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
  /// The limits every pattern match obeys.
  public let limits: MatchLimits
  private let pool: Mutex<[MatchScratch]>

  /// Creates a matcher over a library.
  public init(library: IntentLibrary, limits: MatchLimits = .standard) {
    self.library = library
    self.limits = limits
    self.pool = Mutex([])
  }

  /// Matches a question as typed: normalizes it first.
  public func match(_ question: String) -> MatchResult {
    match(normalized: Normalizer.normalize(question))
  }

  /// Matches an already normalized question.
  public func match(normalized: String) -> MatchResult {
    let subject = Subject(normalized)
    let scratch = pool.withLock { $0.popLast() } ?? MatchScratch(limits: limits)
    defer { pool.withLock { $0.append(scratch) } }
    var candidates: [IntentMatch] = []
    var limitHits: [(intent: String, pattern: Int)] = []
    for intent in library.intents {
      var best: (index: Int, match: Match)?
      for (index, pattern) in intent.patterns.enumerated() {
        switch pattern.match(subject, using: scratch) {
        case .matched(let match):
          if best == nil || match.range.count > (best?.match.range.count ?? 0) {
            best = (index, match)
          }
        case .limitReached, .failed:
          limitHits.append((intent.id, index))
        case .noMatch:
          break
        }
      }
      if let best {
        candidates.append(
          IntentMatch(
            intent: intent, patternIndex: best.index, span: best.match.range.count,
            captures: best.match.namedCaptures))
      }
    }
    candidates.sort { lhs, rhs in
      if lhs.intent.priority != rhs.intent.priority {
        return lhs.intent.priority > rhs.intent.priority
      }
      if lhs.span != rhs.span { return lhs.span > rhs.span }
      return lhs.intent.order < rhs.intent.order
    }
    return MatchResult(normalized: normalized, candidates: candidates, limitHits: limitHits)
  }
}
