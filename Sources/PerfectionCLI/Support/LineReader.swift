#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads lines from a file descriptor in bounded memory.
///
/// A line longer than `maximumBytes` is never held whole: its bytes are skipped up to the next
/// newline and it is returned as `.tooLong` with its length, so one huge line costs nothing but
/// time and the lines after it are not lost. The reader owns one fixed buffer, allocated once.
final class LineReader {
  /// One line of input.
  enum Line: Equatable {
    /// A line's bytes, without the newline (and without a trailing carriage return).
    case text([UInt8])
    /// A line longer than the limit; its length in bytes.
    case tooLong(Int)
  }

  let maximumBytes: Int
  private let descriptor: Int32
  private let buffer: UnsafeMutableBufferPointer<UInt8>
  private var start = 0
  private var end = 0
  private var finished = false
  /// The `errno` of a read that failed (not the end of input), once one has.
  private(set) var readError: Int32?
  /// Asked before each read: `true` ends the input there (the lines already read are still
  /// returned), as SIGTERM does for `serve`.
  var stopRequested: () -> Bool = { false }

  init(descriptor: Int32 = 0, maximumBytes: Int = 64 * 1024) {
    self.descriptor = descriptor
    self.maximumBytes = maximumBytes
    // Room for a line at the limit, its CR and its newline.
    self.buffer = .allocate(capacity: max(maximumBytes + 2, 64 * 1024))
  }

  deinit {
    buffer.deallocate()
  }

  /// The next line, or `nil` at the end of input.
  func next() -> Line? {
    var skipped = 0
    while true {
      if let newline = newlineIndex() {
        defer { start = newline + 1 }
        var length = skipped + newline - start
        // A CR before the newline is the line ending, not the line: it counts for nothing.
        if newline > start, buffer[newline - 1] == 13 { length -= 1 }
        if skipped > 0 || length > maximumBytes { return .tooLong(length) }
        var line = Array(buffer[start..<newline])
        if line.last == 13 { line.removeLast() }
        return .text(line)
      }
      if end - start > maximumBytes + 1 {
        skipped += end - start
        start = 0
        end = 0
      }
      if finished {
        let length = skipped + end - start
        defer { start = end }
        if skipped > 0 || length > maximumBytes { return .tooLong(length) }
        guard length > 0 else { return nil }
        return .text(Array(buffer[start..<end]))
      }
      if start > 0 {
        guard let base = buffer.baseAddress else { return nil }
        memmove(base, base + start, end - start)
        end -= start
        start = 0
      }
      guard let base = buffer.baseAddress else { return nil }
      if stopRequested() {
        finished = true
        continue
      }
      let count = read(descriptor, base + end, buffer.count - end)
      if count > 0 {
        end += count
      } else if count < 0 && errno == EINTR {
        continue
      } else {
        if count < 0 { readError = errno }
        finished = true
      }
    }
  }

  /// Where the next newline is in the unread bytes, if there is one.
  private func newlineIndex() -> Int? {
    guard end > start, let base = buffer.baseAddress,
      let found = memchr(base + start, 0x0A, end - start)
    else { return nil }
    return UnsafeRawPointer(found) - UnsafeRawPointer(base)
  }
}
