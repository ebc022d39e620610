import CPCRE2

/// The mutable state one thread needs to match: match data, a match context with limits, and a
/// JIT stack.
///
/// Reuse one scratch for many matches on one thread; never share it between threads at once.
public final class MatchScratch: @unchecked Sendable {
  // @unchecked: a scratch may move between threads (a pool hands it out), but is only ever
  // used by one thread at a time; that is the documented contract of this type.
  /// The limits every match made with this scratch obeys.
  public let limits: MatchLimits

  let context: OpaquePointer
  private let jitStack: OpaquePointer?
  private(set) var matchData: OpaquePointer
  private var pairs: Int

  /// Creates a scratch space whose matches obey `limits`.
  public init(limits: MatchLimits = .standard) {
    guard let context = pcre2_match_context_create_8(nil),
      let matchData = pcre2_match_data_create_8(16, nil)
    else {
      preconditionFailure("BUG: PCRE2 could not allocate a match context")
    }
    pcre2_set_match_limit_8(context, limits.match)
    pcre2_set_depth_limit_8(context, limits.depth)
    pcre2_set_heap_limit_8(context, limits.heapKiB)
    let stack = pcre2_jit_stack_create_8(32 * 1024, 512 * 1024, nil)
    if let stack {
      pcre2_jit_stack_assign_8(context, nil, UnsafeMutableRawPointer(stack))
    }
    self.limits = limits
    self.context = context
    self.jitStack = stack
    self.matchData = matchData
    self.pairs = 16
  }

  deinit {
    pcre2_match_data_free_8(matchData)
    pcre2_match_context_free_8(context)
    if let jitStack { pcre2_jit_stack_free_8(jitStack) }
  }

  func reserve(captures: Int) {
    guard captures + 1 > pairs else { return }
    guard let bigger = pcre2_match_data_create_8(UInt32(captures + 1), nil) else {
      preconditionFailure("BUG: PCRE2 could not allocate match data")
    }
    pcre2_match_data_free_8(matchData)
    matchData = bigger
    pairs = captures + 1
  }

  func wholeMatch() -> Range<Int> {
    guard let ovector = pcre2_get_ovector_pointer_8(matchData) else {
      preconditionFailure("BUG: PCRE2 match data has no ovector")
    }
    return ovector[0]..<max(ovector[0], ovector[1])
  }

  func readMatch(subject: Subject, captures: Int, names: [String: Int]) -> Match {
    guard let ovector = pcre2_get_ovector_pointer_8(matchData) else {
      preconditionFailure("BUG: PCRE2 match data has no ovector")
    }
    let unset = cpcre2_unset()
    let whole = ovector[0]..<max(ovector[0], ovector[1])
    var groups: [Range<Int>?] = []
    groups.reserveCapacity(captures)
    for group in stride(from: 1, through: captures, by: 1) {
      let start = ovector[2 * group]
      let end = ovector[2 * group + 1]
      groups.append(start == unset || end < start ? nil : start..<end)
    }
    return Match(subject: subject, range: whole, groups: groups, names: names)
  }
}
