import PerfectionBot

/// The reply to a session operation: `{"op":"pong"}`, or the session's consent after
/// `reset`, `consent` or `set_consent`.
public struct OperationReply: Codable, Sendable, Equatable {
  /// The operation answered (`pong` for `ping`).
  public var op: String
  /// The request's id, echoed.
  public var id: RequestID?
  /// The session, for session operations.
  public var session: String?
  /// The session's consent after the operation.
  public var consent: SpoilerLevel?

  /// Creates an operation reply.
  public init(
    op: String, id: RequestID? = nil, session: String? = nil, consent: SpoilerLevel? = nil
  ) {
    self.op = op
    self.id = id
    self.session = session
    self.consent = consent
  }

  /// The reply as one line of JSON.
  public var jsonLine: String {
    var fields = ["\"op\":\(JSONText.string(op))"]
    if let id { fields.append("\"id\":\(id.json)") }
    if let session { fields.append("\"session\":\(JSONText.string(session))") }
    if let consent { fields.append("\"consent\":\(JSONText.string(consent.name))") }
    return "{" + fields.joined(separator: ",") + "}"
  }
}
