#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes to a file descriptor unbuffered, line by line, and notices when the reader is gone.
///
/// Every `write` goes straight to the descriptor, so a bridge sees each reply at once. A closed
/// pipe (EPIPE) is reported as `false`, never as a signal: `ignoreBrokenPipe()` turns SIGPIPE off.
final class OutputSink: Sendable {
  private let descriptor: Int32

  /// A sink on standard output.
  static let standardOutput = OutputSink(descriptor: 1)
  /// A sink on standard error.
  static let standardError = OutputSink(descriptor: 2)

  init(descriptor: Int32) {
    self.descriptor = descriptor
  }

  /// Ignores SIGPIPE for the process, so a closed stdout shows up as EPIPE.
  static func ignoreBrokenPipe() {
    signal(SIGPIPE, SIG_IGN)
  }

  /// How a write went.
  enum Outcome: Equatable {
    /// Every byte was written.
    case written
    /// The reader has gone away (EPIPE): stop quietly.
    case closed
    /// The write failed (a full disk, an I/O error), with the `errno`.
    case failed(Int32)
  }

  /// Writes the text, and says how it went.
  func send(_ text: String) -> Outcome {
    var text = text
    return text.withUTF8 { buffer in
      var offset = 0
      while offset < buffer.count {
        guard let base = buffer.baseAddress else { return .written }
        let written = Glibc.write(descriptor, base + offset, buffer.count - offset)
        if written < 0 {
          if errno == EINTR { continue }
          return errno == EPIPE ? .closed : .failed(errno)
        }
        offset += written
      }
      return .written
    }
  }

  /// Writes the text; `false` when the reader has gone away or the write failed.
  @discardableResult
  func write(_ text: String) -> Bool {
    send(text) == .written
  }

  /// Writes the text and a newline.
  @discardableResult
  func line(_ text: String) -> Bool {
    write(text + "\n")
  }

  /// Writes the text and a newline for a command's result: a reader that has gone away is
  /// no error, a failed write is (`CLIError.output`, exit 74).
  func emit(_ text: String) throws(CLIError) {
    if case .failed(let code) = send(text + "\n") {
      throw CLIError.output(String(cString: strerror(code)))
    }
  }
}
