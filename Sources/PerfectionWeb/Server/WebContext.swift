import Hummingbird
import NIOCore

/// The request context of the web front end: Hummingbird's own, plus the client's address
/// for the per-address rate limit.
public struct WebContext: RequestContext, RemoteAddressRequestContext {
  /// Hummingbird's storage for the request (route parameters, logger).
  public var coreContext: CoreRequestContextStorage
  /// The peer's address; `nil` in router tests, which have no connection.
  public let remoteAddress: SocketAddress?

  /// Creates the context of a request on a channel.
  public init(source: ApplicationRequestContextSource) {
    self.coreContext = .init(source: source)
    self.remoteAddress = source.channel.remoteAddress
  }

  /// The most a request body may hold; the routes read less (`WebServer.maximumBodyBytes`).
  public var maxUploadSize: Int { WebServer.maximumBodyBytes }
}
