/// The first three letters of every word of a question, as a small bit set.
struct QuestionKeys {
  /// The keys found.
  private(set) var set = KeySet()
  /// False for questions with non-ASCII bytes: Unicode case folding could match a pattern
  /// letter to another character, so such questions are never filtered.
  private(set) var isFilterable = true

  /// Collects the keys of a normalized question.
  init(_ text: String) {
    var text = text
    text.withUTF8 { bytes in
      var previousIsWord = false
      var index = 0
      while index < bytes.count {
        let byte = bytes[index]
        if byte >= 0x80 {
          isFilterable = false
          return
        }
        let isWord = Self.isWordByte(byte)
        if isWord && !previousIsWord && index + 3 <= bytes.count {
          let second = bytes[index + 1]
          let third = bytes[index + 2]
          if Self.isWordByte(second) && Self.isWordByte(third) {
            set.insert(
              UInt32(KeySet.lowercase(byte)) << 16 | UInt32(KeySet.lowercase(second)) << 8
                | UInt32(KeySet.lowercase(third)))
          }
        }
        previousIsWord = isWord
        index += 1
      }
    }
  }

  private static func isWordByte(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
      UInt8(ascii: "_"), UInt8(ascii: "A")...UInt8(ascii: "Z"):
      true
    default: false
    }
  }
}
