import TestSupport
import Testing

@testable import PerfectionBot

@Suite("Normalizer")
struct NormalizerTests {
  @Test(arguments: [
    ("Who PLAYS   Charlotte?", "who plays charlotte?"),
    ("  why\tdid\nshe do it  ", "why did she do it"),
    ("Charlotte’s motive", "charlotte's motive"),
    ("“the perfection”", "\"the perfection\""),
    ("Antón Bachoff", "anton bachoff"),
    ("e\u{301}lodie", "elodie"),
    ("twist — ending – plot", "twist - ending - plot"),
    ("\u{1B}[31mred\u{1B}[0m text", "red text"),
    ("bell\u{7}and\u{0}nul", "bell and nul"),
    ("title\u{1B}]0;evil\u{7}after", "titleafter"),
    ("", ""),
    ("   ", ""),
  ])
  func normalizes(_ input: String, _ expected: String) {
    #expect(Normalizer.normalize(input) == expected)
  }

  @Test func aMegabyteLineNormalizes() {
    let line = String(repeating: "why did charlotte do it ", count: 45_000)
    let normalized = Normalizer.normalize(line)
    #expect(normalized.hasPrefix("why did charlotte"))
    #expect(!normalized.hasSuffix(" "))
  }

  @Test func invalidUTF8ArrivesAsReplacementAndIsDropped() {
    let text = String(decoding: [0x77, 0x68, 0x6F, 0xFF, 0xC3], as: UTF8.self)
    #expect(Normalizer.normalize(text) == "who")
  }

  @Test func theFastPathAgreesWithTheGeneralPath() {
    var generator = SeededGenerator.announced("normalizer fast path")
    let alphabet = Array(
      "abcXYZ '`?!.\t\n\r\u{0}\u{7}\u{1B}[]0;mPK\u{7F}-_\"ÀéÑüÿĀłŒǅ’‘“”—–\u{A0}\u{2009}´ß☃😀\u{301}")
    for _ in 0..<5_000 {
      let length = Int.random(in: 0..<40, using: &generator)
      let text = String((0..<length).map { _ in alphabet.randomElement(using: &generator) ?? "a" })
      // The fast path may decline (nil); when it answers, it answers as the general path.
      if let fast = Normalizer.asciiNormalize(text) {
        #expect(fast == Normalizer.unicodeNormalize(text), "\(text.debugDescription)")
      }
    }
    #expect(Normalizer.asciiNormalize("café") == "cafe")
    #expect(Normalizer.asciiNormalize("Charlotte’s Antón") == "charlotte's anton")
    #expect(Normalizer.asciiNormalize("straße") == nil)
  }

  @Test(arguments: [
    ("\u{03}04lizzie", "lizzie"), ("who plays \u{03}04,12lizzie\u{03}?", "who plays lizzie?"),
    ("\u{02}who\u{02} plays \u{1F}charlotte\u{0F}", "who plays charlotte"),
    ("\u{03}4,x", ",x"), ("ｗｈｏ ｐｌａｙｓ ｌｉｚｚｉｅ？", "who plays lizzie?"),
    ("whø plays lizzie", "who plays lizzie"), ("wħo plays łizzie", "who plays lizzie"),
    ("Đid ŁIZZIE survive", "did lizzie survive"), ("straße", "strasse"),
  ])
  func chatClientTextIsReadAsWhatPeopleMeant(_ typed: String, _ expected: String) {
    #expect(Normalizer.normalize(typed) == expected)
    #expect(Normalizer.unicodeNormalize(typed) == expected)
  }
}
