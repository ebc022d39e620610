import Foundation

/// The words the speller may correct toward, and the pattern words it leaves alone, read
/// from the intents the first time a question holds a word the bot does not know.
///
/// Reading every pattern's words and completing its stems from the English list is most of
/// the speller's work; a process whose questions hold no unknown word never does it, so
/// start-up pays nothing for it.
final class SpellerTargets: @unchecked Sendable {
  // @unchecked: `built` is only touched while `lock` is held. NSLock, as in `ScratchPool`,
  // because ThreadSanitizer sees pthread mutexes.
  private let lock = NSLock()
  private var built: Table?
  private let make: @Sendable () -> Table

  /// What a lookup reads.
  struct Table: Sendable {
    /// The targets by length, each with the set of its letters (bit 0 for "a"), so that a
    /// lookup reads only the words of a near length whose letters are near.
    let byLength: [[(word: [UInt8], letters: UInt32)]]
    /// Every target, for lookups.
    let all: Set<[UInt8]>
    /// The words of the patterns: known to the bot, never corrected.
    let patternWords: Set<[UInt8]>
    /// The open stems of the patterns (`chunder\w*`): a word one opens is read as typed.
    let openStems: Set<[UInt8]>
    /// The letters of the longest open stem.
    let longestOpenStem: Int

    /// Whether a pattern's open stem opens `word` ("chundering"), so that the pattern reads
    /// it as typed.
    func opensWithStem(_ word: [UInt8]) -> Bool {
      let longest = min(word.count - 1, longestOpenStem)
      guard longest >= SpellerTargets.shortestOpenStem else { return false }
      return (SpellerTargets.shortestOpenStem...longest).contains {
        openStems.contains(Array(word.prefix($0)))
      }
    }
  }

  /// The fewest letters of an open stem that leaves a word as typed: shorter stems
  /// (`sew\w*`) open too many words.
  static let shortestOpenStem = 5

  /// Targets that `make` builds when first needed.
  init(_ make: @escaping @Sendable () -> Table) {
    self.make = make
  }

  /// The table, built on first use.
  var table: Table {
    lock.lock()
    defer { lock.unlock() }
    if let built { return built }
    let table = make()
    built = table
    return table
  }

  /// A table of `targets`, with `patternWords` and the words `openStems` open left alone.
  static func table(
    targets: Set<[UInt8]>, patternWords: Set<[UInt8]>, openStems: Set<[UInt8]> = []
  ) -> Table {
    var byLength: [[(word: [UInt8], letters: UInt32)]] = Array(
      repeating: [], count: (targets.map(\.count).max() ?? 0) + 1)
    for target in targets.sorted(by: { $0.lexicographicallyPrecedes($1) }) {
      byLength[target.count].append((target, letters(of: target)))
    }
    return Table(
      byLength: byLength, all: targets, patternWords: patternWords, openStems: openStems,
      longestOpenStem: openStems.map(\.count).max() ?? 0)
  }

  /// The set of a word's letters, bit 0 for "a".
  static func letters(of word: [UInt8]) -> UInt32 {
    var letters: UInt32 = 0
    for byte in word where (0x61...0x7A).contains(byte) { letters |= 1 << UInt32(byte - 0x61) }
    return letters
  }
}
