/// A 512-bit set of hashed three-letter keys: membership may err towards yes, never no.
struct KeySet: Sendable {
  private var words: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) =
    (0, 0, 0, 0, 0, 0, 0, 0)

  init() {}

  /// A set holding the given keys.
  init(_ keys: [UInt32]) {
    for key in keys { insert(key) }
  }

  /// Adds a key.
  mutating func insert(_ key: UInt32) {
    let hash = (key &* 2_654_435_761) >> 23  // 9 bits: 512 slots
    let bit: UInt64 = 1 << UInt64(hash & 63)
    switch hash >> 6 {
    case 0: words.0 |= bit
    case 1: words.1 |= bit
    case 2: words.2 |= bit
    case 3: words.3 |= bit
    case 4: words.4 |= bit
    case 5: words.5 |= bit
    case 6: words.6 |= bit
    default: words.7 |= bit
    }
  }

  /// Whether the two sets share a slot.
  func intersects(_ other: KeySet) -> Bool {
    (words.0 & other.words.0) | (words.1 & other.words.1) | (words.2 & other.words.2)
      | (words.3 & other.words.3) | (words.4 & other.words.4) | (words.5 & other.words.5)
      | (words.6 & other.words.6) | (words.7 & other.words.7) != 0
  }
}
