import DefaultIntents
import Foundation
import PerfectionBot

/// The intents built into the binary, loaded on a second thread from the first moment of the
/// process, while the command line is still being parsed (each takes about 2 ms).
final class EmbeddedLibrary: @unchecked Sendable {
  // @unchecked: `result` is written once, and read only after, under `condition`.

  /// The one load for the process.
  static let shared = EmbeddedLibrary()

  private let condition = NSCondition()
  private var started = false
  private var result: Result<IntentLibrary, IntentLoadError>?

  /// Starts loading in the background; later calls do nothing.
  func prefetch() {
    condition.lock()
    defer { condition.unlock() }
    guard !started else { return }
    started = true
    Thread.detachNewThread { [self] in
      let loaded = Result { () throws(IntentLoadError) -> IntentLibrary in
        try IntentLoader.load(
          sources: DefaultIntents.files.map { IntentSource(name: $0.name, text: $0.text) },
          precomputed: DefaultIntents.precomputed)
      }
      condition.lock()
      result = loaded
      condition.broadcast()
      condition.unlock()
    }
  }

  /// The loaded library, waiting for the load if it is still running (or starting it).
  func library() throws(IntentLoadError) -> IntentLibrary {
    prefetch()
    condition.lock()
    while result == nil { condition.wait() }
    let loaded = result
    condition.unlock()
    switch loaded {
    case .success(let library): return library
    case .failure(let error): throw error
    case nil: preconditionFailure("BUG: the embedded library finished without a result")
    }
  }
}
