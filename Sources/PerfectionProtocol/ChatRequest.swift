import PerfectionBot

/// One request line of `serve --format jsonl` (and, later, of the HTTP API).
///
/// `{"session":"alice","text":"who plays charlotte?"}` is a message; `op` asks for a session
/// operation instead. Every field but `text` (for a message) is optional.
public struct ChatRequest: Codable, Sendable, Equatable {
  /// What a request asks for.
  public enum Operation: String, Codable, Sendable {
    /// A message in words (the default).
    case message
    /// Forget the session: consent, pending question, context.
    case reset
    /// Read the session's consent.
    case consent
    /// Set the session's consent to `level` (a bridge restoring state).
    case setConsent = "set_consent"
    /// A health check, answered with `{"op":"pong"}`.
    case ping
  }

  /// Echoed on the reply, so a bridge can match replies to requests.
  public var id: RequestID?
  /// Who is talking; `nil` means the server's default session (never `null` on the wire).
  public var session: String?
  /// What they said (for a message).
  public var text: String?
  /// The operation; `nil` means a message.
  public var op: Operation?
  /// The level for `set_consent`.
  public var level: SpoilerLevel?
  /// The most this one message may reveal, whatever the session agreed to (a public channel
  /// sends `none`: nothing is revealed and nothing is prompted).
  public var maxSpoiler: SpoilerLevel?
  /// The spoiler markup for this reply, overriding the server's (one process serving
  /// several platforms).
  public var markup: SpoilerMarkup?
  /// Split this reply into `parts` of at most this many UTF-8 bytes, overriding the
  /// server's limit (`ReplySplitter.minimumBytes` to `ReplySplitter.maximumBytes`).
  public var maxReplyBytes: Int?

  enum CodingKeys: String, CodingKey {
    case id, session, text, op, level
    case maxSpoiler = "max_spoiler"
    case markup
    case maxReplyBytes = "max_reply_bytes"
  }

  /// Creates a request.
  public init(
    id: RequestID? = nil, session: String? = nil, text: String? = nil, op: Operation? = nil,
    level: SpoilerLevel? = nil, maxSpoiler: SpoilerLevel? = nil, markup: SpoilerMarkup? = nil,
    maxReplyBytes: Int? = nil
  ) {
    self.id = id
    self.session = session
    self.text = text
    self.op = op
    self.level = level
    self.maxSpoiler = maxSpoiler
    self.markup = markup
    self.maxReplyBytes = maxReplyBytes
  }

  /// Reads the common request line (a flat object of known keys, strings without escapes,
  /// whole numbers) without `JSONDecoder`; `nil` when the line needs the full decoder.
  ///
  /// Only for lines `StrictJSON` accepted. It reads them exactly as `JSONDecoder` does.
  public static func readSimple(_ bytes: [UInt8]) -> ChatRequest? {
    SimpleRequestReader.read(bytes)
  }

  /// Reads a request; a field sent as `null` is an error, not a missing field, so that
  /// `"session": null` never falls back to the shared default session.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    for key in container.allKeys where try container.decodeNil(forKey: key) {
      throw DecodingError.typeMismatch(
        String.self,
        DecodingError.Context(
          codingPath: [key], debugDescription: "\(key.stringValue) must not be null"))
    }
    id = try container.decodeIfPresent(RequestID.self, forKey: .id)
    session = try container.decodeIfPresent(String.self, forKey: .session)
    text = try container.decodeIfPresent(String.self, forKey: .text)
    op = try container.decodeIfPresent(Operation.self, forKey: .op)
    level = try container.decodeIfPresent(SpoilerLevel.self, forKey: .level)
    maxSpoiler = try container.decodeIfPresent(SpoilerLevel.self, forKey: .maxSpoiler)
    markup = try container.decodeIfPresent(SpoilerMarkup.self, forKey: .markup)
    maxReplyBytes = try container.decodeIfPresent(Int.self, forKey: .maxReplyBytes)
  }
}
