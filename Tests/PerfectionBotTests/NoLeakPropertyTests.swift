import Foundation
import TestSupport
import Testing

@testable import PerfectionBot

/// The product's promise, as a property: at every consent level, nothing the bot says, for
/// any intent, holds a word that exists only in answers above that level.
@Suite("No spoiler leaks")
struct NoLeakPropertyTests {
  /// What a user might say after any question, to reach follow-ups, teasers and fallbacks.
  static let followUps = [
    "why?", "how?", "and then?", "tell me more", "what about lizzie?", "what about anton?",
    "what about charlotte?", "why did she do that?", "what did he do?", "no", "yes maybe",
    "what happened to her?", "/help", "help", "what?",
  ]

  /// Words of the bot's own voice, learned from a library with no film content at all, so
  /// that the oracle does not depend on the shipped replies it checks.
  static let interfaceWords: Set<Substring> = {
    let library: IntentLibrary
    do {
      library = try Fixtures.load(
        """
        intents:
          - id: probe.safe
            level: none
            patterns: ['zzsafe']
            answers: ["qqsafe"]
            examples: ["zzsafe"]
          - id: probe.secret
            level: ending
            patterns: ['zzsecret']
            answers: ["qqsecret"]
            teaser: "qqteaser"
        """)
    } catch {
      fatalError("probe library: \(error)")
    }
    var words: Set<Substring> = []
    for level in SpoilerLevel.allCases {
      let manager = DialogueManager(
        library: library, options: DialogueManager.Options(defaultConsent: level))
      for message in [
        "zzsecret", "unknown", "no", "zzsecret", "yes", "unknown", "", "spoil everything",
        "no more spoilers",
        "what spoilers have i agreed to", String(repeating: "x", count: 3_000), "zzsafe", "why?",
        "spoilers up to the plot are fine",
      ] {
        let reply = manager.respond(to: message, session: "probe")
        words.formUnion(Suggester.words(reply.text))
      }
      words.formUnion(Suggester.words(manager.setConsent(level, session: "x").text))
    }
    for level in SpoilerLevel.allCases {
      words.formUnion(Suggester.words(level.phrase))
      words.formUnion(Suggester.words(level.consentPhrase))
    }
    return words.subtracting(["qqsafe", "zzsafe", "qqteaser"])
  }()

  /// Words that appear in answers above `level` and nowhere a session at `level` may see.
  static func forbiddenWords(above level: SpoilerLevel) -> Set<Substring> {
    var above: Set<Substring> = []
    var allowed = interfaceWords
    for intent in Fixtures.library.intents {
      let words = intent.answers.reduce(into: Set<Substring>()) {
        $0.formUnion(Suggester.words($1.source))
      }
      if intent.level > level {
        above.formUnion(words)
      } else {
        allowed.formUnion(words)
        for example in intent.examples { allowed.formUnion(Suggester.words(example)) }
      }
    }
    return above.subtracting(allowed)
  }

  @Test func theOracleIsNotEmpty() {
    // If this failed, the property below would pass vacuously.
    #expect(Self.forbiddenWords(above: .none).count > 50)
    #expect(Self.forbiddenWords(above: .none).contains("ibuprofen"))
    #expect(Self.forbiddenWords(above: .twist).contains("fingerboard"))
    #expect(Self.forbiddenWords(above: .ending).isEmpty)
  }

  @Test(arguments: SpoilerLevel.allCases)
  func noReplyHoldsTextAboveConsent(_ level: SpoilerLevel) {
    let forbidden = Self.forbiddenWords(above: level)
    var checked = 0
    for intent in Fixtures.library.intents {
      for question in intent.examples {
        // Straight after the question a "no" shows the teaser; after that, follow-ups.
        let conversations = [[question, "no"], [question] + Self.followUps]
        for (message, manager) in conversations.flatMap({ messages in
          let manager = Fixtures.manager(consent: level)
          return messages.map { ($0, manager) }
        }) {
          let reply = manager.respond(to: message, session: "s")
          checked += 1
          if reply.kind == .answer {
            #expect(
              (reply.level ?? .none) <= level, "answered \(reply.intent ?? "?") above \(level)")
          }
          var seen = Suggester.words(reply.text)
          for suggestion in reply.suggestions { seen.formUnion(Suggester.words(suggestion)) }
          if let id = reply.intent {
            seen.formUnion(Suggester.words(id.replacingOccurrences(of: "-", with: " ")))
          }
          let leaked = seen.intersection(forbidden)
          #expect(
            leaked.isEmpty,
            "at consent \(level.name), after \"\(question)\" then \"\(message)\": \(leaked.sorted())"
          )
        }
      }
    }
    #expect(checked > 500)
  }

  @Test func everyTeaserIsSafeForAnyone() {
    let forbidden = Self.forbiddenWords(above: .none)
    for intent in Fixtures.library.intents {
      guard let teaser = intent.teaser else { continue }
      let leaked = Suggester.words(teaser).intersection(forbidden)
      #expect(leaked.isEmpty, "teaser of \(intent.id) leaks \(leaked.sorted())")
    }
  }

  @Test func everySpoilerIntentHasATeaser() {
    for intent in Fixtures.library.intents where intent.level > .none {
      #expect(intent.teaser != nil, "\(intent.id) has no teaser")
    }
  }
}
