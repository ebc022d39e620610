/// A successful match: where the pattern matched and what each group captured.
public struct Match: Sendable {
  /// The subject that was matched.
  public let subject: Subject
  /// Byte offsets into the subject's UTF-8 of the whole match.
  public let range: Range<Int>
  /// Byte ranges of capture groups 1...n; `nil` for a group that did not take part.
  public let groups: [Range<Int>?]
  let names: [String: Int]

  /// The text of the whole match.
  public var text: Substring { subject.slice(range) }

  /// The text captured by group `number` (1-based), or `nil` if it did not take part.
  public func group(_ number: Int) -> Substring? {
    guard number >= 1, number <= groups.count, let range = groups[number - 1] else { return nil }
    return subject.slice(range)
  }

  /// The text captured by the named group, or `nil` if there is no such group or it did not take part.
  public func group(named name: String) -> Substring? {
    guard let number = names[name] else { return nil }
    return group(number)
  }

  /// Every named group that took part in the match, with its text.
  public var namedCaptures: [String: String] {
    var result: [String: String] = [:]
    for (name, number) in names {
      if let text = group(number) { result[name] = String(text) }
    }
    return result
  }
}
