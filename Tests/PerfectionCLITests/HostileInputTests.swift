import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Hostile input against every front end and the loader: nothing crashes, hangs, loses a line
/// or leaks a spoiler.
@Suite("Hostile input")
struct HostileInputTests {
  /// Runs the binary with a stream written by `feed`, and returns stdout and the child's
  /// peak resident memory in KiB (from wait4, so it is this child's own figure).
  static func runMeasured(
    _ arguments: [String], feed: @escaping @Sendable (FileHandle) -> Void
  ) throws -> (stdout: String, maxResidentKiB: Int, status: Int32) {
    let input = Pipe()
    let output = Pipe()
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_adddup2(&actions, input.fileHandleForReading.fileDescriptor, 0)
    posix_spawn_file_actions_adddup2(&actions, output.fileHandleForWriting.fileDescriptor, 1)
    posix_spawn_file_actions_addclose(&actions, input.fileHandleForWriting.fileDescriptor)
    posix_spawn_file_actions_addclose(&actions, output.fileHandleForReading.fileDescriptor)
    let argv = ([Binary.url.path] + arguments).map { strdup($0) } + [nil]
    defer { for argument in argv { free(argument) } }
    var pid = pid_t()
    guard posix_spawn(&pid, Binary.url.path, &actions, nil, argv, environ) == 0 else {
      throw CocoaError(.executableLoad)
    }
    try input.fileHandleForReading.close()
    try output.fileHandleForWriting.close()
    let writer = input.fileHandleForWriting
    let thread = Thread {
      feed(writer)
      try? writer.close()
    }
    thread.start()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    var status: Int32 = 0
    var usage = rusage()
    wait4(pid, &status, 0, &usage)
    return (String(decoding: data, as: UTF8.self), usage.ru_maxrss, (status >> 8) & 0xFF)
  }

  @Test func aHundredMegabyteLineIsRefusedInBoundedMemory() throws {
    let result = try Self.runMeasured(["serve", "--format", "text"]) { handle in
      let chunk = Data(repeating: 0x61, count: 1 << 20)
      for _ in 0..<100 { try? handle.write(contentsOf: chunk) }
      try? handle.write(contentsOf: Data("\nwho plays charlotte?\n".utf8))
    }
    let lines = result.stdout.split(separator: "\n")
    #expect(result.status == 0)
    #expect(lines.count == 2)
    #expect(lines.first?.contains("too long") == true)
    #expect(lines.last?.contains("Allison Williams") == true)
    // Holding the line would take over 100 MB; the reader keeps one 64 KiB buffer. Compared
    // with the same binary answering one short line, so sanitizer builds measure fairly.
    let baseline = try Self.runMeasured(["serve", "--format", "text"]) { handle in
      try? handle.write(contentsOf: Data("who plays charlotte?\n".utf8))
    }
    let growth = result.maxResidentKiB - baseline.maxResidentKiB
    #expect(growth < 32 * 1024, "peak RSS grew by \(growth) KiB for a 100 MB line")
  }

