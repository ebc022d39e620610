/// The byte tests the fast paths share: one definition of a letter, a word byte, lowercase.
enum ASCII {
  /// `A`–`Z` as `a`–`z`; every other byte as it is.
  static func lowercase(_ byte: UInt8) -> UInt8 {
    (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte + 32 : byte
  }

  /// A letter or a digit.
  static func isAlphanumeric(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
      UInt8(ascii: "0")...UInt8(ascii: "9"):
      true
    default: false
    }
  }

  /// A byte PCRE2's `\w` matches in ASCII: a letter, a digit or `_`.
  static func isWord(_ byte: UInt8) -> Bool {
    isAlphanumeric(byte) || byte == UInt8(ascii: "_")
  }

  /// Whether `text` holds the bytes of `needle`, compared byte by byte (`String.contains`
  /// goes through a generic search, or Foundation's, that costs more than the question).
  static func contains(_ text: String, _ needle: StaticString) -> Bool {
    let pattern = UnsafeBufferPointer(start: needle.utf8Start, count: needle.utf8CodeUnitCount)
    guard let first = pattern.first else { return true }
    var text = text
    return text.withUTF8 { bytes in
      guard bytes.count >= pattern.count else { return false }
      for start in 0...(bytes.count - pattern.count) where bytes[start] == first {
        var offset = 1
        while offset < pattern.count, bytes[start + offset] == pattern[offset] { offset += 1 }
        if offset == pattern.count { return true }
      }
      return false
    }
  }
}
