import PerfectionBot

/// What the chat page's script receives for a message: the reply in pieces, each with the
/// spoiler level it holds, so that the page hides each piece above `none` on its own.
struct PageReply: Encodable {
  /// One piece of the reply's text.
  struct Segment: Encodable {
    /// The text, to be shown with `textContent`.
    let text: String
    /// The level of the answer in this piece; `nil` for the bot's own words.
    let spoiler: SpoilerLevel?

    func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(text, forKey: .text)
      try container.encode(spoiler, forKey: .spoiler)
    }

    enum CodingKeys: String, CodingKey { case text, spoiler }
  }

  let segments: [Segment]
  let kind: String
  let awaitingConsent: Bool
  let consent: SpoilerLevel
  let suggestions: [String]

  enum CodingKeys: String, CodingKey {
    case segments, kind
    case awaitingConsent = "awaiting_consent"
    case consent, suggestions
  }

  init(_ reply: Reply) {
    segments = reply.parts.map { Segment(text: $0.text, spoiler: $0.spoiler) }
    kind = reply.kind.rawValue
    awaitingConsent = reply.awaitingConsent
    consent = reply.consent
    suggestions = reply.suggestions
  }
}
