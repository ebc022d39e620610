import Synchronization

/// How a server run on another task ended, read by the thread that waited for it.
final class ServerOutcome: Sendable {
  private let message = Mutex<String?>(nil)

  /// Records the error the server stopped with.
  func fail(_ text: String) {
    message.withLock { $0 = text }
  }

  /// The error the server stopped with, if any.
  var failure: String? {
    message.withLock { $0 }
  }
}
