import TestSupport
import Testing

@testable import PerfectionBot

/// Random conversations (questions, grants, refusals, yes, no, changes of mind, noise) held
/// against a model of consent written apart from the engine: nothing the bot says may sit
/// above what the model says the user agreed to.
@Suite("Consent model property")
struct ConsentModelPropertyTests {
  /// What a message does to consent, in the model's own words.
  enum Effect {
    /// Consent becomes at least this level.
    case grant(SpoilerLevel)
    /// Consent drops to `none`.
    case revoke
    /// Consent drops below this level.
    case refuseFrom(SpoilerLevel)
    /// A plain yes: the prompt just shown (or the one declined just before) is agreed to.
    case yes
    /// A weaker yes ("ok", "i don't care"): the prompt just shown is agreed to, but a "no"
    /// just said stands.
    case yesToPrompt
    /// Nothing changes.
    case nothing
  }

  static let statements: [(String, Effect)] = [
    ("spoil everything", .grant(.ending)), ("i've seen it", .grant(.ending)),
    ("spoilers up to the twist are fine", .grant(.twist)), ("plot spoilers are ok", .grant(.plot)),
    ("i'm ok with the ending", .grant(.ending)), ("no more spoilers", .revoke),
    ("don't spoil the ending", .refuseFrom(.ending)),
    ("i don't want spoilers up to the twist", .refuseFrom(.twist)),
    ("please don't spoil everything", .nothing), ("are spoilers ok?", .nothing),
    ("mild spoilers are ok", .grant(.plot)), ("i already know the twist", .grant(.twist)),
    ("yes", .yes), ("yep, go ahead", .yes), ("i don't care", .yesToPrompt), ("actually yes", .yes),
    ("no", .nothing), ("maybe", .nothing), ("maybe later", .nothing), ("ok", .yesToPrompt),
    ("lol what", .nothing), ("why?", .nothing), ("tell me more", .nothing),
    ("what spoilers have i agreed to", .nothing),
  ]

  /// Replies to a prompt that may run into a question, with what they do in the model.
  static let replies: [(String, Effect)] = [
    ("yes", .yesToPrompt), ("yeah sure", .yesToPrompt), ("no", .nothing), ("nope", .nothing),
    ("ok", .nothing), ("not yet", .nothing),
  ]

  /// Words of answers above `level` found nowhere a session at `level` may see, compared by
  /// stem, so that "raped" and "rape", "hallucinations" and "hallucinate" count as one.
  static func forbiddenStems(above level: SpoilerLevel) -> Set<String> {
    NoLeakPropertyTests.forbiddenWords(above: level).reduce(into: Set<String>()) {
      $0.insert(stem($1))
    }.subtracting(allowedStems(at: level))
  }

  static func allowedStems(at level: SpoilerLevel) -> Set<String> {
    var allowed = NoLeakPropertyTests.interfaceWords
    for intent in Fixtures.library.intents where intent.level <= level {
      for answer in intent.answers { allowed.formUnion(Suggester.words(answer.source)) }
      for example in intent.examples { allowed.formUnion(Suggester.words(example)) }
      if let teaser = intent.teaser { allowed.formUnion(Suggester.words(teaser)) }
    }
    for intent in Fixtures.library.intents {
      if let teaser = intent.teaser { allowed.formUnion(Suggester.words(teaser)) }
    }
    return Set(allowed.map(stem))
  }

  /// A crude stem: the first six letters of a long word, the word itself otherwise.
  static func stem(_ word: Substring) -> String {
    String(word.count > 6 ? word.prefix(6) : word)
  }

  @Test func theStemOracleCatchesParaphrasedForms() {
    let stems = Self.forbiddenStems(above: .none)
    #expect(stems.contains(Self.stem("hallucinations")))
    #expect(stems.contains(Self.stem("ibuprofen")))
    #expect(Self.forbiddenStems(above: .ending).isEmpty)
  }

  @Test(arguments: Array(1...16) as [UInt64])
  func nothingSaidRisesAboveTheModelsConsent(seed: UInt64) {
    var generator = SeededGenerator(seed: seed)
    let questions = Fixtures.library.intents.flatMap(\.examples)
    let forbidden = Dictionary(
      uniqueKeysWithValues: SpoilerLevel.allCases.map { ($0, Self.forbiddenStems(above: $0)) })
    let manager = Fixtures.manager()
    for conversation in 0..<40 {
      let session = "model-\(seed)-\(conversation)"
      var consent = SpoilerLevel.none
      var prompt: SpoilerLevel?
      var declined: SpoilerLevel?
      var transcript: [String] = []
      for _ in 0..<14 {
        var message: String
        var effect = Effect.nothing
        switch Int.random(in: 0..<10, using: &generator) {
        case 0..<5:
          message = questions.randomElement(using: &generator) ?? "hi"
        case 5:
          // A statement and a question in one message, with a full stop between or, as
          // people type in chat, nothing ("i've seen it what happened to anton"); negated
          // and questioning statements too.
          // A plain yes or no to a prompt runs into a question too ("yes, who is anton"):
          // it answers the prompt shown, and only that.
          let statement =
            Int.random(in: 0..<4, using: &generator) == 0
            ? Self.replies.randomElement(using: &generator) ?? ("no", .nothing)
            : Self.statements[Int.random(in: 0..<12, using: &generator)]
          let separator = [". ", ", ", " "].randomElement(using: &generator) ?? " "
          message = statement.0 + separator + (questions.randomElement(using: &generator) ?? "hi")
          effect = statement.1
        default:
          let statement = Self.statements.randomElement(using: &generator) ?? ("ok", .yesToPrompt)
          message = statement.0
          effect = statement.1
        }
        transcript.append(message)
        switch effect {
        case .grant(let level): consent = max(consent, level)
        case .revoke: consent = .none
        case .refuseFrom(let level):
          consent = min(consent, SpoilerLevel.allCases.last { $0 < level } ?? .none)
        case .yes:
          if let agreed = prompt ?? declined { consent = max(consent, agreed) }
        case .yesToPrompt:
          if let agreed = prompt { consent = max(consent, agreed) }
        case .nothing: break
        }
        let reply = manager.respond(to: message, session: session)
        let context = "seed \(seed), \(transcript.joined(separator: " / ")): \(reply.text)"
        for part in reply.parts {
          #expect((part.spoiler ?? .none) <= consent, "above consent: \(context)")
        }
        #expect(reply.consent <= consent, "consent rose too far: \(context)")
        var seen = Suggester.words(reply.text)
        for suggestion in reply.suggestions { seen.formUnion(Suggester.words(suggestion)) }
        let leaked = Set(seen.map(Self.stem)).intersection(forbidden[consent] ?? [])
        #expect(leaked.isEmpty, "\(leaked.sorted()) above \(consent.name): \(context)")
        // What the model may agree to next: the prompt shown, or the one just declined. A
        // refusal said while a prompt waits declines it, even when a question follows in the
        // same message ("don't spoil the ending. is it on hulu?"), so "actually yes" may take
        // it back.
        var refusedPrompt: SpoilerLevel?
        switch effect {
        case .refuseFrom, .revoke: refusedPrompt = prompt
        default: refusedPrompt = nil
        }
        declined = reply.kind == .declined ? reply.level : refusedPrompt
        // A status reply keeps the prompt waiting without naming its level again.
        prompt = reply.awaitingConsent ? (reply.level ?? prompt) : nil
        // The engine may hold less than the model (a grant it did not read), never more;
        // the model follows it down so later steps compare like with like.
        consent = min(consent, reply.consent)
      }
    }
  }
}
