import TestSupport
import Testing

@testable import PerfectionBot

/// A question quoting the article is about the answer that holds the quoted words.
@Suite("ArticleQuote")
struct ArticleQuoteTests {
  static let quotes = ArticleQuote(intents: Fixtures.library.intents)
  static let matcher = IntentMatcher(library: Fixtures.library)

  @Test(arguments: [
    (
      "what does \"a way of marking the girls\" mean",
      ["a", "way", "of", "marking", "the", "girls"]
    ),
    ("what does orchestrated the ordeal mean", ["orchestrated", "the", "ordeal"]),
    (
      "what did charlotte mean by pretended it was an education",
      ["pretended", "it", "was", "an", "education"]
    ),
  ])
  func theQuotedWordsAreFound(_ question: String, _ words: [String]) {
    #expect(ArticleQuote.quote(in: question) == words)
  }

  @Test(arguments: [
    "what does the ending mean", "what does it mean", "why did charlotte do it",
    "what is meant by perfection", "what does \"perfection\" mean",
    // Small words in order, but no answer holds four of them together.
    "what does \"was it her all along\" mean", "what does \"it was her\" mean",
  ])
  func aQuestionQuotingTooLittleQuotesNothing(_ question: String) {
    #expect(Self.quotes.intents(quotedIn: question).isEmpty)
  }

  @Test(arguments: [
    ("what does \"he can only hear them play\" mean", "ending.bachoff-fate"),
    ("what does orchestrated the ordeal mean", "twist.why-charlotte-did-it"),
    ("what does \"when she did not play perfectly\" lead to", "twist.what-bachoff-did"),
    ("what does \"acting as each other's arms\" mean", "ending.final-performance"),
    // Too few words of its own, but four or more standing in one answer as quoted.
    ("\"they raped me and they raped you\" context", "twist.charlotte-speech"),
  ])
  func theAnswerHoldingTheQuoteWins(_ question: String, _ intent: String) {
    #expect(Self.matcher.match(question).best?.intent.id == intent)
  }

  @Test func anHonestNearMissIsNeverQuoted() throws {
    let gaps = Fixtures.library.intents.enumerated().filter { $0.element.id.hasPrefix("gap.") }
    try #require(!gaps.isEmpty)
    // The near-miss on the final music repeats the final scene's words.
    let found = Self.quotes.intents(
      quotedIn: "what does \"play the cello together on the chapel stage\" mean")
    #expect(!found.isEmpty)
    #expect(found.isDisjoint(with: gaps.map(\.offset)))
  }
}
