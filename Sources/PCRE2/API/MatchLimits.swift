/// Bounds on the work one match may do, so that a pathological pattern ends instead of hanging.
///
/// The limits are set on a PCRE2 match context: `pcre2_set_match_limit`,
/// `pcre2_set_depth_limit` and `pcre2_set_heap_limit`. The JIT honours the match limit and
/// its own stack size; the interpreter honours all three.
public struct MatchLimits: Sendable, Hashable {
  /// How many times the matcher may call its internal match function (`pcre2_set_match_limit`).
  public var match: UInt32
  /// How deep backtracking may nest (`pcre2_set_depth_limit`).
  public var depth: UInt32
  /// How much heap, in KiB, the interpreter may use for backtracking (`pcre2_set_heap_limit`).
  public var heapKiB: UInt32

  /// Creates limits; the defaults suit short chat questions.
  public init(match: UInt32 = 100_000, depth: UInt32 = 10_000, heapKiB: UInt32 = 4_096) {
    self.match = match
    self.depth = depth
    self.heapKiB = heapKiB
  }

  /// The default limits: enough for short texts, such as one chat message, matched by
  /// patterns written with care; a runaway pattern stops at them.
  public static let standard = MatchLimits()
}
