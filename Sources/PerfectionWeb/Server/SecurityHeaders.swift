import HTTPTypes
import Hummingbird

/// Adds the security headers to every response, errors included.
///
/// The headers: a strict Content-Security-Policy (no inline script, nothing from
/// elsewhere), no MIME sniffing, no referrer, no framing. An error that is not an HTTP one
/// becomes a 500 that names nothing of it.
struct SecurityHeaders<Context: RequestContext>: RouterMiddleware {
  /// The policy: the page's own script, style and images, forms posted to itself only.
  static var contentSecurityPolicy: String {
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; "
      + "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; "
      + "object-src 'none'"
  }

  func handle(
    _ request: Request, context: Context,
    next: (Request, Context) async throws -> Response
  ) async throws -> Response {
    var response: Response
    do {
      response = try await next(request, context)
    } catch let error as any HTTPResponseError {
      response = try error.response(from: request, context: context)
    } catch {
      // Anything else is the server's fault: logged, and answered without its details.
      context.logger.error("request failed: \(error)")
      response = try WebError.internal.response(from: request, context: context)
    }
    Self.apply(to: &response.headers)
    return response
  }

  /// Sets the headers on a response's fields.
  static func apply(to headers: inout HTTPFields) {
    headers[.contentSecurityPolicy] = contentSecurityPolicy
    headers[.xContentTypeOptions] = "nosniff"
    for (name, value) in moreSecurityHeaders { headers[name] = value }
  }
}

/// Security headers HTTPTypes has no name for, checked once.
private let moreSecurityHeaders: [(HTTPField.Name, String)] = [
  ("Referrer-Policy", "no-referrer"), ("X-Frame-Options", "DENY"),
  ("Cross-Origin-Opener-Policy", "same-origin"),
].compactMap { name, value in HTTPField.Name(name).map { ($0, value) } }
