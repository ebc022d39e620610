import TestSupport
import Testing

@testable import PerfectionBot

@Suite("Shipped intents")
struct ShippedIntentsTests {
  @Test func everyExamplePicksItsOwnIntent() {
    let warnings = IntentLinter.warnings(for: Fixtures.library)
    #expect(warnings.isEmpty, "\(warnings.map(\.description).joined(separator: "\n"))")
  }

  @Test func everyIntentHasExamples() {
    for intent in Fixtures.library.intents {
      #expect(!intent.examples.isEmpty, "\(intent.id) has no example questions")
    }
  }

  /// Questions as a person who just watched the film would type them: not the intents' own
  /// examples, with their typos, lowercase and missing punctuation.
  static let questions: [(question: String, intent: String)] = [
    ("when was the perfection released", "film.release"),
    ("What year did The Perfection come out?", "film.release"),
    ("is the perfection on netflix", "film.where-to-watch"),
    ("where can i stream it", "film.where-to-watch"),
    ("whats the movie about", "film.about"),
    ("what kind of movie is it", "film.about"),
    ("who stars in the perfection?", "cast.main"),
    ("who's the actress that plays Charlote", "cast.charlotte"),
    ("who is the actor for lizzy", "cast.lizzie"),
    ("the girl from get out, allison williams, what else was she in", "cast.allison-williams"),
    ("what do i know logan browning from", "cast.logan-browning"),
    ("who is charlotte willmore", "character.charlotte"),
    ("Charlotte’s backstory?", "character.charlotte"),
    ("what happened to her mom", "character.charlotte-mother"),
    ("why did charlotte put her career on hold", "character.charlotte-mother"),
    ("who's lizzie", "character.lizzie"),
    ("who is Antón", "character.anton"),
    ("why does she go to shanghai", "setting.shanghai"),
    ("where is the movie set", "setting.shanghai"),
    ("where does this info come from", "article.source"),
    ("who wrote this article", "article.source"),
    ("did charlotte and lizzie hook up", "plot.competition-night"),
    ("what was the cello competition", "plot.competition-night"),
    ("what happens on the bus trip", "plot.the-trip"),
    ("what was wrong with lizzie on the trip", "plot.lizzie-ill"),
    ("why was lizzie throwing up", "twist.why-lizzie-hallucinates"),
    ("whats with all the bugs", "plot.lizzie-ill"),
    ("why did charlotte bring a cleaver", "plot.the-knife"),
    ("did lizzy really chop her own hand off", "plot.the-hand"),
    ("i dont get the twist", "twist.explained"),
    ("what was the big reveal", "twist.explained"),
    ("why did Charlotte do it?", "twist.why-charlotte-did-it"),
    ("charlottes motive?", "twist.why-charlotte-did-it"),
    ("why would charlote do that to lizzie", "twist.why-charlotte-did-it"),
    ("was she jealous", "twist.was-charlotte-jealous"),
    ("what pills did she give her", "twist.why-lizzie-hallucinates"),
    ("was lizzie drugged", "twist.why-lizzie-hallucinates"),
    ("why did charlotte keep mentioning bugs", "twist.planted-bugs"),
    ("what did bachof do to them", "twist.what-bachoff-did"),
    ("did anton abuse charlotte", "twist.what-bachoff-did"),
    ("what do the music note tattoos mean", "twist.tattoos"),
    ("how did charlotte know lizzie was abused too", "twist.how-charlotte-knew"),
    ("what is the chapel", "twist.chapel"),
    ("what does achieve the perfection mean", "twist.title-meaning"),
    ("what did charlotte say to lizzie after", "twist.charlotte-speech"),
    ("i dont understand the ending at all", "ending.explained"),
    ("ending explained please", "ending.explained"),
    ("who wins the fight", "ending.the-fight"),
    ("does anyone die", "ending.the-fight"),
    ("who lost their arm", "ending.who-lost-what"),
    ("what happened to charlottes arm", "ending.charlotte-arm"),
    ("which hand did lizzy lose", "ending.lizzie-hand"),
    ("what happens to Anton's mouth?", "ending.bachoff-fate"),
    ("is bachoff dead", "ending.bachoff-fate"),
    ("how do they play the cello together at the end", "ending.final-performance"),
    ("who plays the fingerboard", "ending.final-performance"),
  ]

  @Test func thereAreAtLeastFiftyQuestions() {
    #expect(Self.questions.count >= 50)
    let examples = Set(Fixtures.library.intents.flatMap(\.examples))
    for (question, _) in Self.questions {
      #expect(!examples.contains(question), "\(question) is an intent's own example")
    }
  }

  @Test(arguments: ShippedIntentsTests.questions.map { NaturalQuestion($0.question, $0.intent) })
  func askedAsANewUserWould(_ asked: NaturalQuestion) throws {
    let intent = try #require(Fixtures.library[asked.intent])
    let manager = Fixtures.manager()
    let first = manager.respond(to: asked.question, session: "new")
    let answerText = intent.answers[0].source
    if intent.level > .none {
      #expect(first.kind == .consentPrompt, "expected a consent prompt, got \(first.text)")
      #expect(first.level == intent.level)
      #expect(!first.text.contains(answerText))
      let second = manager.respond(to: "yes", session: "new")
      #expect(second.intent == asked.intent, "got \(second.intent ?? "no intent"): \(second.text)")
      #expect(Self.isAnswer(second.text, answerText), "\(second.text)")
    } else {
      #expect(first.intent == asked.intent, "got \(first.intent ?? "no intent"): \(first.text)")
      #expect(Self.isAnswer(first.text, answerText), "\(first.text)")
    }
  }

  /// The answer itself, or, to a yes/no question, "Yes." or "No." and then the answer.
  static func isAnswer(_ text: String, _ answer: String) -> Bool {
    text == answer || text == "Yes. " + answer || text == "No. " + answer
  }

  @Test(arguments: [
    "who directed the perfection?", "is there a sequel?", "what's the weather in shanghai?",
    "perfection", "how long is the movie?", "what music is in the soundtrack?",
    "who wrote the screenplay?", "what's the rotten tomatoes score?", "did it win any awards?",
  ])
  func questionsTheSourceDoesNotAnswerGetTheFallback(_ question: String) {
    let reply = Fixtures.manager().respond(to: question, session: "s")
    #expect(reply.kind == .fallback, "\(question) got \(reply.intent ?? "?"): \(reply.text)")
  }
}

/// A question and the intent that should answer it, shown by its question in test output.
struct NaturalQuestion: CustomTestStringConvertible, Sendable {
  let question: String
  let intent: String
  init(_ question: String, _ intent: String) {
    self.question = question
    self.intent = intent
  }
  var testDescription: String { question }
}
