import HTTPTypes
import Hummingbird
import Logging

/// One log line per request, once it is answered: method, path (never the query or the
/// body), status and time taken.
struct AccessLog<Context: RequestContext>: RouterMiddleware {
  func handle(
    _ request: Request, context: Context,
    next: (Request, Context) async throws -> Response
  ) async throws -> Response {
    let start = ContinuousClock.now
    let status: HTTPResponse.Status
    do {
      let response = try await next(request, context)
      status = response.status
      log(request, status, since: start, context: context)
      return response
    } catch let error as any HTTPResponseError {
      status = error.status
      log(request, status, since: start, context: context)
      throw error
    }
  }

  private func log(
    _ request: Request, _ status: HTTPResponse.Status, since start: ContinuousClock.Instant,
    context: Context
  ) {
    let elapsed = ContinuousClock.now - start
    let microseconds =
      elapsed.components.seconds * 1_000_000 + elapsed.components.attoseconds / 1_000_000_000_000
    context.logger.info(
      "\(request.method.rawValue) \(request.uri.path) \(status.code) \(microseconds) µs")
  }
}
