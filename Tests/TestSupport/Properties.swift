import PerfectionBot
import TranscriptKit

/// Properties that must hold for any input.
///
/// Shared by the libFuzzer targets (Fuzz/) and the regression tests that replay what the
/// fuzzers keep. Each returns the violation, or nil.
public enum Properties {
  /// Any bytes as an intent file either load, or fail with at least one located diagnostic.
  public static func intentLoader(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
    let text = String(decoding: bytes, as: UTF8.self)
    do {
      _ = try IntentLoader.load(sources: [IntentSource(name: "fuzz.yaml", text: text)])
    } catch {
      guard case .invalid(let diagnostics) = error else { return "unexpected \(error)" }
      if diagnostics.isEmpty { return "a failed load said nothing" }
      if diagnostics.contains(where: { $0.location.line < 1 || $0.location.column < 1 }) {
        return "a diagnostic without a place"
      }
    }
    return nil
  }

  /// Any bytes as a transcript either parse, or fail with an error that names its line.
  public static func transcriptParser(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
    let text = String(decoding: bytes, as: UTF8.self)
    do {
      _ = try TranscriptParser.parse(text, name: "fuzz.t").turns
    } catch {
      if error.line < 1 { return "a parse error without a line" }
    }
    return nil
  }

  /// Any bytes, split into messages of one session, get replies that never answer above
  /// the session's consent and never carry a control character.
  public static func replies(_ bytes: UnsafeBufferPointer<UInt8>, library: IntentLibrary)
    -> String?
  {
    let manager = DialogueManager(library: library)
    for message in bytes.split(separator: 0x0A, omittingEmptySubsequences: false).prefix(16) {
      let reply = manager.respond(to: String(decoding: message, as: UTF8.self), session: "fuzz")
      if reply.kind == .answer, let level = reply.level, level > reply.consent {
        return "answered at \(level.name) with consent \(reply.consent.name)"
      }
      if reply.kind != .answer, reply.intent != nil {
        return "a \(reply.kind.rawValue) reply shows an intent id"
      }
      if reply.text.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) {
        return "a reply carries a control character"
      }
    }
    return nil
  }
}
