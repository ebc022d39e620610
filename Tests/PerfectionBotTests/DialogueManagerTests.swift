import TestSupport
import Testing

@testable import PerfectionBot

@Suite("DialogueManager")
struct DialogueManagerTests {
  static let motive = "Charlotte was never jealous of Lizzie"

  @Test func aSpoilerQuestionGetsAPromptThatHoldsNoneOfTheAnswer() throws {
    let manager = Fixtures.manager()
    let reply = manager.respond(to: "why did Charlotte do it?", session: "a")
    #expect(reply.kind == .consentPrompt)
    #expect(reply.awaitingConsent)
    #expect(reply.level == .twist)
    #expect(reply.consent == .none)
    #expect(reply.text.contains("twist"))
    let answer = try #require(Fixtures.library["twist.why-charlotte-did-it"]).answers[0].source
    for word in Suggester.words(answer) where !Suggester.words(reply.text).isEmpty {
      if ["charlotte", "lizzie", "anton", "bachoff"].contains(word) { continue }
      #expect(!Suggester.words(reply.text).contains(word), "prompt leaks '\(word)'")
    }
  }

  @Test func yesAnswersAndRecordsConsent() {
    let manager = Fixtures.manager()
    _ = manager.respond(to: "why did Charlotte do it?", session: "a")
    let reply = manager.respond(to: "yes", session: "a")
    #expect(reply.kind == .answer)
    #expect(reply.intent == "twist.why-charlotte-did-it")
    #expect(reply.text.contains(Self.motive))
    #expect(reply.consent == .twist)
    #expect(!reply.awaitingConsent)
    // Remembered: the next twist question is answered outright.
    #expect(manager.respond(to: "what were the pills?", session: "a").kind == .answer)
    // But not the ending.
    #expect(manager.respond(to: "how does it end?", session: "a").kind == .consentPrompt)
  }

  @Test(arguments: ["yes", "sure", "ok", "go ahead", "spoil it", "y", "Yes!", "OK."])
  func everyWayOfSayingYes(_ word: String) {
    let manager = Fixtures.manager()
    _ = manager.respond(to: "why did Charlotte do it?", session: "a")
    #expect(manager.respond(to: word, session: "a").kind == .answer)
  }

  @Test(arguments: ["no", "nope", "not yet", "n", "No thanks"])
  func noOffersTheTeaserAndRecordsNothing(_ word: String) throws {
    let manager = Fixtures.manager()
    _ = manager.respond(to: "why did Charlotte do it?", session: "a")
    let reply = manager.respond(to: word, session: "a")
    #expect(reply.kind == .declined)
    let teaser = try #require(Fixtures.library["twist.why-charlotte-did-it"]?.teaser)
    #expect(reply.text.contains(teaser))
    #expect(!reply.text.contains(Self.motive))
    #expect(reply.consent == .none)
    #expect(!reply.awaitingConsent)
    #expect(manager.consent(of: "a") == .none)
  }

  @Test func anotherQuestionWhilePendingIsAnsweredAsItself() {
    let manager = Fixtures.manager()
    _ = manager.respond(to: "why did Charlotte do it?", session: "a")
    let reply = manager.respond(to: "who plays lizzie?", session: "a")
    #expect(reply.intent == "cast.lizzie")
    #expect(reply.kind == .answer)
    // The pending question was dropped: "yes" now means nothing.
    let yes = manager.respond(to: "yes", session: "a")
    #expect(yes.kind == .fallback)
    #expect(manager.consent(of: "a") == .none)
  }

