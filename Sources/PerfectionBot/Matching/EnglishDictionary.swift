/// Answers whether a word is English, from the word list built into the binary.
///
/// The speller asks it before touching a word it does not know: a real word ("acts",
/// "punished") is what the user meant even when it sits one letter from a word of the film's.
/// The list is searched in place by a binary search over its bytes, so a dictionary costs
/// nothing to make and holds no copy of its words.
struct EnglishDictionary: Sendable {
  /// The one dictionary of the process.
  static let shared = EnglishDictionary(list: EnglishWords.list)

  private let list: StaticString

  /// A dictionary of `list`: lowercase words sorted by bytes, one per line.
  init(list: StaticString) {
    self.list = list
  }

  /// The number of words (one pass over the list).
  var count: Int {
    list.withUTF8Buffer { bytes in
      var count = 0
      var atStart = true
      for byte in bytes {
        if byte == 0x0A {
          atStart = true
        } else if atStart {
          count += 1
          atStart = false
        }
      }
      return count
    }
  }

  /// Whether `word` (lowercase ASCII bytes) is one of the list's words.
  func contains(_ word: [UInt8]) -> Bool {
    list.withUTF8Buffer { bytes in
      let start = Self.firstLine(notBefore: word, in: bytes)
      return start < bytes.count && Self.compare(word, bytes, from: start) == 0
    }
  }

  /// The first `limit` words that start with `prefix`, in the list's order.
  func words(withPrefix prefix: [UInt8], limit: Int) -> [[UInt8]] {
    list.withUTF8Buffer { bytes in
      var found: [[UInt8]] = []
      var start = Self.firstLine(notBefore: prefix, in: bytes)
      while start < bytes.count, found.count < limit {
        var end = start
        while end < bytes.count, bytes[end] != 0x0A { end += 1 }
        let word = Array(bytes[start..<end])
        guard word.starts(with: prefix) else { break }
        found.append(word)
        start = end + 1
      }
      return found
    }
  }

  /// Where the first line that does not sort before `word` starts, or the buffer's end.
  ///
  /// A binary search over byte offsets: each probe backs up to the start of the line it
  /// lands in.
  private static func firstLine(notBefore word: [UInt8], in bytes: UnsafeBufferPointer<UInt8>)
    -> Int
  {
    // Invariant: every line starting before `low` sorts before `word`; the line starting at
    // `high` (or the end) does not.
    var low = 0
    var high = bytes.count
    while low < high {
      var middle = (low + high) / 2
      while middle > low, bytes[middle - 1] != 0x0A { middle -= 1 }
      var next = middle
      while next < bytes.count, bytes[next] != 0x0A { next += 1 }
      if compare(word, bytes, from: middle) > 0 {
        low = next + 1
      } else {
        high = middle
      }
    }
    return min(low, bytes.count)
  }

  /// The byte order of `word` against the list's word starting at `start`: negative when
  /// `word` sorts first, zero when they are equal, positive when it sorts after.
  private static func compare(_ word: [UInt8], _ bytes: UnsafeBufferPointer<UInt8>, from start: Int)
    -> Int
  {
    var position = start
    for byte in word {
      guard position < bytes.count, bytes[position] != 0x0A else { return 1 }
      if byte != bytes[position] { return Int(byte) - Int(bytes[position]) }
      position += 1
    }
    return position < bytes.count && bytes[position] != 0x0A ? -1 : 0
  }
}
