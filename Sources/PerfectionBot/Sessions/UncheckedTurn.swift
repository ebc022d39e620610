import PCRE2

/// A turn's body carried into the task that runs it, while the caller waits on it.
struct UncheckedTurn: @unchecked Sendable {
  // @unchecked: the synchronous caller blocks until the task is done, so the closure is
  // never used concurrently nor after it returns.
  let body: (inout SessionState, MatchScratch) -> Reply
}
