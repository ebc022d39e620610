import Foundation

/// Runs an operation with a time limit that holds even when the operation ignores
/// cancellation (a connection pool waiting for a database that is down).
///
/// A task group would wait for its child to finish before returning; this returns at the
/// deadline, cancels the operation, and lets it finish on its own in the background.
enum Deadline {
  struct Expired: Error, CustomStringConvertible {
    let limit: Duration
    var description: String { "the database did not answer within \(limit)" }
  }

  static func run<T: Sendable>(
    within limit: Duration, _ operation: @escaping @Sendable () async throws -> T
  ) async throws -> T {
    let once = Once<T>()
    return try await withCheckedThrowingContinuation { continuation in
      once.set(continuation)
      let work = Task {
        do { once.resume(with: .success(try await operation())) } catch {
          once.resume(with: .failure(error))
        }
      }
      let timer = Task {
        try? await Task.sleep(for: limit)
        // Past the limit: the operation is told to stop, and finishes on its own.
        if once.resume(with: .failure(Expired(limit: limit))) { work.cancel() }
      }
      // Done in time: the timer goes at once, rather than sleeping out its limit on every
      // operation.
      Task {
        await work.value
        timer.cancel()
      }
    }
  }

  /// Resumes a continuation once, whoever comes first.
  private final class Once<T: Sendable>: @unchecked Sendable {
    // @unchecked: `continuation` is only touched while `lock` is held.
    private let lock = NSLock()
    private var continuation: CheckedContinuation<T, any Error>?

    func set(_ continuation: CheckedContinuation<T, any Error>) {
      lock.withLock { self.continuation = continuation }
    }

    /// Resumes with `result` if nobody did yet; whether this call did.
    @discardableResult
    func resume(with result: Result<T, any Error>) -> Bool {
      let taken = lock.withLock {
        defer { continuation = nil }
        return continuation
      }
      taken?.resume(with: result)
      return taken != nil
    }
  }
}
