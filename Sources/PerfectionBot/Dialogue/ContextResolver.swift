import PCRE2

/// Reads a question against the conversation so far: pronouns, follow-ups and "what about".
///
/// It finds what a message asks for; it never decides whether it may be answered (that is the
/// `ConsentGate`'s job), and it changes a session only to remember what was just answered.
struct ContextResolver: Sendable {
  private let library: IntentLibrary
  private let matcher: IntentMatcher
  private let phrases = DialoguePhrases.shared
  /// How many turns "why?" or "she" keep referring to the last answer.
  private let contextTurns: UInt8
  /// The lexicon's form concepts read here: yes/no, why and how questions.
  private let yesNoForm: Int?
  private let whyForm: Int?
  private let howForm: Int?
  private let alternativeForm: Int?
  /// The one character "he" can mean when nothing said names him (Anton, in the film), if
  /// exactly one character is a "he".
  private let onlyHe: FilmCharacter?
  /// The characters "she" can mean.
  private let women: [FilmCharacter]
  /// What "it" or "they" stands for after each intent's answer, by intent position.
  ///
  /// The topic as words a question may hold ("the tattoo", "the pills"); `nil` where the
  /// topic is no thing the lexicon reads by its own name (a motive, an arc).
  private let topicPhrases: [String?]

  init(library: IntentLibrary, matcher: IntentMatcher, contextTurns: UInt8) {
    self.library = library
    self.topicPhrases = library.intents.map { intent in
      guard let topic = intent.topic, topic != "film",
        let concept = library.concepts.firstIndex(where: {
          $0.name == topic && $0.kind == .topic
        })
      else { return nil }
      let phrase = "the " + topic
      return matcher.concepts(in: phrase).contains(concept) ? phrase : nil
    }
    let men = library.characters.filter { $0.pronoun == "he" }
    self.onlyHe = men.count == 1 ? men.first : nil
    self.women = library.characters.filter { $0.pronoun == "she" }
    self.matcher = matcher
    self.contextTurns = contextTurns
    func form(_ name: String) -> Int? {
      library.concepts.firstIndex { $0.name == name && $0.kind == .form }
    }
    self.yesNoForm = form("q-yesno")
    self.whyForm = form("q-why")
    self.howForm = form("q-how")
    self.alternativeForm = form("q-or")
  }

  /// The intent a question asks for, as a pending question (not yet checked against consent).
  ///
  /// "she" and "he" stand for the characters last talked about, while the context lasts.
  /// "why did she do that?" about the answer just given leads where that answer's "why" leads.
  func find(
    _ text: String, state: SessionState, hasContext: Bool, scratch: MatchScratch,
    limitHits: inout [String]
  ) -> PendingQuestion? {
    let subject = Subject(text)
    var question = text
    // Without a "he" in context, "he" is the film's only man, unless the message names
    // another ("the bus driver, what did he do") or him already ("his" in "what was anton
    // doing to his students" needs no reading).
    // Only a message with a pronoun pays for any of this.
    if hasContext || onlyHe != nil, phrases.hasPronoun(subject, scratch: scratch) {
      let she = hasContext ? character(state.lastShe) : nil
      // "why does lizzie cut her hand off" after an answer about Charlotte: "her" is most
      // often the woman the question names, so it is left as typed ("she" is still read).
      let keepingHer =
        she.map { last in
          women.contains(where: {
            $0.name != last.name && $0.pattern.span(in: subject, using: scratch).isMatch
          })
        } ?? false
      var he = hasContext ? character(state.lastHe) : nil
      if he == nil, let only = onlyHe, !Self.namesAnotherMan(text),
        !only.pattern.span(in: subject, using: scratch).isMatch
      {
        he = only
      }
      if she != nil || he != nil {
        question = phrases.resolvePronouns(text, she: she, he: he, keepingHer: keepingHer)
      }
    }
    var result = matcher.match(normalized: question, using: scratch, exhaustive: false)
    if result.best == nil, question != text {
      result = matcher.match(normalized: text, using: scratch, exhaustive: false)
    }
    // "where does she fly to" with no woman named or talked about: the one woman it reads
    // something for. Both or neither leave it unread.
    if result.best == nil, women.count > 1, Self.saysShe(question),
      !(hasContext && character(state.lastShe) != nil),
      !library.characters.contains(where: { $0.pattern.span(in: subject, using: scratch).isMatch })
    {
      let readings = women.map {
        matcher.match(
          normalized: phrases.resolvePronouns(question, she: $0, he: nil), using: scratch,
          exhaustive: false)
      }.filter { $0.best != nil }
      if readings.count == 1, let only = readings.first { result = only }
    }
    // Right after the mother's answer, "her" may be the mother: read so when "her" read
    // otherwise answers nothing or only at a higher level ("what was wrong with her" would
    // ask Lizzie's sickness, "what happened to her" Charlotte's ending: spoilers the question
    // may not need).
    if hasContext, let means = lastIntent(state)?.sheMeans,
      let replaced = Self.replacingShe(in: text, with: means)
    {
      let retried = matcher.match(normalized: replaced, using: scratch, exhaustive: false)
      if let level = retried.best?.intent.level,
        result.best.map({ $0.intent.level > level }) ?? true
      {
        result = retried
      }
    }
    // "how did charlotte see it" after the tattoos: "it" is the thing just talked about, read
    // only when the question means nothing without it.
    if result.best == nil, hasContext, let last = lastIntent(state),
      let phrase = topicPhrases[last.order],
      let replaced = Self.replacingThingPronoun(in: question, with: phrase)
    {
      let retried = matcher.match(normalized: replaced, using: scratch, exhaustive: false)
      if retried.best != nil { result = retried }
    }
    // "how did charlotte know about lizzie if they had just met": the question without its
    // closing aside, when it reads nothing with it.
    if result.best == nil, let kept = TrailingAside.dropping(question) {
      let retried = matcher.match(normalized: kept, using: scratch, exhaustive: false)
      if retried.best != nil { result = retried }
    }
    // "tell me what anton does": the question in the other tense, when it reads nothing in
    // its own, and the other tense names the same things (a "future" or a "career" read only
    // in one tense is another question).
    if result.best == nil {
      for reading in TenseSwap.readings(question) {
        let retried = matcher.match(normalized: reading, using: scratch, exhaustive: false)
        if retried.best != nil, retried.concepts == result.concepts {
          result = retried
          break
        }
      }
    }
    limitHits += result.limitHits.map { "\($0.intent) pattern #\($0.pattern + 1)" }
    guard let match = result.best else { return nil }
    var pending = PendingQuestion(intent: Int32(match.intent.order), captures: match.captures)
    if hasContext, match.intent.order == Int(state.lastIntent),
      let form = askedForm(result.concepts),
      let next = match.intent.followUps[form].flatMap({ library[$0] })
    {
      pending = PendingQuestion(intent: Int32(next.order), captures: [:])
    }
    let intent = library.intents[Int(pending.intent)]
    // "Yes" or "No" only when the answer covers every topic asked about: "does lizzie get
    // her hand back" is not answered by "yes, she cuts it off". Nor is a choice between two
    // things ("is the knife real or fake").
    if let yesNo = yesNoForm, result.concepts.contains(yesNo), match.uncovered.isEmpty,
      result.unreadWord == nil
    {
      if let alternative = alternativeForm, result.concepts.contains(alternative) {
        pending.yesNo = sharedAnswer(question, intent: intent, scratch: scratch)
      } else if let rule = intent.yesNo.first(where: { $0.rule.admits(result.concepts) }) {
        pending.yesNo = rule.isYes
      }
    }
    return pending
  }

