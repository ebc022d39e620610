import Foundation

/// An answer template: literal text with `{slot}` placeholders filled from named captures.
///
/// `{name}` inserts the capture as it was matched (normalized, so lowercase); `{name|title}`
/// capitalizes each word. `{{` and `}}` stand for literal braces.
public struct Template: Sendable, Hashable {
  enum Segment: Sendable, Hashable {
    case literal(String)
    case slot(name: String, titleCase: Bool)
  }

  let segments: [Segment]
  /// The template's source text.
  public let source: String

  /// The longest a slot's value may be once inserted.
  static let maximumSlotLength = 60

  /// Names of the slots the template uses, in order of first use.
  public var slotNames: [String] {
    var seen: Set<String> = []
    var names: [String] = []
    for case .slot(let name, _) in segments where seen.insert(name).inserted {
      names.append(name)
    }
    return names
  }

  /// Parses a template.
  ///
  /// - Throws: `TemplateError` with the offset (in characters) of an unclosed or empty slot.
  public init(_ source: String) throws(TemplateError) {
    self.source = source
    var segments: [Segment] = []
    var literal = ""
    var index = source.startIndex
    while index < source.endIndex {
      let character = source[index]
      let next = source.index(after: index)
      if character == "{", next < source.endIndex, source[next] == "{" {
        literal.append("{")
        index = source.index(after: next)
      } else if character == "}", next < source.endIndex, source[next] == "}" {
        literal.append("}")
        index = source.index(after: next)
      } else if character == "{" {
        guard let close = source[next...].firstIndex(of: "}") else {
          throw TemplateError(
            offset: source.distance(from: source.startIndex, to: index),
            message: "slot opened with '{' is never closed")
        }
        let body = source[next..<close]
        let parts = body.split(separator: "|", maxSplits: 1).map {
          $0.trimmingCharacters(in: .whitespaces)
        }
        guard let name = parts.first, !name.isEmpty,
          name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" })
        else {
          throw TemplateError(
            offset: source.distance(from: source.startIndex, to: index),
            message: "slot '{\(body)}' needs a capture name made of letters, digits and '_'")
        }
        let filter = parts.count > 1 ? parts[1] : ""
        guard filter.isEmpty || filter == "title" else {
          throw TemplateError(
            offset: source.distance(from: source.startIndex, to: index),
            message: "unknown slot filter '\(filter)'; the only filter is 'title'")
        }
        if !literal.isEmpty {
          segments.append(.literal(literal))
          literal = ""
        }
        segments.append(.slot(name: name, titleCase: filter == "title"))
        index = source.index(after: close)
      } else {
        literal.append(character)
        index = next
      }
    }
    if !literal.isEmpty { segments.append(.literal(literal)) }
    self.segments = segments
  }

  /// Renders the template; a slot with no capture renders as an empty string.
  func render(_ captures: [String: String]) -> String {
    var output = ""
    for segment in segments {
      switch segment {
      case .literal(let text):
        output += text
      case .slot(let name, let titleCase):
        let value = String((captures[name] ?? "").prefix(Self.maximumSlotLength))
        output += titleCase ? value.capitalized : value
      }
    }
    return output
  }
}
