/// Reads a pattern's source for `Prefilter`: which word-start keys every match needs.
///
/// A small recursive reader of PCRE2's syntax. Each piece of a pattern becomes either the
/// few strings it can match (`exact`, with placeholders for what is not literal: a word byte,
/// a non-word byte, anything, a word boundary), or, when those would be too many, the groups
/// of keys any match holds (`required`). Strings are joined along a sequence and merged across
/// alternatives; a word start is a literal word byte after a non-word byte or a boundary, and
/// its key is its first one to three literal bytes. What the reader does not know (inline
/// options, verbs, backreferences, POSIX classes) makes it give up, and the pattern is run on
/// every question.
struct PrefilterReader {
  /// The most strings a piece keeps before it is turned into key groups.
  private static let capacity = 8

  // Placeholders in a piece's strings; literal bytes are 0x20...0x7F, lowercased.
  /// One or more word bytes, unknown.
  private static let word: UInt8 = 0x01
  /// One or more non-word bytes, unknown.
  private static let nonWord: UInt8 = 0x02
  /// Any bytes, or none.
  private static let unknown: UInt8 = 0x03
  /// A word boundary or the subject's start: a word byte after it starts a word.
  private static let boundary: UInt8 = 0x04

  /// A few strings without repeats: an array, since a piece holds at most `capacity` and
  /// hashing them would cost more than comparing.
  private struct Strings: Sequence, ExpressibleByArrayLiteral, Equatable {
    private(set) var items: [[UInt8]] = []

    init(arrayLiteral elements: [UInt8]...) { self.init(elements) }

    init(_ elements: some Sequence<[UInt8]>) {
      for element in elements { insert(element) }
    }

    var count: Int { items.count }
    var isEmpty: Bool { items.isEmpty }

    mutating func insert(_ string: [UInt8]) {
      if !items.contains(string) { items.append(string) }
    }

    mutating func formUnion(_ other: Strings) {
      for string in other.items { insert(string) }
    }

    func union(_ other: Strings) -> Strings {
      var result = self
      result.formUnion(other)
      return result
    }

    func makeIterator() -> IndexingIterator<[[UInt8]]> { items.makeIterator() }

    /// Appends a literal symbol to every string (they stay distinct).
    mutating func appendToAll(_ symbol: UInt8) {
      for index in items.indices { items[index].append(symbol) }
    }
  }

  /// The reading of a piece.
  private struct Piece {
    /// The strings the piece can match, or `nil` when there are too many.
    var exact: Strings?
    /// Groups of keys any match holds, when `exact` is `nil`.
    var required: [Set<UInt32>] = []

    static let empty = Piece(exact: [[]])
  }

  /// The pattern could not be read.
  private struct NotUnderstood: Error {}

  private let bytes: [UInt8]
  private var index = 0

  private init(_ source: String) {
    bytes = Array(source.utf8)
  }

  /// The requirements of a pattern: one list of key groups per top-level branch, each group
  /// a set of keys one of which must be present; `nil` when some branch requires nothing.
  static func requirements(of source: String) -> [[Set<UInt32>]]? {
    var reader = PrefilterReader(source)
    var branches: [[Set<UInt32>]] = []
    do {
      while true {
        let branch = try reader.sequence(after: unknown)
        let groups = requirements(of: branch, after: unknown)
        guard !groups.isEmpty else { return nil }
        branches.append(groups)
        guard reader.index < reader.bytes.count else { break }
        // A `)` with no group open: PCRE2 would have refused the pattern.
        guard reader.bytes[reader.index] == UInt8(ascii: "|") else { return nil }
        reader.index += 1
      }
    } catch {
      return nil
    }
    return branches
  }

  // MARK: Syntax

