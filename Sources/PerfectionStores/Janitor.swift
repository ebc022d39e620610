import Dispatch

/// Runs a cleanup every so often on a background queue, never on a caller's thread.
final class Janitor: @unchecked Sendable {
  // @unchecked: a dispatch source may be cancelled from any thread, and `timer` never changes.
  private let timer: any DispatchSourceTimer

  /// Starts running `work` every `seconds`, the first time after one period.
  init(every seconds: Double, _ work: @escaping @Sendable () -> Void) {
    let queue = DispatchQueue(label: "perfection.janitor", qos: .utility)
    timer = DispatchSource.makeTimerSource(queue: queue)
    timer.schedule(
      deadline: .now() + seconds, repeating: seconds, leeway: .milliseconds(Int(seconds * 100)))
    timer.setEventHandler(handler: work)
    timer.resume()
  }

  /// Stops the cleanups; one already running finishes.
  func stop() {
    timer.cancel()
  }
}
