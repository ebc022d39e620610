import CTestSupport
import Foundation
import Synchronization
import TestSupport
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// A pseudo-terminal with the binary on its far side, driven as a person at a terminal would.
final class TerminalSession: @unchecked Sendable {
  // @unchecked: `buffer` is guarded by `lock`; the other members are set once in init.
  private let master: Int32
  private let process = Process()
  private let lock = NSLock()
  private var buffer = Data()

  init(_ arguments: [String], environment: [String: String] = [:]) throws {
    var name = [CChar](repeating: 0, count: 256)
    master = perfection_open_pty(&name, name.count)
    guard master >= 0 else { throw CocoaError(.fileNoSuchFile) }
    var size = winsize(ws_row: 24, ws_col: 80, ws_xpixel: 0, ws_ypixel: 0)
    _ = ioctl(master, UInt(TIOCSWINSZ), &size)
    let path = String(
      decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    let slave = FileHandle(forUpdatingAtPath: path)
    guard let slave else { throw CocoaError(.fileNoSuchFile) }
    // setsid makes the pty the child's controlling terminal, so that Ctrl-C raises SIGINT as
    // it does in a real terminal.
    process.executableURL = URL(fileURLWithPath: "/usr/bin/setsid")
    process.arguments = ["--ctty", "--wait", Binary.url.path] + arguments
    var env = ProcessInfo.processInfo.environment
    env["TERM"] = "xterm"
    env["NO_COLOR"] = nil  // the test runner may set it; each test says what it wants
    env["PERFECTION_HISTORY"] = ""  // never the tester's own history file
    env["XDG_STATE_HOME"] = Binary.freshStateHome()  // nor the tester's remembered consent
    env.merge(environment) { $1 }
    process.environment = env
    process.standardInput = slave
    process.standardOutput = slave
    process.standardError = slave
    try process.run()
    try slave.close()
    let master = self.master
    Thread.detachNewThread { [self] in
      var chunk = [UInt8](repeating: 0, count: 4096)
      while true {
        let count = read(master, &chunk, chunk.count)
        if count <= 0 { break }
        lock.withLock { buffer.append(contentsOf: chunk[0..<count]) }
      }
    }
  }

  /// Everything the terminal showed so far.
  var screen: String { lock.withLock { String(decoding: buffer, as: UTF8.self) } }

  /// Where the screen stood when keys were last typed.
  private var typedAt = 0

  /// Types text, as keys.
  ///
  /// Unless `atPrompt` is false, it first waits for a prompt newer than the last keys typed,
  /// as a person would: keys typed while the editor is not reading can be flushed by the
  /// terminal's mode switch.
  func type(_ text: String, atPrompt: Bool = true) {
    if atPrompt { waitFor("you> ", after: typedAt) }
    typedAt = screen.utf8.count
    var bytes = Array(text.utf8)
    _ = write(master, &bytes, bytes.count)
  }

  /// Waits until the screen shows `text`; false if it never does within the deadline, which
  /// guards against a hang and is not a speed check.
  @discardableResult
  func waitFor(_ text: String, after previous: Int = 0, deadline: Double = 20) -> Bool {
    let end = Date().addingTimeInterval(deadline)
    while Date() < end {
      let shown = Array(screen.utf8)
      if shown.count > previous,
        String(decoding: shown[previous...], as: UTF8.self).contains(text)
      {
        return true
      }
      usleep(20_000)
    }
    return false
  }

  /// Waits for the process to end and returns its status; nil if it did not end in time.
  func waitForExit(deadline: Double = 20) -> Int32? {
    let end = Date().addingTimeInterval(deadline)
    while process.isRunning && Date() < end { usleep(20_000) }
    if process.isRunning {
      process.terminate()
      return nil
    }
    return process.terminationStatus
  }

  deinit {
    if process.isRunning { process.terminate() }
    close(master)
  }
}

@Suite("REPL")
struct REPLTests {
  @Test func aConversationAtATerminal() throws {
    let terminal = try TerminalSession(["chat"])
    #expect(terminal.waitFor("I'll ask before I spoil anything"))
    #expect(terminal.waitFor("you> "))
    terminal.type("why did charlotte do it?\r")
    #expect(terminal.waitFor("Do you want the spoiler?"))
    #expect(!terminal.screen.contains("jealous"))
    terminal.type("yes\r")
    #expect(terminal.waitFor("never jealous"))
    terminal.type("/help\r")
    #expect(terminal.waitFor("/spoilers none|plot|twist|ending"))
    terminal.type("/spoilers\r")
    #expect(terminal.waitFor("You've agreed to spoilers up to the twist"))
    terminal.type("/reset\r")
    #expect(terminal.waitFor("Starting over"))
    let before = terminal.screen.utf8.count
    terminal.type("/spoilers\r")
    #expect(terminal.waitFor("You've agreed to no spoilers", after: before))
    terminal.type("\u{4}")  // Ctrl-D on an empty line
    #expect(terminal.waitForExit() == 0)
  }

