import CPCRE2

/// An error reported by PCRE2: its numeric code and, for compile errors, where in the pattern.
///
/// The message is built from PCRE2's own text only when it is asked for.
public struct PCRE2Error: Error, Sendable, Hashable, CustomStringConvertible {
  /// What kind of operation failed.
  public enum Kind: Sendable, Hashable {
    /// The pattern did not compile.
    case compile
    /// The JIT compiler refused the pattern (only with `JITMode.always`).
    case jit
    /// A match failed for a reason other than "no match" or a limit.
    case match
  }

  /// What kind of operation failed.
  public let kind: Kind
  /// PCRE2's error code (negative for match errors, positive for compile errors).
  public let code: Int32
  /// For compile errors, the offset in bytes into the pattern where the error was found.
  public let offset: Int?

  /// Creates an error from its parts.
  public init(kind: Kind, code: Int32, offset: Int? = nil) {
    self.kind = kind
    self.code = code
    self.offset = offset
  }

  /// PCRE2's own message for the code, such as "missing closing parenthesis".
  public var message: String {
    var buffer = [UInt8](repeating: 0, count: 256)
    let count = buffer.withUnsafeMutableBufferPointer { pointer in
      pcre2_get_error_message_8(code, pointer.baseAddress, pointer.count)
    }
    guard count > 0 else { return "unknown PCRE2 error \(code)" }
    return String(decoding: buffer.prefix(Int(count)), as: UTF8.self)
  }

  /// The error as one line of text.
  public var description: String {
    if let offset { return "\(message) at offset \(offset)" }
    return message
  }
}
