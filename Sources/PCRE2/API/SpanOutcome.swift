/// Where a pattern matched, without its groups: the allocation-free form of `MatchOutcome`.
public enum SpanOutcome: Sendable, Hashable {
  /// The pattern matched these bytes of the subject's UTF-8.
  case matched(Range<Int>)
  /// The pattern does not match the subject.
  case noMatch
  /// A match limit (or the JIT stack) stopped the match.
  case limitReached(LimitKind)
  /// PCRE2 reported another error.
  case failed(PCRE2Error)

  /// Whether the pattern matched.
  public var isMatch: Bool {
    if case .matched = self { return true }
    return false
  }
}
