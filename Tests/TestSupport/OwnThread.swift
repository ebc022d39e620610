import Foundation

/// Runs blocking work on a thread of its own and awaits it.
///
/// Synchronous calls that wait on async work (a `DialogueManager` over an asynchronous store,
/// a pipe read) must not sit on Swift's cooperative threads: on a 2-core machine there are
/// two, and the work they wait for needs one of them.
public func onOwnThread<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws
  -> T
{
  try await withCheckedThrowingContinuation { continuation in
    Thread.detachNewThread {
      continuation.resume(with: Result { try body() })
    }
  }
}
