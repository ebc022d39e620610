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
        let isWord = ASCII.isWord(byte)
        if isWord && !previousIsWord && index + 3 <= bytes.count {
          let second = bytes[index + 1]
          let third = bytes[index + 2]
          if ASCII.isWord(second) && ASCII.isWord(third) {
            set.insert(
              UInt32(ASCII.lowercase(byte)) << 16 | UInt32(ASCII.lowercase(second)) << 8
                | UInt32(ASCII.lowercase(third)))
          }
        }
        previousIsWord = isWord
        index += 1
      }
    }
  }

}
