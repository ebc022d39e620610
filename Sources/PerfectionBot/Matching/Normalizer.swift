import Foundation

/// Turns what a person typed into the canonical text that intent patterns are written for.
///
/// Steps, in order: strip terminal escape sequences and other control characters (NUL
/// included); fold curly quotes, primes and apostrophes to `'` and `"`, and every dash to `-`;
/// drop accents ("Antón" → "anton"); Unicode NFC; lowercase; collapse every run of white space
/// to one space and trim the ends. Invalid UTF-8 never reaches here: callers decode with
/// replacement.
public enum Normalizer {
  /// Normalizes a question.
  public static func normalize(_ text: String) -> String {
    asciiNormalize(text) ?? unicodeNormalize(text)
  }

  /// The general path, for text with any non-ASCII character.
  static func unicodeNormalize(_ text: String) -> String {
    let stripped = stripControls(text)
    // Decompose so that accents become separate marks, drop the marks, then recompose.
    let decomposed = stripped.decomposedStringWithCanonicalMapping
    var scalars = String.UnicodeScalarView()
    var pendingSpace = false
    for scalar in decomposed.unicodeScalars {
      if scalar.properties.generalCategory == .nonspacingMark { continue }
      if scalar.properties.isWhitespace {
        pendingSpace = !scalars.isEmpty
        continue
      }
      if pendingSpace {
        scalars.append(" ")
        pendingSpace = false
      }
      if let plain = plainLetters[scalar.value] {
        scalars.append(contentsOf: plain.unicodeScalars)
      } else {
        scalars.append(fold(scalar))
      }
    }
    return String(scalars).precomposedStringWithCanonicalMapping.lowercased()
  }

  /// Non-ASCII characters the fast path knows, with the ASCII byte each becomes: accented
  /// Latin letters (their base letter, as decomposing and dropping the accents gives),
  /// typographic quotes and dashes, and the Unicode spaces.
  static let fastScalars: [UInt32: UInt8] = {
    var table: [UInt32: UInt8] = [:]
    for value in UInt32(0xC0)...0x24F {
      guard let scalar = Unicode.Scalar(value) else { continue }
      let parts = Array(String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars)
      guard parts.count >= 2, let base = parts.first, base.isASCII, base.properties.isAlphabetic,
        parts.dropFirst().allSatisfy({ $0.properties.generalCategory == .nonspacingMark })
      else { continue }
      table[value] = UInt8(base.value) | 0x20
    }
    for value in singleQuotes { table[value] = 0x27 }
    for value in doubleQuotes { table[value] = 0x22 }
    for value in dashes { table[value] = 0x2D }
    for value: UInt32 in [
      0x00A0, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009,
      0x200A, 0x202F, 0x205F, 0x3000,
    ] {
      table[value] = 0x20
    }
    return table
  }()

  /// The same steps in one pass over bytes, for ASCII text and the characters in
  /// `fastScalars` (nearly every question).
  ///
  /// Returns `nil` as soon as another character shows up. Tests hold it to the general path.
  static func asciiNormalize(_ text: String) -> String? {
    var text = text
    return text.withUTF8 { bytes -> String? in
      var output: [UInt8] = []
      output.reserveCapacity(bytes.count)
      var pendingSpace = false
      var index = 0
      while index < bytes.count {
        let byte = bytes[index]
        index += 1
        switch byte {
        case 0x80...:
          // Decode one scalar; it must be one the table knows.
          let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
          guard byte >= 0xC2, index - 1 + length <= bytes.count else { return nil }
          var value = UInt32(byte) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
          for offset in 0..<(length - 1) {
            let next = bytes[index + offset]
            guard next & 0xC0 == 0x80 else { return nil }
            value = value << 6 | UInt32(next & 0x3F)
          }
          index += length - 1
          guard let folded = fastScalars[value] else { return nil }
          if folded == 0x20 {
            pendingSpace = !output.isEmpty
          } else {
            if pendingSpace {
              output.append(0x20)
              pendingSpace = false
            }
            output.append(folded)
          }
        case 0x1B:
          index = skipEscape(bytes, from: index)
        case 0x03:
          index = skipColour(bytes, from: index)
        case 0x02, 0x0F, 0x11, 0x16, 0x1D, 0x1E, 0x1F:
          break  // IRC formatting: bold, reset, monospace, reverse, italic, strike, underline
        case 0x00...0x20, 0x7F:
          pendingSpace = !output.isEmpty
        default:
          if pendingSpace {
            output.append(0x20)
            pendingSpace = false
          }
          switch byte {
          case 0x41...0x5A: output.append(byte + 0x20)
          case 0x60: output.append(0x27)
          default: output.append(byte)
          }
        }
      }
      return String(decoding: output, as: UTF8.self)
    }
  }

  /// The index after an IRC colour code's digits (`\u{03}04` or `\u{03}04,12`), whose
  /// `\u{03}` was just before `start`.
  private static func skipColour(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
    func digits(_ from: Int) -> Int {
      var index = from
      while index < bytes.count, index < from + 2, (0x30...0x39).contains(bytes[index]) {
        index += 1
      }
      return index
    }
    var index = digits(start)
    if index > start, index + 1 < bytes.count, bytes[index] == 0x2C,
      (0x30...0x39).contains(bytes[index + 1])
    {
      index = digits(index + 1)
    }
    return index
  }

