import Foundation
import Testing

@Suite("serve")
struct ServeTests {
  static func json(_ line: String) throws -> [String: Any] {
    let object = try JSONSerialization.jsonObject(with: Data(line.utf8))
    return try #require(object as? [String: Any])
  }

  @Test func textOneLineOutPerLineInEvenAtEOFWhilePending() throws {
    let output = try Binary.run(
      ["serve", "--format", "text"],
      lines: ["who plays charlotte?", "why did charlotte do it?", "yes", "", "how does it end?"]
    )
    #expect(output.status == 0)
    #expect(output.lines.count == 5)
    #expect(output.lines[0].contains("Allison Williams"))
    #expect(output.lines[1].contains("Do you want the spoiler?"))
    #expect(output.lines[2].contains("never jealous"))
    #expect(output.lines[4].contains("Do you want the spoiler?"))
    #expect(output.stderr.isEmpty)
  }

  @Test func textHostileInputNeverBreaksTheStream() throws {
    var input = Data("who plays charlotte?\n".utf8)
    input.append(contentsOf: [0x77, 0x68, 0x6F, 0xFF, 0xFE, 0x0A])  // invalid UTF-8
    input.append(Data("who plays\u{0} lizzie?\n".utf8))  // NUL
    input.append(Data(repeating: 0x61, count: 1 << 20))  // a 1 MB line
    input.append(0x0A)
    input.append(Data("\u{1B}[2J\u{1B}]0;owned\u{7}who plays lizzie?\n".utf8))  // escapes
    input.append(contentsOf: [0xED, 0xA0, 0x80, 0x0A])  // a lone surrogate, encoded
    input.append(Data("last question: who plays charlotte?".utf8))  // no final newline
    let output = try Binary.run(["serve", "--format", "text"], stdin: input)
    #expect(output.status == 0)
    #expect(output.lines.count == 7)
    #expect(output.lines[2].contains("Logan Browning"))
    #expect(output.lines[3].contains("too long"))
    #expect(output.lines[4].contains("Logan Browning"))
    #expect(output.lines[6].contains("Allison Williams"))
    #expect(!output.stdout.contains("\u{1B}"))
    #expect(!output.stdout.contains("\u{0}"))
  }

  @Test func jsonlRepliesCarryWhatABridgeNeeds() throws {
    let output = try Binary.run(
      ["serve", "--format", "jsonl"],
      lines: [
        #"{"session":"alice","text":"why did Charlotte do it?"}"#,
        #"{"session":"alice","text":"yes"}"#,
        #"{"session":"bob","text":"who plays charlotte?"}"#,
      ])
    #expect(output.status == 0)
    let prompt = try Self.json(output.lines[0])
    #expect(prompt["session"] as? String == "alice")
    #expect(prompt["awaiting_consent"] as? Bool == true)
    #expect(prompt["spoiler"] as? String == "twist")
    #expect(prompt["intent"] is NSNull)
    #expect(prompt["consent"] as? String == "none")
    let answer = try Self.json(output.lines[1])
    #expect(answer["intent"] as? String == "twist.why-charlotte-did-it")
    #expect(answer["consent"] as? String == "twist")
    #expect((answer["reply"] as? String)?.contains("never jealous") == true)
    let bob = try Self.json(output.lines[2])
    #expect(bob["spoiler"] as? String == "none")
    #expect(bob["kind"] as? String == "answer")
  }

  @Test func jsonlMalformedLinesGetAnErrorInTheirPlace() throws {
    let deep = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
    let output = try Binary.run(
      ["serve", "--format", "jsonl"],
      lines: [
        "not json", "[1,2,3]", #"{"session":"a"}"#, #"{"session":5,"text":"hi"}"#,
        #"{"text":"who plays charlotte?"}"#, deep, #"{"text":"who plays lizzie?"#,
        #"{"session":"z","text":"who plays lizzie?"}"#,
      ])
    #expect(output.status == 0)
    #expect(output.lines.count == 8)
    for (index, number) in [(0, 1), (1, 2), (2, 3), (3, 4), (5, 6), (6, 7)] {
      let error = try Self.json(output.lines[index])
      #expect(error["line"] as? Int == number)
      #expect(error["error"] is String)
    }
    #expect(try Self.json(output.lines[4])["reply"] is String)
    #expect(try Self.json(output.lines[7])["session"] as? String == "z")
  }

