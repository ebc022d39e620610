/// A set of lexicon concepts, by their number in the lexicon: a 512-bit set.
public struct ConceptSet: Sendable, Hashable {
  private var words = SIMD8<UInt64>(repeating: 0)

  /// The most concepts a lexicon may hold.
  public static let capacity = 512

  /// An empty set.
  public init() {}

  /// A set holding the given concept numbers.
  public init(_ members: some Sequence<Int>) {
    for member in members { insert(member) }
  }

  /// Adds a concept number (ignored past `capacity`).
  public mutating func insert(_ member: Int) {
    guard member >= 0, member < Self.capacity else { return }
    words[member >> 6] |= 1 << UInt64(member & 63)
  }

  /// Whether the set holds a concept number.
  public func contains(_ member: Int) -> Bool {
    guard member >= 0, member < Self.capacity else { return false }
    return words[member >> 6] & (1 << UInt64(member & 63)) != 0
  }

  /// The concepts in both sets.
  public func intersection(_ other: ConceptSet) -> ConceptSet {
    var result = ConceptSet()
    result.words = words & other.words
    return result
  }

  /// The concepts in either set.
  public func union(_ other: ConceptSet) -> ConceptSet {
    var result = ConceptSet()
    result.words = words | other.words
    return result
  }

  /// The concepts of this set that are not in `other`.
  public func subtracting(_ other: ConceptSet) -> ConceptSet {
    var result = ConceptSet()
    result.words = words & ~other.words
    return result
  }

  /// Whether every concept of this set is in `other`.
  public func isSubset(of other: ConceptSet) -> Bool { subtracting(other).isEmpty }

  /// Whether the set is empty.
  public var isEmpty: Bool { words == SIMD8(repeating: 0) }

  /// How many concepts the set holds.
  public var count: Int {
    var total = 0
    for lane in words.indices { total += words[lane].nonzeroBitCount }
    return total
  }

  /// The concept numbers, in ascending order.
  public var members: [Int] {
    var found: [Int] = []
    for lane in words.indices {
      var word = words[lane]
      while word != 0 {
        found.append(lane << 6 + word.trailingZeroBitCount)
        word &= word - 1
      }
    }
    return found
  }
}
