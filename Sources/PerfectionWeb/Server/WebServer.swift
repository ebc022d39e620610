import Foundation
import HTTPTypes
import Hummingbird
import Logging
import NIOCore
import PerfectionBot
import PerfectionProtocol
import ServiceLifecycle

/// The web front end: the chat page at `/`, the HTTP API, a Rasa-style webhook, a health
/// check and the OpenAPI document, on Hummingbird.
///
/// Every route answers through the same `DialogueManager` as the other front ends, so the
/// consent rules are the engine's. A request body is read up to `maximumBodyBytes`; a client
/// over its rate limit gets a 429 with `Retry-After`.
public struct WebServer: Sendable {
  /// Where to listen and how hard clients may push.
  public struct Options: Sendable {
    /// The address to listen on; loopback unless told otherwise.
    public var host: String
    /// The port; 0 picks a free one (the bound address is passed to `run(onRunning:)`).
    public var port: Int
    /// Requests a minute allowed per session, in bursts of as many; ten times as many per
    /// client address; 0 turns the limits off.
    public var rateLimit: Int

    /// Creates options; the defaults are loopback, port 8080, 60 requests a minute.
    public init(host: String = "127.0.0.1", port: Int = 8080, rateLimit: Int = 60) {
      self.host = host
      self.port = port
      self.rateLimit = rateLimit
    }
  }

  /// The largest request body read: enough for any message the engine reads whole.
  public static let maximumBodyBytes = 16_384
  /// How many rate-limit buckets each limiter remembers at most.
  static let maximumLimiterKeys = 100_000

  let manager: DialogueManager
  let options: Options
  let logger: Logger
  private let sessionLimiter: RateLimiter
  private let addressLimiter: RateLimiter

  /// Creates a server answering through `manager`.
  public init(manager: DialogueManager, options: Options = Options(), logger: Logger) {
    self.init(
      manager: manager, options: options, logger: logger,
      clock: RateLimiter.monotonicSeconds())
  }

  /// Creates a server whose rate limits read `clock` (seconds): tests pass one that stands
  /// still, so no request is refilled while a slow machine runs them.
  init(
    manager: DialogueManager, options: Options, logger: Logger,
    clock: @escaping @Sendable () -> Double
  ) {
    self.manager = manager
    self.options = options
    self.logger = logger
    self.sessionLimiter = RateLimiter(
      perMinute: options.rateLimit, maximumKeys: Self.maximumLimiterKeys, clock: clock)
    self.addressLimiter = RateLimiter(
      perMinute: options.rateLimit * 10, maximumKeys: Self.maximumLimiterKeys, clock: clock)
  }

  /// Serves until SIGTERM or SIGINT, then finishes the requests in flight and returns.
  ///
  /// `onRunning` receives the address bound, such as `http://127.0.0.1:8080`.
  public func run(onRunning: @escaping @Sendable (String) async -> Void) async throws {
    let app = Application(
      router: router(),
      configuration: ApplicationConfiguration(
        address: .hostname(options.host, port: options.port), serverName: nil),
      onServerRunning: { channel in
        await onRunning(Self.url(of: channel.localAddress, host: options.host))
      },
      logger: logger)
    // swift-service-lifecycle: on SIGTERM or SIGINT the server stops taking connections,
    // finishes the requests in flight, and `run` returns.
    let services = ServiceGroup(
      configuration: ServiceGroupConfiguration(
        services: [app], gracefulShutdownSignals: [.sigterm, .sigint], logger: logger))
    try await services.run()
  }

  /// A route's handler.
  typealias Handler = @Sendable (Request, WebContext) async throws -> Response

