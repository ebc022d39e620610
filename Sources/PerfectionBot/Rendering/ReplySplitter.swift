/// Splits a reply into parts of at most a given number of UTF-8 bytes, for platforms with
/// line limits (IRC allows 512 bytes a line).
///
/// Parts break at sentence boundaries where they can, else between words, else between
/// characters. Each part carries its own spoiler markup, so every part renders on its own:
/// a spoiler split in two is two hidden spans, never an open one.
public enum ReplySplitter {
  /// The smallest limit accepted: room for the longest markup around one character.
  public static let minimumBytes = 128
  /// The largest limit accepted.
  public static let maximumBytes = 1_048_576

  /// The reply's text with `markup` applied, in parts of at most `maxBytes` UTF-8 bytes
  /// (clamped to `minimumBytes...maximumBytes`), in order; never empty.
  public static func split(_ reply: Reply, markup: SpoilerMarkup, maxBytes: Int) -> [String] {
    let limit = min(max(maxBytes, minimumBytes), maximumBytes)
    var pieces: [String] = []
    for part in reply.parts {
      pieces += chunks(of: part.text, level: part.spoiler, markup: markup, limit: limit, depth: 0)
    }
    var lines: [String] = []
    var current = ""
    for piece in pieces {
      if current.isEmpty {
        current = piece
      } else if current.utf8.count + 1 + piece.utf8.count <= limit {
        current += " " + piece
      } else {
        lines.append(current)
        current = piece
      }
    }
    if !current.isEmpty || lines.isEmpty { lines.append(current) }
    return lines
  }

  /// The text, rendered, in pieces that each fit: whole if it fits, else by sentences, then
  /// words, then characters.
  private static func chunks(
    of text: String, level: SpoilerLevel?, markup: SpoilerMarkup, limit: Int, depth: Int
  ) -> [String] {
    func render(_ text: String) -> String {
      markup.apply(to: Reply.Part(text: text, spoiler: level))
    }
    let whole = render(text)
    guard whole.utf8.count > limit, depth < 3 else { return [whole] }
    let (units, separator) =
      switch depth {
      case 0: (sentences(of: text), " ")
      case 1: (text.split(separator: " ").map(String.init), " ")
      default: (text.map { String($0) }, "")
      }
    var result: [String] = []
    var current = ""
    for unit in units {
      let candidate = current.isEmpty ? unit : current + separator + unit
      if render(candidate).utf8.count <= limit {
        current = candidate
        continue
      }
      if !current.isEmpty { result.append(render(current)) }
      if render(unit).utf8.count <= limit {
        current = unit
      } else {
        result += chunks(of: unit, level: level, markup: markup, limit: limit, depth: depth + 1)
        current = ""
      }
    }
    if !current.isEmpty { result.append(render(current)) }
    return result
  }

  /// The sentences of a text: each ends at `.`, `!` or `?` (and any closing quotes or
  /// brackets) before a space.
  private static func sentences(of text: String) -> [String] {
    func ends(_ sentence: String) -> Bool {
      let last = sentence.reversed().first { !"\"”’)".contains($0) }
      return last.map { ".!?".contains($0) } ?? false
    }
    var result: [String] = []
    var current = ""
    for character in text {
      if character == " ", ends(current) {
        result.append(current)
        current = ""
      } else {
        current.append(character)
      }
    }
    if !current.isEmpty { result.append(current) }
    return result
  }
}
