import Foundation
import Glibc
import Testing

/// `serve --session-store postgres://…` against the real servers `make test` starts.
///
/// scripts/with-postgres starts them; without them these tests fail, they never skip.
@Suite("serve on PostgreSQL", .serialized)
struct ServePostgresTests {
  struct Missing: Error, CustomStringConvertible {
    var description: String {
      "PERFECTION_TEST_POSTGRES is not set: run the tests through `make test`"
    }
  }

  static func environment(_ name: String) throws -> String {
    guard let value = ProcessInfo.processInfo.environment[name], !value.isEmpty else {
      throw Missing()
    }
    return value
  }

  /// A running `serve --format jsonl` that is sent one line and answers one line.
  final class Conversation {
    let running: Binary.Running
    private var buffer: [UInt8] = []

    init(_ url: String) throws {
      running = try Binary.start(["serve", "--format", "jsonl", "--session-store", url])
    }

    /// Sends a request and returns its reply, parsed.
    func send(_ line: String) throws -> [String: Any] {
      running.input.fileHandleForWriting.write(Data((line + "\n").utf8))
      while !buffer.contains(0x0A) {
        let more = running.output.fileHandleForReading.availableData
        guard !more.isEmpty else { throw CocoaError(.fileReadUnknown) }
        buffer += more
      }
      let end = buffer.firstIndex(of: 0x0A) ?? buffer.endIndex
      let reply = String(decoding: buffer[..<end], as: UTF8.self)
      buffer.removeFirst(min(buffer.count, end + 1))
      return try ServeTests.json(reply)
    }

    /// Ends input and returns the exit status.
    func finish() -> Int32 {
      try? running.input.fileHandleForWriting.close()
      running.process.waitUntilExit()
      return running.process.terminationStatus
    }
  }

  static func message(_ session: String, _ text: String) -> String {
    #"{"session":"\#(session)","text":"\#(text)"}"#
  }

  @Test func twoProcessesShareConsentAndARestartKeepsIt() throws {
    let url = try Self.environment("PERFECTION_TEST_POSTGRES")
    let user = "cli-\(UUID().uuidString)"
    let one = try Conversation(url)
    let two = try Conversation(url)
    #expect(
      try one.send(Self.message(user, "why did charlotte do it?"))["kind"] as? String
        == "consent_prompt")
    #expect(try one.send(Self.message(user, "yes"))["consent"] as? String == "twist")
    // Granted through one, honoured by the other.
    #expect(
      try two.send(Self.message(user, "why did charlotte do it?"))["kind"] as? String
        == "answer")
    // Revoked through the other, honoured by the first.
    #expect(try two.send(Self.message(user, "no more spoilers"))["consent"] as? String == "none")
    #expect(
      try one.send(Self.message(user, "why did charlotte do it?"))["kind"] as? String
        == "consent_prompt")
    #expect(one.finish() == 0)
    #expect(two.finish() == 0)
    // A new process finds the consent where the old ones left it.
    let restarted = try Binary.run(
      ["serve", "--format", "jsonl", "--session-store", url],
      lines: [#"{"op":"consent","session":"\#(user)"}"#])
    #expect(try restarted.lines.map(ServeTests.json).first?["consent"] as? String == "none")
  }

  @Test func theDatabaseStopsAndStartsMidStreamAndNoLineIsLost() throws {
    // A cluster of its own: stopping it never reaches the tests running beside this one.
    let url = try Self.environment("PERFECTION_TEST_POSTGRES_OUTAGE")
    let user = "outage-\(UUID().uuidString)"
    let serve = try Conversation(url)
    #expect(
      try serve.send(Self.message(user, "spoil everything"))["consent"] as? String
        == "ending")
    #expect(system(try Self.environment("PERFECTION_TEST_PG_STOP") + " >/dev/null 2>&1") == 0)
    var restarted = false
    defer {
      if !restarted {
        _ = system(
          (ProcessInfo.processInfo.environment["PERFECTION_TEST_PG_START"] ?? "true")
            + " >/dev/null 2>&1")
      }
    }
    // Down: every line is answered; level-none answers go on, nothing above none is shown.
    let cast = try serve.send(Self.message(user, "who plays charlotte?"))
    #expect((cast["reply"] as? String)?.contains("Allison Williams") == true)
    #expect((cast["reply"] as? String)?.contains("can't check your spoiler consent") == true)
    let ending = try serve.send(Self.message(user, "how does it end?"))
    #expect(ending["consent"] as? String == "none")
    #expect((ending["reply"] as? String)?.contains("Bachoff") == false)
    #expect(ending["spoiler"] is NSNull || ending["spoiler"] as? String == "none")
    #expect(system(try Self.environment("PERFECTION_TEST_PG_START") + " >/dev/null 2>&1") == 0)
    restarted = true
    // Back: the consent kept in the database holds again, in the same process.
    var resumed = try serve.send(Self.message(user, "how does it end?"))
    for _ in 0..<20 where resumed["kind"] as? String != "answer" {
      Thread.sleep(forTimeInterval: 0.2)
      resumed = try serve.send(Self.message(user, "how does it end?"))
    }
    #expect(resumed["kind"] as? String == "answer")
    #expect(resumed["consent"] as? String == "ending")
    #expect(serve.finish() == 0)
  }
}
