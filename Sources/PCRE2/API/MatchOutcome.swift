/// What one attempt to match a pattern against a subject gave.
///
/// "No match" and "limit reached" are values, not errors: a caller decides what they mean.
public enum MatchOutcome: Sendable {
  /// The pattern matched.
  case matched(Match)
  /// The pattern does not match the subject.
  case noMatch
  /// The match was stopped by one of the `MatchLimits` (or the JIT stack) before it finished.
  case limitReached(LimitKind)
  /// PCRE2 reported another error.
  case failed(PCRE2Error)

  /// The match, when there is one.
  public var match: Match? {
    if case .matched(let match) = self { return match }
    return nil
  }
}