  @Test func aCatastrophicPatternFallsBackAndStderrNamesIt() throws {
    try Fixtures.withTemporaryFolder { folder in
      try """
      intents:
        - id: slow.one
          level: none
          patterns: ['^((?:ab)+)+$']
          answers: ["never"]
        - id: hello
          level: none
          patterns: ['hello']
          answers: ["hi"]
      """.write(to: folder.appendingPathComponent("slow.yaml"), atomically: true, encoding: .utf8)
      // No letter three times in a row: the speller reads held-down letters once.
      let slow = String(repeating: "ab", count: 20) + "!"
      let output = try Binary.run(
        ["serve", "--intents", folder.path], lines: [slow, "hello", slow, slow])
      #expect(output.status == 0)
      #expect(output.lines.first?.hasPrefix("The article doesn't say") == true)
      #expect(output.lines[1] == "hi")
      #expect(
        output.stderr.contains("match limit reached on 1 pattern(s), 1 new: slow.one pattern #1"))
      // Named once, however many questions hit it.
      let lines = output.stderr.split(separator: "\n").filter { $0.contains("match limit") }
      #expect(lines.count == 1, "\(lines)")
    }
  }

  @Test func captureSlotsNeverCarryEscapeSequences() throws {
    try Fixtures.withTemporaryFolder { folder in
      try """
      intents:
        - id: echo
          level: none
          patterns: ['^say (?<what>.+)$']
          answers: ["You said: {what}"]
      """.write(to: folder.appendingPathComponent("echo.yaml"), atomically: true, encoding: .utf8)
      for format in ["text", "jsonl"] {
        let question = "say \u{1B}]0;owned\u{7}\u{1B}[31mred\u{9B}2J\u{0}x"
        let line =
          format == "text"
          ? question
          : "{\"text\":\(String(decoding: try JSONEncoder().encode(question), as: UTF8.self))}"
        let output = try Binary.run(
          ["serve", "--format", format, "--intents", folder.path], lines: [line])
        #expect(output.stdout.contains("You said: red"))
        #expect(!output.stdout.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x9B })
      }
      let chat = try Binary.run(
        ["chat", "--intents", folder.path], lines: ["say \u{1B}[2Jhi"])
      #expect(chat.stdout == "You said: hi\n")
    }
  }

  @Test func thousandsOfAbandonedSessionsStayWithinTheCap() throws {
    var lines: [String] = []
    for index in 0..<5_000 {
      lines.append(#"{"session":"drive-by-\#(index)","text":"I've seen it"}"#)
    }
    lines.append(#"{"session":"drive-by-0","text":"how does it end?"}"#)
    lines.append(#"{"session":"drive-by-4999","text":"how does it end?"}"#)
    let output = try Binary.run(
      ["serve", "--format", "jsonl", "--max-sessions", "100"], lines: lines)
    #expect(output.lines.count == 5_002)
    // The oldest session was evicted, so it is asked again; the newest still holds consent.
    #expect(output.lines[5_000].contains(#""awaiting_consent":true"#))
    #expect(output.lines[5_001].contains(#""kind":"answer""#))
  }

  @Test func aFileThatIsNotYAMLIsRefusedWithItsPlace() throws {
    try Fixtures.withTemporaryFolder { folder in
      let file = folder.appendingPathComponent("junk.yaml")
      try Data([0x7B, 0x5B, 0x22, 0x00, 0xFF, 0x0A, 0x3A, 0x3A]).write(to: file)
      let output = try Binary.run(["lint", folder.path])
      #expect(output.status == 65)
      #expect(output.stderr.hasPrefix("\(file.path):"))
      #expect(!output.stderr.contains("Fatal error"))
    }
  }

  @Test func anEmptyIntentsFolderIsAnErrorNotACrash() throws {
    try Fixtures.withTemporaryFolder { folder in
      let output = try Binary.run(["ask", "--intents", folder.path, "hello"])
      #expect(output.status == 65)
      #expect(output.stderr.contains("no intents were found"))
    }
  }

  @Test func hostileLinesAroundSpoilerQuestionsLeakNothing() throws {
    // None of these agrees to anything: noise, refusals, questions about consent.
    let hostile = [
      "why did charlotte do it?\u{1B}[2J", "\u{0}\u{0}\u{0}", "\u{202E}on",
      "what happens at the end?" + String(repeating: "!", count: 3_000), "\u{FEFF}\r",
      "spoil everything?", "don't spoil everything", "what were the pills \u{2028} no",
      "\u{1B}]0;yes\u{7}", "please don't tell me\u{301}", "are spoilers ok??",
      "\u{7F}\u{7F}", "what happens to bachoff\u{0}", "nope\u{1B}[31m",
    ]
    let output = try Binary.run(
      ["serve", "--format", "jsonl"],
      lines: hostile.map {
        #"{"session":"h","text":\#(String(decoding: try! JSONEncoder().encode($0), as: UTF8.self))}"#
      })
    #expect(output.status == 0)
    #expect(output.lines.count == hostile.count)
    for line in output.lines {
      let reply = try ServeTests.json(line)
      if reply["kind"] as? String == "answer" {
        #expect(reply["spoiler"] as? String == "none", "\(line)")
      }
      for word in ["jealous", "ibuprofen", "raped", "fingerboard", "hallucinat", "sewn"] {
        #expect(!line.contains(word), "\(word) leaked: \(line)")
      }
    }
  }
}
