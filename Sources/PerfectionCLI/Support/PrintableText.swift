/// Makes text safe to print as one line: nothing a terminal would interpret, nothing a
/// reader would split on.
enum PrintableText {
  /// The text on one line: every line break a reader might split on (`\n`, `\r`, VT, FF,
  /// U+0085, U+2028, U+2029) and every control character (escape sequences' ESC included,
  /// C1 controls, DEL) becomes a space.
  static func oneLine(_ text: String) -> String {
    guard text.utf8.contains(where: mayBreak), text.unicodeScalars.contains(where: isBreaking)
    else {
      return text
    }
    var scalars = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      scalars.append(isBreaking(scalar) ? " " : scalar)
    }
    return String(scalars)
  }

  /// A byte that may begin a breaking character: C0, DEL, or the lead byte of C1 (U+0080–
  /// U+009F, `C2 xx`) or of the separators (U+2028, U+2029, `E2 80 xx`).
  private static func mayBreak(_ byte: UInt8) -> Bool {
    byte < 0x20 || byte == 0x7F || byte == 0xC2 || byte == 0xE2
  }

  /// A control character (Unicode's `Cc`: C0, DEL and C1) or a line or paragraph separator.
  private static func isBreaking(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0..<0x20, 0x7F...0x9F, 0x2028, 0x2029: true
    default: false
    }
  }

  /// The text with its line breaks kept (for the REPL, which wraps), and every other control
  /// character a space.
  static func lines(_ text: String) -> String {
    guard text.utf8.contains(where: mayBreak) else {
      return text
    }
    return text.split(separator: "\n", omittingEmptySubsequences: false).map {
      oneLine(String($0))
    }.joined(separator: "\n")
  }
}
