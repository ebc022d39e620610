/// A strict RFC 8259 syntax check, run before decoding a request.
///
/// Foundation's decoder accepts trailing commas and lets the first of two equal keys win,
/// while most JSON parsers take the last: a request that two parsers read differently is
/// refused instead. This checks the grammar only (values are read by `JSONDecoder`), and
/// that no object repeats a key.
public enum StrictJSON {
  /// What is wrong with the text, or `nil` when it is one valid JSON value.
  public static func problem(in bytes: [UInt8]) -> String? {
    var reader = Reader(bytes: bytes)
    do throws(Failure) {
      reader.skipSpace()
      try reader.value(depth: 0)
      reader.skipSpace()
      guard reader.index == bytes.count else { throw Failure.syntax }
      return nil
    } catch {
      return error == .duplicateKey ? duplicateKey : notJSON
    }
  }

  /// The problem text for a repeated key.
  public static let duplicateKey = "an object repeats a key"
  /// The problem text for anything else.
  public static let notJSON = "not valid JSON"

  enum Failure: Error {
    case syntax
    case duplicateKey
  }

  /// The deepest nesting read; deeper input is refused rather than recursed into.
  static let maximumDepth = 64

  struct Reader {
    let bytes: [UInt8]
    var index = 0

    var current: UInt8? { index < bytes.count ? bytes[index] : nil }

    mutating func skipSpace() {
      while let byte = current, byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
        index += 1
      }
    }

    mutating func expect(_ byte: UInt8) throws(Failure) {
      guard current == byte else { throw .syntax }
      index += 1
    }

    mutating func literal(_ text: String) throws(Failure) {
      for byte in text.utf8 { try expect(byte) }
    }

    mutating func value(depth: Int) throws(Failure) {
      guard depth < StrictJSON.maximumDepth, let byte = current else { throw .syntax }
      switch byte {
      case UInt8(ascii: "{"): try object(depth: depth + 1)
      case UInt8(ascii: "["): try array(depth: depth + 1)
      case UInt8(ascii: "\""): _ = try string()
      case UInt8(ascii: "t"): try literal("true")
      case UInt8(ascii: "f"): try literal("false")
      case UInt8(ascii: "n"): try literal("null")
      default: try number()
      }
    }

    mutating func object(depth: Int) throws(Failure) {
      var keys: Set<[UInt8]> = []
      try members(opening: UInt8(ascii: "{"), closing: UInt8(ascii: "}")) {
        (reader: inout Reader) throws(Failure) in
        let key = try reader.string()
        guard keys.insert(key).inserted else { throw .duplicateKey }
        reader.skipSpace()
        try reader.expect(UInt8(ascii: ":"))
        reader.skipSpace()
        try reader.value(depth: depth)
      }
    }

    mutating func array(depth: Int) throws(Failure) {
      try members(opening: UInt8(ascii: "["), closing: UInt8(ascii: "]")) {
        (reader: inout Reader) throws(Failure) in
        try reader.value(depth: depth)
      }
    }

    /// An object's or an array's members, separated by commas, none after the last.
    mutating func members(
      opening: UInt8, closing: UInt8, _ member: (inout Reader) throws(Failure) -> Void
    ) throws(Failure) {
      try expect(opening)
      skipSpace()
      if current == closing {
        index += 1
        return
      }
      while true {
        skipSpace()
        try member(&self)
        skipSpace()
        if current == UInt8(ascii: ",") {
          index += 1
          continue
        }
        try expect(closing)
        return
      }
    }

    /// A string's raw bytes (escapes as written: equal keys are equal bytes here, and a key
    /// written two ways is still refused by the decoder's own reading).
    mutating func string() throws(Failure) -> [UInt8] {
      try expect(UInt8(ascii: "\""))
      let start = index
      while let byte = current {
        switch byte {
        case UInt8(ascii: "\""):
          let raw = Array(bytes[start..<index])
          index += 1
          return raw
        case UInt8(ascii: "\\"):
          index += 1
          guard let escape = current else { throw .syntax }
          if escape == UInt8(ascii: "u") {
            for _ in 0..<4 {
              index += 1
              guard let hex = current, isHex(hex) else { throw .syntax }
            }
          } else if !"\"\\/bfnrt".utf8.contains(escape) {
            throw .syntax
          }
          index += 1
        case 0x00..<0x20:
          throw .syntax
        default:
          index += 1
        }
      }
      throw .syntax
    }

    mutating func number() throws(Failure) {
      if current == UInt8(ascii: "-") { index += 1 }
      guard let first = current, isDigit(first) else { throw .syntax }
      index += 1
      // No leading zeros: "0" alone, or a digit 1-9 and more digits.
      if first != UInt8(ascii: "0") {
        while let byte = current, isDigit(byte) { index += 1 }
      }
      if current == UInt8(ascii: ".") {
        index += 1
        guard let byte = current, isDigit(byte) else { throw .syntax }
        while let byte = current, isDigit(byte) { index += 1 }
      }
      if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
        index += 1
        if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { index += 1 }
        guard let byte = current, isDigit(byte) else { throw .syntax }
        while let byte = current, isDigit(byte) { index += 1 }
      }
    }

    func isDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }

    func isHex(_ byte: UInt8) -> Bool {
      isDigit(byte) || (0x41...0x46).contains(byte) || (0x61...0x66).contains(byte)
    }
  }
}
