import TestSupport
import Testing

@testable import PerfectionBot

/// Several questions in one message, consent read in words, and a change of mind.
@Suite("Conversation")
struct ConversationTests {
  /// Grants the bot accepts, after a consent prompt or as a statement.
  static let grants = [
    "yes", "sure", "ok", "go ahead", "yep, go ahead", "ok tell me", "spoil it", "tell me",
    "i've seen it", "spoil everything", "all spoilers are ok", "spoilers are fine",
    "spoilers up to the ending are fine", "i'm ok with the ending", "spoil the ending",
    "you can spoil it", "i don't mind spoilers", "i'm fine with ending spoilers",
    "ending spoilers are fine", "wait, go ahead", "already watched it", "i know the ending",
    "i've seen the ending", "i already know how it ends", "spoilers for the ending are fine",
    "i finish watch movie", "i already watch it",
  ]

  /// Grants with an exception: each grants up to the level below the one left out.
  static let exceptions: [(String, SpoilerLevel)] = [
    ("spoil everything except the ending", .twist),
    ("all spoilers are ok but not the ending", .twist),
    ("i'm fine with spoilers, just not the ending", .twist),
    ("spoil everything except the twist", .plot),
    ("i've seen it, apart from the ending", .twist),
  ]

  @Test(arguments: exceptions)
  func aGrantWithAnExceptionStopsBelowIt(_ phrase: String, _ level: SpoilerLevel) {
    let manager = Fixtures.manager()
    let reply = manager.respond(to: phrase, session: "s")
    #expect(reply.consent == level, "\(phrase): \(reply.text)")
    let ending = manager.respond(to: "what happens to bachoff?", session: "s")
    #expect(ending.kind == .consentPrompt, "\(phrase): \(ending.text)")
    #expect(ending.level == .ending)
    #expect(ending.intents.isEmpty)
    // Negated or asked, it grants nothing.
    for refusal in ["don't \(phrase)", "\(phrase)?", "please don't \(phrase)"] {
      let fresh = Fixtures.manager().respond(to: refusal, session: "t")
      #expect(fresh.consent == .none, "\"\(refusal)\" granted \(fresh.consent.name)")
    }
  }

  @Test func notHavingSeenALevelKeepsItAndAsksAtTheQuestionsOwnLevel() {
    let manager = Fixtures.manager()
    let reply = manager.respond(
      to: "i havent seen the ending yet but why did charlotte do it", session: "s")
    #expect(reply.kind == .consentPrompt, "\(reply.text)")
    #expect(reply.level == .twist, "the prompt names the level the question needs")
    #expect(reply.consent == .none)
    // Said after agreeing to everything, it takes the ending back.
    _ = manager.respond(to: "spoil everything", session: "t")
    let lowered = manager.respond(to: "i haven't seen the ending yet", session: "t")
    #expect(lowered.consent < .ending, "\(lowered.text)")
  }

  @Test func aLevelGrantInWordsBeforeAQuestionAnswersIt() {
    let manager = Fixtures.manager()
    let reply = manager.respond(
      to: "im fine with plot spoilers. what happens to lizzie on the bus", session: "s")
    #expect(reply.intents == ["plot.lizzie-ill"], "\(reply.text)")
    #expect(reply.consent == .plot)
  }

  @Test(arguments: [
    ("i watched it already what happened to bachoff", SpoilerLevel.ending, "ending.bachoff-fate"),
    ("i already watched it lol were the bugs real", .ending, "twist.why-lizzie-hallucinates"),
    ("no more spoilers who plays lizzie", .none, "cast.lizzie"),
    ("i'm about to watch it and i just want to know who anton is", .none, "character.anton"),
    (
      "twist is fine but not the ending, why did charlotte do it", .twist,
      "twist.why-charlotte-did-it"
    ),
    ("spoil only the plot, what happens on the trip", .plot, "plot.the-trip"),
    ("you can spoil the ending: what's the last scene", .ending, "ending.final-performance"),
    ("mild spoilers ok, what happens on the trip", .plot, "plot.the-trip"),
    ("i already know the twist, what do the tattoos mean", .twist, "twist.tattoos"),
  ])
  func aConsentStatementRunningIntoItsQuestionAnswersBoth(
    _ text: String, _ consent: SpoilerLevel, _ intent: String
  ) {
    let manager = Fixtures.manager()
    let reply = manager.respond(to: text, session: "s")
    #expect(reply.consent == consent, "\(reply.text)")
    #expect(reply.intents == [intent], "\(reply.text)")
  }

  @Test func aRefusalRunningIntoAQuestionStillRefuses() {
    let manager = Fixtures.manager()
    let reply = manager.respond(to: "i havent seen the ending what is the twist", session: "s")
    #expect(reply.kind == .consentPrompt, "\(reply.text)")
    #expect(reply.level == .twist)
    #expect(reply.consent == .none)
    let asked = manager.respond(
      to: "can you spoil everything what happened to anton", session: "t")
    #expect(asked.consent == .none, "a grant asked as a question grants nothing")
    for refusal in ["the twist is not fine, why did charlotte do it", "is the twist ok?"] {
      let reply = manager.respond(to: refusal, session: "w")
      #expect(reply.consent == .none, "\(refusal): \(reply.text)")
    }
    // About to watch it: not seen yet, so nothing granted before stands.
    _ = manager.respond(to: "spoil everything", session: "u")
    let unseen = manager.respond(to: "im gonna watch it tonight", session: "u")
    #expect(unseen.consent == .none, "\(unseen.text)")
    _ = manager.respond(to: "spoil everything", session: "v")
    let again = manager.respond(to: "im gonna watch it again", session: "v")
    #expect(again.consent == .ending, "seeing it again means it was seen: \(again.text)")
  }

  /// Negated and questioning forms of a grant: none of them may grant anything.
  static func refusals(of grant: String) -> [String] {
    [
      "don't \(grant)", "not \(grant)", "no \(grant) please", "\(grant)?", "i'm not ok with it",
      "i do not want that, \(grant)", "never \(grant)", "please don't \(grant)",
      "\(grant)? not really", "can you \(grant)?",
      // Run into a question with nothing between, it is still no grant.
      "don't \(grant) what happened to anton", "\(grant)? what happened to anton",
    ]
  }

  @Test(arguments: grants)
  func everyGrantIsUnderstoodAfterAPrompt(_ grant: String) {
    let manager = Fixtures.manager()
    _ = manager.respond(to: "how does it end?", session: "s")
    let reply = manager.respond(to: grant, session: "s")
    #expect(reply.intents == ["ending.explained"], "\(grant): \(reply.text)")
    #expect(reply.consent == .ending)
  }