  /// Every route: its path, method and handler.
  ///
  /// The router and the 405 check are both made from this one list.
  func routes() -> [(path: String, method: HTTPRequest.Method, handler: Handler)] {
    [
      ("/", .get, { request, _ in await page(request) }),
      ("/", .post, { request, context in try await pageForm(request, context: context) }),
      (
        "/chat.js", .get,
        { _, _ in asset(PackageResources.chat_js, type: "text/javascript; charset=utf-8") }
      ),
      (
        "/chat.css", .get,
        { _, _ in asset(PackageResources.chat_css, type: "text/css; charset=utf-8") }
      ),
      (
        "/openapi.yaml", .get,
        { _, _ in asset(PackageResources.openapi_yaml, type: "application/yaml; charset=utf-8") }
      ),
      ("/healthz", .get, { _, _ in json(#"{"status":"ok"}"#) }),
      (
        "/chat/messages", .post,
        { request, context in try await pageMessage(request, context: context) }
      ),
      (
        "/chat/consent", .post,
        { request, context in try await pageConsent(request, context: context) }
      ),
      (
        "/api/v1/messages", .post,
        { request, context in try await apiMessage(request, context: context) }
      ),
      (
        "/webhooks/rest/webhook", .post,
        { request, context in try await rasaMessage(request, context: context) }
      ),
    ]
  }

  /// Every route, behind the request log and the security headers.
  public func router() -> Router<WebContext> {
    let routes = routes()
    // Every GET route answers HEAD too (the router makes those endpoints).
    var allowed: [String: [HTTPRequest.Method]] = [:]
    for route in routes {
      allowed[route.path, default: []] += route.method == .get ? [.get, .head] : [route.method]
    }
    let router = Router(context: WebContext.self, options: .autoGenerateHeadEndpoints)
    router.add(middleware: AccessLog())
    router.add(middleware: SecurityHeaders())
    router.add(middleware: MethodCheck(allowed: allowed))
    for route in routes {
      router.on(RouterPath(route.path), method: route.method, use: route.handler)
    }
    return router
  }

  // MARK: - The chat page

  private struct PageForm: Decodable {
    let text: String?
    let level: String?
  }

  private struct PageMessage: Decodable {
    let text: String
  }

  private struct PageConsent: Decodable {
    let level: SpoilerLevel
  }

  /// The page; a visitor without a valid cookie gets a new id.
  private func page(_ request: Request) async -> Response {
    let (id, isNew) = pageID(request)
    let session = PageSession.session(for: id)
    let consent = isNew ? manager.options.defaultConsent : await manager.storedConsent(of: session)
    let html = ChatPage.render(
      consent: consent, exchange: nil,
      suggestions: manager.suggestions(at: consent))
    return htmlResponse(html, id: isNew ? id : nil)
  }

  /// A plain form post (no JavaScript): a question or a consent change, and the page again.
  private func pageForm(_ request: Request, context: WebContext) async throws -> Response {
    let (id, isNew) = pageID(request)
    let session = PageSession.session(for: id)
    try limit(session: session, context: context)
    let bytes = try await body(of: request)
    guard request.headers[.contentType]?.hasPrefix("application/x-www-form-urlencoded") == true
    else { throw WebError.unsupportedMediaType("application/x-www-form-urlencoded") }
    let form: PageForm
    do {
      form = try URLEncodedFormDecoder().decode(
        PageForm.self, from: String(decoding: bytes, as: UTF8.self))
    } catch {
      throw WebError.badRequest("the form could not be read")
    }
    let exchange: ChatPage.Exchange
    if let name = form.level {
      guard let level = SpoilerLevel(name: name) else {
        throw WebError.badRequest("level must be none, plot, twist or ending")
      }
      exchange = .init(
        question: nil, reply: await manager.changeConsent(to: level, session: session))
    } else if let text = form.text {
      exchange = .init(
        question: text, reply: await manager.reply(to: text, session: session, maxSpoiler: .ending))
    } else {
      throw WebError.badRequest("send text (a question) or level")
    }
    let html = ChatPage.render(
      consent: exchange.reply.consent, exchange: exchange,
      suggestions: exchange.reply.suggestions)
    return htmlResponse(html, id: isNew ? id : nil)
  }

  /// A message from the page's script.
  private func pageMessage(_ request: Request, context: WebContext) async throws -> Response {
    let (id, isNew) = pageID(request)
    let session = PageSession.session(for: id)
    try limit(session: session, context: context)
    let message = try decode(PageMessage.self, try await body(of: request), request)
    let reply = await manager.reply(to: message.text, session: session, maxSpoiler: .ending)
    return try encoded(PageReply(reply), id: isNew ? id : nil)
  }

  /// A consent change from the page's selector.
  private func pageConsent(_ request: Request, context: WebContext) async throws -> Response {
    let (id, isNew) = pageID(request)
    let session = PageSession.session(for: id)
    try limit(session: session, context: context)
    let change = try decode(PageConsent.self, try await body(of: request), request)
    let reply = await manager.changeConsent(to: change.level, session: session)
    return try encoded(PageReply(reply), id: isNew ? id : nil)
  }

  /// The page id in the request's cookie, or a new one.
  private func pageID(_ request: Request) -> (id: String, isNew: Bool) {
    if let id = PageSession.id(in: request) { return (id, false) }
    return (PageSession.make(), true)
  }

  // MARK: - The HTTP API and the webhook

  /// `POST /api/v1/messages`: `{"session","text"}` in, the `serve --format jsonl` reply out.
  private func apiMessage(_ request: Request, context: WebContext) async throws -> Response {
    // Most requests are simple: read them as `serve` does, without JSONDecoder.
    let message = try decode(
      ChatRequest.self, try await body(of: request), request, fast: ChatRequest.readSimple)
    guard message.op == nil || message.op == .message else {
      throw WebError.badRequest("\"op\" is not taken here: send a message")
    }
    guard let session = message.session else { throw WebError.badRequest("missing \"session\"") }
    guard let text = message.text else { throw WebError.badRequest("missing \"text\"") }
    try checkBridgeSession(session)
    if let bytes = message.maxReplyBytes,
      !(ReplySplitter.minimumBytes...ReplySplitter.maximumBytes).contains(bytes)
    {
      throw WebError.badRequest(
        "\"max_reply_bytes\" must be from \(ReplySplitter.minimumBytes) to "
          + "\(ReplySplitter.maximumBytes)")
    }
    try limit(session: session, context: context)
    let reply = await manager.reply(
      to: text, session: session, maxSpoiler: message.maxSpoiler ?? .ending)
    let wire = ChatReply(
      reply, session: session, markup: message.markup ?? SpoilerMarkup.none, id: message.id,
      maxReplyBytes: message.maxReplyBytes)
    return json(wire.jsonLine)
  }

  /// `POST /webhooks/rest/webhook`: Rasa's REST channel.
  private func rasaMessage(_ request: Request, context: WebContext) async throws -> Response {
    let message = try decode(RasaWebhook.Request.self, try await body(of: request), request)
    try checkBridgeSession(message.sender)
    try limit(session: message.sender, context: context)
    let reply = await manager.reply(
      to: message.message, session: message.sender, maxSpoiler: .ending)
    let buttons: [RasaWebhook.Message.Button]? =
      reply.awaitingConsent
      ? [.init(title: "Yes", payload: "yes"), .init(title: "No", payload: "no")] : nil
    var messages = [
      RasaWebhook.Message(recipientID: message.sender, text: reply.text, buttons: buttons)
    ]
    if !reply.suggestions.isEmpty, !reply.awaitingConsent {
      messages[0] = RasaWebhook.Message(
        recipientID: message.sender, text: reply.text,
        buttons: reply.suggestions.map { .init(title: $0, payload: $0) })
    }
    return try encoded(messages, id: nil)
  }

  /// Refuses a bridge session id that is empty, too long, or names a page session.
  private func checkBridgeSession(_ session: String) throws {
    guard !session.isEmpty else { throw WebError.badRequest("the session id is empty") }
    guard session.utf8.count <= manager.options.maximumSessionIDBytes else {
      throw WebError.badRequest(
        "the session id is over \(manager.options.maximumSessionIDBytes) bytes")
    }
    guard !session.hasPrefix("web:") else {
      throw WebError.badRequest("session ids starting with \"web:\" belong to the chat page")
    }
  }

  // MARK: - Helpers

  /// Spends a request of the session and of the client's address, or refuses with a 429.
  private func limit(session: String, context: WebContext) throws {
    let address = context.remoteAddress?.ipAddress ?? "unknown"
    if let wait = addressLimiter.take(address) ?? sessionLimiter.take(session) {
      throw WebError.tooManyRequests(retryAfter: wait)
    }
  }

  /// The request body, at most `maximumBodyBytes`, or a 413.
  private func body(of request: Request) async throws -> [UInt8] {
    if let length = request.headers[.contentLength].flatMap({ Int($0) }),
      length > Self.maximumBodyBytes
    {
      throw WebError.tooLarge
    }
    do {
      var buffer = try await request.body.collect(upTo: Self.maximumBodyBytes)
      return buffer.readBytes(length: buffer.readableBytes) ?? []
    } catch is NIOTooManyBytesError {
      throw WebError.tooLarge
    }
  }

  /// A JSON body decoded as strictly as `serve` reads a line, or a 400 that names the field.
  ///
  /// `fast` may read a body that `StrictJSON` accepted without `JSONDecoder`, exactly as
  /// `JSONDecoder` would; `nil` from it falls back to the decoder.
  private func decode<T: Decodable>(
    _ type: T.Type, _ bytes: [UInt8], _ request: Request, fast: ([UInt8]) -> T? = { _ in nil }
  ) throws -> T {
    guard request.headers[.contentType]?.hasPrefix("application/json") == true else {
      throw WebError.unsupportedMediaType("application/json")
    }
    if let problem = StrictJSON.problem(in: bytes) { throw WebError.badRequest(problem) }
    if let value = fast(bytes) { return value }
    do {
      return try JSONDecoder().decode(T.self, from: Data(bytes))
    } catch let error as DecodingError {
      throw WebError.badRequest(Self.describe(error))
    }
  }

  /// One sentence for a decoding error, naming the field and never the value.
  static func describe(_ error: DecodingError) -> String {
    switch error {
    case .keyNotFound(let key, _):
      return "missing \"\(key.stringValue)\""
    case .typeMismatch(_, let context) where context.codingPath.isEmpty:
      return "the body must be a JSON object"
    case .typeMismatch(_, let context), .valueNotFound(_, let context),
      .dataCorrupted(let context):
      guard let field = context.codingPath.first?.stringValue else { return "not valid JSON" }
      return "\"\(field)\" has a value of the wrong type or out of range"
    @unknown default:
      return "not valid JSON"
    }
  }

  private func json(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
    Response(
      status: status, headers: [.contentType: "application/json; charset=utf-8"],
      body: .init(byteBuffer: ByteBuffer(string: text)))
  }

  private func encoded(_ value: some Encodable, id: String?) throws -> Response {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    let data = try encoder.encode(value)
    var response = Response(
      status: .ok, headers: [.contentType: "application/json; charset=utf-8"],
      body: .init(byteBuffer: ByteBuffer(bytes: data)))
    if let id { response.setCookie(PageSession.cookie(id)) }
    return response
  }

  private func htmlResponse(_ html: String, id: String?) -> Response {
    var response = Response(
      status: .ok,
      headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"],
      body: .init(byteBuffer: ByteBuffer(string: html)))
    if let id { response.setCookie(PageSession.cookie(id)) }
    return response
  }

  private func asset(_ bytes: [UInt8], type: String) -> Response {
    Response(
      status: .ok, headers: [.contentType: type, .cacheControl: "no-cache"],
      body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
  }

  /// `http://HOST:PORT` for the address a server bound.
  static func url(of address: SocketAddress?, host: String) -> String {
    guard let address, let port = address.port else { return "http://\(host)" }
    let ip = address.ipAddress ?? host
    return ip.contains(":") ? "http://[\(ip)]:\(port)" : "http://\(ip):\(port)"
  }
}
