/// Writes JSON values as text, with the escaping RFC 8259 requires and nothing raw that a
/// terminal could interpret.
enum JSONText {
  /// A JSON string literal for the text: quotes, backslashes, control characters, DEL and the
  /// Unicode line separators are escaped.
  static func string(_ text: String) -> String {
    var output = "\""
    output.reserveCapacity(text.utf8.count + 2)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": output += "\\\""
      case "\\": output += "\\\\"
      case "\n": output += "\\n"
      case "\r": output += "\\r"
      case "\t": output += "\\t"
      case "\u{2028}", "\u{2029}", "\u{7F}"..."\u{9F}", "\u{0}"..."\u{1F}":
        let hex = String(scalar.value, radix: 16)
        output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default:
        output.unicodeScalars.append(scalar)
      }
    }
    output += "\""
    return output
  }

  /// A JSON string literal, or `null` for `nil`.
  static func optional(_ text: String?) -> String {
    text.map(string) ?? "null"
  }

  /// A JSON array of strings.
  static func array(_ items: [String]) -> String {
    "[" + items.map(string).joined(separator: ",") + "]"
  }
}
