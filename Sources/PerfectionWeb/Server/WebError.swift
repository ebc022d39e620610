import Foundation
import HTTPTypes
import Hummingbird
import NIOCore

/// An error the web front end answers with: a status and a JSON body `{"error": "…"}` that
/// never echoes what the client sent.
struct WebError: HTTPResponseError {
  /// The HTTP status.
  let status: HTTPResponse.Status
  /// One sentence for the client.
  let message: String
  /// Seconds to wait before trying again (429 only).
  var retryAfter: Int?
  /// The methods the path takes (405 only).
  var allow: [String]?

  /// A body that is not the JSON object the route reads.
  static func badRequest(_ message: String) -> WebError {
    WebError(status: .badRequest, message: message)
  }

  /// A failure of the server's own, told without its details.
  static let `internal` = WebError(
    status: .internalServerError, message: "the server failed; try again")

  /// A body over `WebServer.maximumBodyBytes`.
  static let tooLarge = WebError(
    status: .contentTooLarge, message: "the body is over \(WebServer.maximumBodyBytes) bytes")

  /// A client over its rate limit.
  static func tooManyRequests(retryAfter: Int) -> WebError {
    WebError(
      status: .tooManyRequests, message: "too many requests: try again in \(retryAfter) s",
      retryAfter: retryAfter)
  }

  /// A known path asked with a method it does not take.
  static func methodNotAllowed(allow: [String]) -> WebError {
    WebError(
      status: .methodNotAllowed, message: "use \(allow.joined(separator: " or "))",
      allow: allow)
  }

  /// A body of the wrong media type.
  static func unsupportedMediaType(_ expected: String) -> WebError {
    WebError(status: .unsupportedMediaType, message: "send the body as \(expected)")
  }

  var headers: HTTPFields {
    var fields: HTTPFields = [.contentType: "application/json; charset=utf-8"]
    if let retryAfter { fields[.retryAfter] = String(retryAfter) }
    if let allow { fields[.allow] = allow.joined(separator: ", ") }
    return fields
  }

  func response(from request: Request, context: some RequestContext) throws -> Response {
    let body = (try? JSONEncoder().encode(["error": message])) ?? Data("{}".utf8)
    return Response(
      status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: body)))
  }
}
