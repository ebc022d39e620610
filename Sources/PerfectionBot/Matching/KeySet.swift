/// A 4,096-bit set of hashed word keys: membership may err towards yes, never no.
///
/// A question sets about three bits a word, so a key it lacks is reported present about once
/// in a hundred times: the prefilter then runs a pattern in vain, nothing worse.
struct KeySet {
  // An array, not inline storage: a copy shares it instead of moving 512 bytes.
  private var words = [UInt64](repeating: 0, count: 64)

  init() {}

  /// How many slots there are.
  static let slotCount = 4_096

  /// The bit a key sets.
  static func slot(_ key: UInt32) -> UInt16 {
    UInt16(truncatingIfNeeded: (key &* 2_654_435_761) >> 20)  // 12 bits: 4,096 slots
  }

  /// Adds a key; returns its slot when that slot was not set before.
  @discardableResult
  mutating func insert(_ key: UInt32) -> UInt16? {
    let slot = Self.slot(key)
    let bit: UInt64 = 1 << UInt64(slot & 63)
    guard words[Int(slot >> 6)] & bit == 0 else { return nil }
    words[Int(slot >> 6)] |= bit
    return slot
  }

  /// Whether a key's bit is set.
  func contains(slot: UInt16) -> Bool {
    words.withUnsafeBufferPointer { $0[Int(slot >> 6)] } & (1 << UInt64(slot & 63)) != 0
  }
}