  @Test func theTerminalRemembersConsentBetweenRunsUntilReset() throws {
    let state = ["XDG_STATE_HOME": Binary.freshStateHome()]
    let first = try TerminalSession(["chat", "--no-color"], environment: state)
    #expect(first.waitFor("you> "))
    #expect(!first.screen.contains("I remember"))
    first.type("why did charlotte do it?\r")
    #expect(first.waitFor("Do you want the spoiler?"))
    first.type("yes\r")
    #expect(first.waitFor("never jealous"))
    first.type("/quit\r")
    #expect(first.waitForExit() == 0)
    // A new run greets with the consent it kept, and answers without asking again.
    let second = try TerminalSession(["chat", "--no-color"], environment: state)
    #expect(second.waitFor("forgets it."))
    #expect(second.screen.contains("I remember you from before"))
    second.type("why did charlotte do it?\r")
    #expect(second.waitFor("never jealous"))
    second.type("/reset\r")
    #expect(second.waitFor("Starting over, nothing remembered."))
    second.type("/quit\r")
    #expect(second.waitForExit() == 0)
    // Reset is remembered too, and --session-store memory keeps nothing at all.
    let third = try TerminalSession(
      ["chat", "--no-color", "--session-store", "memory"], environment: state)
    #expect(third.waitFor("you> "))
    third.type("why did charlotte do it?\r")
    #expect(third.waitFor("Do you want the spoiler?"))
    #expect(!third.screen.contains("I remember"))
    third.type("/quit\r")
    #expect(third.waitForExit() == 0)
  }

  @Test func colourUnlessNoColor() throws {
    let coloured = try TerminalSession(["chat"])
    #expect(coloured.waitFor("you> "))
    #expect(coloured.screen.contains("\u{1B}["))
    coloured.type("/quit\r")
    #expect(coloured.waitForExit() == 0)
    let plain = try TerminalSession(["chat"], environment: ["NO_COLOR": "1"])
    #expect(plain.waitFor("you> "))
    plain.type("who plays charlotte?\r")
    #expect(plain.waitFor("Allison Williams"))
    #expect(!plain.screen.contains("\u{1B}[3"))
    plain.type("/quit\r")
    #expect(plain.waitForExit() == 0)
  }

  @Test func ctrlCClearsALineAndEndsAnEmptyOne() throws {
    let terminal = try TerminalSession(["chat", "--no-color"])
    #expect(terminal.waitFor("you> "))
    terminal.type("who plays")
    #expect(terminal.waitFor("who plays"))
    let before = terminal.screen.utf8.count
    terminal.type("\u{3}", atPrompt: false)  // Ctrl-C with text: the line is cleared
    #expect(terminal.waitFor("\u{1B}[K", after: before))
    terminal.type("who is anton?\r", atPrompt: false)  // the cleared line has no new prompt
    #expect(terminal.waitFor("former mentor"))
    #expect(!terminal.screen.contains("who playswho"))
    terminal.type("\u{3}")  // Ctrl-C on an empty line: the end
    #expect(terminal.waitForExit() == 0)
  }

  @Test func historyIsKeptBetweenRuns() throws {
    try Fixtures.withTemporaryFolder { folder in
      let file = folder.appendingPathComponent("history").path
      let first = try TerminalSession(
        ["chat", "--no-color"], environment: ["PERFECTION_HISTORY": file])
      #expect(first.waitFor("you> "))
      first.type("who plays lizzie?\r")
      #expect(first.waitFor("Logan Browning"))
      first.type("\u{4}")
      #expect(first.waitForExit() == 0)
      let saved = try String(contentsOfFile: file, encoding: .utf8)
      #expect(saved.contains("who plays lizzie?") || saved.contains("who\\040plays\\040lizzie?"))
      let second = try TerminalSession(
        ["chat", "--no-color"], environment: ["PERFECTION_HISTORY": file])
      #expect(second.waitFor("you> "))
      let before = second.screen.utf8.count
      second.type("\u{1B}[A")  // Up: the last line of the previous run
      #expect(second.waitFor("lizzie", after: before))
      second.type("\r", atPrompt: false)
      #expect(second.waitFor("Logan Browning", after: before))
      second.type("/quit\r")
      #expect(second.waitForExit() == 0)
    }
  }

  @Test func throughAPipeItIsAPlainReader() throws {
    let output = try Binary.run(
      ["chat"], lines: ["who plays charlotte?", "why did charlotte do it?", "yes", "/spoilers"])
    #expect(output.status == 0)
    #expect(output.lines.count == 4)
    #expect(!output.stdout.contains("\u{1B}"))
    #expect(!output.stdout.contains("you>"))
    #expect(output.lines[2].contains("never jealous"))
  }

  @Test func theDefaultCommandIsChat() throws {
    let output = try Binary.run([], lines: ["who plays lizzie?"])
    #expect(output.stdout.contains("Logan Browning"))
  }
}
