/// A cheap necessary condition for a pattern to match, checked before PCRE2 runs it.
///
/// From the pattern's source (read by `PrefilterReader`) it learns which words any match
/// needs at a word start, each as its first one, two or three letters: `\bshanghai` needs a
/// word starting "sha", `\b(?:go|went) to\b` a word starting "go" or "wen" and a word "to".
/// A question that lacks them cannot match, and the pattern is skipped. Anything the reading
/// does not understand makes the filter let every question through: it may run a pattern in
/// vain, never skip one that would match. A property test holds it to that.
struct Prefilter: Sendable {
  /// The pattern's requirements, flat, or `nil` to let everything through.
  ///
  /// The number of branches of the top-level alternation; for each, its number of groups;
  /// for each group, its number of keys and their `KeySet` slots. One of a group's keys must
  /// be present, every group of a branch, and one branch.
  private let program: [UInt16]?

  /// Reads the requirements of a pattern's source.
  init(pattern source: String) {
    guard let branches = PrefilterReader.requirements(of: source) else {
      self.program = nil
      return
    }
    var program = [UInt16(branches.count)]
    for groups in branches {
      program.append(UInt16(groups.count))
      // The smallest groups first: a question most often lacks them, and the check ends.
      for group in groups.map({ Set($0.map(KeySet.slot)).sorted() }).sorted(by: {
        $0.count < $1.count
      }) {
        program.append(UInt16(group.count))
        program += group
      }
    }
    self.program = program
  }

  /// Whether a question with these word-start keys may match the pattern.
  func admits(_ keys: borrowing QuestionKeys) -> Bool {
    guard let program, keys.isFilterable else { return true }
    return program.withUnsafeBufferPointer { Self.run($0, from: 0, keys: keys) }
  }

  /// The requirements as `KeySet` slots, branch by branch and group by group, for
  /// `PrefilterSet`; `nil` when everything is let through.
  var branchSlots: [[[UInt16]]]? {
    guard let program else { return nil }
    var branches: [[[UInt16]]] = []
    var index = 1
    for _ in 0..<Int(program[0]) {
      var groups: [[UInt16]] = []
      let count = Int(program[index])
      index += 1
      for _ in 0..<count {
        let end = index + 1 + Int(program[index])
        groups.append(Array(program[(index + 1)..<end]))
        index = end
      }
      branches.append(groups)
    }
    return branches
  }

  /// Runs a program that starts at `start` in `code`.
  static func run(
    _ code: UnsafeBufferPointer<UInt16>, from start: Int, keys: borrowing QuestionKeys
  ) -> Bool {
    var index = start + 1
    for _ in 0..<Int(code[start]) {
      let groups = Int(code[index])
      index += 1
      var all = true
      for _ in 0..<groups {
        let end = index + 1 + Int(code[index])
        if all {
          var any = false
          var slot = index + 1
          while slot < end {
            if keys.set.contains(slot: code[slot]) {
              any = true
              break
            }
            slot += 1
          }
          all = any
        }
        index = end
      }
      if all { return true }
    }
    return false
  }

  /// Whether the filter can ever skip the pattern.
  var isActive: Bool { program != nil }

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
