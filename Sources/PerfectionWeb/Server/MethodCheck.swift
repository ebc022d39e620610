import HTTPTypes
import Hummingbird

/// Answers a known path asked with a method it does not take with 405 and `Allow`, rather
/// than the router's 404.
struct MethodCheck<Context: RequestContext>: RouterMiddleware {
  /// The methods each path takes.
  let allowed: [String: [HTTPRequest.Method]]

  func handle(
    _ request: Request, context: Context,
    next: (Request, Context) async throws -> Response
  ) async throws -> Response {
    if let methods = allowed[request.uri.path], !methods.contains(request.method) {
      throw WebError.methodNotAllowed(allow: methods.map(\.rawValue))
    }
    return try await next(request, context)
  }
}