  @Test(arguments: grants)
  func noNegatedOrQuestioningFormOfAGrantGrants(_ grant: String) {
    for refusal in Self.refusals(of: grant) {
      let manager = Fixtures.manager()
      let prompt = manager.respond(to: "how does it end?", session: "s")
      #expect(prompt.kind == .consentPrompt)
      let reply = manager.respond(to: refusal, session: "s")
      #expect(reply.consent == .none, "\"\(refusal)\" granted \(reply.consent.name)")
      #expect(reply.intents.isEmpty, "\"\(refusal)\" answered: \(reply.text)")
      // Said out of the blue, it grants nothing either.
      let fresh = Fixtures.manager().respond(to: refusal, session: "t")
      #expect(fresh.consent == .none, "\"\(refusal)\" granted \(fresh.consent.name)")
    }
  }

  /// Has a session decline the twist.
  static func declined(_ session: String, in manager: DialogueManager) {
    _ = manager.respond(to: "why did charlotte do it?", session: session)
    _ = manager.respond(to: "no", session: session)
  }

  @Test func aPlainOkAfterDecliningChangesNobodysMind() {
    let manager = Fixtures.manager()
    Self.declined("s", in: manager)
    let reply = manager.respond(to: "ok", session: "s")
    // It is acknowledged, and the twist stays untold.
    #expect(reply.intents == ["conversation.acknowledge"], "\(reply.text)")
    #expect(reply.consent == .none)
  }

  @Test func aYesNoQuestionThatPraisesTheVillainIsAnsweredNo() {
    let manager = Fixtures.manager()
    let prompt = manager.respond(to: "was anton a good teacher", session: "s")
    #expect(prompt.kind == .consentPrompt)
    #expect(prompt.level == .twist)
    let answer = manager.respond(to: "yes", session: "s")
    #expect(answer.text.hasPrefix("No."), "\(answer.text)")
    let evil = manager.respond(to: "is anton evil", session: "s")
    #expect(evil.text.hasPrefix("Yes."), "\(evil.text)")
  }

  @Test func noSpoilersAfterAQuestionQualifiesItAndOnItsOwnRevokes() {
    let manager = Fixtures.manager()
    let summary = manager.respond(to: "plot summary no spoilers", session: "s")
    #expect(summary.intents == ["film.about"], "\(summary.text)")
    _ = manager.respond(to: "spoil everything", session: "t")
    let revoked = manager.respond(to: "ok no spoilers please", session: "t")
    #expect(revoked.consent == .none, "\(revoked.text)")
  }

  @Test func aPauseBeforeAChangeOfMindStillChangesIt() {
    let manager = Fixtures.manager()
    Self.declined("s", in: manager)
    let reply = manager.respond(to: "wait actually go ahead", session: "s")
    #expect(reply.intents == ["twist.why-charlotte-did-it"], "\(reply.text)")
  }