  @Test func consentInWords() {
    let manager = Fixtures.manager()
    #expect(manager.respond(to: "I've seen it", session: "a").consent == .ending)
    #expect(
      manager.respond(to: "spoilers up to the twist are fine", session: "b").consent == .twist)
    #expect(manager.respond(to: "Spoil everything", session: "c").consent == .ending)
    #expect(manager.respond(to: "plot spoilers are ok", session: "d").consent == .plot)
    #expect(manager.respond(to: "what spoilers have I agreed to?", session: "b").kind == .consent)
  }

  @Test func grantingWhilePendingAnswersThePendingQuestion() {
    let manager = Fixtures.manager()
    _ = manager.respond(to: "why did Charlotte do it?", session: "a")
    let reply = manager.respond(to: "spoil everything", session: "a")
    #expect(reply.kind == .answer)
    #expect(reply.text.contains(Self.motive))
  }

  @Test func revokeMeansPromptedAgain() {
    let manager = Fixtures.manager(consent: .ending)
    #expect(manager.respond(to: "why did Charlotte do it?", session: "a").kind == .answer)
    let revoked = manager.respond(to: "forget that I said yes", session: "a")
    #expect(revoked.kind == .consent)
    #expect(revoked.consent == .none)
    #expect(manager.respond(to: "why did Charlotte do it?", session: "a").kind == .consentPrompt)
    _ = manager.respond(to: "no more spoilers", session: "a")
    #expect(manager.consent(of: "a") == .none)
  }

  @Test func sessionsNeverSeeEachOthersConsent() {
    let manager = Fixtures.manager()
    _ = manager.respond(to: "I've seen it", session: "alice")
    #expect(manager.respond(to: "how does it end?", session: "alice").kind == .answer)
    #expect(manager.respond(to: "how does it end?", session: "bob").kind == .consentPrompt)
    #expect(manager.respond(to: "yes", session: "alice").kind == .fallback)
    #expect(manager.respond(to: "yes", session: "bob").kind == .answer)
  }

  @Test func sessionsNeverSeeEachOthersContext() {
    let manager = Fixtures.manager()
    _ = manager.respond(to: "who plays charlotte?", session: "alice")
    #expect(manager.respond(to: "what about lizzie?", session: "alice").intent == "cast.lizzie")
    // Without alice's context, bob's "what about lizzie?" is a question of its own.
    #expect(manager.respond(to: "what about lizzie?", session: "bob").intent != "cast.lizzie")
  }

  @Test func askingAboutTheCharacterJustDiscussedTellsWhoTheyAreInsteadOfRepeating() {
    let manager = Fixtures.manager(consent: .twist)
    let motive = manager.respond(to: "why did charlotte do it?", session: "s")
    #expect(motive.intent == "twist.why-charlotte-did-it")
    let again = manager.respond(to: "and charlotte?", session: "s")
    #expect(again.intent == "character.charlotte", "\(again.text)")
  }

  @Test func heWithNothingBeforeItIsTheFilmsOnlyMan() {
    let manager = Fixtures.manager(consent: .ending)
    let reply = manager.respond(to: "can he still talk at the end", session: "s")
    #expect(reply.intent == "ending.bachoff-fate", "\(reply.text)")
    #expect(reply.text.hasPrefix("No."), "\(reply.text)")
    let other = manager.respond(to: "the bus driver, what did he do", session: "t")
    #expect(other.kind == .fallback, "another man named: \(other.text)")
  }

  @Test func followUpsResolveAgainstTheLastAnswer() {
    let manager = Fixtures.manager(consent: .ending)
    _ = manager.respond(to: "why did charlotte do it?", session: "a")
    #expect(manager.respond(to: "how?", session: "a").intent == "twist.why-lizzie-hallucinates")
    #expect(manager.respond(to: "tell me more", session: "a").intent == "twist.planted-bugs")
    _ = manager.respond(to: "what happens in the fight?", session: "a")
    #expect(manager.respond(to: "and then?", session: "a").intent == "ending.final-performance")
  }

  @Test func pronounsResolveToTheLastCharacter() {
    let manager = Fixtures.manager(consent: .ending)
    _ = manager.respond(to: "who is charlotte?", session: "a")
    let reply = manager.respond(to: "why did she do it?", session: "a")
    #expect(reply.intent == "twist.why-charlotte-did-it")
    _ = manager.respond(to: "who is anton?", session: "a")
    #expect(
      manager.respond(to: "what happened to him?", session: "a").intent == "ending.bachoff-fate")
  }

  @Test func followUpsObeyConsent() {
    let manager = Fixtures.manager(consent: .plot)
    _ = manager.respond(to: "does lizzie cut off her hand?", session: "a")
    let reply = manager.respond(to: "why?", session: "a")
    #expect(reply.kind == .consentPrompt)
    #expect(reply.level == .twist)
    #expect(!reply.text.contains(Self.motive))
  }

  @Test func contextExpiresAfterAFewTurns() {
    let manager = Fixtures.manager()
    _ = manager.respond(to: "who plays charlotte?", session: "a")
    for _ in 0..<4 { _ = manager.respond(to: "what is the weather like?", session: "a") }
    #expect(manager.respond(to: "what about lizzie?", session: "a").intent != "cast.lizzie")
  }

  @Test func unknownQuestionsGetAnHonestFallbackWithSuggestions() {
    let manager = Fixtures.manager()
    for question in ["who directed it?", "is there a sequel?", "what's the weather in Shanghai?"] {
      let reply = manager.respond(to: question, session: question)
      #expect(reply.kind == .fallback, "\(question)")
      #expect(reply.intent == nil)
      #expect(reply.text.hasPrefix("The article doesn't say"))
      #expect((2...3).contains(reply.suggestions.count))
      for suggestion in reply.suggestions {
        let level = Fixtures.library.intents.first { $0.examples.contains(suggestion) }?.level
        #expect(level == SpoilerLevel.none, "suggestion above consent: \(suggestion)")
      }
    }
  }

  @Test func suggestionsAreChosenByCloseness() {
    let reply = Fixtures.manager().respond(to: "what's the weather in Shanghai?", session: "a")
    #expect(reply.suggestions.first?.contains("shanghai") == true)
  }

  @Test func answerVariantsAreDeterministicPerSession() throws {
    let library = try Fixtures.load(
      """
      intents:
        - id: hello
          level: none
          patterns: ['hello']
          answers: ["one", "two", "three", "four"]
      """)
    func replies(_ session: String) -> [String] {
      let manager = DialogueManager(library: library)
      return (0..<8).map { _ in manager.respond(to: "hello", session: session).text }
    }
    #expect(replies("alice") == replies("alice"))
    #expect(Set(replies("alice")).count > 1)
  }

  @Test func tooLongAndEmptyMessagesAreRefusedPolitely() {
    let manager = Fixtures.manager()
    let long = manager.respond(to: String(repeating: "x", count: 5_000), session: "a")
    #expect(long.kind == .refused)
    #expect(long.text.contains("too long"))
    #expect(manager.respond(to: "   ", session: "a").kind == .refused)
  }

  @Test func setConsentAndReset() {
    let manager = Fixtures.manager()
    #expect(manager.setConsent(.plot, session: "a").consent == .plot)
    #expect(manager.consent(of: "a") == .plot)
    manager.reset(session: "a")
    #expect(manager.consent(of: "a") == .none)
  }

  @Test func oneManagerServesManySessionsConcurrently() async {
    let manager = Fixtures.manager()
    await withTaskGroup(of: Bool.self) { group in
      for index in 0..<200 {
        group.addTask {
          let session = "user-\(index)"
          let seen = index % 2 == 0
          if seen { _ = manager.respond(to: "I've seen it", session: session) }
          let reply = manager.respond(to: "how does it end?", session: session)
          return reply.kind == (seen ? .answer : .consentPrompt)
        }
      }
      for await ok in group { #expect(ok) }
    }
  }
}
