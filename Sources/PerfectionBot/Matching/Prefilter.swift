/// A cheap necessary condition for a pattern to match, checked before PCRE2 runs it.
///
/// From the pattern's source (read by `PrefilterReader`) it learns which words any match
/// needs at a word start, each as its first one, two or three letters: `\bshanghai` needs a
/// word starting "sha", `\b(?:go|went) to\b` a word starting "go" or "wen" and a word "to".
/// A question that lacks them cannot match, and the pattern is skipped. Anything the reading
/// does not understand makes the filter let every question through: it may run a pattern in
/// vain, never skip one that would match. A property test holds it to that.
struct Prefilter: Sendable {
  /// The pattern's requirements as `KeySet` slots, or `nil` to let everything through.
  ///
  /// One entry per branch of the top-level alternation; each a list of groups, smallest
  /// first; each group the slots of which one must be set. `PrefilterSet` reads them.
  let branchSlots: [[[UInt16]]]?

  /// Reads the requirements of a pattern's source.
  init(pattern source: String) {
    branchSlots = PrefilterReader.requirements(of: source).map { branches in
      branches.map { groups in
        groups.map { Set($0.map(KeySet.slot)).sorted() }.sorted {
          $0.count != $1.count ? $0.count < $1.count : $0.lexicographicallyPrecedes($1)
        }
      }
    }
  }

  /// A filter with requirements read before (`IntentLoadCache`).
  init(branchSlots: [[[UInt16]]]?) {
    self.branchSlots = branchSlots
  }

  /// Whether a question with these word-start keys may match the pattern.
  ///
  /// The definition, one filter at a time; the matcher asks `PrefilterSet`, which a test
  /// holds to the same answers.
  func admits(_ keys: QuestionKeys) -> Bool {
    guard let branchSlots, keys.isFilterable else { return true }
    return branchSlots.contains { groups in
      groups.allSatisfy { slots in slots.contains { keys.set.contains(slot: $0) } }
    }
  }

  /// Whether the filter can ever skip the pattern.
  var isActive: Bool { branchSlots != nil }

  /// The key of a word's first one, two or three bytes (lowercased), as `QuestionKeys`
  /// collects them: the length is part of the key, so "go" is not "gon".
  static func key(_ prefix: some Collection<UInt8>) -> UInt32 {
    var key = UInt32(prefix.count) << 24
    for (offset, byte) in prefix.prefix(3).enumerated() {
      key |= UInt32(ASCII.lowercase(byte)) << UInt32(16 - 8 * offset)
    }
    return key
  }
}
