import TestSupport
import Testing

@testable import PerfectionBot

@Suite("ReplySplitter")
struct ReplySplitterTests {
  /// Every answer of the shipped intents, as a reply at its level, plus a compound reply.
  static func replies() -> [Reply] {
    let manager = Fixtures.manager()
    var replies: [Reply] = []
    for intent in Fixtures.library.intents {
      let session = "split-\(intent.id)"
      manager.setConsent(.ending, session: session)
      if let example = intent.examples.first {
        replies.append(manager.respond(to: example, session: session))
      }
    }
    replies.append(
      manager.respond(
        to: "who plays charlotte and why did she do it and how does it end", session: "split-c"))
    return replies
  }

  static let limits = [128, 129, 150, 200, 333, 512, 4_096]

  @Test func everyPartFitsAndNothingIsLostOrReordered() {
    for reply in Self.replies() {
      for limit in Self.limits {
        let parts = ReplySplitter.split(reply, markup: .none, maxBytes: limit)
        #expect(!parts.isEmpty)
        for part in parts {
          #expect(part.utf8.count <= limit, "\(part.utf8.count) > \(limit): \(part)")
          #expect(!part.isEmpty)
        }
        // Without markup the parts are the text, cut only at spaces.
        let words = reply.text.split(separator: " ")
        #expect(parts.flatMap { $0.split(separator: " ") } == words, "\(reply.text)")
      }
    }
  }

  @Test func aReplyThatFitsIsOnePart() {
    for reply in Self.replies() where reply.text.utf8.count <= 4_096 {
      #expect(ReplySplitter.split(reply, markup: .none, maxBytes: 4_096) == [reply.text])
    }
  }

  @Test func sentencesStayWholeWhenTheyFit() {
    for reply in Self.replies() {
      let parts = ReplySplitter.split(reply, markup: .none, maxBytes: 512)
      // No answer sentence here is over 512 bytes, so every cut falls after one.
      for part in parts.dropLast() {
        #expect(
          part.hasSuffix(".") || part.hasSuffix("?") || part.hasSuffix("!")
            || part.hasSuffix("”.") || part.hasSuffix("\"."), "cut mid-sentence: \(part)")
      }
    }
  }

  @Test func everyPartCarriesWholeMarkup() {
    for reply in Self.replies() where reply.parts.contains(where: { ($0.spoiler ?? .none) > .none })
    {
      for limit in Self.limits {
        for part in ReplySplitter.split(reply, markup: .discord, maxBytes: limit) {
          #expect(part.utf8.count <= limit)
          #expect(part.components(separatedBy: "||").count % 2 == 1, "open spoiler: \(part)")
        }
        for part in ReplySplitter.split(reply, markup: .html, maxBytes: limit) {
          #expect(part.utf8.count <= limit)
          let opens = part.components(separatedBy: "<details>").count
          #expect(opens == part.components(separatedBy: "</details>").count, "\(part)")
        }
        for part in ReplySplitter.split(reply, markup: .telegram, maxBytes: limit) {
          #expect(part.utf8.count <= limit)
          // Escaped bars are text; the unescaped ones open and close spoilers.
          let bars = part.replacingOccurrences(of: "\\|", with: "")
          #expect(bars.components(separatedBy: "||").count % 2 == 1, "open spoiler: \(part)")
        }
      }
    }
  }

  @Test func aLimitOutsideTheRangeIsClamped() {
    let reply = Fixtures.manager().respond(to: "who plays charlotte?", session: "clamp")
    for part in ReplySplitter.split(reply, markup: .none, maxBytes: 1) {
      #expect(part.utf8.count <= ReplySplitter.minimumBytes)
    }
  }
}