  /// The one answer to a yes/no question over two words joined by "or" ("can anton see or
  /// speak"), when each alone reads the same intent with the same answer; `nil` for a choice
  /// ("is the knife real or fake": yes to one, no to the other) or anything else.
  private func sharedAnswer(_ question: String, intent: Intent, scratch: MatchScratch) -> Bool? {
    let words = question.split(separator: " ").map(String.init)
    guard let or = words.firstIndex(of: "or"), or > 0, or + 1 < words.count,
      words[or - 1].allSatisfy(\.isLetter), words[or + 1].first?.isLetter == true
    else { return nil }
    let readings = [
      words[..<or] + words[(or + 2)...],
      words[..<(or - 1)] + words[(or + 1)...],
    ]
    var answers: [Bool] = []
    var concepts: [ConceptSet] = []
    for reading in readings {
      let result = matcher.match(
        normalized: reading.joined(separator: " "), using: scratch, exhaustive: false)
      guard let best = result.best, best.intent.order == intent.order, best.uncovered.isEmpty,
        result.unreadWord == nil,
        let rule = intent.yesNo.first(where: { $0.rule.admits(result.concepts) })
      else { return nil }
      answers.append(rule.isYes)
      concepts.append(result.concepts)
    }
    // Both words must read as the same thing ("see" and "speak" are both senses): two
    // things read apart are a choice, even when one rule answers both.
    guard concepts.count == 2, concepts[0] == concepts[1] else { return nil }
    return answers.allSatisfy { $0 == answers[0] } ? answers.first : nil
  }

  /// Where a follow-up ("why?", "tell me more", "and then?") after the last answer leads, if
  /// the article says more.
  func followUp(_ kind: FollowUpKind, state: SessionState) -> PendingQuestion? {
    guard let last = lastIntent(state), let targetID = last.followUps[kind],
      let target = library[targetID]
    else { return nil }
    return PendingQuestion(intent: Int32(target.order), captures: [:])
  }

  /// "what about lizzie?": the same topic about the character named, else the same level,
  /// else who they are; who they are when the last answer was already about them, since the
  /// same topic would only repeat it; `nil` when `name` is no character.
  func whatAbout(_ name: String, state: SessionState, scratch: MatchScratch) -> PendingQuestion? {
    let subject = Subject(name)
    guard
      let character = library.characters.firstIndex(where: {
        $0.pattern.span(in: subject, using: scratch).isMatch
      }), let last = lastIntent(state)
    else { return nil }
    let characterName = library.characters[character].name
    let about = library.intents.filter { $0.character == characterName }
    if last.character == characterName,
      let who = about.first(where: { $0.topic == "who" && $0.order != last.order })
    {
      return PendingQuestion(intent: Int32(who.order), captures: [:])
    }
    guard
      let target = about.first(where: { $0.topic != nil && $0.topic == last.topic })
        ?? about.first(where: { $0.level == last.level })
        ?? about.first(where: { $0.topic == "who" }) ?? about.first
    else { return nil }
    return PendingQuestion(intent: Int32(target.order), captures: [:])
  }