  @Test func jsonlAThousandInterleavedSessionsKeepTheirOwnConsent() throws {
    var lines: [String] = []
    for index in 0..<1_000 where index % 2 == 0 {
      lines.append(#"{"session":"u\#(index)","text":"I've seen it"}"#)
    }
    for index in 0..<1_000 {
      lines.append(#"{"session":"u\#(index)","text":"how does it end?"}"#)
    }
    let output = try Binary.run(["serve", "--format", "jsonl"], lines: lines)
    #expect(output.status == 0)
    let replies = try output.lines.suffix(1_000).map(Self.json)
    #expect(replies.count == 1_000)
    for (index, reply) in replies.enumerated() {
      #expect(reply["session"] as? String == "u\(index)")
      let seen = index % 2 == 0
      #expect(reply["awaiting_consent"] as? Bool == !seen, "session u\(index)")
      #expect(reply["intent"] as? String == (seen ? "ending.explained" : nil))
    }
  }

  @Test func jsonlLinesWithoutASessionUseTheSessionOption() throws {
    let output = try Binary.run(
      ["serve", "--format", "jsonl", "--session", "lobby"],
      lines: [#"{"text":"I've seen it"}"#, #"{"text":"how does it end?"}"#])
    #expect(try Self.json(output.lines[0])["session"] as? String == "lobby")
    #expect(try Self.json(output.lines[1])["kind"] as? String == "answer")
  }

  @Test func spoilerPresetAndMarkup() throws {
    let output = try Binary.run(
      ["serve", "--format", "text", "--spoilers", "ending", "--spoiler-markup", "discord"],
      lines: ["who plays charlotte?", "how does it end?"])
    #expect(!output.lines[0].hasPrefix("||"))
    #expect(output.lines[1].hasPrefix("||In the end"))
    #expect(output.lines[1].hasSuffix("||"))
    let reddit = try Binary.run(
      ["serve", "--format", "jsonl", "--spoilers", "twist", "--spoiler-markup", "reddit"],
      lines: [#"{"text":"what were the pills?"}"#])
    #expect((try Self.json(reddit.lines[0])["reply"] as? String)?.hasPrefix(">!") == true)
  }

  @Test func verboseLogsOnStderrAndQuietByDefault() throws {
    let quiet = try Binary.run(["serve"], lines: ["who plays charlotte?"])
    #expect(quiet.stderr.isEmpty)
    let verbose = try Binary.run(["serve", "--verbose"], lines: ["who plays charlotte?"])
    #expect(
      verbose.stderr.contains("intent=cast.charlotte") || verbose.stderr.contains("cast.charlotte"))
    #expect(verbose.lines.count == 1)
  }

  @Test func aLineOverTheLimitIsRefusedAndNothingElseIsLost() throws {
    let output = try Binary.run(
      ["serve", "--format", "jsonl", "--max-line-bytes", "100"],
      lines: [String(repeating: "x", count: 5_000), #"{"text":"who plays charlotte?"}"#])
    #expect(output.lines.count == 2)
    #expect(output.stderr.isEmpty, "stderr stays quiet without --verbose")
    #expect(
      try Self.json(output.lines[0])["error"] as? String
        == "line 1 is 5000 bytes; the limit is 100 bytes")
    #expect(try Self.json(output.lines[1])["kind"] as? String == "answer")
  }

  @Test func aClosedStdoutEndsQuietly() throws {
    let running = try Binary.start(["serve"])
    let (process, input, output, errors) = (
      running.process, running.input, running.output, running.errors
    )
    try output.fileHandleForReading.close()
    for _ in 0..<50 {
      try? input.fileHandleForWriting.write(contentsOf: Data("who plays charlotte?\n".utf8))
    }
    try? input.fileHandleForWriting.close()
    process.waitUntilExit()
    let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    #expect(process.terminationReason == .exit)
    #expect(process.terminationStatus == 0)
    #expect(stderr.isEmpty)
  }

  @Test func aBridgeGetsIdsOperationsAndPerMessageLimits() throws {
    let output = try Binary.run(
      ["serve", "--format", "jsonl"],
      lines: [
        #"{"id":1,"session":"room","text":"why did charlotte do it?","max_spoiler":"none"}"#,
        #"{"id":"two","op":"set_consent","session":"dm","level":"twist"}"#,
        #"{"id":3,"session":"dm","text":"why did charlotte do it?"}"#,
        #"{"id":4,"op":"ping"}"#,
        #"{"id":5,"session":"dm","text":"how does it end?","max_spoiler":"none"}"#,
        #"{"id":6,"op":"consent","session":"dm"}"#,
        #"{"id":7,"session":null,"text":"hi"}"#,
        #"{"id":8,"op":"reset","session":"dm"}"#,
        "not json",
      ])
    #expect(output.status == 0)
    let replies = try output.lines.map(Self.json)
    #expect(replies.count == 9)
    let ids = replies.prefix(8).map { "\($0["id"] ?? "-")" }
    #expect(ids == ["1", "two", "3", "4", "5", "6", "7", "8"])
    // A public channel: nothing revealed, nothing prompted.
    #expect(replies[0]["awaiting_consent"] as? Bool == false)
    #expect(replies[0]["kind"] as? String == "refused")
    #expect((replies[0]["reply"] as? String)?.contains("private") == true)
    // A bridge restores a session's consent, and it holds.
    #expect(replies[1]["consent"] as? String == "twist")
    #expect(replies[2]["intent"] as? String == "twist.why-charlotte-did-it")
    #expect(replies[3]["op"] as? String == "pong")
    #expect(replies[4]["kind"] as? String == "refused")
    #expect(replies[5]["consent"] as? String == "twist")
    #expect(replies[6]["error"] as? String == #""session" must be a string"#)
    #expect(replies[7]["consent"] as? String == "none")
    #expect(replies[8]["error"] != nil)
  }

  @Test func aBridgeSetsMarkupAndSplitsRepliesPerMessage() throws {
    let output = try Binary.run(
      ["serve", "--format", "jsonl", "--spoilers", "ending", "--max-reply-bytes", "4096"],
      lines: [
        #"{"id":1,"session":"irc","text":"how does it end?","max_reply_bytes":128}"#,
        #"{"id":2,"session":"tg","text":"how does it end?","markup":"telegram"}"#,
        #"{"id":3,"session":"irc","text":"hi","max_reply_bytes":127}"#,
        #"{"id":4,"session":"irc","text":"hi","markup":"blink"}"#,
      ])
    #expect(output.status == 0)
    let replies = try output.lines.map(Self.json)
    #expect(replies.count == 4)
    // Split at sentence boundaries into parts that each fit, and that hold the whole reply.
    let parts = try #require(replies[0]["parts"] as? [String])
    #expect(parts.count > 1)
    #expect(parts.allSatisfy { $0.utf8.count <= 128 })
    #expect(parts.joined(separator: " ") == replies[0]["reply"] as? String)
    // The process's limit holds where the message sets none; the markup is the message's.
    let telegram = try #require(replies[1]["parts"] as? [String])
    #expect(telegram.count == 1)
    #expect(telegram[0].hasPrefix("||") && telegram[0].contains(#"\."#))
    #expect(
      replies[2]["error"] as? String == #""max_reply_bytes" must be an integer from 128 to 1048576"#
    )
    #expect(replies[2]["id"] as? Int == 3)
    #expect((replies[3]["error"] as? String)?.hasPrefix(#""markup" must be one of"#) == true)
  }

  @Test func sessionsInAnSQLiteFileSurviveARestartAndAreShared() throws {
    let path = Binary.freshStateHome() + "/sessions.sqlite"
    let serve = ["serve", "--format", "jsonl", "--session-store", "sqlite:" + path]
    let first = try Binary.run(
      serve,
      lines: [
        #"{"session":"a","text":"why did charlotte do it?"}"#,
        #"{"session":"a","text":"yes"}"#,
      ])
    #expect(try first.lines.map(Self.json).last?["consent"] as? String == "twist")
    // A second process on the same file, later: consent kept; a revocation through it holds.
    let second = try Binary.run(
      serve,
      lines: [
        #"{"session":"a","text":"why did charlotte do it?"}"#,
        #"{"session":"a","text":"no more spoilers"}"#,
      ])
    let replies = try second.lines.map(Self.json)
    #expect(replies.first?["intent"] as? String == "twist.why-charlotte-did-it")
    #expect(replies.last?["consent"] as? String == "none")
    let third = try Binary.run(
      serve, lines: [#"{"session":"a","text":"why did charlotte do it?"}"#])
    #expect(try third.lines.map(Self.json).first?["kind"] as? String == "consent_prompt")
  }

  @Test func aStoreThatCannotBeOpenedExits69AndSaysWhy() throws {
    let output = try Binary.run(["serve", "--session-store", "sqlite:/proc/none/sessions.sqlite"])
    #expect(output.status == 69)
    #expect(output.stderr.contains("cannot open the session store"))
    #expect(output.stdout.isEmpty)
  }

  @Test(arguments: ["redis://localhost", "sqlite:", "postgres://", "memory:x", "file.db"])
  func aBadSessionStoreExits64WithTheFormsAccepted(_ url: String) throws {
    let output = try Binary.run(["serve", "--session-store", url])
    #expect(output.status == 64)
    #expect(output.stderr.contains("sqlite:PATH"))
  }

  @Test func textOutputHasNoLineBreakOrControlCharacterFromAnAnswer() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "perfection-evil-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let yaml = #"""
      intents:
        - id: evil
          level: none
          patterns: ['evil']
          answers: ["one\u2028two\u2029three\u0085four\u000Bfive\u000Csix\u001B]0;owned\u0007seven\r\neight\u009Bnine"]
      """#
    try Data(yaml.utf8).write(to: folder.appendingPathComponent("evil.yaml"))
    for arguments in [["serve", "--format", "text"], ["ask", "evil"]] {
      let output = try Binary.run(["--intents", folder.path] + arguments, lines: ["evil"])
      #expect(output.status == 0)
      #expect(output.lines.count == 1, "\(arguments)")
      let line = try #require(output.lines.first)
      #expect(line.hasPrefix("one two three four five six"))
      #expect(line.hasSuffix("eight nine"))
      let bad = line.unicodeScalars.filter {
        [.control, .lineSeparator, .paragraphSeparator].contains($0.properties.generalCategory)
      }
      #expect(bad.isEmpty, "\(arguments): \(bad.map(\.value))")
    }
  }

  @Test func sigtermAnswersEveryLineAlreadyReadThenExitsZero() throws {
    let running = try Binary.start(["serve", "--format", "jsonl"])
    let questions = (0..<14).map {
      #"{"id":\#($0),"session":"s\#($0)","text":"who plays lizzie?"}"#
    }
    // One write: the server reads all fourteen lines at once, before answering the first.
    try running.input.fileHandleForWriting.write(
      contentsOf: Data((questions.joined(separator: "\n") + "\n").utf8))
    let reader = running.output.fileHandleForReading
    var received = Data()
    while !received.contains(0x0A) {
      let chunk = reader.availableData
      if chunk.isEmpty { break }
      received.append(chunk)
    }
    kill(running.process.processIdentifier, SIGTERM)
    received.append(reader.readDataToEndOfFile())
    running.process.waitUntilExit()
    #expect(running.process.terminationStatus == 0)
    let lines = String(decoding: received, as: UTF8.self).split(separator: "\n")
    #expect(lines.count == 14, "\(lines.count) of 14 lines answered")
    for (number, line) in lines.enumerated() {
      #expect(line.hasPrefix("{\"id\":\(number),"), "\(line)")
    }
  }

  @Test func theOversizedReplyNamesTheLimitInForce() throws {
    let output = try Binary.run(
      ["serve", "--max-line-bytes", "16"], lines: [String(repeating: "a", count: 20)])
    #expect(
      output.lines == [
        "That message is too long for me (over 16 bytes). Please ask a shorter question."
      ])
  }
}
