import Foundation
import TestSupport
import Testing

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// `perfection web` as a user starts it: options checked before anything listens, a free
/// port when asked for one, the address printed, and a clean stop on SIGTERM.
@Suite("perfection web")
struct WebCommandTests {
  @Test(arguments: [
    ["--port", "70000"], ["--port=-1"], ["--rate-limit=-1"], ["--rate-limit", "2000000"],
    ["--idle-timeout", "inf"], ["--max-sessions", "0"],
  ])
  func aBadOptionExits64WithItsRange(_ option: [String]) throws {
    let output = try Binary.run(["web"] + option)
    #expect(output.status == 64)
    #expect(output.stderr.contains("must be from"), "\(output.stderr)")
    #expect(output.stdout.isEmpty)
  }

  /// Starts `perfection web` on a free port and returns it with the address it printed.
  static func start(_ arguments: [String] = []) async throws -> (Binary.Running, String) {
    let running = try Binary.start(["web", "--port", "0", "--quiet"] + arguments)
    let handle = running.output.fileHandleForReading
    let line = try await onOwnThread { () -> String in
      var bytes: [UInt8] = []
      while let byte = try handle.read(upToCount: 1)?.first, byte != 0x0A { bytes.append(byte) }
      return String(decoding: bytes, as: UTF8.self)
    }
    let address = try #require(
      line.split(separator: " ").first { $0.hasPrefix("http://") }.map(String.init), "\(line)")
    return (running, address)
  }

  /// Sends SIGTERM and waits for the exit status.
  static func stop(_ running: Binary.Running) async throws -> Int32 {
    running.process.terminate()
    return try await onOwnThread {
      running.process.waitUntilExit()
      return running.process.terminationStatus
    }
  }

  @Test("it listens on loopback, answers, and exits 0 on SIGTERM")
  func servesAndStops() async throws {
    let (running, address) = try await Self.start()
    #expect(address.hasPrefix("http://127.0.0.1:"))
    let url = try #require(URL(string: address + "/healthz"))
    let (data, response) = try await URLSession.shared.data(from: url)
    #expect((response as? HTTPURLResponse)?.statusCode == 200)
    #expect(String(decoding: data, as: UTF8.self) == #"{"status":"ok"}"#)
    #expect(try await Self.stop(running) == 0)
  }

  /// A client that keeps no cookies: each request carries only the cookie it is given.
  static let client: URLSession = {
    let configuration = URLSessionConfiguration.ephemeral
    configuration.httpShouldSetCookies = false
    configuration.httpCookieAcceptPolicy = .never
    return URLSession(configuration: configuration)
  }()

  /// Posts JSON to a running server and returns the body and the `Set-Cookie` header.
  static func post(_ url: String, _ body: String, cookie: String? = nil) async throws
    -> (body: String, setCookie: String?)
  {
    var request = URLRequest(url: try #require(URL(string: url)))
    request.httpMethod = "POST"
    request.setValue("application/json", forHTTPHeaderField: "Content-Type")
    if let cookie { request.setValue(cookie, forHTTPHeaderField: "Cookie") }
    request.httpBody = Data(body.utf8)
    let (data, response) = try await Self.client.data(for: request)
    let setCookie = (response as? HTTPURLResponse)?.value(forHTTPHeaderField: "Set-Cookie")
    return (String(decoding: data, as: UTF8.self), setCookie)
  }

  @Test("with an SQLite store, the page's consent survives a restart of the server")
  func consentSurvivesARestart() async throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "perfection-web-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let store = ["--session-store", "sqlite:" + folder.appendingPathComponent("s.sqlite").path]
    let (first, address) = try await Self.start(store)
    let granted = try await Self.post(address + "/chat/consent", #"{"level":"twist"}"#)
    #expect(granted.body.contains(#""consent":"twist""#))
    let cookie = try #require(granted.setCookie?.split(separator: ";").first.map(String.init))
    #expect(try await Self.stop(first) == 0)
    let (second, again) = try await Self.start(store)
    let answer = try await Self.post(
      again + "/chat/messages", #"{"text":"why did charlotte do it?"}"#, cookie: cookie)
    #expect(answer.body.contains(#""kind":"answer""#), "\(answer.body)")
    #expect(answer.body.contains(#""consent":"twist""#))
    // Another visitor is asked.
    let stranger = try await Self.post(
      again + "/chat/messages", #"{"text":"why did charlotte do it?"}"#)
    #expect(stranger.body.contains(#""kind":"consent_prompt""#))
    #expect(try await Self.stop(second) == 0)
  }

  @Test("a port already taken exits 69 and says so")
  func portInUse() async throws {
    let (running, address) = try await Self.start()
    let port = try #require(address.split(separator: ":").last.map(String.init))
    let second = try Binary.run(["web", "--port", port, "--quiet"])
    #expect(second.status == 69)
    #expect(second.stderr.contains("web server"), "\(second.stderr)")
    #expect(try await Self.stop(running) == 0)
  }
}
