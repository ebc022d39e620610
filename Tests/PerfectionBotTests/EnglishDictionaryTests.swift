import Testing

@testable import PerfectionBot

/// The built-in English word list answers membership exactly, and is well formed.
@Suite("English dictionary")
struct EnglishDictionaryTests {
  @Test(arguments: ["acts", "punished", "aardvark", "zygotes", "whos", "cellist"])
  func englishWordsAreFound(_ word: String) {
    #expect(EnglishDictionary.shared.contains(Array(word.utf8)))
  }

  @Test(arguments: ["wehre", "lzizie", "aobut", "", "a", "zzzzzzzzzzzz", "actsx", "act"])
  func otherWordsAreNot(_ word: String) {
    #expect(!EnglishDictionary.shared.contains(Array(word.utf8)))
  }

  @Test func theListIsSortedUniqueAndLowercase() {
    let text = EnglishWords.list.withUTF8Buffer { String(decoding: $0, as: UTF8.self) }
    let words = text.split(separator: "\n").map { Array($0.utf8) }
    #expect(words.count == EnglishDictionary.shared.count)
    #expect(words.count > 50_000)
    #expect(zip(words, words.dropFirst()).allSatisfy { $0.lexicographicallyPrecedes($1) })
    #expect(words.allSatisfy { $0.count >= 4 && $0.allSatisfy { (0x61...0x7A).contains($0) } })
  }

  @Test func aWordIsFoundOnlyWhole() {
    let dictionary = EnglishDictionary(list: "cell\ncello\ncellos")
    #expect(dictionary.contains(Array("cello".utf8)))
    #expect(dictionary.contains(Array("cellos".utf8)))
    #expect(!dictionary.contains(Array("cel".utf8)))
    #expect(!dictionary.contains(Array("cellost".utf8)))
    #expect(dictionary.count == 3)
  }
}
