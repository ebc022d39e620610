/// Text ready to be matched: valid UTF-8, checked once, so that matching skips PCRE2's check.
///
/// A Swift `String` is always valid UTF-8, and `init(bytes:)` replaces invalid sequences with
/// U+FFFD, so every `Subject` can be matched with `PCRE2_NO_UTF_CHECK`.
public struct Subject: Sendable, Hashable {
  /// The text, stored contiguously as UTF-8.
  public let text: String

  /// Creates a subject from a string.
  public init(_ text: String) {
    var copy = text
    copy.makeContiguousUTF8()
    self.text = copy
  }

  /// Creates a subject from raw bytes, replacing invalid UTF-8 with U+FFFD.
  public init<Bytes: Collection>(bytes: Bytes) where Bytes.Element == UInt8 {
    self.init(String(decoding: bytes, as: UTF8.self))
  }

  /// The text between two UTF-8 byte offsets.
  public func slice(_ range: Range<Int>) -> Substring {
    let utf8 = text.utf8
    let lower = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
    let upper = utf8.index(lower, offsetBy: range.count)
    return text[lower..<upper]
  }
}
