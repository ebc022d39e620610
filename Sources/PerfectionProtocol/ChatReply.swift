import PerfectionBot

/// The reply to a message: the same object on every front end (`serve --format jsonl`, the
/// HTTP API), and the single source of the wire format.
///
/// Every field is always present, `null` where it has no value, in this order: `id` (only
/// when the request had one), `session`, `reply`, `body` (only with Matrix markup), `parts`
/// (only with a reply limit), `intent`, `intents`, `spoiler`, `awaiting_consent`, `consent`,
/// `kind`, `suggestions`.
public struct ChatReply: Codable, Sendable, Equatable {
  /// The request's id, echoed.
  public var id: RequestID?
  /// The session replied to.
  public var session: String
  /// The text to show, with the platform's spoiler markup applied.
  public var reply: String
  /// With Matrix markup only: the plain body, every spoiler left out.
  public var body: String?
  /// With a reply limit only: `reply` split at sentence boundaries into pieces of at most
  /// that many UTF-8 bytes, each with its own markup.
  public var parts: [String]?
  /// The intent answered, if the reply is an answer.
  public var intent: String?
  /// Every intent answered, in order.
  public var intents: [String]
  /// The spoiler level of the answer, or of the answer waiting for consent.
  public var spoiler: SpoilerLevel?
  /// Whether the bot waits for a yes or no.
  public var awaitingConsent: Bool
  /// The session's consent after this reply.
  public var consent: SpoilerLevel
  /// What sort of reply: `answer`, `consent_prompt`, `declined`, `fallback`, `consent`,
  /// `refused`.
  public var kind: String
  /// Questions the bot suggests next, never above the session's consent.
  public var suggestions: [String]

  enum CodingKeys: String, CodingKey {
    case id, session, reply, body, parts, intent, intents, spoiler
    case awaitingConsent = "awaiting_consent"
    case consent, kind, suggestions
  }

  /// The wire form of an engine reply; with `maxReplyBytes`, split into `parts` as well.
  public init(
    _ reply: Reply, session: String, markup: SpoilerMarkup, id: RequestID? = nil,
    maxReplyBytes: Int? = nil
  ) {
    self.id = id
    self.session = session
    self.reply = markup.apply(to: reply)
    self.body = markup == .matrix ? markup.plainBody(for: reply) : nil
    self.parts = maxReplyBytes.map {
      ReplySplitter.split(reply, markup: markup, maxBytes: $0)
    }
    self.intent = reply.intent
    self.intents = reply.intents
    self.spoiler = reply.level
    self.awaitingConsent = reply.awaitingConsent
    self.consent = reply.consent
    self.kind = reply.kind.rawValue
    self.suggestions = reply.suggestions
  }

  /// Writes every field, `null` included.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encodeIfPresent(id, forKey: .id)
    try container.encode(session, forKey: .session)
    try container.encode(reply, forKey: .reply)
    try container.encodeIfPresent(body, forKey: .body)
    try container.encodeIfPresent(parts, forKey: .parts)
    try container.encode(intent, forKey: .intent)
    try container.encode(intents, forKey: .intents)
    try container.encode(spoiler, forKey: .spoiler)
    try container.encode(awaitingConsent, forKey: .awaitingConsent)
    try container.encode(consent, forKey: .consent)
    try container.encode(kind, forKey: .kind)
    try container.encode(suggestions, forKey: .suggestions)
  }

  /// The reply as one line of JSON, written directly (several times faster than
  /// `JSONEncoder`); a test proves it decodes to the same value.
  public var jsonLine: String {
    var line = "{"
    // One allocation for the whole line: the reply, its parts and the rest.
    line.reserveCapacity(
      reply.utf8.count * (parts == nil ? 1 : 2) + (body?.utf8.count ?? 0)
        + suggestions.reduce(0) { $0 + $1.utf8.count } + session.utf8.count + 256)
    if let id { line += "\"id\":\(id.json)," }
    line += "\"session\":\(JSONText.string(session))"
    line += ",\"reply\":\(JSONText.string(reply))"
    if let body { line += ",\"body\":\(JSONText.string(body))" }
    if let parts { line += ",\"parts\":\(JSONText.array(parts))" }
    line += ",\"intent\":\(JSONText.optional(intent))"
    line += ",\"intents\":\(JSONText.array(intents))"
    line += ",\"spoiler\":\(JSONText.optional(spoiler?.name))"
    line += ",\"awaiting_consent\":\(awaitingConsent)"
    line += ",\"consent\":\(JSONText.string(consent.name))"
    line += ",\"kind\":\(JSONText.string(kind))"
    line += ",\"suggestions\":\(JSONText.array(suggestions))}"
    return line
  }
}
