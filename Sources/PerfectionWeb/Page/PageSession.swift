import Hummingbird

/// The chat page's session: a random 128-bit id in an `HttpOnly`, `SameSite=Lax` cookie.
///
/// The page never takes a session id from a form, a URL or a JSON body. A cookie that is not
/// an id this server could have made is replaced by a new one. Page sessions are kept apart
/// from API sessions (`web:` before the id), so a cookie can never name a bridge's session.
enum PageSession {
  /// The cookie's name.
  static let cookieName = "perfection_session"
  /// How long the browser keeps the cookie: 30 days.
  static let maximumAge = 30 * 24 * 3600

  /// The id in a request's cookie, if it is one of ours: 32 lowercase hex digits.
  static func id(in request: Request) -> String? {
    guard let value = request.cookies[cookieName]?.value, isValid(value) else { return nil }
    return value
  }

  /// Whether a value has the form of an id made by `make()`.
  static func isValid(_ value: String) -> Bool {
    value.utf8.count == 32
      && value.utf8.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }
  }

  /// A new random id, from the system's secure generator.
  static func make() -> String {
    var generator = SystemRandomNumberGenerator()
    let high = generator.next() as UInt64
    let low = generator.next() as UInt64
    return hex(high) + hex(low)
  }

  /// The dialogue session a page id stands for.
  static func session(for id: String) -> String {
    "web:" + id
  }

  /// The cookie that carries an id.
  static func cookie(_ id: String) -> Cookie {
    Cookie(
      name: cookieName, value: id, maxAge: maximumAge, path: "/", httpOnly: true, sameSite: .lax)
  }

  private static func hex(_ value: UInt64) -> String {
    let digits = String(value, radix: 16)
    return String(repeating: "0", count: 16 - digits.count) + digits
  }
}
