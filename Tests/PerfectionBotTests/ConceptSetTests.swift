import Testing

@testable import PerfectionBot

/// The concept set holds every number below its capacity, in each of its words.
@Suite("ConceptSet")
struct ConceptSetTests {
  /// Numbers at both ends of every 64-bit word, and the last one the set can hold.
  static let spread = [0, 1, 63, 64, 127, 128, 200, 255, 256, 300, 383, 384, 448, 510, 511]

  @Test func everyNumberBelowTheCapacityIsHeld() {
    let set = ConceptSet(Self.spread)
    #expect(set.members == Self.spread)
    #expect(set.count == Self.spread.count)
    for member in Self.spread { #expect(set.contains(member)) }
    #expect(!set.contains(2) && !set.contains(257) && !set.contains(509))
  }

  @Test func numbersOutsideTheCapacityAreIgnored() {
    let set = ConceptSet([-1, ConceptSet.capacity, ConceptSet.capacity + 64])
    #expect(set.isEmpty)
    #expect(!set.contains(ConceptSet.capacity))
  }

  @Test func setOperationsWorkAcrossWords() {
    let low = ConceptSet([3, 70, 300])
    let high = ConceptSet([70, 300, 500])
    #expect(low.intersection(high).members == [70, 300])
    #expect(low.union(high).members == [3, 70, 300, 500])
    #expect(high.subtracting(low).members == [500])
    #expect(ConceptSet([70, 300]).isSubset(of: high))
    #expect(!low.isSubset(of: high))
    #expect(low == ConceptSet([300, 3, 70]))
  }
}
