/// A set of lexicon concepts, by their number in the lexicon: a 256-bit set.
public struct ConceptSet: Sendable, Hashable {
  private var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

  /// The most concepts a lexicon may hold.
  public static let capacity = 256

  /// An empty set.
  public init() {}

  /// A set holding the given concept numbers.
  public init(_ members: some Sequence<Int>) {
    for member in members { insert(member) }
  }

  /// Adds a concept number (ignored past `capacity`).
  public mutating func insert(_ member: Int) {
    guard member >= 0, member < Self.capacity else { return }
    let bit: UInt64 = 1 << UInt64(member & 63)
    switch member >> 6 {
    case 0: words.0 |= bit
    case 1: words.1 |= bit
    case 2: words.2 |= bit
    default: words.3 |= bit
    }
  }

  /// Whether the set holds a concept number.
  public func contains(_ member: Int) -> Bool {
    guard member >= 0, member < Self.capacity else { return false }
    let word: UInt64
    switch member >> 6 {
    case 0: word = words.0
    case 1: word = words.1
    case 2: word = words.2
    default: word = words.3
    }
    return word & (1 << UInt64(member & 63)) != 0
  }

  /// The concepts in both sets.
  public func intersection(_ other: ConceptSet) -> ConceptSet {
    var result = ConceptSet()
    result.words = (
      words.0 & other.words.0, words.1 & other.words.1, words.2 & other.words.2,
      words.3 & other.words.3
    )
    return result
  }

  /// The concepts in either set.
  public func union(_ other: ConceptSet) -> ConceptSet {
    var result = ConceptSet()
    result.words = (
      words.0 | other.words.0, words.1 | other.words.1, words.2 | other.words.2,
      words.3 | other.words.3
    )
    return result
  }

  /// The concepts of this set that are not in `other`.
  public func subtracting(_ other: ConceptSet) -> ConceptSet {
    var result = ConceptSet()
    result.words = (
      words.0 & ~other.words.0, words.1 & ~other.words.1, words.2 & ~other.words.2,
      words.3 & ~other.words.3
    )
    return result
  }

  /// Whether every concept of this set is in `other`.
  public func isSubset(of other: ConceptSet) -> Bool { subtracting(other).isEmpty }

  /// Whether the set is empty.
  public var isEmpty: Bool { words.0 | words.1 | words.2 | words.3 == 0 }

  /// How many concepts the set holds.
  public var count: Int {
    words.0.nonzeroBitCount + words.1.nonzeroBitCount + words.2.nonzeroBitCount
      + words.3.nonzeroBitCount
  }

  /// The concept numbers, in ascending order.
  public var members: [Int] { (0..<Self.capacity).filter { contains($0) } }

  /// Whether two sets hold the same concepts.
  public static func == (lhs: ConceptSet, rhs: ConceptSet) -> Bool {
    lhs.words == rhs.words
  }

  /// Hashes the set's members.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(words.0)
    hasher.combine(words.1)
    hasher.combine(words.2)
    hasher.combine(words.3)
  }
}
