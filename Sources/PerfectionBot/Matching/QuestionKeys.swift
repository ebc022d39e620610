/// The first one, two and three letters of every word of a question, as a small bit set.
struct QuestionKeys {
  /// The keys found.
  private(set) var set = KeySet()
  /// The slots of `set` that are set, each once.
  private(set) var slots: [UInt16] = []
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
        if isWord && !previousIsWord {
          // The same encoding as `Prefilter.key`: the length in the top byte.
          let first = UInt32(ASCII.lowercase(byte))
          insert(1 << 24 | first << 16)
          if index + 1 < bytes.count, ASCII.isWord(bytes[index + 1]) {
            let second = UInt32(ASCII.lowercase(bytes[index + 1]))
            insert(2 << 24 | first << 16 | second << 8)
            if index + 2 < bytes.count, ASCII.isWord(bytes[index + 2]) {
              insert(
                3 << 24 | first << 16 | second << 8 | UInt32(ASCII.lowercase(bytes[index + 2])))
            }
          }
        }
        previousIsWord = isWord
        index += 1
      }
    }
  }

  private mutating func insert(_ key: UInt32) {
    if let slot = set.insert(key) { slots.append(slot) }
  }
}
