import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import PerfectionBot
import PerfectionProtocol
import TestSupport
import Testing

@testable import PerfectionWeb

/// Every route of the web front end through HummingbirdTesting's router client: statuses,
/// headers, cookies and bodies, with the real engine behind them.
@Suite("Web routes")
struct WebRouteTests {
  /// The app with its rate limits on a clock that stands still: no request is refilled
  /// however slowly the machine runs the test.
  static func app(rateLimit: Int = 0) -> some ApplicationProtocol {
    let server = WebServer(
      manager: Fixtures.manager(), options: WebServer.Options(rateLimit: rateLimit),
      logger: Logger(label: "test") { _ in SwiftLogNoOpLogHandler() }, clock: { 0 })
    return Application(router: server.router())
  }

  static let json: HTTPFields = [.contentType: "application/json"]
  static let form: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]

  static func text(_ response: TestResponse) -> String {
    String(buffer: response.body)
  }

  static func body(_ text: String) -> ByteBuffer {
    ByteBuffer(string: text)
  }

  static func cookie(_ response: TestResponse) -> String? {
    response.headers[.setCookie]
  }

  /// The id in a `Set-Cookie` header.
  static func id(_ setCookie: String?) -> String? {
    guard let setCookie, setCookie.hasPrefix(PageSession.cookieName + "=") else { return nil }
    return String(setCookie.dropFirst(PageSession.cookieName.count + 1).prefix { $0 != ";" })
  }

  static func expectSecurityHeaders(_ response: TestResponse) {
    let policy = response.headers[.contentSecurityPolicy] ?? ""
    #expect(policy.contains("default-src 'self'"))
    #expect(!policy.contains("unsafe-inline"))
    #expect(response.headers[.xContentTypeOptions] == "nosniff")
    let referrer = HTTPField.Name("Referrer-Policy")
    #expect(referrer.flatMap { response.headers[$0] } == "no-referrer")
  }

  @Test("the page sets a random HttpOnly, SameSite=Lax session cookie and the security headers")
  func pageCookie() async throws {
    try await Self.app().test(.router) { client in
      let first = try await client.execute(uri: "/", method: .get)
      #expect(first.status == .ok)
      #expect(first.headers[.contentType]?.hasPrefix("text/html") == true)
      Self.expectSecurityHeaders(first)
      let setCookie = try #require(Self.cookie(first))
      #expect(setCookie.contains("HttpOnly"))
      #expect(setCookie.contains("SameSite=Lax"))
      let id = try #require(Self.id(setCookie))
      #expect(PageSession.isValid(id))
      let second = try await client.execute(uri: "/", method: .get)
      #expect(Self.id(Self.cookie(second)) != id, "every visitor gets an id of their own")
      // A valid cookie is kept; one the server could not have made is replaced.
      let kept = try await client.execute(
        uri: "/", method: .get, headers: [.cookie: "\(PageSession.cookieName)=\(id)"])
      #expect(Self.cookie(kept) == nil)
      let forged = try await client.execute(
        uri: "/", method: .get, headers: [.cookie: "\(PageSession.cookieName)=alice"])
      #expect(Self.id(Self.cookie(forged)).map(PageSession.isValid) == true)
    }
  }

  @Test("the page's script, style and OpenAPI document are served with their types")
  func assets() async throws {
    try await Self.app().test(.router) { client in
      let script = try await client.execute(uri: "/chat.js", method: .get)
      #expect(script.headers[.contentType]?.hasPrefix("text/javascript") == true)
      #expect(Self.text(script).contains("textContent"))
      #expect(!Self.text(script).contains("innerHTML"))
      let style = try await client.execute(uri: "/chat.css", method: .get)
      #expect(style.headers[.contentType]?.hasPrefix("text/css") == true)
      let spec = try await client.execute(uri: "/openapi.yaml", method: .get)
      #expect(Self.text(spec).hasPrefix("openapi: 3"))
      let health = try await client.execute(uri: "/healthz", method: .get)
      #expect(health.status == .ok)
      #expect(Self.text(health) == #"{"status":"ok"}"#)
      let head = try await client.execute(uri: "/healthz", method: .head)
      #expect(head.status == .ok)
      let wrongMethod = try await client.execute(uri: "/api/v1/messages", method: .get)
      #expect(wrongMethod.status == .methodNotAllowed)
      #expect(wrongMethod.headers[.allow] == "POST")
      let missing = try await client.execute(uri: "/nothing-here", method: .get)
      #expect(missing.status == .notFound)
      Self.expectSecurityHeaders(missing)
    }
  }

  @Test("POST /api/v1/messages asks before the twist, answers after yes, in serve's reply shape")
  func apiConversation() async throws {
    try await Self.app().test(.router) { client in
      let prompt = try await client.execute(
        uri: "/api/v1/messages", method: .post, headers: Self.json,
        body: Self.body(#"{"session":"alice","text":"why did charlotte do it?","id":7}"#))
      #expect(prompt.status == .ok)
      let asked = try JSONDecoder().decode(ChatReply.self, from: Data(Self.text(prompt).utf8))
      #expect(asked.kind == "consent_prompt")
      #expect(asked.spoiler == .twist)
      #expect(asked.intent == nil)
      #expect(asked.id == .integer(7))
      let answer = try await client.execute(
        uri: "/api/v1/messages", method: .post, headers: Self.json,
        body: Self.body(#"{"session":"alice","text":"yes"}"#))
      let answered = try JSONDecoder().decode(ChatReply.self, from: Data(Self.text(answer).utf8))
      #expect(answered.intent == "twist.why-charlotte-did-it")
      #expect(answered.consent == .twist)
      // Another session is asked again.
      let other = try await client.execute(
        uri: "/api/v1/messages", method: .post, headers: Self.json,
        body: Self.body(#"{"session":"bob","text":"why did charlotte do it?"}"#))
      #expect(Self.text(other).contains(#""kind":"consent_prompt""#))
    }
  }

  @Test("malformed bodies get a 400 with a JSON error that never repeats the input")
  func badRequests() async throws {
    let cases = [
      #"{"session":"<script>alert(1)</script>","#,
      #"{"session":"alice"}"#,
      #"{"text":"hi <b>there</b>"}"#,
      #"{"session":"alice","session":"bob","text":"hi"}"#,
      #"{"session":42,"text":"<b>x</b>"}"#,
      #"["<script>"]"#,
      #"{"session":"","text":"hi"}"#,
      #"{"session":"web:0123","text":"hi"}"#,
      #"{"session":"alice","text":"hi","max_reply_bytes":5}"#,
      #"{"session":"alice","text":"hi","op":"reset"}"#,
    ]
    try await Self.app().test(.router) { client in
      for body in cases {
        let response = try await client.execute(
          uri: "/api/v1/messages", method: .post, headers: Self.json, body: Self.body(body))
        #expect(response.status == .badRequest, "\(body)")
        let text = Self.text(response)
        let error = try JSONDecoder().decode([String: String].self, from: Data(text.utf8))
        #expect(error["error"]?.isEmpty == false)
        #expect(!text.contains("<"), "the error repeats input: \(text)")
        Self.expectSecurityHeaders(response)
      }
      let webhook = try await client.execute(
        uri: "/webhooks/rest/webhook", method: .post, headers: Self.json,
        body: Self.body(#"{"sender":"alice"}"#))
      #expect(webhook.status == .badRequest)
    }
  }

  @Test("a body over the limit gets a 413, a body of another type a 415")
  func sizeAndType() async throws {
    try await Self.app().test(.router) { client in
      let text = String(repeating: "a", count: WebServer.maximumBodyBytes)
      let large = try await client.execute(
        uri: "/api/v1/messages", method: .post, headers: Self.json,
        body: Self.body(#"{"session":"alice","text":"\#(text)"}"#))
      #expect(large.status == .contentTooLarge)
      #expect(Self.text(large).contains("\"error\""))
      let plain = try await client.execute(
        uri: "/api/v1/messages", method: .post, headers: [.contentType: "text/plain"],
        body: Self.body(#"{"session":"alice","text":"hi"}"#))
      #expect(plain.status == .unsupportedMediaType)
    }
  }

  @Test("a session over its rate limit gets a 429 with Retry-After, and others go on")
  func rateLimit() async throws {
    try await Self.app(rateLimit: 2).test(.router) { client in
      var statuses: [HTTPResponse.Status] = []
      var retryAfter: String?
      for _ in 0..<3 {
        let response = try await client.execute(
          uri: "/api/v1/messages", method: .post, headers: Self.json,
          body: Self.body(#"{"session":"alice","text":"who plays charlotte?"}"#))
        statuses.append(response.status)
        retryAfter = response.headers[.retryAfter] ?? retryAfter
      }
      #expect(statuses == [.ok, .ok, .tooManyRequests])
      #expect(retryAfter.flatMap { Int($0) }.map { $0 >= 1 && $0 <= 60 } == true)
      let other = try await client.execute(
        uri: "/api/v1/messages", method: .post, headers: Self.json,
        body: Self.body(#"{"session":"bob","text":"who plays charlotte?"}"#))
      #expect(other.status == .ok)
    }
  }

  @Test("the Rasa webhook answers in Rasa's shape, with Yes and No buttons on a prompt")
  func rasaWebhook() async throws {
    struct Message: Decodable {
      struct Button: Decodable {
        let title: String
        let payload: String
      }
      let recipientID: String
      let text: String
      let buttons: [Button]?

      enum CodingKeys: String, CodingKey {
        case recipientID = "recipient_id"
        case text, buttons
      }
    }
    try await Self.app().test(.router) { client in
      let prompt = try await client.execute(
        uri: "/webhooks/rest/webhook", method: .post, headers: Self.json,
        body: Self.body(#"{"sender":"carol","message":"what happens to bachoff?"}"#))
      let asked = try JSONDecoder().decode([Message].self, from: Data(Self.text(prompt).utf8))
      #expect(asked.count == 1)
      #expect(asked.first?.recipientID == "carol")
      #expect(asked.first?.buttons?.map(\.payload) == ["yes", "no"])
      #expect(asked.first?.text.contains("ending") == true)
      let answer = try await client.execute(
        uri: "/webhooks/rest/webhook", method: .post, headers: Self.json,
        body: Self.body(#"{"sender":"carol","message":"yes"}"#))
      let answered = try JSONDecoder().decode([Message].self, from: Data(Self.text(answer).utf8))
      #expect(answered.first?.text.contains("sewn shut") == true)
    }
  }

  @Test("without JavaScript the form asks, takes Yes, and hides the answer behind a reveal")
  func plainForm() async throws {
    try await Self.app().test(.router) { client in
      let first = try await client.execute(
        uri: "/", method: .post, headers: Self.form,
        body: Self.body("text=why+did+charlotte+do+it%3F"))
      #expect(first.status == .ok)
      let id = try #require(Self.id(Self.cookie(first)))
      let page = Self.text(first)
      #expect(page.contains("why did charlotte do it?"))
      #expect(page.contains(#"name="text" value="yes""#))
      #expect(!page.contains("escape"), "the prompt shows no part of the answer")
      var headers = Self.form
      headers[.cookie] = "\(PageSession.cookieName)=\(id)"
      let second = try await client.execute(
        uri: "/", method: .post, headers: headers, body: Self.body("text=yes"))
      let answer = Self.text(second)
      #expect(answer.contains(#"<details class="spoiler" data-level="twist"><summary>"#))
      #expect(answer.contains(BotWords.revealLabel(.twist)))
      #expect(answer.contains("escape Anton Bachoff"))
      #expect(answer.contains(#"<option value="twist" selected>"#))
      // A reload keeps the consent.
      var cookie: HTTPFields = [:]
      cookie[.cookie] = "\(PageSession.cookieName)=\(id)"
      let reload = try await client.execute(uri: "/", method: .get, headers: cookie)
      #expect(Self.text(reload).contains(#"<option value="twist" selected>"#))
      // The selector sets consent too.
      let set = try await client.execute(
        uri: "/", method: .post, headers: headers, body: Self.body("level=none"))
      #expect(Self.text(set).contains(#"<option value="none" selected>"#))
      let bad = try await client.execute(
        uri: "/", method: .post, headers: headers, body: Self.body("level=everything"))
      #expect(bad.status == .badRequest)
    }
  }

  @Test("what a user types is escaped on the page, never inserted as HTML")
  func escaping() async throws {
    try await Self.app().test(.router) { client in
      let response = try await client.execute(
        uri: "/", method: .post, headers: Self.form,
        body: Self.body("text=%3Cimg+src%3Dx+onerror%3Dalert(1)%3E%22%27"))
      let page = Self.text(response)
      #expect(page.contains("&lt;img src=x onerror=alert(1)&gt;&quot;&#39;"))
      #expect(!page.contains("<img"))
    }
  }

  @Test("the page's JSON routes use the cookie session only, kept apart from API sessions")
  func pageJSON() async throws {
    try await Self.app().test(.router) { client in
      let first = try await client.execute(
        uri: "/chat/messages", method: .post, headers: Self.json,
        body: Self.body(#"{"text":"what happens in the end?","session":"alice"}"#))
      let id = try #require(Self.id(Self.cookie(first)))
      let prompt = try JSONDecoder().decode(
        PageReplyShape.self, from: Data(Self.text(first).utf8))
      #expect(prompt.awaitingConsent)
      #expect(prompt.kind == "consent_prompt")
      var headers = Self.json
      headers[.cookie] = "\(PageSession.cookieName)=\(id)"
      let consent = try await client.execute(
        uri: "/chat/consent", method: .post, headers: headers,
        body: Self.body(#"{"level":"plot"}"#))
      #expect(Self.text(consent).contains(#""consent":"plot""#))
      // The API session "alice" named in the body was not touched.
      let alice = try await client.execute(
        uri: "/api/v1/messages", method: .post, headers: Self.json,
        body: Self.body(#"{"session":"alice","text":"what happens in the end?"}"#))
      #expect(Self.text(alice).contains(#""consent":"none""#))
      // And the API cannot name the page's session.
      let page = try await client.execute(
        uri: "/api/v1/messages", method: .post, headers: Self.json,
        body: Self.body(#"{"session":"web:\#(id)","text":"yes"}"#))
      #expect(page.status == .badRequest)
    }
  }

  @Test("over every intent, the page shows nothing above the session's consent")
  func noLeakOverEveryIntent() async throws {
    try await Self.app().test(.router) { client in
      for intent in Fixtures.library.intents {
        guard let question = intent.examples.first else { continue }
        let response = try await client.execute(
          uri: "/chat/messages", method: .post, headers: Self.json,
          body: Self.body(
            try String(decoding: JSONEncoder().encode(["text": question]), as: UTF8.self)))
        let reply = try JSONDecoder().decode(
          PageReplyShape.self, from: Data(Self.text(response).utf8))
        for segment in reply.segments {
          #expect(
            (segment.spoiler ?? SpoilerLevel.none) <= reply.consent,
            "\(intent.id): \(question) showed \(segment.spoiler?.name ?? "-")")
        }
        #expect(reply.consent == SpoilerLevel.none)
      }
    }
  }
}

/// The page reply as the script reads it.
private struct PageReplyShape: Decodable {
  struct Segment: Decodable {
    let text: String
    let spoiler: SpoilerLevel?
  }
  let segments: [Segment]
  let kind: String
  let awaitingConsent: Bool
  let consent: SpoilerLevel

  enum CodingKeys: String, CodingKey {
    case segments, kind
    case awaitingConsent = "awaiting_consent"
    case consent
  }
}

/// The README's curl examples, rerun against the router in order: each printed reply must be
/// the route's whole output.
@Suite("README web examples")
struct ReadmeWebExamplesTests {
  struct Example {
    let path: String
    let body: String
    let output: String
  }

  /// Every `$ curl -s localhost:8080PATH …` with its `-d '…'` line and the line it printed.
  static func examples() throws -> [Example] {
    let readme = try String(contentsOfFile: Fixtures.root + "/README.md", encoding: .utf8)
    let lines = readme.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    var examples: [Example] = []
    for (index, line) in lines.enumerated()
    where line.hasPrefix("$ curl -s localhost:8080/") && index + 2 < lines.count {
      let path = String(
        line.dropFirst("$ curl -s localhost:8080".count).prefix { $0 != " " })
      let data = lines[index + 1].trimmingCharacters(in: .whitespaces)
      guard data.hasPrefix("-d '"), data.hasSuffix("'") else { continue }
      examples.append(
        Example(path: path, body: String(data.dropFirst(4).dropLast()), output: lines[index + 2]))
    }
    return examples
  }

  @Test("every curl example in the README prints what the README shows")
  func readmeExamples() async throws {
    let examples = try Self.examples()
    #expect(examples.count >= 3)
    try await WebRouteTests.app().test(.router) { client in
      for example in examples {
        let response = try await client.execute(
          uri: example.path, method: .post, headers: WebRouteTests.json,
          body: WebRouteTests.body(example.body))
        #expect(WebRouteTests.text(response) == example.output, "\(example.path) \(example.body)")
      }
    }
  }
}
