/// The reply to a request that could not be read or done.
///
/// `{"error":…,"line":…}`, with the request's `id` and `session` when they were known. It
/// never echoes the input.
public struct ErrorReply: Codable, Sendable, Equatable {
  /// What is wrong, in one sentence.
  public var error: String
  /// The input line it refers to.
  public var line: Int
  /// The request's id, if it could be read.
  public var id: RequestID?
  /// The request's session, if it could be read.
  public var session: String?

  /// Creates an error reply.
  public init(error: String, line: Int, id: RequestID? = nil, session: String? = nil) {
    self.error = error
    self.line = line
    self.id = id
    self.session = session
  }

  /// The error as one line of JSON.
  public var jsonLine: String {
    var fields = ["\"error\":\(JSONText.string(error))", "\"line\":\(line)"]
    if let id { fields.append("\"id\":\(id.json)") }
    if let session { fields.append("\"session\":\(JSONText.string(session))") }
    return "{" + fields.joined(separator: ",") + "}"
  }
}