  /// Alternatives up to a closing `)` or the end.
  private mutating func alternation(after context: UInt8) throws -> Piece {
    var alternatives = [try sequence(after: context)]
    while index < bytes.count, bytes[index] == UInt8(ascii: "|") {
      index += 1
      alternatives.append(try sequence(after: context))
    }
    if alternatives.count == 1 { return alternatives[0] }
    var union = Strings()
    for alternative in alternatives {
      guard let exact = alternative.exact, union.count + exact.count <= Self.capacity else {
        union = []
        break
      }
      union.formUnion(exact)
    }
    if !union.isEmpty { return Piece(exact: union) }
    // Any alternative may be the one that matched: one group, each alternative's narrowest.
    var keys = Set<UInt32>()
    for alternative in alternatives {
      guard
        let narrowest = Self.requirements(of: alternative, after: context).min(by: {
          Self.weight($0) < Self.weight($1)
        })
      else { return Piece(exact: nil) }
      keys.formUnion(narrowest)
    }
    return Piece(exact: nil, required: [keys])
  }

  /// Pieces in a row, up to `|`, `)` or the end.
  private mutating func sequence(after context: UInt8) throws -> Piece {
    var groups: [Set<UInt32>] = []
    var current: Strings = [[]]
    var currentContext = context
    var isExact = true
    while index < bytes.count, bytes[index] != UInt8(ascii: "|"), bytes[index] != UInt8(ascii: ")")
    {
      // The common case first: a plain literal byte with no quantifier joins every string.
      if Self.isPlain(bytes[index]),
        index + 1 >= bytes.count || !Self.isQuantifier(bytes[index + 1])
      {
        current.appendToAll(Self.literal(bytes[index]))
        index += 1
        continue
      }
      let piece = try quantified(after: Self.end(of: current, after: currentContext))
      if let exact = piece.exact, current.count * exact.count <= Self.capacity {
        current = Self.join(current, exact)
        continue
      }
      isExact = false
      groups += Self.requirements(of: current, after: currentContext)
      currentContext = Self.end(of: current, after: currentContext)
      if let exact = piece.exact {
        current = exact
      } else {
        groups += piece.required
        current = [[]]
        currentContext = Self.unknown
      }
    }
    if isExact { return Piece(exact: current) }
    groups += Self.requirements(of: current, after: currentContext)
    return Piece(exact: nil, required: groups)
  }

  /// An atom and its quantifier, if any.
  private mutating func quantified(after context: UInt8) throws -> Piece {
    let atom = try self.atom(after: context)
    guard index < bytes.count else { return atom }
    let minimum: Int
    var maximum: Int?
    switch bytes[index] {
    case UInt8(ascii: "?"):
      (minimum, maximum) = (0, 1)
      index += 1
    case UInt8(ascii: "*"):
      minimum = 0
      index += 1
    case UInt8(ascii: "+"):
      minimum = 1
      index += 1
    case UInt8(ascii: "{"):
      (minimum, maximum) = try braces()
    default:
      return atom
    }
    // Lazy or possessive: the same strings.
    if index < bytes.count, bytes[index] == UInt8(ascii: "?") || bytes[index] == UInt8(ascii: "+") {
      index += 1
    }
    return Self.repeated(atom, minimum: minimum, maximum: maximum)
  }

  /// `{m}`, `{m,}`, `{m,n}` or `{,n}`.
  private mutating func braces() throws -> (Int, Int?) {
    index += 1
    func number() -> Int? {
      var value: Int?
      while index < bytes.count, (0x30...0x39).contains(bytes[index]) {
        value = (value ?? 0) * 10 + Int(bytes[index] - 0x30)
        guard value ?? 0 < 100_000 else { return value }
        index += 1
      }
      return value
    }
    let minimum = number()
    var maximum = minimum
    if index < bytes.count, bytes[index] == UInt8(ascii: ",") {
      index += 1
      maximum = number()
    }
    guard index < bytes.count, bytes[index] == UInt8(ascii: "}"), minimum != nil || maximum != nil
    else { throw NotUnderstood() }
    index += 1
    return (minimum ?? 0, maximum)
  }

