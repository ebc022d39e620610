/// Writes JSON values as text, with the escaping RFC 8259 requires and nothing raw that a
/// terminal could interpret.
public enum JSONText {
  /// A JSON string literal for the text: quotes, backslashes, control characters, DEL and the
  /// Unicode line separators are escaped.
  public static func string(_ text: String) -> String {
    let utf8 = text.utf8
    // Most text needs no escape: printable ASCII but `"` and `\`, and UTF-8 sequences that
    // start neither a C1 control (0xC2) nor U+2028/U+2029 (0xE2).
    if !utf8.contains(where: {
      $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x7F || $0 == 0xC2 || $0 == 0xE2
    }) {
      return "\"" + text + "\""
    }
    var output: [UInt8] = []
    output.reserveCapacity(utf8.count + 2)
    output.append(0x22)
    var previous: UInt8 = 0
    var beforePrevious: UInt8 = 0
    for byte in utf8 {
      switch byte {
      case 0x22: output += [0x5C, 0x22]
      case 0x5C: output += [0x5C, 0x5C]
      case 0x0A: output += [0x5C, 0x6E]
      case 0x0D: output += [0x5C, 0x72]
      case 0x09: output += [0x5C, 0x74]
      case 0x00..<0x20, 0x7F: appendEscape(UInt32(byte), to: &output)
      case 0x80...0x9F where previous == 0xC2:
        // U+0080...U+009F, C1 controls: replace the lead byte already written.
        output.removeLast()
        appendEscape(UInt32(byte), to: &output)
      case 0xA8...0xA9 where previous == 0x80 && beforePrevious == 0xE2:
        // U+2028 and U+2029 end lines in JavaScript.
        output.removeLast(2)
        appendEscape(0x2000 | UInt32(byte - 0x80), to: &output)
      default: output.append(byte)
      }
      beforePrevious = previous
      previous = byte
    }
    output.append(0x22)
    return String(decoding: output, as: UTF8.self)
  }

  private static func appendEscape(_ value: UInt32, to output: inout [UInt8]) {
    let hex = Array("0123456789abcdef".utf8)
    output += [0x5C, 0x75]
    for shift in stride(from: 12, through: 0, by: -4) {
      output.append(hex[Int((value >> UInt32(shift)) & 0xF)])
    }
  }

  /// A JSON string literal, or `null` for `nil`.
  public static func optional(_ text: String?) -> String {
    text.map(string) ?? "null"
  }

  /// A JSON array of strings.
  public static func array(_ items: [String]) -> String {
    "[" + items.map(string).joined(separator: ",") + "]"
  }
}
