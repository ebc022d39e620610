import Testing

@testable import PerfectionCLI

@Suite("Printable text")
struct PrintableTextTests {
  /// Every scalar of the first planes, and the separators, against Unicode's own categories.
  @Test func oneLineBlanksExactlyControlsAndSeparators() {
    for value in UInt32(0)...0x3000 {
      guard let scalar = Unicode.Scalar(value) else { continue }
      let text = "a\(Character(scalar))b"
      let breaking: Bool
      switch scalar.properties.generalCategory {
      case .control, .lineSeparator, .paragraphSeparator: breaking = true
      default: breaking = false
      }
      let expected = breaking ? "a b" : text
      #expect(PrintableText.oneLine(text) == expected, "U+\(String(value, radix: 16))")
    }
  }

  @Test func plainRepliesComeBackAsTheyAre() {
    let reply = "Charlotte’s plan — “perfection” — is revealed.\u{1B}[2J\u{85}end"
    #expect(
      PrintableText.oneLine(reply) == "Charlotte’s plan — “perfection” — is revealed. [2J end")
    #expect(PrintableText.lines("one\ntwo\u{2028}three") == "one\ntwo three")
  }
}
