/// Which limit stopped a match.
public enum LimitKind: String, Sendable, Hashable {
  /// `pcre2_set_match_limit`.
  case match
  /// `pcre2_set_depth_limit`.
  case depth
  /// `pcre2_set_heap_limit`.
  case heap
  /// The JIT's own stack was exhausted.
  case jitStack
}