  /// One atom: a literal byte, an escape, a class, a group or an anchor.
  private mutating func atom(after context: UInt8) throws -> Piece {
    let byte = bytes[index]
    switch byte {
    case UInt8(ascii: "("):
      return try group(after: context)
    case UInt8(ascii: "["):
      return Piece(exact: [[try characterClass()]])
    case UInt8(ascii: "\\"):
      return try escape()
    case UInt8(ascii: "."):
      index += 1
      return Piece(exact: [[Self.unknown]])
    case UInt8(ascii: "^"):
      index += 1
      return Piece(exact: [[Self.boundary]])
    case UInt8(ascii: "$"):
      index += 1
      return .empty
    case UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: "?"), UInt8(ascii: "{"):
      throw NotUnderstood()
    default:
      index += 1
      return Piece(exact: [[Self.literal(byte)]])
    }
  }

  /// A group: plain, named, atomic or a lookaround.
  private mutating func group(after context: UInt8) throws -> Piece {
    index += 1
    enum Kind { case plain, lookbehind, zeroWidth }
    var kind = Kind.plain
    if index < bytes.count, bytes[index] == UInt8(ascii: "*") { throw NotUnderstood() }
    if index < bytes.count, bytes[index] == UInt8(ascii: "?") {
      guard index + 2 < bytes.count else { throw NotUnderstood() }
      let next = bytes[index + 1]
      let after = bytes[index + 2]
      switch next {
      case UInt8(ascii: ":"), UInt8(ascii: ">"):
        index += 2
      case UInt8(ascii: "="), UInt8(ascii: "!"):
        kind = .zeroWidth
        index += 2
      case UInt8(ascii: "<") where after == UInt8(ascii: "="):
        kind = .lookbehind
        index += 3
      case UInt8(ascii: "<") where after == UInt8(ascii: "!"):
        kind = .zeroWidth
        index += 3
      case UInt8(ascii: "<"), UInt8(ascii: "P"), UInt8(ascii: "'"):
        let close = next == UInt8(ascii: "'") ? UInt8(ascii: "'") : UInt8(ascii: ">")
        if next == UInt8(ascii: "P"), after != UInt8(ascii: "<") { throw NotUnderstood() }
        guard let end = bytes[(index + 2)...].firstIndex(of: close) else { throw NotUnderstood() }
        index = end + 1
      default:
        throw NotUnderstood()
      }
    }
    // A lookbehind's text precedes this point, but what precedes it is not known here.
    let body = try alternation(after: kind == .lookbehind ? Self.unknown : context)
    guard index < bytes.count, bytes[index] == UInt8(ascii: ")") else { throw NotUnderstood() }
    index += 1
    switch kind {
    case .plain: return body
    case .zeroWidth: return .empty
    case .lookbehind:
      guard let exact = body.exact else { return Piece(exact: [[Self.unknown]]) }
      return Piece(exact: Strings(exact.map { [Self.unknown] + $0 }))
    }
  }

  /// An escape outside a class.
  private mutating func escape() throws -> Piece {
    guard index + 1 < bytes.count else { throw NotUnderstood() }
    let byte = bytes[index + 1]
    index += 2
    switch byte {
    case UInt8(ascii: "b"), UInt8(ascii: "A"): return Piece(exact: [[Self.boundary]])
    case UInt8(ascii: "B"), UInt8(ascii: "z"), UInt8(ascii: "Z"), UInt8(ascii: "G"),
      UInt8(ascii: "K"):
      return .empty
    default: return Piece(exact: [[try Self.escaped(byte)]])
    }
  }

  /// The symbol for an escaped byte that stands for one character.
  private static func escaped(_ byte: UInt8) throws -> UInt8 {
    switch byte {
    case UInt8(ascii: "w"), UInt8(ascii: "d"): return word
    case UInt8(ascii: "W"), UInt8(ascii: "s"), UInt8(ascii: "h"), UInt8(ascii: "v"),
      UInt8(ascii: "R"), UInt8(ascii: "n"), UInt8(ascii: "t"), UInt8(ascii: "r"),
      UInt8(ascii: "f"), UInt8(ascii: "e"), UInt8(ascii: "a"):
      return nonWord
    case UInt8(ascii: "S"), UInt8(ascii: "D"), UInt8(ascii: "H"), UInt8(ascii: "V"),
      UInt8(ascii: "N"), UInt8(ascii: "C"):
      return unknown
    default:
      // Backreferences, \x, \p, \Q…\E and the like are not read.
      guard !ASCII.isAlphanumeric(byte), byte < 0x80 else { throw NotUnderstood() }
      return literal(byte)
    }
  }

  /// A character class, as one placeholder: word bytes, non-word bytes, or either.
  private mutating func characterClass() throws -> UInt8 {
    index += 1
    var negated = false
    if index < bytes.count, bytes[index] == UInt8(ascii: "^") {
      negated = true
      index += 1
    }
    var kinds = Set<UInt8>()
    var first = true
    while true {
      guard index < bytes.count else { throw NotUnderstood() }
      if bytes[index] == UInt8(ascii: "]"), !first {
        index += 1
        break
      }
      first = false
      let member = try classMember()
      guard member >= 0x20, index + 1 < bytes.count, bytes[index] == UInt8(ascii: "-"),
        bytes[index + 1] != UInt8(ascii: "]")
      else {
        kinds.insert(Self.kind(of: member))
        continue
      }
      index += 1
      let last = try classMember()
      guard last >= 0x20, member <= last else { throw NotUnderstood() }
      for byte in member...last { kinds.insert(Self.kind(of: byte)) }
    }
    if negated { return Self.unknown }
    return kinds == [Self.word] ? Self.word : kinds == [Self.nonWord] ? Self.nonWord : Self.unknown
  }

  /// One member of a class: a literal byte, or a placeholder for an escape such as `\w`.
  private mutating func classMember() throws -> UInt8 {
    let byte = bytes[index]
    if byte == UInt8(ascii: "["), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: ":") {
      throw NotUnderstood()
    }
    guard byte == UInt8(ascii: "\\") else {
      index += 1
      return Self.literal(byte)
    }
    guard index + 1 < bytes.count else { throw NotUnderstood() }
    let escaped = bytes[index + 1]
    index += 2
    // \b in a class is a backspace.
    return escaped == UInt8(ascii: "b") ? Self.nonWord : try Self.escaped(escaped)
  }

  /// Whether a symbol stands for word bytes, non-word bytes, or either.
  private static func kind(of symbol: UInt8) -> UInt8 {
    if symbol == word || isLiteralWord(symbol) { return word }
    if symbol == nonWord || (symbol >= 0x20 && !ASCII.isWord(symbol)) { return nonWord }
    return unknown
  }

  // MARK: Strings and keys

  /// A byte that stands for itself outside a class.
  private static func isPlain(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "["), UInt8(ascii: "\\"),
      UInt8(ascii: "."), UInt8(ascii: "^"), UInt8(ascii: "$"), UInt8(ascii: "|"),
      UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: "?"), UInt8(ascii: "{"):
      false
    default: true
    }
  }

  private static func isQuantifier(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: "?") || byte == UInt8(ascii: "*") || byte == UInt8(ascii: "+")
      || byte == UInt8(ascii: "{")
  }

  /// The symbol for a literal byte.
  private static func literal(_ byte: UInt8) -> UInt8 {
    if byte >= 0x80 { return unknown }
    if byte < 0x20 { return nonWord }
    return ASCII.lowercase(byte)
  }

  private static func isLiteralWord(_ symbol: UInt8) -> Bool {
    symbol >= 0x20 && ASCII.isWord(symbol)
  }

  /// Whether a word byte right after `symbol` starts a word.
  private static func endsWord(_ symbol: UInt8) -> Bool {
    symbol == nonWord || symbol == boundary || (symbol >= 0x20 && !ASCII.isWord(symbol))
  }

  /// What precedes the point after every string of a set: a boundary, a word byte, or
  /// unknown.
  private static func end(of strings: Strings, after context: UInt8) -> UInt8 {
    var result: UInt8?
    for string in strings {
      let last = string.last ?? context
      let kind = endsWord(last) ? boundary : (last == word || isLiteralWord(last)) ? word : unknown
      if result == nil {
        result = kind
      } else if result != kind {
        return unknown
      }
    }
    return result ?? context
  }

  /// Every string of `left` followed by every string of `right`.
  private static func join(_ left: Strings, _ right: Strings) -> Strings {
    if right == [[]] { return left }
    if left == [[]] { return right }
    var result = Strings()
    for prefix in left {
      for suffix in right {
        // One placeholder stands for a run of its kind.
        if let last = prefix.last, last < 0x20, last != boundary, last == suffix.first {
          result.insert(prefix + suffix.dropFirst())
        } else {
          result.insert(prefix + suffix)
        }
      }
    }
    return result
  }

  /// A piece repeated.
  private static func repeated(_ atom: Piece, minimum: Int, maximum: Int?) -> Piece {
    if maximum == 0 { return .empty }
    if minimum == 1, maximum == 1 { return atom }
    guard let exact = atom.exact else {
      return minimum == 0 ? Piece(exact: nil) : atom
    }
    if maximum == 1 { return Piece(exact: exact.union([[]])) }
    // More than once: what comes between the first bytes and the last iteration is a run.
    let run: [UInt8]
    if exact.allSatisfy({ $0.count == 1 }) {
      let kinds = Set(exact.map { end(of: [$0], after: unknown) })
      run = [kinds == [word] ? word : kinds == [boundary] ? nonWord : unknown]
      if minimum == 0 { return Piece(exact: [[], run]) }
      let joined = join(exact, [[], run])
      return joined.count <= capacity ? Piece(exact: joined) : Piece(exact: nil)
    }
    let tail = end(of: exact, after: unknown)
    run = tail == word ? [unknown, word] : tail == boundary ? [unknown, nonWord] : [unknown]
    if minimum == 0 { return Piece(exact: [[], run]) }
    let joined = exact.union(join([run], exact))
    return joined.count <= capacity
      ? Piece(exact: joined) : Piece(exact: nil, required: requirements(of: atom, after: unknown))
  }

  /// The key groups a piece's matches hold.
  private static func requirements(of piece: Piece, after context: UInt8) -> [Set<UInt32>] {
    guard let exact = piece.exact else { return piece.required }
    return requirements(of: exact, after: context)
  }

  /// The key groups every string of a set holds: each key all of them hold, then the best
  /// remaining key of each, then the second best of each.
  private static func requirements(of strings: Strings, after context: UInt8)
    -> [Set<UInt32>]
  {
    var lists: [[UInt32]] = []
    for string in strings {
      let keys = keys(of: string, after: context)
      if keys.isEmpty { return [] }
      lists.append(keys)
    }
    guard var common = lists.first.map(Set.init) else { return [] }
    for list in lists.dropFirst() { common.formIntersection(list) }
    // Ties go to the lower key: a set's order changes from run to run, and a reading must
    // not (the build saves readings for the binary to reuse).
    var groups = common.sorted { (weight([$0]), $0) < (weight([$1]), $1) }.map { Set([$0]) }
    let rest = lists.map { $0.filter { !common.contains($0) } }
    let depth = min(2, rest.map(\.count).min() ?? 0)
    groups += (0..<depth).map { rank in Set(rest.map { $0[rank] }) }
    return groups
  }

  /// How often a group of keys is likely to be present: one-letter keys are in most
  /// questions, three-letter keys in few.
  private static func weight(_ group: Set<UInt32>) -> Int {
    group.reduce(0) { total, key in
      total + (frequent.contains(key) ? 6 : [0, 8, 3, 1][Int(min(key >> 24, 3))])
    }
  }

  /// Keys of words most questions hold.
  private static let frequent = Set(
    [
      "the", "wha", "who", "why", "how", "did", "doe", "was", "and", "she", "her", "his", "you",
      "to", "is", "it", "in", "of", "do", "me", "on",
    ]
    .map { Prefilter.key($0.utf8) })

  /// The keys of the words a string starts, longest first.
  private static func keys(of string: [UInt8], after context: UInt8) -> [UInt32] {
    var keys: [UInt32] = []
    var previous = context
    for (offset, symbol) in string.enumerated() {
      if isLiteralWord(symbol), endsWord(previous) {
        var end = offset
        while end < string.count, end - offset < 3, isLiteralWord(string[end]) { end += 1 }
        keys.append(Prefilter.key(string[offset..<end]))
      }
      previous = symbol
    }
    // Stable: longer keys first, each length in order.
    return keys.enumerated().sorted {
      ($0.element >> 24, -$0.offset) > ($1.element >> 24, -$1.offset)
    }.map(\.element)
  }
}
