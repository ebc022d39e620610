import Foundation

/// A value handed from a task to the thread waiting for it.
final class WaitBox<T: Sendable>: @unchecked Sendable {
  // @unchecked: `value` is only touched while `lock` is held.
  private let lock = NSLock()
  private var value: T?

  func set(_ newValue: T) {
    lock.withLock { value = newValue }
  }

  func get() -> T {
    lock.withLock {
      guard let value else { preconditionFailure("BUG: read before the task finished") }
      return value
    }
  }
}
