/// What a load derives from intent files by matching and reading patterns, saved as text so
/// that the shipped intents need not derive it again at every start.
///
/// The build embeds it next to the intent files (`EmbedIntents`); `IntentLoader` uses it only
/// when its fingerprint matches the sources being loaded, and derives everything itself
/// otherwise. It holds each concept's and each intent pattern's prefilter, and the concepts
/// each intent's answers and examples talk about: together most of a start-up's work.
struct IntentLoadCache: Equatable, Sendable {
  /// Bumped whenever the encoding or the meaning of its parts changes.
  static let formatVersion = 1

  /// The sources it was derived from, hashed (`fingerprint(of:)`).
  let fingerprint: UInt64
  /// Each concept's prefilter requirements (`Prefilter.branchSlots`), by concept number.
  let conceptFilters: [[[[UInt16]]]?]
  /// The concepts each intent's answers and examples hold, by intent position.
  let textVocabularies: [[Int]]
  /// Each intent's patterns' prefilter requirements, by intent position, then pattern.
  let patternFilters: [[[[[UInt16]]]?]]

  /// The FNV-1a hash of the sources' names and texts, and of the format version.
  static func fingerprint(of sources: [IntentSource]) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    func add(_ bytes: some Sequence<UInt8>) {
      for byte in bytes {
        hash ^= UInt64(byte)
        hash = hash &* 0x100_0000_01b3
      }
      hash ^= 0xff
      hash = hash &* 0x100_0000_01b3
    }
    add(String(formatVersion).utf8)
    for source in sources {
      add(source.name.utf8)
      add(source.text.utf8)
    }
    return hash
  }

  // MARK: Text form

  /// The first line of the text form.
  private static let header = "perfection-load-cache"

  /// The cache as text: a header line, the fingerprint, then one line per concept (`c`), per
  /// intent's text vocabulary (`v`) and per intent's pattern filters (`p`).
  var encoded: String {
    var lines = ["\(Self.header) \(Self.formatVersion)", String(fingerprint, radix: 16)]
    lines += conceptFilters.map { "c " + Self.encode($0) }
    lines += textVocabularies.map { "v " + $0.map(String.init).joined(separator: ",") }
    lines += patternFilters.map { "p " + $0.map(Self.encode).joined(separator: " ") }
    return lines.joined(separator: "\n") + "\n"
  }

  /// Reads the text form; `nil` when it is not one this version wrote.
  init?(encoded text: String) {
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false)[...]
    guard lines.popFirst() == "\(Self.header) \(Self.formatVersion)",
      let hex = lines.popFirst(), let fingerprint = UInt64(hex, radix: 16)
    else { return nil }
    var conceptFilters: [[[[UInt16]]]?] = []
    var textVocabularies: [[Int]] = []
    var patternFilters: [[[[[UInt16]]]?]] = []
    for line in lines where !line.isEmpty {
      let body = line.dropFirst(2)
      switch line.prefix(2) {
      case "c ":
        guard let filter = Self.decodeFilter(body) else { return nil }
        conceptFilters.append(filter)
      case "v ":
        let numbers = body.split(separator: ",").map { Int($0) }
        guard !numbers.contains(nil) else { return nil }
        textVocabularies.append(numbers.compactMap { $0 })
      case "p ":
        let filters = body.split(separator: " ").map { Self.decodeFilter($0) }
        guard !filters.contains(where: { $0 == nil }) else { return nil }
        patternFilters.append(filters.compactMap { $0 })
      default:
        return nil
      }
    }
    self.init(
      fingerprint: fingerprint, conceptFilters: conceptFilters,
      textVocabularies: textVocabularies, patternFilters: patternFilters)
  }

  init(
    fingerprint: UInt64, conceptFilters: [[[[UInt16]]]?], textVocabularies: [[Int]],
    patternFilters: [[[[[UInt16]]]?]]
  ) {
    self.fingerprint = fingerprint
    self.conceptFilters = conceptFilters
    self.textVocabularies = textVocabularies
    self.patternFilters = patternFilters
  }

  /// A filter as text: `*` lets everything through; otherwise branches joined by `|`, each
  /// branch's groups by `;`, each group's slots by `,`.
  private static func encode(_ filter: [[[UInt16]]]?) -> String {
    guard let filter else { return "*" }
    return filter.map { branch in
      branch.map { group in group.map(String.init).joined(separator: ",") }
        .joined(separator: ";")
    }.joined(separator: "|")
  }

  /// Reads `encode`'s text; `.some(nil)` is a filter that lets everything through, `nil` a
  /// malformed one.
  private static func decodeFilter(_ text: Substring) -> [[[UInt16]]]?? {
    if text == "*" { return .some(nil) }
    var branches: [[[UInt16]]] = []
    for branch in text.split(separator: "|", omittingEmptySubsequences: false) {
      var groups: [[UInt16]] = []
      for group in branch.split(separator: ";", omittingEmptySubsequences: true) {
        let slots = group.split(separator: ",").map { UInt16($0) }
        guard !slots.isEmpty, !slots.contains(nil) else { return nil }
        groups.append(slots.compactMap { $0 })
      }
      branches.append(groups)
    }
    return .some(branches)
  }
}