  @Test func aChangeOfMindAnswersTheDeclinedQuestionOnTheNextTurnOnly() {
    let manager = Fixtures.manager()
    Self.declined("a", in: manager)
    #expect(
      manager.respond(to: "actually yes", session: "a").intents == [
        "twist.why-charlotte-did-it"
      ])
    Self.declined("b", in: manager)
    _ = manager.respond(to: "who plays lizzie?", session: "b")
    let late = manager.respond(to: "actually yes", session: "b")
    #expect(late.intents.isEmpty, "\(late.text)")
    #expect(late.consent == .none)
  }

  @Test func eachPartOfACompoundQuestionWaitsForItsOwnConsent() {
    let manager = Fixtures.manager()
    let first = manager.respond(to: "who is bachoff and what did he do", session: "s")
    #expect(first.intents == ["character.anton"])
    #expect(first.kind == .consentPrompt)
    #expect(first.level == .twist)
    #expect(first.intent == nil)
    let second = manager.respond(to: "yes", session: "s")
    #expect(second.intents == ["twist.what-bachoff-did"])
  }

  @Test func aNewQuestionDropsTheRestOfACompoundOne() {
    let manager = Fixtures.manager()
    _ = manager.respond(to: "what happens to bachoff and who plays lizzie", session: "s")
    let other = manager.respond(to: "when did it come out?", session: "s")
    #expect(other.intents == ["film.release"])
    let yes = manager.respond(to: "yes", session: "s")
    #expect(yes.intents.isEmpty, "a stale part was answered: \(yes.text)")
  }

  @Test func markupHidesEachSpoilerPartOnItsOwn() throws {
    let manager = Fixtures.manager(consent: .twist)
    let reply = manager.respond(
      to: "when did it come out and why did charlotte do it and how does it end", session: "s")
    #expect(reply.kind == .consentPrompt)
    #expect(reply.intents == ["film.release", "twist.why-charlotte-did-it"])
    let shown = SpoilerMarkup.discord.apply(to: reply)
    #expect(shown.hasPrefix("The Perfection arrived on Netflix on May 24, 2019. ||Despite"))
    #expect(shown.hasSuffix("(yes / no)"))
    let release = try #require(reply.parts.first)
    #expect(release.spoiler == SpoilerLevel.none)
  }

  @Test func aSubjectlessQuestionAfterAStatementAsksAboutTheStatement() {
    let manager = Fixtures.manager(consent: .plot)
    let reply = manager.respond(to: "the bus scene was so gross, what was going on", session: "s")
    #expect(reply.intents == ["plot.the-trip"])
    // A question opening with "were" asks too, so the statement is its context.
    let bugs = Fixtures.manager(consent: .twist).respond(
      to: "the bus part was weird, were the bugs real", session: "u")
    #expect(bugs.intents == ["twist.why-lizzie-hallucinates"], "\(bugs.text)")
    // A tag after a statement asks nothing of its own.
    let tag = manager.respond(to: "it's lizzie who cuts off her hand, right", session: "v")
    #expect(tag.intents == ["plot.the-hand"], "\(tag.text)")
    // Two real questions stay two.
    let two = manager.respond(to: "who is in it, and when did it come out", session: "t")
    #expect(two.intents == ["cast.main", "film.release"])
  }

  @Test func theAskersOwnAsideIsAStatementThatAsksNothing() {
    let manager = Fixtures.manager(consent: .ending)
    // "the ending had me screaming" had been answered as a question about the ending.
    let reaction = manager.respond(
      to: "bruh the ending had me screaming, what did they do to anton's face", session: "s")
    #expect(reaction.intents == ["ending.bachoff-fate"], "\(reaction.text)")
    // An apology for one's English had made the whole message fall back.
    let english = manager.respond(
      to: "my english not so good, sorry. please explain me why charlotte give the pills to lizzie",
      session: "t")
    #expect(english.intents == ["twist.why-charlotte-did-it"], "\(english.text)")
  }

  @Test func aTopicNamedBeforeAStatementAndItsQuestionIsPartOfThatQuestion() {
    let manager = Fixtures.manager(consent: .twist)
    // Without the fold, "lizzie hand" was answered on its own, then the question.
    let reply = manager.respond(to: "lizzie hand, charlotte make her cut it, why", session: "s")
    #expect(reply.intents == ["twist.why-charlotte-did-it"], "\(reply.text)")
    // A list of topics before a question stays a list.
    let list = manager.respond(to: "release date, cast, plot?", session: "t")
    #expect(list.intents == ["film.release", "cast.main", "film.about"], "\(list.text)")
  }

  @Test func theAskersMomentIsWhatTheQuestionAfterItIsAbout() {
    let manager = Fixtures.manager(consent: .plot)
    // Its "when" had asked when Lizzie cut her hand, and "she" had been read as Charlotte.
    let reply = manager.respond(
      to: "i was screaming when lizzie cut her hand, why did she do it", session: "s")
    #expect(reply.intents == ["plot.the-hand"], "\(reply.text)")
    // A "when" after a word that embeds a question still asks it.
    let asked = manager.respond(to: "i wonder when it came out, also who is in it", session: "t")
    #expect(asked.intents == ["film.release", "cast.main"], "\(asked.text)")
  }

  @Test func aClosingAndWhyAsksTheWhyOfTheQuestionBeforeIt() {
    let manager = Fixtures.manager(consent: .twist)
    // The "why" had been dropped and only what happens answered.
    let reply = manager.respond(to: "what happens to lizzie on the bus and why", session: "s")
    #expect(reply.intents == ["plot.lizzie-ill", "twist.why-lizzie-hallucinates"], "\(reply.text)")
    // After a statement, "why" asks why it happened, read whole.
    let whole = manager.respond(to: "charlotte has a butcher knife?? why", session: "t")
    #expect(whole.intents == ["plot.the-knife"], "\(whole.text)")
    // The "why" belongs to the question right before it: one the article never answers
    // lends it to no earlier part.
    let gap = manager.respond(
      to: "what happens to lizzie on the bus, who directed it and why", session: "u")
    #expect(!gap.intents.contains("twist.why-lizzie-hallucinates"), "\(gap.text)")
  }

  @Test func herIsTheWomanTheQuestionNamesNotTheOneTalkedAboutBefore() {
    let manager = Fixtures.manager(consent: .twist)
    // "her" had been read as Charlotte, after the knife's answer, and the question as
    // Charlotte's motive, a prompt at the twist for a plot question.
    let reply = manager.respond(
      to: "why does charlotte have a knife? and why does lizzie cut her hand off?", session: "s")
    #expect(reply.intents == ["plot.the-knife", "plot.the-hand"], "\(reply.text)")
    // "she" is still the woman talked about.
    _ = manager.respond(to: "why is charlotte in shanghai", session: "t")
    let she = manager.respond(to: "what does she do there with lizzie", session: "t")
    #expect(she.intents == ["plot.competition-night"], "\(she.text)")
  }

  @Test func aClausePointingBackAtATopicAsksAboutItAndIsNoListedTopic() {
    let manager = Fixtures.manager(consent: .ending)
    // "anton stab it" had been read as a second topic on a list, and the fight told after
    // the arm.
    let reply = manager.respond(to: "charlotte arm, anton stab it?", session: "s")
    #expect(reply.intents == ["ending.charlotte-arm"], "\(reply.text)")
  }

  @Test func twoThingsUnderOneFrameAreEachAnsweredWhenOneAnswerLeavesOneOut() {
    let manager = Fixtures.manager(consent: .none)
    // The release date alone had been answered, the cast left out.
    let reply = manager.respond(to: "tell me the release date and the cast", session: "s")
    #expect(reply.intents == ["film.release", "cast.main"], "\(reply.text)")
    // One answer that covers both stays one.
    let one = Fixtures.manager(consent: .twist).respond(
      to: "what did anton do to charlotte and lizzie", session: "t")
    #expect(one.intents == ["twist.what-bachoff-did"], "\(one.text)")
  }

  @Test func twoThingsUnderOneFrameAreEachAnsweredWhenTheirAnswersTieForTheWhole() {
    let manager = Fixtures.manager(consent: .twist)
    // The tattoos' answer tells the chapel too, and had won the tie alone.
    let reply = manager.respond(to: "explain the tattoos and the chapel", session: "s")
    #expect(reply.intents == ["twist.tattoos", "twist.chapel"], "\(reply.text)")
    // The same as a list of topics.
    let list = manager.respond(to: "tattoos and chapel, explain both", session: "u")
    #expect(list.intents == ["twist.tattoos", "twist.chapel"], "\(list.text)")
    // "between" makes the two one thing, wherever the frame ends.
    let span = manager.respond(
      to: "what is the connection between the tattoos and the chapel", session: "t")
    #expect(span.intents.count == 1, "\(span.text)")
  }

  @Test func aRepeatedPrepositionAfterAndAsksASecondQuestionUnderTheSameFrame() {
    let manager = Fixtures.manager(consent: .ending)
    let reply = manager.respond(to: "what happened to charlotte's arm and to anton", session: "s")
    #expect(reply.intents == ["ending.charlotte-arm", "ending.bachoff-fate"], "\(reply.text)")
    // Without the repeated word, one question about both stays one where it has an answer.
    let one = manager.respond(to: "what did anton do to charlotte and lizzie", session: "t")
    #expect(one.intents == ["twist.what-bachoff-did"], "\(one.text)")
  }

  @Test func anAsideAfterAQuestionAsksNothing() {
    let manager = Fixtures.manager(consent: .ending)
    let reason = manager.respond(
      to: "were the pills actually ibuprofen? because she got sick really fast", session: "s")
    #expect(reason.intents == ["twist.why-lizzie-hallucinates"], "\(reason.text)")
    let missed = manager.respond(to: "who is anton? i missed the beginning", session: "t")
    #expect(missed.intents == ["character.anton"], "\(missed.text)")
    // A second question stays a question.
    let two = manager.respond(to: "who is anton? what happens to lizzie?", session: "u")
    #expect(two.intents.count == 2, "\(two.text)")
    // A "?" after the aside asks nothing more.
    let marked = manager.respond(to: "who is anton? i missed the beginning??", session: "w")
    #expect(marked.intents == ["character.anton"], "\(marked.text)")
    // The asker's confusion after two questions leaves both to be answered.
    let confused = manager.respond(
      to: "when did it come out and who is in it? im so confused", session: "v")
    #expect(confused.intents == ["film.release", "cast.main"], "\(confused.text)")
  }

  @Test func aQuestionInsideARequestGivesTheNextQuestionItsContext() {
    // "her" in the second question is Lizzie, as after "who is lizzie" alone.
    let reply = Fixtures.manager().respond(
      to: "any idea who is lizzie and who plays her", session: "s")
    #expect(reply.intents == ["character.lizzie", "cast.lizzie"], "\(reply.text)")
  }

  @Test func whatTheAskerSetsAsideIsNotAsked() {
    let manager = Fixtures.manager()
    // Asked as its own question, "forget the twist" had prompted at the twist.
    let forget = manager.respond(to: "forget the twist, just who is anton", session: "s")
    #expect(forget.intents == ["character.anton"], "\(forget.text)")
    let not = manager.respond(to: "who plays lizzie, not charlotte", session: "t")
    #expect(not.intents == ["cast.lizzie"], "\(not.text)")
    // "not sure what…" asks; it sets nothing aside.
    #expect(!Clauses.isExclusion("not sure what happened to anton"))
    #expect(Clauses.isExclusion("not which arm charlotte lost"))
    #expect(Clauses.isExclusion("leaving the abuse aside"))
    #expect(!Clauses.isExclusion("leaving anton alive was cruel"))
    #expect(Clauses.isExclusion("not pills") && !Clauses.isExclusion("not yet"))
  }

  @Test func emojiAreReadAsNothingButAGestureStillAnswersAPrompt() {
    let manager = Fixtures.manager(consent: .none)
    #expect(manager.respond(to: "thanks 😭", session: "s").intents == ["conversation.thanks"])
    let prompt = manager.respond(to: "why did charlotte do it 🤔", session: "t")
    #expect(prompt.kind == .consentPrompt, "\(prompt.text)")
    let answer = manager.respond(to: "👍", session: "t")
    #expect(answer.intents == ["twist.why-charlotte-did-it"], "\(answer.text)")
  }

  @Test func whyDidSheDoItAsksTheWhyOfTheLastAnswer() {
    let manager = Fixtures.manager(consent: .plot)
    let hand = manager.respond(to: "why did lizzie cut her hand off", session: "s")
    #expect(hand.intents == ["plot.the-hand"], "\(hand.text)")
    // The hand's "why" is Charlotte's motive, a twist: the ending was never asked about.
    let why = manager.respond(to: "why did she do it", session: "s")
    #expect(why.kind == .consentPrompt, "\(why.text)")
    #expect(why.level == .twist)
    // With nothing said before, it is the film's question about Charlotte.
    let fresh = manager.respond(to: "why did she do it", session: "t")
    #expect(fresh.level == .twist, "\(fresh.text)")
    let answer = manager.respond(to: "yes", session: "t")
    #expect(answer.intents == ["twist.why-charlotte-did-it"], "\(answer.text)")
  }

  @Test func aQuestionWithoutALevelIsAnsweredBelowIt() {
    let manager = Fixtures.manager()
    // "without the twist" leaves the twist out: no second question about it, no prompt.
    let about = manager.respond(to: "what is the perfection about without the twist", session: "s")
    #expect(about.intents == ["film.about"], "\(about.text)")
    #expect(!about.awaitingConsent)
    // A question that needs the level left out is declined, not asked about...
    let lizzie = manager.respond(to: "what happens to lizzie, without the ending", session: "t")
    #expect(lizzie.kind == .declined, "\(lizzie.text)")
    #expect(lizzie.intents.isEmpty && !lizzie.awaitingConsent)
    // ...and a change of mind answers it, as after a "no" to its prompt.
    let changed = manager.respond(to: "actually yes", session: "t")
    #expect(changed.intents == ["ending.what-happens-to-lizzie"], "\(changed.text)")
  }

  @Test func aRequestNotToBeToldIsARefusal() {
    let manager = Fixtures.manager()
    _ = manager.respond(to: "spoil everything", session: "s")
    let refused = manager.respond(to: "don't tell me how it ends", session: "s")
    #expect(refused.kind == .consent && !refused.awaitingConsent, "\(refused.text)")
    #expect(refused.consent == .twist)
    let plot = manager.respond(to: "plot spoilers are ok but nothing about the twist", session: "t")
    #expect(plot.consent == .plot, "\(plot.text)")
    let question = manager.respond(to: "what's it about but don't tell me the twist", session: "u")
    #expect(question.intents == ["film.about"], "\(question.text)")
    #expect(!question.awaitingConsent)
    // The refusal ends at its clause: the question after it is still answered.
    let release = manager.respond(to: "dont spoil anything, when did it come out", session: "v")
    #expect(release.intents == ["film.release"], "\(release.text)")
  }

  @Test func aNegatedStatementAskedBackGetsNoBareYesOrNo() {
    let manager = Fixtures.manager(consent: .ending)
    // "No." would read as "no, they were real".
    let never = manager.respond(to: "so the bugs were never real right?", session: "s")
    #expect(never.intents == ["twist.why-lizzie-hallucinates"], "\(never.text)")
    #expect(!never.text.hasPrefix("No") && !never.text.hasPrefix("Yes"), "\(never.text)")
    let plain = manager.respond(to: "the bugs were real?", session: "t")
    #expect(plain.text.hasPrefix("No."), "\(plain.text)")
  }

  @Test func aYesNoQuestionOverTwoWordsJoinedByOrGetsTheirSharedAnswer() {
    let manager = Fixtures.manager(consent: .ending)
    // Both "see" and "speak" are answered "no": the question is answered "No.".
    let senses = manager.respond(to: "can anton see or speak at the end", session: "s")
    #expect(senses.intents == ["ending.bachoff-fate"], "\(senses.text)")
    #expect(senses.text.hasPrefix("No."), "\(senses.text)")
    // A choice between two things gets no bare answer, though each alone gets one.
    let choice = manager.respond(to: "is the knife real or fake", session: "t")
    #expect(choice.intents == ["plot.the-knife"], "\(choice.text)")
    #expect(!choice.text.hasPrefix("No") && !choice.text.hasPrefix("Yes"), "\(choice.text)")
    let fake = manager.respond(to: "is the knife fake", session: "u")
    #expect(fake.text.hasPrefix("No."), "\(fake.text)")
  }

  @Test func aSecondPartAskingWhatHappensNextOrThereGetsTheNextThingTold() {
    let manager = Fixtures.manager(consent: .ending)
    // "there" is Shanghai, already answered: what happens there is the competition night.
    let there = manager.respond(
      to: "why does charlotte go to shanghai and what happens there", session: "s")
    #expect(there.intents == ["setting.shanghai", "plot.competition-night"], "\(there.text)")
    // "what's" opens a question as "what is" does, and "next" asks for what comes after.
    let next = manager.respond(to: "what's wrong with lizzie and what happens next", session: "t")
    #expect(next.intents == ["plot.lizzie-ill", "plot.the-knife"], "\(next.text)")
    // Nothing is told after the chapel's answer: it is answered once.
    let chapel = manager.respond(to: "what is the chapel and what happens there", session: "u")
    #expect(chapel.intents == ["twist.chapel"], "\(chapel.text)")
    #expect(Clauses.asksWhatCameNext(["then", "what"]))
    #expect(Clauses.asksWhatCameNext(["what", "happened", "after", "that"]))
    #expect(!Clauses.asksWhatCameNext(["what", "happens"]))
    #expect(!Clauses.asksWhatCameNext(["what", "happens", "to", "anton", "next"]))
    #expect(Clauses.asksWhatHappensThere("and what goes on there"))
    #expect(!Clauses.asksWhatHappensThere("what happens to anton there"))
  }

  @Test func whoMadeSomeoneSickAsksWhoIsToBlame() {
    let manager = Fixtures.manager(consent: .ending)
    let reply = manager.respond(to: "who made lizzie sick", session: "s")
    #expect(reply.intents == ["twist.why-lizzie-hallucinates"], "\(reply.text)")
    let who = manager.respond(to: "who gets sick on the trip", session: "t")
    #expect(who.intents == ["plot.lizzie-ill"], "\(who.text)")
  }

  @Test func whatWouldHaveHappenedWithoutHerHelpIsNeverTold() {
    let manager = Fixtures.manager(consent: .ending)
    let reply = manager.respond(
      to: "would lizzie have survived if charlotte didnt help", session: "s")
    #expect(reply.kind == .fallback, "\(reply.text)")
    let leave = manager.respond(
      to: "would lizzie have left anton if charlotte didn't help", session: "t")
    #expect(leave.text.hasPrefix("No."), "\(leave.text)")
  }

  @Test func sheWithNoOneNamedIsTheOneWomanTheQuestionReadsSomethingFor() {
    let manager = Fixtures.manager(consent: .ending)
    // Only Charlotte flies anywhere, and only she loses an arm.
    let fly = manager.respond(to: "where does she fly to", session: "s")
    #expect(fly.intents == ["setting.shanghai"], "\(fly.text)")
    let arm = manager.respond(to: "what happened to her arm", session: "t")
    #expect(arm.intents == ["ending.charlotte-arm"], "\(arm.text)")
    // Something either woman has an answer for stays unread.
    let either = manager.respond(to: "what happened to her", session: "u")
    #expect(either.intents.isEmpty, "\(either.text)")
  }

  @Test func nothingPastTheSetUpAsksForNoSpoilers() {
    let manager = Fixtures.manager()
    _ = manager.respond(to: "spoil everything", session: "s")
    let revoked = manager.respond(to: "actually nothing past the setup", session: "s")
    #expect(revoked.consent == .none, "\(revoked.text)")
    // Beside a question it qualifies the question, which is answered below every level.
    _ = manager.respond(to: "spoil everything", session: "t")
    let about = manager.respond(
      to: "what is the perfection about, nothing past the setup", session: "t")
    #expect(about.intents == ["film.about"], "\(about.text)")
    #expect(about.consent == .none, "\(about.text)")
  }

  /// One list of words leaves a level out, so a wording reaches all three places it is read.
  @Test(arguments: ["skip", "leave out", "minus", "without"])
  func aWordThatLeavesALevelOutWorksInAGrantAClauseAndAfterAQuestion(word: String) {
    let manager = Fixtures.manager()
    let grant = manager.respond(to: "spoil everything \(word) the ending", session: "a")
    #expect(grant.consent == .twist, "\(word): \(grant.text)")
    _ = manager.respond(to: "spoil everything", session: "b")
    let clause = manager.respond(to: "spoilers are fine. \(word) the ending", session: "b")
    #expect(clause.consent == .twist, "\(word): \(clause.text)")
    let question = manager.respond(to: "what is it about \(word) the twist", session: "c")
    #expect(question.intents == ["film.about"], "\(word): \(question.text)")
    #expect(!question.awaitingConsent, "\(word): \(question.text)")
  }

  @Test func seenItWithoutIGrantsEveryLevel() {
    let manager = Fixtures.manager()
    let reply = manager.respond(
      to: "watched it twice, what happens to lizzie in the end", session: "s")
    #expect(reply.consent == .ending, "\(reply.text)")
    #expect(reply.intents == ["ending.what-happens-to-lizzie"], "\(reply.text)")
  }

  @Test func aSpanBetweenTwoThingsIsOneQuestion() {
    let manager = Fixtures.manager(consent: .ending)
    // Under a frame, two things joined by "and" are two questions...
    let two = manager.respond(to: "what happened to charlottes arm and lizzies hand", session: "s")
    #expect(two.intents.count == 2, "\(two.text)")
    // ...but the span between them is one, which no single answer covers.
    let span = manager.respond(to: "what happens between the trip and the ending", session: "t")
    #expect(span.intents.count < 2, "\(span.text)")
  }

  @Test func yesOrNoOnlyWhenTheAnswerCoversEveryTopicAsked() {
    let manager = Fixtures.manager(consent: .ending)
    let back = manager.respond(to: "did lizzie cut off her hand in the chapel", session: "s")
    #expect(back.kind == .answer)
    #expect(!back.text.hasPrefix("Yes") && !back.text.hasPrefix("No"), "\(back.text)")
    let cut = manager.respond(to: "does lizzie cut off her hand", session: "t")
    #expect(cut.text.hasPrefix("Yes."), "\(cut.text)")
  }

  @Test func aYesOrNoQuestionWithAWordNothingReadGetsNeither() {
    let manager = Fixtures.manager(consent: .ending)
    // "fork" is read by no concept, pattern or answer: "Yes" would be a guess.
    let fork = manager.respond(to: "was lizzie stabbed with a fork", session: "s")
    #expect(fork.kind == .answer)
    #expect(!fork.text.hasPrefix("Yes") && !fork.text.hasPrefix("No"), "\(fork.text)")
    // What the lexicon reads as something else gets its "No".
    for question in [
      "did anton stab lizzie", "were the pills just vitamins", "did they go to japan",
    ] {
      let reply = manager.respond(to: question, session: question)
      #expect(reply.text.hasPrefix("No."), "\(question): \(reply.text)")
    }
    #expect(manager.respond(to: "are anton's eyes sewn shut", session: "e").text.hasPrefix("Yes."))
  }

  @Test func aNearMissIsOfferedAndAYesAsksIt() {
    let manager = Fixtures.manager(consent: .twist)
    let offer = manager.respond(to: "is bachoff evil at the competition", session: "s")
    #expect(offer.kind == .fallback)
    #expect(offer.text.contains("Did you mean “what did bachoff do to charlotte?”"))
    #expect(offer.suggestions.first == "what did bachoff do to charlotte?")
    let yes = manager.respond(to: "yes", session: "s")
    #expect(yes.intents == ["twist.what-bachoff-did"])
    // The offer lasts one turn, and "no" declines it.
    _ = manager.respond(to: "is bachoff evil at the competition", session: "t")
    let no = manager.respond(to: "no", session: "t")
    #expect(no.intents.isEmpty && no.text.hasPrefix("All right."))
  }

  @Test func aNearMissAboveConsentIsNeverHintedAt() {
    let manager = Fixtures.manager()
    let reply = manager.respond(to: "is bachoff evil at the competition", session: "s")
    #expect(reply.kind == .fallback)
    #expect(!reply.text.contains("Did you mean"))
    for suggestion in reply.suggestions {
      let intent = Fixtures.library.intents.first { $0.examples.contains(suggestion) }
      #expect((intent?.level ?? .ending) == SpoilerLevel.none, "\(suggestion)")
    }
    #expect(manager.respond(to: "yes", session: "s").intents.isEmpty)
  }

  @Test func anotherCharactersFactIsNoNearMiss() {
    let reply = Fixtures.manager().respond(to: "lizzie mom", session: "s")
    #expect(reply.kind == .fallback)
    #expect(!reply.text.contains("Did you mean"))
  }

  @Test func aRefusalNamingALevelAnswersAPromptAndLowersConsent() {
    let manager = Fixtures.manager(consent: .twist)
    #expect(manager.respond(to: "who lost a limb?", session: "s").awaitingConsent)
    let reply = manager.respond(to: "i don't want spoilers up to the twist", session: "s")
    #expect(reply.consent == .plot && !reply.awaitingConsent)
    #expect(manager.respond(to: "why?", session: "s").intents.isEmpty)
  }

  @Test func aGrantThenAQuestionWhileAPromptWaitsGrantsAndAnswers() {
    let manager = Fixtures.manager()
    #expect(manager.respond(to: "what does the perfection mean?", session: "s").awaitingConsent)
    let reply = manager.respond(to: "i've seen it. who plays lizzie?", session: "s")
    #expect(reply.consent == .ending)
    #expect(reply.intents.last == "cast.lizzie")
  }

  /// A manager whose session "s" waits for a yes to "why did charlotte do it?".
  static func promptedForTheMotive() -> DialogueManager {
    let manager = Fixtures.manager()
    #expect(manager.respond(to: "why did charlotte do it?", session: "s").awaitingConsent)
    return manager
  }

  @Test(arguments: ["yes, who is anton", "yes who is anton", "yeah. who is anton?"])
  func aYesRunningIntoAQuestionAnswersThePromptThenTheQuestion(_ message: String) {
    let manager = Self.promptedForTheMotive()
    let reply = manager.respond(to: message, session: "s")
    #expect(reply.intents == ["twist.why-charlotte-did-it", "character.anton"], "\(reply.text)")
    #expect(reply.consent == .twist)
  }

  @Test(arguments: ["yes tell me why", "yes, why did she do it", "yes why did charlotte do it"])
  func aYesThatAsksAgainWhatWaitsAnswersItOnce(_ message: String) {
    let manager = Self.promptedForTheMotive()
    let reply = manager.respond(to: message, session: "s")
    #expect(reply.intents == ["twist.why-charlotte-did-it"], "\(reply.text)")
  }

  @Test func aNoRunningIntoAQuestionDeclinesAndAnswersAndCannotBeTakenBackAfter() {
    let manager = Self.promptedForTheMotive()
    let reply = manager.respond(to: "no, who is anton", session: "s")
    #expect(reply.intents == ["character.anton"], "\(reply.text)")
    #expect(reply.consent == .none)
    // The question after the "no" moved the conversation on: "actually yes" is no longer
    // about the declined spoiler.
    #expect(manager.respond(to: "actually yes", session: "s").consent == .none)
  }

  @Test func anOkBeforeANewQuestionAgreesToNothing() {
    let manager = Self.promptedForTheMotive()
    let reply = manager.respond(to: "ok who is anton", session: "s")
    #expect(reply.intents == ["character.anton"], "\(reply.text)")
    #expect(reply.consent == .none)
  }

  @Test func aGrantAskedAsARequestIsThatQuestionAskedUnderConsent() {
    let manager = Fixtures.manager()
    let prompt = manager.respond(to: "can you spoil the twist for me", session: "s")
    #expect(prompt.awaitingConsent && prompt.level == .twist && prompt.consent == .none)
    #expect(manager.respond(to: "yes", session: "s").intents == ["twist.explained"])
    // A question about consent that names nothing to answer is still only that.
    let status = manager.respond(to: "are spoilers ok?", session: "t")
    #expect(status.kind == .consent && status.consent == .none)
  }

  @Test func theStatusSentenceComesFromTheEngineAndFollowsAReset() {
    let manager = Fixtures.manager(consent: .plot)
    #expect(manager.status(of: "s").text == "You've agreed to spoilers up to the plot.")
    manager.setConsent(.ending, session: "s")
    manager.reset(session: "s")
    // After a reset the session is back at the preset, and the sentence says so.
    #expect(manager.status(of: "s").consent == .plot)
  }

  @Test func telegramAndMatrixMarkupHideEachSpoilerAndEscapeTheRest() {
    let manager = Fixtures.manager(consent: .twist)
    let reply = manager.respond(
      to: "when did it come out? and why did charlotte do it", session: "s")
    let telegram = SpoilerMarkup.telegram.apply(to: reply)
    #expect(telegram.hasPrefix("The Perfection arrived on Netflix on May 24, 2019\\. ||Despite"))
    #expect(telegram.hasSuffix("like her\\.||"))
    let matrix = SpoilerMarkup.matrix.apply(to: reply)
    #expect(matrix.contains("<span data-mx-spoiler=\"twist\">Despite"))
    let plain = SpoilerMarkup.matrix.plainBody(for: reply)
    #expect(plain.hasPrefix("The Perfection arrived"))
    #expect(!plain.contains("jealous") && plain.contains("[spoiler hidden: the twist"))
  }

  @Test(arguments: [
    ("release date and cast", ["film.release", "cast.main"]),
    (
      "release date, cast, and where to stream?",
      ["film.release", "cast.main", "film.where-to-watch"]
    ),
    ("plot and cast", ["film.about", "cast.main"]),
    (
      "cast and release date and where to watch",
      ["cast.main", "film.release", "film.where-to-watch"]
    ),
    // One answer covers both: one question.
    ("charlotte and her mother", ["character.charlotte-mother"]),
  ])
  func shortFragmentsJoinedByAndAreAListOfQuestions(_ message: String, _ intents: [String]) {
    let reply = Fixtures.manager().respond(to: message, session: "s")
    #expect(reply.intents == intents, "\(reply.text)")
  }

  @Test(arguments: [
    ("what about anton, what happens to him", "ending.bachoff-fate"),
    ("what about lizzie? what happens to her at the end", "ending.what-happens-to-lizzie"),
  ])
  func whatAboutXBeforeAQuestionIsWhomTheQuestionAsksAbout(_ message: String, _ intent: String) {
    let manager = Fixtures.manager(consent: .ending)
    // The last answer was about Charlotte: "her" must still be Lizzie.
    _ = manager.respond(to: "why did charlotte do it", session: "s")
    let reply = manager.respond(to: message, session: "s")
    #expect(reply.intents == [intent], "\(reply.text)")
  }

  @Test func itIsTheThingJustTalkedAboutOnlyWhenTheQuestionNeedsIt() {
    let manager = Fixtures.manager()
    _ = manager.respond(to: "i've seen it", session: "s")
    #expect(
      manager.respond(to: "what are the tattoos about?", session: "s").intents == ["twist.tattoos"])
    let seen = manager.respond(to: "how did charlotte see it?", session: "s")
    #expect(seen.intents == ["twist.how-charlotte-knew"], "\(seen.text)")
    // Without the context, "it" means nothing.
    let fresh = Fixtures.manager()
    _ = fresh.respond(to: "i've seen it", session: "t")
    #expect(fresh.respond(to: "how did charlotte see it?", session: "t").kind == .fallback)
    // "when did it come out" reads "it" as the film, whatever was said before.
    #expect(manager.respond(to: "when did it come out?", session: "s").intents == ["film.release"])
  }

  @Test(arguments: [
    ("who directed it and who stars in it", ["cast.main"]),
    ("who plays lizzie and how old is she", ["cast.lizzie"]),
    ("when did it come out and what is the runtime", ["film.release"]),
  ])
  func aPartTheArticleNeverAnswersLeavesTheOthersTheirAnswers(
    _ message: String, _ intents: [String]
  ) {
    let reply = Fixtures.manager().respond(to: message, session: "s")
    #expect(reply.intents == intents, "\(reply.text)")
    #expect(reply.text.hasPrefix("Part of that the article doesn't say"), "\(reply.text)")
  }

  @Test func aPartAboveConsentStillWaitsForItsYes() {
    let manager = Fixtures.manager()
    let reply = manager.respond(to: "what's the budget and how does it end", session: "s")
    #expect(reply.kind == .consentPrompt && reply.level == .ending, "\(reply.text)")
    #expect(reply.intents.isEmpty)
    let yes = manager.respond(to: "yes", session: "s")
    #expect(yes.intents == ["ending.explained"], "\(yes.text)")
  }

  @Test func aWishForNoSpoilersAfterAQuestionKeepsTheQuestion() {
    let reply = Fixtures.manager().respond(
      to: "quick rundown of the movie without spoilers please", session: "s")
    #expect(reply.intents == ["film.about"], "\(reply.text)")
    #expect(reply.consent == .none)
    let asked = Fixtures.manager().respond(
      to: "why did charlotte do it no spoilers please", session: "t")
    #expect(asked.kind == .consentPrompt && asked.consent == .none, "\(asked.text)")
  }

  @Test func consentAndClausesAreReadFromTheWordsAsMeant() {
    // A misspelled grant grants, and its question is answered.
    let granted = Fixtures.manager().respond(
      to: "spoli the plot for me, what happens on the trip", session: "s")
    #expect(granted.consent == .plot && granted.intents == ["plot.the-trip"], "\(granted.text)")
    // A misspelled refusal refuses: the twist is asked about, never the ending.
    let refused = Fixtures.manager().respond(
      to: "don't spoli the ending but why did charlotte do it", session: "t")
    #expect(refused.kind == .consentPrompt && refused.consent == .none, "\(refused.text)")
    #expect(refused.level == .twist, "\(refused.text)")
    // A misspelled question word still opens a second question.
    let both = Fixtures.manager().respond(
      to: "when did it come out and wehre can i watch it", session: "u")
    #expect(both.intents == ["film.release", "film.where-to-watch"], "\(both.text)")
  }

  @Test func aQuestionAfterAScenePointedAtAsksAboutThatScene() {
    let manager = Fixtures.manager(consent: .ending)
    let knife = manager.respond(
      to: "the scene where charlotte is holding up the big knife, what is going on there",
      session: "s")
    #expect(knife.intents == ["plot.the-knife"], "\(knife.text)")
    let bus = manager.respond(
      to: "the part on the bus where lizzie gets really sick, what happens", session: "t")
    #expect(bus.intents == ["plot.lizzie-ill"], "\(bus.text)")
    // A phrase of time before the question scopes it: the plot, not the ending.
    let scoped = Fixtures.manager().respond(
      to: "during the bus scene what happens to lizzie", session: "u")
    #expect(scoped.kind == .consentPrompt && scoped.level == .plot, "\(scoped.text)")
  }

  // Joined as typed, "they sleep together" answered with their night.
  @Test(arguments: [
    ("they sleep together and charlotte sees something. what is it?", "twist.how-charlotte-knew"),
    ("anton did something to charlotte. what was it", "twist.what-bachoff-did"),
    ("charlotte notices something on lizzie, what?", "twist.how-charlotte-knew"),
  ])
  func aBareWhatAfterASomethingAsksWhatItWas(_ message: String, _ intent: String) {
    let reply = Fixtures.manager(consent: .ending).respond(to: message, session: "s")
    #expect(reply.intents == [intent], "\(reply.text)")
  }

  @Test func onlyABareWhatOrWhoAfterOneSomethingIsJoined() {
    #expect(
      Clauses.askingWhatItWas("who?", after: "charlotte contacts someone")
        == "charlotte contacts who")
    #expect(Clauses.askingWhatItWas("what is it called", after: "she sees something") == nil)
    #expect(
      Clauses.askingWhatItWas("what", after: "something happens and she sees something") == nil)
  }

  @Test func aQuestionThatReadsNothingIsReadInTheOtherTense() {
    #expect(TenseSwap.readings("how does she pull it off") == ["how did she pull it off"])
    #expect(TenseSwap.readings("what was the perfection") == ["what is the perfection"])
    #expect(TenseSwap.readings("why anton") == [])
    let manager = Fixtures.manager(consent: .twist)
    let film = manager.respond(to: "what was the perfection", session: "s")
    #expect(film.intents == ["film.about"], "\(film.text)")
    let done = manager.respond(to: "tell me what anton does", session: "t")
    #expect(done.intents == ["twist.what-bachoff-did"], "\(done.text)")
    // A reading that names other things is another question: "now" asks about today.
    let living = manager.respond(to: "what does charlotte do for a living now", session: "u")
    #expect(living.kind == .fallback, "\(living.text)")
  }

  @Test(arguments: ["yes", "sure", "no", "nope"])
  func aBareYesOrNoWithNothingWaitingSaysSo(_ word: String) {
    let manager = Fixtures.manager()
    _ = manager.respond(to: "who is anton", session: "s")
    let reply = manager.respond(to: word, session: "s")
    #expect(
      reply.kind == .fallback && reply.text.hasPrefix(BotWords.nothingWaiting), "\(reply.text)")
    #expect(reply.consent == .none && reply.intents.isEmpty)
  }

  @Test func choicesAfterAQuestionAreThatQuestions() {
    // No prompt for the ending: the choices are the judgement's, which the article never makes.
    let judged = Fixtures.manager().respond(
      to: "which is worse, losing an arm or a hand", session: "s")
    #expect(judged.kind == .fallback && judged.level == nil, "\(judged.text)")
    let lost = Fixtures.manager(consent: .ending).respond(
      to: "who lost more, charlotte or lizzie", session: "t")
    #expect(lost.intents == ["ending.who-lost-what"], "\(lost.text)")
    // A choice after a comma opens with neither "Yes" nor "No"; "or" before a question word
    // opens a question of its own.
    let genre = Fixtures.manager().respond(
      to: "is it a horror movie, or a thriller", session: "u")
    #expect(genre.intents == ["film.about"] && !genre.text.hasPrefix("Yes"), "\(genre.text)")
    let two = Fixtures.manager().respond(
      to: "who plays charlotte, or who plays lizzie", session: "v")
    #expect(two.intents == ["cast.charlotte", "cast.lizzie"], "\(two.text)")
  }

  @Test func aJoiningWordOpeningAMessageAsksNothing() {
    let manager = Fixtures.manager(consent: .ending)
    let reply = manager.respond(
      to: "and what happened to charlotte's arm and lizzie's hand", session: "s")
    #expect(reply.intents == ["ending.charlotte-arm", "plot.the-hand"], "\(reply.text)")
    let but = manager.respond(to: "but who plays lizzie", session: "t")
    #expect(but.intents == ["cast.lizzie"], "\(but.text)")
    // Nor do "please" or "hey bot": the second part's "her" is still Lizzie.
    let please = manager.respond(
      to: "please who is lizzie and what happens to her on the trip", session: "u")
    #expect(please.intents == ["character.lizzie", "plot.lizzie-ill"], "\(please.text)")
  }

  @Test func aListOfThreeNamesAsksAboutEach() {
    let reply = Fixtures.manager().respond(to: "who are charlotte, lizzie and anton", session: "s")
    #expect(
      reply.intents == ["character.charlotte", "character.lizzie", "character.anton"],
      "\(reply.text)")
  }

  @Test func herAfterTheMothersAnswerIsTheMother() {
    let manager = Fixtures.manager()
    let reply = manager.respond(
      to: "charlottes mom dies at the start right? what was wrong with her", session: "s")
    #expect(reply.kind == .answer, "no prompt: \(reply.text)")
    #expect(reply.intents == ["character.charlotte-mother", "gap.mother-illness"], "\(reply.text)")
    let again = manager.respond(to: "what happened to her?", session: "s")
    #expect(again.intents == ["character.charlotte-mother"], "\(again.text)")
    // Without the mother's answer, "her" is who it was: Lizzie is the one taken ill.
    let fresh = Fixtures.manager().respond(to: "what was wrong with her", session: "t")
    #expect(fresh.kind == .consentPrompt && fresh.level == .plot, "\(fresh.text)")
  }

  @Test func andXAsksTheSameAboutAnotherCharacter() throws {
    let manager = Fixtures.manager(consent: .ending)
    _ = manager.respond(to: "what happened to bachoff?", session: "s")
    let reply = manager.respond(to: "and charlotte?", session: "s")
    let id = try #require(reply.intents.first)
    #expect(Fixtures.library[id]?.character == "charlotte", "\(id)")
    // Without context, "and lizzie" is just a question about Lizzie.
    let fresh = manager.respond(to: "and lizzie", session: "t")
    #expect(fresh.kind != .answer || fresh.intents.first?.contains("lizzie") == true)
  }

  @Test func aDashEndsAClauseAsACommaDoes() {
    let reply = Fixtures.manager().respond(
      to: "seen it already - what happened to bachoff", session: "s")
    #expect(reply.intents == ["ending.bachoff-fate"], "\(reply.text)")
    #expect(reply.consent == .ending)
  }

  @Test func aListOfTopicsIsAskedEvenWithAQuestionMark() {
    let reply = Fixtures.manager().respond(to: "release date, cast, plot?", session: "s")
    #expect(reply.intents == ["film.release", "cast.main", "film.about"], "\(reply.text)")
    // A word answered on its own is a topic on a list, though elsewhere it is only a hint.
    let setting = Fixtures.manager().respond(to: "release date, cast, setting?", session: "u")
    #expect(
      setting.intents == ["film.release", "cast.main", "setting.shanghai"], "\(setting.text)")
    // A question after a statement still asks about it.
    let knife = Fixtures.manager(consent: .plot).respond(to: "the knife, why?", session: "t")
    #expect(knife.intents == ["plot.the-knife"], "\(knife.text)")
  }

  @Test func herInALaterPartIsTheOneWomanAnEarlierPartNamed() {
    // The instrument's answer is no one's: "her" is the Charlotte the first part names.
    let reply = Fixtures.manager().respond(
      to: "what instrument does charlotte play and what's her backstory", session: "s")
    #expect(reply.intents == ["film.instrument", "character.charlotte"], "\(reply.text)")
  }

  @Test func numberedOrLetteredQuestionsAreEachAsked() {
    let lettered = Fixtures.manager().respond(
      to: "a) when was it released b) where can i watch it", session: "s")
    #expect(lettered.intents == ["film.release", "film.where-to-watch"], "\(lettered.text)")
    let numbered = Fixtures.manager().respond(
      to: "(1) who plays charlotte (2) who plays lizzie", session: "t")
    #expect(numbered.intents == ["cast.charlotte", "cast.lizzie"], "\(numbered.text)")
  }

  @Test func wordsAboutTheAskingAskNothing() {
    // "next" would ask what comes after the fight; "next question" only announces it.
    let reply = Fixtures.manager(consent: .ending).respond(
      to: "next question - who wins the fight", session: "s")
    #expect(reply.intents == ["ending.the-fight"], "\(reply.text)")
    #expect(Clauses.isFiller("two questions:") && !Clauses.isFiller("which one"))
  }

  @Test func whatItIsAboutAfterAThingNamedAsksAboutThatThing() {
    let manager = Fixtures.manager(consent: .twist)
    // Its "it" had been read as the film: the tattoos, then what the film is about.
    let reply = manager.respond(
      to: "there's this tattoo both of them have. what's it about", session: "s")
    #expect(reply.intents == ["twist.tattoos"], "\(reply.text)")
    // After a statement about the film, "it" is still the film.
    let film = manager.respond(
      to: "my friend said i should watch this, whats it about", session: "t")
    #expect(film.intents == ["film.about"], "\(film.text)")
  }

  @Test func aClosingAdmissionOfNotKnowingWhyAsksNothing() {
    let reply = Fixtures.manager(consent: .twist).respond(
      to: "what was the deal with that chapel, it seemed important but i couldn't tell why",
      session: "s")
    #expect(reply.intents == ["twist.chapel"], "\(reply.text)")
    #expect(
      Clauses.droppingClosingConfusion("it seemed important but i couldn't tell why")
        == "it seemed important")
    #expect(
      Clauses.droppingClosingConfusion("i don't get why charlotte did it")
        == "i don't get why charlotte did it")
  }

  @Test func whoIsRightAsksWhichClaimHoldsNotWho() {
    let reply = Fixtures.manager(consent: .ending).respond(
      to: "she says anton is dead at the end, i say he's alive. who's right?", session: "s")
    #expect(reply.intents == ["ending.bachoff-fate"], "\(reply.text)")
  }
}
