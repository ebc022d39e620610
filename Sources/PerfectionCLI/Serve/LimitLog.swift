import Foundation

/// The patterns whose match limit has already been reported, so a log names each once.
final class LimitLog: @unchecked Sendable {
  // @unchecked: `seen` is only touched while `lock` is held.
  private let lock = NSLock()
  private var seen: Set<String> = []
  /// The most pattern names remembered; past it, names are reported again.
  let capacity: Int

  init(capacity: Int = 10_000) {
    self.capacity = capacity
  }

  /// The hits not reported before, now marked as reported.
  func firstSeen(_ hits: [String]) -> [String] {
    lock.withLock {
      var new: [String] = []
      for hit in hits where !seen.contains(hit) {
        if seen.count >= capacity { seen.removeAll(keepingCapacity: true) }
        seen.insert(hit)
        new.append(hit)
      }
      return new
    }
  }
}
