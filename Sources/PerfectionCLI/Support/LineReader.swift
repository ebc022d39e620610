#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads lines from a file descriptor in bounded memory.
///
/// A line longer than `maximumBytes` is never held whole: its bytes are skipped up to the next
/// newline and it is returned as `.tooLong` with its length, so one huge line costs nothing but
/// time and the lines after it are not lost.
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
  private var buffer: [UInt8]
  private var start = 0
  private var end = 0
  private var finished = false

  init(descriptor: Int32 = 0, maximumBytes: Int = 64 * 1024) {
    self.descriptor = descriptor
    self.maximumBytes = maximumBytes
    self.buffer = [UInt8](repeating: 0, count: max(maximumBytes + 1, 64 * 1024))
  }

  /// The next line, or `nil` at the end of input.
  func next() -> Line? {
    var skipped = 0
    while true {
      if let newline = buffer[start..<end].firstIndex(of: 10) {
        defer { start = newline + 1 }
        let length = skipped + newline - start
        if skipped > 0 || length > maximumBytes { return .tooLong(length) }
        var line = Array(buffer[start..<newline])
        if line.last == 13 { line.removeLast() }
        return .text(line)
      }
      if end - start > maximumBytes {
        skipped += end - start
        start = 0
        end = 0
      }
      if finished {
        if skipped > 0 {
          let total = skipped + end - start
          start = end
          return .tooLong(total)
        }
        guard start < end else { return nil }
        let length = end - start
        let line = Array(buffer[start..<end])
        start = end
        return length > maximumBytes ? .tooLong(length) : .text(line)
      }
      if start > 0 {
        let count = end - start
        buffer.withUnsafeMutableBufferPointer { pointer in
          guard let base = pointer.baseAddress else { return }
          memmove(base, base + start, count)
        }
        start = 0
        end = count
      }
      let room = buffer.count - end
      let count = buffer.withUnsafeMutableBufferPointer { pointer -> Int in
        guard let base = pointer.baseAddress else { return 0 }
        return read(descriptor, base + end, room)
      }
      if count > 0 {
        end += count
      } else if count < 0 && errno == EINTR {
        continue
      } else {
        finished = true
      }
    }
  }
}