  /// The index after an escape sequence whose ESC was just before `start`.
  private static func skipEscape(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
    guard start < bytes.count else { return start }
    let kind = bytes[start]
    var index = start + 1
    switch kind {
    case 0x5B:  // CSI: to the final byte
      while index < bytes.count {
        index += 1
        if (0x40...0x7E).contains(bytes[index - 1]) { break }
      }
    case 0x5D, 0x50, 0x5F, 0x5E:  // OSC, DCS, APC, PM: to BEL or ESC + one more
      while index < bytes.count {
        let next = bytes[index]
        index += 1
        if next == 0x07 { break }
        if next == 0x1B {
          index = min(index + 1, bytes.count)
          break
        }
      }
    default:
      break
    }
    return index
  }

  /// Letters no accent-stripping reaches, with the plain letters people mean by them:
  /// fullwidth forms (as NFKC folds them) and letters with strokes or ligatures.
  static let plainLetters: [UInt32: String] = {
    var table: [UInt32: String] = [:]
    for value in UInt32(0xFF01)...0xFF5E {
      if let scalar = Unicode.Scalar(value - 0xFEE0) { table[value] = String(scalar) }
    }
    let stroked: [UInt32: String] = [
      0xD8: "o", 0xF8: "o", 0x110: "d", 0x111: "d", 0x141: "l", 0x142: "l", 0x126: "h",
      0x127: "h", 0x166: "t", 0x167: "t", 0x180: "b", 0x197: "i", 0x268: "i", 0x1B5: "z",
      0x1B6: "z", 0x1E4: "g", 0x1E5: "g", 0xDF: "ss", 0xC6: "ae", 0xE6: "ae", 0x152: "oe",
      0x153: "oe", 0xDE: "th", 0xFE: "th", 0xF0: "d", 0xD0: "d",
    ]
    table.merge(stroked) { $1 }
    return table
  }()

  /// The characters folded to `'`, to `"` and to `-`: one list for both paths.
  static let singleQuotes: Set<UInt32> = [0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x02BC, 0x00B4]
  static let doubleQuotes: Set<UInt32> = [0x201C, 0x201D, 0x201E, 0x201F, 0x2033, 0x00AB, 0x00BB]
  static let dashes: Set<UInt32> = [
    0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xFE58, 0xFE63, 0xFF0D,
  ]

  /// Folds typographic quotes, the backquote and dashes to their ASCII forms.
  static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
    let value = scalar.value
    if value == 0x60 || singleQuotes.contains(value) { return "'" }
    if doubleQuotes.contains(value) { return "\"" }
    if dashes.contains(value) { return "-" }
    return scalar
  }

  /// Removes ANSI/VT escape sequences and replaces other control characters with spaces.
  public static func stripControls(_ text: String) -> String {
    var output = String.UnicodeScalarView()
    var iterator = text.unicodeScalars.makeIterator()
    var pending = iterator.next()
    while let scalar = pending {
      pending = iterator.next()
      switch scalar.value {
      case 0x1B:
        // ESC: skip a CSI (ESC [ … final), an OSC (ESC ] … BEL or ESC \), or one more character.
        guard let kind = pending else { break }
        pending = iterator.next()
        if kind == "[" {
          while let next = pending {
            pending = iterator.next()
            if (0x40...0x7E).contains(next.value) { break }
          }
        } else if kind == "]" || kind == "P" || kind == "_" || kind == "^" {
          while let next = pending {
            pending = iterator.next()
            if next.value == 0x07 { break }
            if next.value == 0x1B {
              pending = iterator.next()
              break
            }
          }
        }
      case 0x02, 0x0F, 0x11, 0x16, 0x1D, 0x1E, 0x1F:
        break  // IRC formatting codes say nothing: dropped
      case 0x03:
        // An IRC colour code: up to two digits, then a comma and up to two more.
        var digits = 0
        while let next = pending, digits < 2, ("0"..."9").contains(next) {
          pending = iterator.next()
          digits += 1
        }
        if digits > 0, pending == ",", let after = iterator.next() {
          if ("0"..."9").contains(after) {
            pending = iterator.next()
            var more = 1
            while let next = pending, more < 2, ("0"..."9").contains(next) {
              pending = iterator.next()
              more += 1
            }
          } else {
            output.append(",")
            pending = after
          }
        }
      case 0x9B:
        // C1 CSI: skip to the final byte.
        while let next = pending {
          pending = iterator.next()
          if (0x40...0x7E).contains(next.value) { break }
        }
      case 0x00...0x08, 0x0B, 0x0C, 0x0E...0x1F, 0x7F...0x9F, 0xFFFD, 0x2028, 0x2029,
        0x200B...0x200F,
        0x202A...0x202E, 0x2066...0x2069, 0xFEFF:
        output.append(" ")
      default:
        output.append(scalar)
      }
    }
    return String(output)
  }
}
