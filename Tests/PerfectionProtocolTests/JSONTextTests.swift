import Foundation
import TestSupport
import Testing

@testable import PerfectionProtocol

@Suite("JSONText")
struct JSONTextTests {
  @Test(arguments: [
    ("plain", #""plain""#),
    ("quote \" and \\ backslash", #""quote \" and \\ backslash""#),
    ("line\nbreak\ttab\rreturn", #""line\nbreak\ttab\rreturn""#),
    ("\u{0}\u{1B}[31m\u{7F}", #""\u0000\u001b[31m\u007f""#),
    ("c1 \u{85} \u{9B}", #""c1 \u0085 \u009b""#),
    ("separators \u{2028}\u{2029}", #""separators \u2028\u2029""#),
    ("accents é ü ‘quotes’ “double” — dash", "\"accents é ü ‘quotes’ “double” — dash\""),
  ])
  func escapes(_ input: String, _ expected: String) {
    #expect(JSONText.string(input) == expected)
  }

  @Test func roundTripsThroughAJSONParser() throws {
    var generator = SeededGenerator.announced("JSON text round trip")
    for _ in 0..<2_000 {
      let scalars = (0..<Int.random(in: 0..<30, using: &generator)).compactMap { _ in
        Unicode.Scalar(UInt32.random(in: 0..<0x3000, using: &generator))
      }
      var text = ""
      text.unicodeScalars.append(contentsOf: scalars)
      let encoded = "[" + JSONText.string(text) + "]"
      #expect(!encoded.unicodeScalars.contains { $0.value < 0x20 || $0 == "\u{2028}" })
      let decoded = try JSONSerialization.jsonObject(with: Data(encoded.utf8)) as? [String]
      #expect(decoded == [text])
    }
  }
}