  /// The intent answered last, if any.
  func lastIntent(_ state: SessionState) -> Intent? {
    state.lastIntent >= 0 && Int(state.lastIntent) < library.intents.count
      ? library.intents[Int(state.lastIntent)] : nil
  }

  /// Remembers an answer as the context of the next turns: its intent, and its character as
  /// "she" or "he".
  func remember(_ intent: Intent, in state: inout SessionState) {
    state.lastIntent = Int32(intent.order)
    if let name = intent.character,
      let index = library.characters.firstIndex(where: { $0.name == name })
    {
      switch library.characters[index].pronoun {
      case "she": state.lastShe = Int16(clamping: index)
      case "he": state.lastHe = Int16(clamping: index)
      default: break
      }
    }
    state.contextTurnsLeft = contextTurns
  }

  /// Remembers the one "she" and the one "he" a question names, where its answer's intent
  /// names none of that pronoun: in "what instrument does charlotte play and what's her
  /// backstory", the instrument's answer is no one's, and "her" is Charlotte.
  func rememberNamed(
    in question: String, besides intent: Intent, state: inout SessionState,
    scratch: MatchScratch
  ) {
    let own = intent.character.flatMap { name in
      library.characters.first(where: { $0.name == name })?.pronoun
    }
    let subject = Subject(question)
    for pronoun in ["she", "he"] where pronoun != own {
      let named = library.characters.indices.filter {
        library.characters[$0].pronoun == pronoun
          && library.characters[$0].pattern.span(in: subject, using: scratch).isMatch
      }
      guard named.count == 1, let index = named.first else { continue }
      if pronoun == "she" {
        state.lastShe = Int16(clamping: index)
      } else {
        state.lastHe = Int16(clamping: index)
      }
    }
  }

  /// The follow-up a question's form asks for ("why …?" → `.why`), if any.
  private func askedForm(_ concepts: ConceptSet) -> FollowUpKind? {
    if let why = whyForm, concepts.contains(why) { return .why }
    if let how = howForm, concepts.contains(how) { return .how }
    return nil
  }

  /// Words that stand for a thing rather than a person.
  private static let thingPronouns: Set<Substring> = ["it", "they", "them", "those", "these"]

  /// Words before which "there" is no place ("is there a sequel").
  private static let existentials: Set<Substring> = ["is", "are", "was", "were", "isnt", "arent"]

  /// The question with its first thing-pronoun replaced by `phrase`, or its "there" by "in"
  /// and `phrase` ("what happens there" after Shanghai); `nil` when it has neither.
  private static func replacingThingPronoun(in text: String, with phrase: String) -> String? {
    var words = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
    guard
      let index = words.indices.first(where: { index in
        let core = Substring(words[index].filter(\.isLetter))
        return thingPronouns.contains(core)
          || (core == "there"
            && (index == 0 || !existentials.contains(Substring(words[index - 1]))))
      })
    else { return nil }
    let word = words[index]
    let core = word.filter(\.isLetter)
    let replacement = core == "there" ? "in " + phrase : phrase
    words[index] = replacement + word.dropFirst(word.prefix { !$0.isLetter }.count + core.count)
    return words.joined(separator: " ")
  }

  /// The question with every "she", "her" and "hers" read as `phrase`; `nil` when it has none.
  private static func replacingShe(in text: String, with phrase: String) -> String? {
    var replaced = false
    let words = text.split(separator: " ", omittingEmptySubsequences: false).map { word in
      let core = word.prefix { $0.isLetter }
      guard core == "she" || core == "her" || core == "hers" else { return String(word) }
      replaced = true
      return (core == "hers" ? phrase + "'s" : phrase) + word.dropFirst(core.count)
    }
    return replaced ? words.joined(separator: " ") : nil
  }

  /// Words for a man other than the film's characters.
  private static let otherMen: Set<Substring> = [
    "driver", "dad", "father", "husband", "boyfriend", "brother", "son", "guy", "man", "doctor",
    "director", "author", "writer", "actor", "uncle", "grandfather", "cop", "officer", "judge",
  ]

  /// Whether a message names a man the pronoun could mean instead.
  private static func namesAnotherMan(_ text: String) -> Bool {
    text.split { !$0.isLetter }.contains { otherMen.contains($0) }
  }

  private func character(_ index: Int16) -> FilmCharacter? {
    index >= 0 && Int(index) < library.characters.count ? library.characters[Int(index)] : nil
  }

  /// Whether a question says "she", "her" or "hers".
  private static func saysShe(_ text: String) -> Bool {
    text.split(separator: " ").contains { word in
      let core = word.filter(\.isLetter)
      return core == "she" || core == "her" || core == "hers"
    }
  }
}
