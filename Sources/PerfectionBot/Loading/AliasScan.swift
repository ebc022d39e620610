/// Finds the first YAML alias (`*name`) in a file, before the YAML library expands it.
///
/// Intent files need no aliases, and nested aliases can expand exponentially (a 336-byte
/// file that never finished loading), so the loader refuses them at their line and column.
/// The scan skips quoted strings and comments, and takes a `*` as an alias only where a
/// node can start: at the start of a line, or after `:`, `-`, `?`, `[`, `{` or `,`.
enum AliasScan {
  /// The line and column (1-based) of the first alias, if any.
  static func firstAlias(in text: String) -> (line: Int, column: Int)? {
    var line = 1
    var column = 0
    var quote: UInt8?
    var inComment = false
    var previousSignificant: UInt8 = 0x0A  // the start of the text is a line start
    var bytes = Array(text.utf8).makeIterator()
    var pending = bytes.next()
    while let byte = pending {
      pending = bytes.next()
      column += 1
      if byte == 0x0A {
        line += 1
        column = 0
        inComment = false  // a quoted scalar may span lines: `quote` stays as it is
        previousSignificant = 0x0A
        continue
      }
      if inComment { continue }
      if let open = quote {
        if open == UInt8(ascii: "\"") && byte == UInt8(ascii: "\\") {
          if pending != nil, pending != 0x0A {
            pending = bytes.next()
            column += 1
          }
          continue
        }
        if byte == open {
          if open == UInt8(ascii: "'") && pending == UInt8(ascii: "'") {
            pending = bytes.next()
            column += 1
            continue
          }
          quote = nil
          previousSignificant = byte
        }
        continue
      }
      switch byte {
      case UInt8(ascii: " "), UInt8(ascii: "\t"):
        continue
      case UInt8(ascii: "#") where previousSignificant == 0x0A || previousSignificant == 0x20:
        inComment = true
        continue
      case UInt8(ascii: "'"),
        UInt8(ascii: "\"")
      where Self.nodeStarts.contains(previousSignificant):
        quote = byte
        continue
      case UInt8(ascii: "*") where Self.nodeStarts.contains(previousSignificant):
        if let next = pending, isAnchorByte(next) { return (line, column) }
      default:
        break
      }
      previousSignificant = byte
    }
    return nil
  }

  /// Bytes after which a node may start.
  static let nodeStarts: Set<UInt8> = Set(":-?[{,\n".utf8)

  private static func isAnchorByte(_ byte: UInt8) -> Bool {
    ASCII.isWord(byte) || byte == UInt8(ascii: "-") || byte >= 0x80
  }
}
