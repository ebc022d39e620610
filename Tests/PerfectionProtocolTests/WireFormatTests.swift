import Foundation
import PerfectionBot
import PerfectionProtocol
import TestSupport
import Testing

/// The shared wire format: the fast writer and `JSONEncoder` agree on every reply, and
/// requests are read strictly.
@Suite("Wire format")
struct WireFormatTests {
  /// Replies of every kind, from a real conversation.
  static func replies() -> [Reply] {
    let manager = Fixtures.manager()
    var replies: [Reply] = []
    for message in [
      "who plays charlotte?", "why did charlotte do it?", "no", "actually yes",
      "who directed it?", "spoil everything", "", "no more spoilers", "how does it end?",
      "maybe", "yes", "what spoilers have i agreed to", "who is in it and when did it come out",
      "why \"quoted\" \\ and\nnew\u{2028}lines \u{1B}[31m?", String(repeating: "x", count: 3_000),
    ] {
      replies.append(manager.respond(to: message, session: "wire"))
    }
    return replies
  }

  @Test func everyReplyKindIsCovered() {
    let kinds = Set(Self.replies().map(\.kind))
    #expect(kinds == Set(Reply.Kind.allCases))
  }

  @Test(arguments: [nil, RequestID.string("a\"b"), .integer(42), .number(1.5)])
  func theFastWriterDecodesToWhatJSONEncoderWrites(_ id: RequestID?) throws {
    for reply in Self.replies() {
      for markup in SpoilerMarkup.allCases {
        for limit in [nil, 128] {
          let value = ChatReply(
            reply, session: "s\u{E9}\"", markup: markup, id: id, maxReplyBytes: limit)
          let fast = try JSONDecoder().decode(ChatReply.self, from: Data(value.jsonLine.utf8))
          let slow = try JSONDecoder().decode(ChatReply.self, from: JSONEncoder().encode(value))
          #expect(fast == value)
          #expect(slow == value)
          #expect(!value.jsonLine.contains("\n"))
          #expect((value.parts != nil) == (limit != nil))
        }
      }
    }
  }

  @Test func nullFieldsAreWrittenAndEveryFieldIsPresent() throws {
    let reply = try #require(Self.replies().first { $0.kind == .fallback })
    let object = try #require(
      JSONSerialization.jsonObject(
        with: Data(ChatReply(reply, session: "s", markup: .none).jsonLine.utf8))
        as? [String: Any])
    #expect(
      Set(object.keys) == [
        "session", "reply", "intent", "intents", "spoiler", "awaiting_consent", "consent",
        "kind", "suggestions",
      ])
    #expect(object["intent"] is NSNull)
  }

  @Test func errorsAndOperationsDecodeToWhatTheyHold() throws {
    let error = ErrorReply(error: "bad \"x\"", line: 3, id: .integer(9), session: "a")
    #expect(try JSONDecoder().decode(ErrorReply.self, from: Data(error.jsonLine.utf8)) == error)
    let pong = OperationReply(op: "pong", id: .string("p"))
    #expect(try JSONDecoder().decode(OperationReply.self, from: Data(pong.jsonLine.utf8)) == pong)
    let consent = OperationReply(op: "consent", session: "a", consent: .twist)
    #expect(
      try JSONDecoder().decode(OperationReply.self, from: Data(consent.jsonLine.utf8)) == consent)
  }

  @Test func requestsAreReadStrictly() throws {
    func read(_ json: String) throws -> ChatRequest {
      try JSONDecoder().decode(ChatRequest.self, from: Data(json.utf8))
    }
    let full = try read(
      #"{"id":7,"session":"a","text":"hi","max_spoiler":"none","op":"message"}"#)
    #expect(
      full
        == ChatRequest(
          id: .integer(7), session: "a", text: "hi", op: .message, maxSpoiler: SpoilerLevel.none))
    #expect(try read(#"{"id":"x","op":"set_consent","level":"plot"}"#).level == .plot)
    #expect(throws: DecodingError.self) { try read(#"{"session":null,"text":"hi"}"#) }
    #expect(throws: DecodingError.self) { try read(#"{"text":"hi","max_spoiler":"lots"}"#) }
    #expect(throws: DecodingError.self) { try read(#"{"op":"fly"}"#) }
    #expect(throws: DecodingError.self) { try read(#"{"id":[1],"text":"hi"}"#) }
  }

  @Test(arguments: [
    #"{"session":"a","text":"hi"}"#, #" {"text":"caf\u00e9 \ud83d\ude00"} "#, "[]", "{}",
    #"{"id":-0.5e+3,"n":[true,false,null,{"a":[1,2.0]}]}"#, #""\"\\\/\b\f\n\r\t""#, "0",
  ])
  func strictJSONAcceptsValidJSON(_ text: String) {
    #expect(StrictJSON.problem(in: Array(text.utf8)) == nil, "\(text)")
  }

  @Test(arguments: [
    (#"{"text":"hi",}"#, StrictJSON.notJSON), ("[1,]", StrictJSON.notJSON),
    (#"{"id":01}"#, StrictJSON.notJSON), (#"{"text":"hi"} x"#, StrictJSON.notJSON),
    ("{\"text\":\"a\u{1}b\"}", StrictJSON.notJSON), (#"{"text":"\x"}"#, StrictJSON.notJSON),
    (#"{"a":.5}"#, StrictJSON.notJSON), ("{'a':1}", StrictJSON.notJSON), ("", StrictJSON.notJSON),
    (String(repeating: "[", count: 100) + String(repeating: "]", count: 100), StrictJSON.notJSON),
    (#"{"text":"hi","text":"who plays lizzie"}"#, StrictJSON.duplicateKey),
    (#"{"a":{"b":1,"b":2}}"#, StrictJSON.duplicateKey),
  ])
  func strictJSONRefusesWhatParsersReadDifferently(_ text: String, _ problem: String) {
    #expect(StrictJSON.problem(in: Array(text.utf8)) == problem, "\(text)")
  }
}
