import CEditLine
import Foundation
import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Line editing and history on a terminal, through libedit.
///
/// libedit reads characters through our own reader, so that Ctrl-C can act like a shell's:
/// on a line with text it clears the line, on an empty line it ends input.
final class LineEditor {
  /// What one call to `read()` gave.
  enum Input: Equatable {
    /// A line, without its newline.
    case line(String)
    /// Ctrl-D on an empty line, or Ctrl-C on an empty line: the user wants to leave.
    case end
  }

  private let editLine: OpaquePointer
  private let history: OpaquePointer
  private let historyFile: String?
  private var event = HistEvent()

  /// Creates an editor on the process's stdin/stdout with the given prompt; history is read
  /// from and kept in `historyFile` when one is given.
  init?(program: String, prompt: String, historyFile: String?) {
    guard let input = fdopen(0, "r"), let output = fdopen(1, "w"), let errors = fdopen(2, "w"),
      let editLine = el_init(program, input, output, errors)
    else { return nil }
    guard let history = history_init() else {
      el_end(editLine)
      return nil
    }
    self.editLine = editLine
    self.history = history
    self.historyFile = historyFile
    LineEditorState.setPrompt(prompt)
    _ = ceditline_history_size(history, &event, 500)
    _ = ceditline_history_unique(history, &event)
    if let historyFile, FileManager.default.fileExists(atPath: historyFile) {
      _ = ceditline_history_load(history, &event, historyFile)
    }
    _ = ceditline_set_history(editLine, history)
    _ = ceditline_set_editor(editLine, "emacs")
    _ = ceditline_set_prompt(editLine) { _ in LineEditorState.prompt }
    _ = ceditline_set_getc(editLine) { editLine, output in
      LineEditorState.readCharacter(editLine, output)
    }
    LineEditorState.installInterruptHandler()
  }

  deinit {
    history_end(history)
    el_end(editLine)
  }

  /// Turns the terminal's own echo off before libedit shows the prompt.
  ///
  /// libedit prints the prompt, then switches the terminal to its editing mode; keys typed in
  /// between would be echoed twice, once by the terminal. Canonical mode goes off too, so that
  /// libedit does not take this state for the user's own settings: it restores the settings
  /// it found at start when the line is read.
  private static func stopEchoBeforePrompt() {
    var settings = termios()
    guard isatty(0) == 1, tcgetattr(0, &settings) == 0 else { return }
    settings.c_lflag &= ~tcflag_t(ECHO | ICANON)
    _ = tcsetattr(0, TCSANOW, &settings)
  }

  /// Reads one line, with editing and history.
  func read() -> Input {
    Self.stopEchoBeforePrompt()
    var count: Int32 = 0
    guard let raw = el_gets(editLine, &count), count > 0 else {
      return .end
    }
    var line = String(cString: raw)
    while line.last == "\n" || line.last == "\r" { line.removeLast() }
    if !line.trimmingCharacters(in: .whitespaces).isEmpty {
      _ = ceditline_history_enter(history, &event, line)
      // Saved at once, so that history survives Ctrl-C, a closed terminal or a crash.
      if let historyFile { _ = ceditline_history_save(history, &event, historyFile) }
    }
    return .line(line)
  }
}

/// State the C callbacks reach: they cannot capture Swift context.
private enum LineEditorState {
  nonisolated(unsafe) static var prompt: UnsafeMutablePointer<CChar>? = strdup("> ")
  static let interrupted = Atomic<Bool>(false)

  static func setPrompt(_ text: String) {
    free(prompt)
    prompt = strdup(text)
  }

  static func installInterruptHandler() {
    var action = sigaction()
    action.__sigaction_handler.sa_handler = { _ in
      LineEditorState.interrupted.store(true, ordering: .relaxed)
    }
    sigemptyset(&action.sa_mask)
    action.sa_flags = 0  // no SA_RESTART: read() returns EINTR so the reader sees Ctrl-C
    sigaction(SIGINT, &action, nil)
    // A parent may have started us with SIGINT blocked (threads of test runners and
    // supervisors often block signals, and children inherit the mask): Ctrl-C must work.
    var unblock = sigset_t()
    sigemptyset(&unblock)
    sigaddset(&unblock, SIGINT)
    pthread_sigmask(SIG_UNBLOCK, &unblock, nil)
  }

  /// libedit's character reader: one Unicode scalar from stdin, or Ctrl-C's effect.
  static func readCharacter(
    _ editLine: OpaquePointer?, _ output: UnsafeMutablePointer<wchar_t>?
  ) -> Int32 {
    guard let output else { return -1 }
    var bytes: [UInt8] = []
    while true {
      if interrupted.exchange(false, ordering: .relaxed) {
        return interrupt(editLine, output)
      }
      var byte: UInt8 = 0
      let count = Glibc.read(0, &byte, 1)
      if count == 0 { return 0 }
      if count < 0 {
        if errno == EINTR { continue }
        return -1
      }
      if byte == 3 { return interrupt(editLine, output) }
      bytes.append(byte)
      let expected =
        switch bytes[0] {
        case 0..<0x80: 1
        case 0xC0..<0xE0: 2
        case 0xE0..<0xF0: 3
        case 0xF0..<0xF8: 4
        default: 1
        }
      guard bytes.count >= expected else { continue }
      let scalar = String(decoding: bytes, as: UTF8.self).unicodeScalars.first ?? "\u{FFFD}"
      output.pointee = wchar_t(bitPattern: scalar.value)
      return 1
    }
  }

  /// Ctrl-C: on a line with text, clear it (as Ctrl-U); on an empty line, end input.
  private static func interrupt(
    _ editLine: OpaquePointer?, _ output: UnsafeMutablePointer<wchar_t>
  ) -> Int32 {
    if let editLine, let info = el_line(editLine), info.pointee.buffer != info.pointee.lastchar {
      output.pointee = 0x15
      return 1
    }
    return 0
  }
}
