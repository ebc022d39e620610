/// A session's identity: the bytes a front end sent, compared as bytes.
///
/// A chat bridge's ids are opaque. Two ids that differ in their bytes are two sessions, even
/// when Unicode calls them equal ("café" composed and decomposed), so the key is the UTF-8
/// bytes and never a `String` comparison.
public struct SessionID: Hashable, Sendable, CustomStringConvertible {
  /// The id's UTF-8 bytes.
  public let bytes: [UInt8]

  /// The id of a session named by a string, by its UTF-8 bytes.
  public init(_ name: String) {
    self.bytes = Array(name.utf8)
  }

  /// The id of a session named by raw bytes.
  public init(bytes: [UInt8]) {
    self.bytes = bytes
  }

  /// Hashes the bytes in one call rather than byte by byte.
  public func hash(into hasher: inout Hasher) {
    bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
  }

  /// Whether two ids hold the same bytes.
  public static func == (lhs: SessionID, rhs: SessionID) -> Bool {
    lhs.bytes == rhs.bytes
  }

  /// The id as text, with invalid UTF-8 replaced.
  public var description: String { String(decoding: bytes, as: UTF8.self) }
}
