import PerfectionBot

/// Reads the common request line fast: one flat object of known keys, strings without
/// escapes, whole numbers.
///
/// Anything else (an escape, an unknown key or value, a nested value, a fraction, `null`)
/// makes it give up with `nil`, and the caller decodes the line with `JSONDecoder`, which
/// also words the errors. Run it only on lines `StrictJSON` accepted: it relies on their
/// grammar being valid. A property test holds it to `JSONDecoder`'s reading.
enum SimpleRequestReader {
  /// The request a line holds, or `nil` when the line needs the full decoder.
  static func read(_ bytes: [UInt8]) -> ChatRequest? {
    var reader = Cursor(bytes: bytes)
    reader.skipSpace()
    guard reader.take(UInt8(ascii: "{")) else { return nil }
    var request = ChatRequest()
    reader.skipSpace()
    if reader.take(UInt8(ascii: "}")) { return reader.atEnd ? request : nil }
    while true {
      reader.skipSpace()
      guard let key = reader.plainString() else { return nil }
      reader.skipSpace()
      guard reader.take(UInt8(ascii: ":")) else { return nil }
      reader.skipSpace()
      guard reader.set(key, in: &request) else { return nil }
      reader.skipSpace()
      if reader.take(UInt8(ascii: ",")) { continue }
      guard reader.take(UInt8(ascii: "}")) else { return nil }
      return reader.atEnd ? request : nil
    }
  }

  private struct Cursor {
    let bytes: [UInt8]
    var index = 0

    var atEnd: Bool {
      mutating get {
        skipSpace()
        return index == bytes.count
      }
    }

    mutating func skipSpace() {
      while index < bytes.count,
        bytes[index] == 0x20 || bytes[index] == 0x09 || bytes[index] == 0x0A
          || bytes[index] == 0x0D
      {
        index += 1
      }
    }

    mutating func take(_ byte: UInt8) -> Bool {
      guard index < bytes.count, bytes[index] == byte else { return false }
      index += 1
      return true
    }

    /// A string with no escape, as valid UTF-8; `nil` otherwise.
    mutating func plainString() -> String? {
      guard take(UInt8(ascii: "\"")) else { return nil }
      let start = index
      while index < bytes.count {
        switch bytes[index] {
        case UInt8(ascii: "\""):
          let text = String(validating: bytes[start..<index], as: UTF8.self)
          index += 1
          return text
        case UInt8(ascii: "\\"):
          return nil
        default:
          index += 1
        }
      }
      return nil
    }

    /// A whole number of at most 18 digits; `nil` for anything else.
    mutating func wholeNumber() -> Int64? {
      let start = index
      _ = take(UInt8(ascii: "-"))
      let digits = index
      while index < bytes.count, (0x30...0x39).contains(bytes[index]) { index += 1 }
      guard index > digits, index - digits <= 18,
        index == bytes.count
          || ![
            UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E"),
          ].contains(bytes[index])
      else { return nil }
      return Int64(String(decoding: bytes[start..<index], as: UTF8.self))
    }

    /// Reads the value of `key` into the request; `false` when it needs the full decoder.
    mutating func set(_ key: String, in request: inout ChatRequest) -> Bool {
      switch key {
      case "id":
        if index < bytes.count, bytes[index] == UInt8(ascii: "\"") {
          guard let text = plainString() else { return false }
          request.id = .string(text)
        } else {
          guard let whole = wholeNumber() else { return false }
          request.id = .integer(whole)
        }
      case "session":
        guard let text = plainString() else { return false }
        request.session = text
      case "text":
        guard let text = plainString() else { return false }
        request.text = text
      case "op":
        guard let name = plainString(), let op = ChatRequest.Operation(rawValue: name) else {
          return false
        }
        request.op = op
      case "level":
        guard let name = plainString(), let level = SpoilerLevel(name: name) else { return false }
        request.level = level
      case "max_spoiler":
        guard let name = plainString(), let level = SpoilerLevel(name: name) else { return false }
        request.maxSpoiler = level
      case "markup":
        guard let name = plainString(), let markup = SpoilerMarkup(rawValue: name) else {
          return false
        }
        request.markup = markup
      case "max_reply_bytes":
        guard let whole = wholeNumber(), let value = Int(exactly: whole) else { return false }
        request.maxReplyBytes = value
      default:
        return false
      }
      return true
    }
  }
}
