/// A cheap necessary condition for a pattern to match, checked before PCRE2 runs it.
///
/// From the pattern's source it learns which words the pattern requires at a word start:
/// after a top-level `\b` or a required space, a literal run (`\bshanghai`) or a group of
/// literal alternatives (`\b(?:knife|knives|cleaver)`). A question that has none of the first three letters of any
/// of them at the start of one of its words cannot match, and the pattern is skipped. Anything
/// the reading does not understand makes the filter let every question through: it may run a
/// pattern in vain, never skip one that would match. A test holds it to that.
struct Prefilter: Sendable {
  /// The pattern's requirements, or `nil` to let everything through.
  ///
  /// One entry per branch of the top-level alternation; each a list of required groups,
  /// each group the set of keys of which one must be present.
  private let branches: [[KeySet]]?

  /// Reads the requirements of a pattern's source.
  init(pattern source: String) {
    let bytes = Array(source.utf8)
    var branches: [[KeySet]] = []
    for branch in Self.split(bytes[...]) {
      let groups = Self.requiredGroups(branch)
      if groups.isEmpty {
        self.branches = nil
        return
      }
      branches.append(groups.map(KeySet.init))
    }
    self.branches = branches.isEmpty ? nil : branches
  }

  /// Whether a question with these word-start keys may match the pattern.
  func admits(_ keys: QuestionKeys) -> Bool {
    guard let branches, keys.isFilterable else { return true }
    for groups in branches {
      var all = true
      for group in groups where !keys.set.intersects(group) {
        all = false
        break
      }
      if all { return true }
    }
    return false
  }

  /// Whether the filter can ever skip the pattern.
  var isActive: Bool { branches != nil }

  // MARK: Reading the pattern

  /// Splits at top-level `|` (outside groups and classes).
  private static func split(_ bytes: ArraySlice<UInt8>) -> [ArraySlice<UInt8>] {
    var parts: [ArraySlice<UInt8>] = []
    var depth = 0
    var start = bytes.startIndex
    var index = bytes.startIndex
    while index < bytes.endIndex {
      switch bytes[index] {
      case UInt8(ascii: "\\"): index += 1
      case UInt8(ascii: "["): index = skipClass(bytes, from: index) - 1
      case UInt8(ascii: "("): depth += 1
      case UInt8(ascii: ")"): depth -= 1
      case UInt8(ascii: "|") where depth == 0:
        parts.append(bytes[start..<index])
        start = index + 1
      default: break
      }
      index += 1
    }
    parts.append(bytes[start..<bytes.endIndex])
    return parts
  }

  /// The groups a branch requires: one per top-level `\b` followed by usable literals.
  private static func requiredGroups(_ branch: ArraySlice<UInt8>) -> [[UInt32]] {
    var groups: [[UInt32]] = []
    var index = branch.startIndex
    while index < branch.endIndex {
      let byte = branch[index]
      if byte == UInt8(ascii: "\\"), index + 1 < branch.endIndex {
        if branch[index + 1] == UInt8(ascii: "b") {
          if let group = literalsAfterBoundary(branch, at: index + 2) { groups.append(group) }
        }
        index += 2
      } else if byte == UInt8(ascii: " ") {
        // A required space is a word boundary too for the word that follows it, unless a
        // quantifier makes the space optional.
        let next = index + 1
        if next < branch.endIndex,
          ![UInt8(ascii: "?"), UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: "{")]
            .contains(branch[next]),
          let group = literalsAfterBoundary(branch, at: next)
        {
          groups.append(group)
        }
        index += 1
      } else if byte == UInt8(ascii: "[") {
        index = skipClass(branch, from: index)
      } else if byte == UInt8(ascii: "(") {
        index = skipGroup(branch, from: index)
      } else {
        index += 1
      }
    }
    return groups
  }

  /// The keys of the literal or literal alternatives right after a `\b`, if usable.
  private static func literalsAfterBoundary(_ bytes: ArraySlice<UInt8>, at start: Int)
    -> [UInt32]?
  {
    guard start < bytes.endIndex else { return nil }
    if bytes[start] != UInt8(ascii: "(") {
      return literalKey(bytes, from: start).map { [$0] }
    }
    // A non-capturing or capturing group of alternatives: (?:a|b) or (?<name>a|b).
    var bodyStart = start + 1
    if bodyStart < bytes.endIndex, bytes[bodyStart] == UInt8(ascii: "?") {
      guard bodyStart + 1 < bytes.endIndex else { return nil }
      switch bytes[bodyStart + 1] {
      case UInt8(ascii: ":"): bodyStart += 2
      case UInt8(ascii: "<")
      where bodyStart + 2 < bytes.endIndex
        && bytes[bodyStart + 2] != UInt8(ascii: "=") && bytes[bodyStart + 2] != UInt8(ascii: "!"):
        guard let close = bytes[bodyStart...].firstIndex(of: UInt8(ascii: ">")) else { return nil }
        bodyStart = close + 1
      default: return nil  // lookarounds and other constructs: not understood
      }
    }
    let end = skipGroup(bytes, from: start)
    // The group must be required: not followed by a quantifier that allows zero.
    if end < bytes.endIndex,
      [UInt8(ascii: "?"), UInt8(ascii: "*"), UInt8(ascii: "{")].contains(bytes[end])
    {
      return nil
    }
    guard end - 1 > bodyStart else { return nil }
    var keys: [UInt32] = []
    for alternative in split(bytes[bodyStart..<(end - 1)]) {
      guard let key = literalKey(alternative, from: alternative.startIndex) else { return nil }
      keys.append(key)
    }
    return keys.isEmpty ? nil : keys
  }

  /// The key of a literal starting at `start`: its first three bytes, if all are plain word
  /// characters that no quantifier can remove.
  private static func literalKey(_ bytes: ArraySlice<UInt8>, from start: Int) -> UInt32? {
    guard start + 3 <= bytes.endIndex else { return nil }
    var key: UInt32 = 0
    for offset in 0..<3 {
      let byte = bytes[start + offset]
      guard ASCII.isAlphanumeric(byte) else { return nil }
      let next = start + offset + 1
      if next < bytes.endIndex,
        [UInt8(ascii: "?"), UInt8(ascii: "*"), UInt8(ascii: "{")].contains(bytes[next])
      {
        return nil
      }
      key = key << 8 | UInt32(ASCII.lowercase(byte))
    }
    return key
  }

  /// The index after a group opened at `start`.
  private static func skipGroup(_ bytes: ArraySlice<UInt8>, from start: Int) -> Int {
    var depth = 0
    var index = start
    while index < bytes.endIndex {
      switch bytes[index] {
      case UInt8(ascii: "\\"): index += 1
      case UInt8(ascii: "["): index = skipClass(bytes, from: index) - 1
      case UInt8(ascii: "("): depth += 1
      case UInt8(ascii: ")"):
        depth -= 1
        if depth == 0 { return index + 1 }
      default: break
      }
      index += 1
    }
    return bytes.endIndex
  }

  /// The index after a character class opened at `start`.
  private static func skipClass(_ bytes: ArraySlice<UInt8>, from start: Int) -> Int {
    var index = start + 1
    if index < bytes.endIndex, bytes[index] == UInt8(ascii: "^") { index += 1 }
    if index < bytes.endIndex, bytes[index] == UInt8(ascii: "]") { index += 1 }
    while index < bytes.endIndex {
      if bytes[index] == UInt8(ascii: "\\") {
        index += 2
        continue
      }
      if bytes[index] == UInt8(ascii: "]") { return index + 1 }
      index += 1
    }
    return bytes.endIndex
  }
}
