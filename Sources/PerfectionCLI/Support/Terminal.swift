#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Facts about the terminal the process runs in.
enum Terminal {
  /// Whether both stdin and stdout are terminals.
  static var isInteractive: Bool {
    isatty(0) == 1 && isatty(1) == 1
  }

  /// The terminal's width in columns, 80 when it cannot be told.
  static var width: Int {
    var size = winsize()
    if ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
      return Int(size.ws_col)
    }
    return 80
  }

  /// Whether colour is allowed: `NO_COLOR` (https://no-color.org) unset, `TERM` not `dumb`.
  static func colorAllowed(flag noColor: Bool) -> Bool {
    if noColor { return false }
    if let value = getenv("NO_COLOR"), value.pointee != 0 { return false }
    if let term = getenv("TERM"), String(cString: term) == "dumb" { return false }
    return true
  }

  /// Wraps text at word boundaries to lines of at most `width` characters.
  static func wrap(_ text: String, width: Int) -> String {
    let limit = max(20, width)
    return text.split(separator: "\n", omittingEmptySubsequences: false).map { paragraph in
      var lines: [String] = []
      var current = ""
      for word in paragraph.split(separator: " ") {
        if current.isEmpty {
          current = String(word)
        } else if current.count + 1 + word.count <= limit {
          current += " " + word
        } else {
          lines.append(current)
          current = String(word)
        }
      }
      lines.append(current)
      return lines.joined(separator: "\n")
    }.joined(separator: "\n")
  }
}
