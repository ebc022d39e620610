import Foundation
import PerfectionBot
import TestSupport
import Testing

@testable import PerfectionProtocol

/// The fast reader of request lines must read every line it accepts as `JSONDecoder` does.
@Suite("Simple request reader")
struct SimpleRequestReaderTests {
  static let keys = [
    "id", "session", "text", "op", "level", "max_spoiler", "markup", "max_reply_bytes", "colour",
  ]
  static let values = [
    #""alice""#, #""who plays charlotte?""#, #""caf\u00e9""#, #""café""#, #""a\"b""#, #""""#,
    #""reset""#, #""set_consent""#, #""ping""#, #""message""#, #""twist""#, #""none""#,
    #""TWIST""#, #""discord""#, #""matrix""#, #""shiny""#, "42", "-7", "0", "1.5", "1e3",
    "123456789012345678", "1234567890123456789012", "null", "true", "[]", "{}", #"{"a":1}"#,
    "128", "512", "-0",
  ]

  /// A random request line: some keys (each once), random values, random spacing.
  static func line(_ random: inout SeededGenerator) -> String {
    let space = ["", " ", "  ", "\t", "\n"]
    var members: [String] = []
    for key in keys.shuffled(using: &random).prefix(Int.random(in: 0...5, using: &random)) {
      let value = values.randomElement(using: &random) ?? "null"
      let gap = space.randomElement(using: &random) ?? ""
      members.append("\"\(key)\"\(gap):\(gap)\(value)")
    }
    let gap = space.randomElement(using: &random) ?? ""
    return gap + "{" + gap + members.joined(separator: "," + gap) + gap + "}" + gap
  }

  @Test func everyLineItReadsIsReadAsJSONDecoderReadsIt() throws {
    var random = SeededGenerator.announced("simple request reader")
    var fast = 0
    for _ in 0..<20_000 {
      let line = Self.line(&random)
      let bytes = Array(line.utf8)
      guard StrictJSON.problem(in: bytes) == nil,
        let simple = ChatRequest.readSimple(bytes)
      else { continue }
      fast += 1
      let decoded = try JSONDecoder().decode(ChatRequest.self, from: Data(bytes))
      #expect(simple == decoded, "\(line)")
    }
    // The fast path is taken for many lines, not dodged.
    #expect(fast > 1_000)
  }

  @Test func theCommonLinesTakeTheFastPath() {
    for line in [
      #"{"session":"alice","text":"why did Charlotte do it?"}"#,
      #"{"id":7,"session":"room","text":"hi","max_spoiler":"none"}"#,
      #"{"id":"x","op":"set_consent","session":"dm","level":"twist"}"#,
      #" { "text" : "café" } "#,
    ] {
      #expect(ChatRequest.readSimple(Array(line.utf8)) != nil, "\(line)")
    }
  }

  @Test func whatItCannotReadGoesToTheFullDecoder() {
    for line in [
      #"{"text":"a\"b"}"#, #"{"text":null}"#, #"{"id":1.5}"#, #"{"colour":"red"}"#,
      #"{"level":"lots"}"#, #"{"text":"hi"} x"#, #"{"text":["hi"]}"#,
    ] {
      #expect(ChatRequest.readSimple(Array(line.utf8)) == nil, "\(line)")
    }
  }
}
