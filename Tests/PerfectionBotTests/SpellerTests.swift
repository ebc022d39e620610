import TestSupport
import Testing

@testable import PerfectionBot

/// Misspellings of the words the bot knows are corrected; real words are left alone.
@Suite("Speller")
struct SpellerTests {
  static let speller = Speller(library: Fixtures.library)

  @Test(arguments: [
    ("what hapend in the chappel", "what happened in the chapel"),
    ("whats the twsit", "whats the twist"),
    ("why does charlotte have a nife", "why does charlotte have a knife"),
    ("was charlotte jelous", "was charlotte jealous"), ("wht did antn do", "what did anton do"),
    ("why is it calld the perfection", "why is it called the perfection"),
    ("wehre does lzizie go", "where does lizzie go"),
    ("tell me aobut anton", "tell me about anton"),
    ("does charlotte survvie", "does charlotte survive"),
    ("whats the chapple about", "whats the chapel about"),
    ("where does it take plase", "where does it take place"),
    ("whyyyy did charlotte do it", "why did charlotte do it"),
    ("was it reallly ibuprofen", "was it really ibuprofen"),
    // Spelled as it sounds: "-shun" is "-tion", an opening "sh" may be "ch".
    ("when did the perfecshun come out", "when did the perfection come out"),
    ("what about the shapel", "what about the chapel"),
    ("who is sharlot", "who is charlot"),
    // A letter left out is the word with it, over one with a letter changed: "happes" is
    // "happens", not "happen"; "perfectin" is the film's "perfection", not "perfecting".
    ("what happes to lizzie", "what happens to lizzie"),
    ("what did anton do to his studens", "what did anton do to his students"),
    ("what is the perfectin about", "what is the perfection about"),
    ("why was she throwin up", "why was she throwing up"),
    // The typed last letter is kept, and a letter left out beats two swapped.
    ("would anton have killd them", "would anton have killed them"),
    ("lizzie bus sicknes", "lizzie bus sickness"),
    // No word of the bot's is near, but an English word is: that word, not a split.
    ("was anyone arested at the end", "was anyone arrested at the end"),
    ("why a bus istead of a plane", "why a bus instead of a plane"),
    ("did anone help them", "did anyone help them"),
    ("what did the dotors say", "what did the doctors say"),
  ])
  func misspellingsBecomeTheWordsMeant(_ typed: String, _ corrected: String) {
    #expect(Self.speller.correct(typed) == corrected)
  }

  @Test(arguments: [
    "who acts in the perfection", "is anton punished", "was charlotte helping lizzie",
    "what does the viewer think", "was bachoff a pedophile", "who plays lizzie",
    "who plays the two cellists",
    // A word a pattern's open stem reads (`chunder\w*`) is no misspelling of "thundering".
    "why was lizzie chundering",
  ])
  func realWordsAreLeftAlone(_ typed: String) {
    #expect(Self.speller.correct(typed) == typed)
  }

  @Test(arguments: [
    ("were does it take place", "where does it take place"),
    ("wear can i watch it", "where can i watch it"),
    ("what did anton due to charlotte", "what did anton do to charlotte"),
    ("it was due to the pills", "it was due to the pills"),
    ("were can i watch it", "where can i watch it"),
    ("how did charlotte no about lizzie", "how did charlotte know about lizzie"),
    ("were the bugs real", "were the bugs real"),
    ("no spoilers about anton", "no spoilers about anton"),
    ("i did no wrong", "i did no wrong"),
    ("who plaid lizzy", "who played lizzy"), ("wen did it cum out", "when did it come out"),
    ("was the plaid shirt hers", "was the plaid shirt hers"),
    ("wer the bugs even reel", "were the bugs even real"),
    ("was the highlight reel good", "was the highlight reel good"),
    ("where the bugs come from", "where did the bugs come from"),
  ])
  func aRealWordTypedForOneThatSoundsAlikeIsReadFromItsNeighbours(_ typed: String, _ read: String) {
    #expect(Self.speller.correct(typed) == read)
  }

  @Test(arguments: [
    ("wat happend to anton", "what happened to anton"),
    ("wats the movie abt", "whats the movie about"),
    ("who won the fite", "who won the fight"),
    ("wich hand did u mean", "which hand did you mean"),
  ])
  func chatShorthandReadsAsTheWordsItStandsFor(_ typed: String, _ read: String) {
    #expect(Self.speller.correct(typed) == read)
  }

  @Test func anIntensifierAfterAQuestionWordIsDropped() {
    #expect(Self.speller.correct("what exactly did they do to him") == "what did they do to him")
    #expect(Self.speller.correct("why even bother") == "why bother")
    #expect(Self.speller.correct("what precisely did anton do") == "what did anton do")
    #expect(
      Self.speller.correct("how come did lizzie throw up bugs") == "why did lizzie throw up bugs")
    #expect(Self.speller.correct("and how come she did it") == "why she did it")
    #expect(
      Self.speller.correct("it was exactly what i thought") == "it was exactly what i thought")
  }

  @Test func shorthandIsReplacedOnlyAsAWholeWord() {
    #expect(Self.speller.correct("what about water") == "what about water")
    #expect(Self.speller.correct("watch it") == "watch it")
  }

  @Test func slangContractionsAreSpelledOut() {
    // "tryna" had been left unread, so a yes/no question with it got no "Yes" or "No".
    #expect(
      Self.speller.correct("was charlotte tryna get lizzie away")
        == "was charlotte trying to get lizzie away")
    #expect(Self.speller.correct("lemme know") == "let me know")
  }

  @Test func joinSignsBetweenWordsAreSpelledOut() {
    #expect(Self.speller.correct("cast & release date") == "cast and release date")
    #expect(Self.speller.correct("cast + release date?") == "cast and release date?")
    // Not inside a word or a number.
    #expect(Self.speller.correct("is it 18+") == "is it 18+")
  }

  @Test func shorthandWithADigitIsSpelledOutAndNumbersAreLeftAlone() {
    #expect(Self.speller.correct("what happens b4 the trip") == "what happens before the trip")
    #expect(Self.speller.correct("did sum1 die") == "did someone die")
    #expect(Self.speller.correct("is it from 2019") == "is it from 2019")
    #expect(Self.speller.correct("she lost 1111 fingers") == "she lost 1111 fingers")
  }

  @Test(arguments: [
    ("whatdid anton do", "what did anton do"), ("whois lizzie", "who is lizzie"),
    ("howsharp was the knife", "how sharp was the knife"),
    ("whatmusc do they play", "what music do they play"),
    // A misspelled question word run into its auxiliary.
    ("wheris the chapel", "where is the chapel"), ("wahtdid anton do", "what did anton do"),
    // The asker's "i" run into the verb after it, not a word one edit from the whole.
    ("inever saw the end", "i never saw the end"),
    ("iscreamed when she did it", "i screamed when she did it"),
    ("what happens in thefight", "what happens in the fight"),
    ("did lizzie cuther hand", "did lizzie cut her hand"),
    // Two of the bot's own words beat a word two edits away, or a split into one of them.
    ("tell meabout anton", "tell me about anton"), ("her mouthshut", "her mouth shut"),
    // A misspelling near a word, a dropped "g", or a word a pattern reads: not split.
    ("who is antone", "who is anton"), ("is lizzie throwin up", "is lizzie throwing up"),
    ("who is bachof", "who is bachoff"), ("what is antons fate", "what is antons fate"),
    // A short word often run into the word before it wins a tie ("wont he" holds as many).
    ("who wonthe dance", "who won the dance"), ("does thedog die", "does the dog die"),
    // "a" run into a word is the article, unless two longer words make it.
    ("what is achapel", "what is a chapel"),
    ("why did anton becomea teacher", "why did anton become a teacher"),
    ("was anton abusive aswell", "was anton abusive as well"),
    // Two of the bot's words beat a correction one edit away that is none of its words.
    ("what does the chapel looklike", "what does the chapel look like"),
    ("how longhad charlotte been planning this", "how long had charlotte been planning this"),
    // A known name's possessive without its apostrophe is a word of its own.
    ("what was wrong with charlottesmom", "what was wrong with charlottes mom"),
    // A spelling a pattern reads, with an "s" after it, is that name, not "char lots".
    ("what happened to charlots arm", "what happened to charlotte arm"),
  ])
  func twoWordsTypedWithoutTheirSpaceAreWrittenApart(_ typed: String, _ read: String) {
    #expect(Self.speller.correct(typed) == read)
  }

  @Test func twoLettersSwappedWinATieForTheWordWithTheSameLetters() {
    // "wehre" is one edit from "where" (a swap) and from "were" (a letter dropped).
    #expect(Speller.distance(Array("wehre".utf8), Array("were".utf8), limit: 1) == 1)
    #expect(Self.speller.correct("wehre") == "where")
  }

  @Test func englishWordsNearAKnownWordAreLeftAlone() {
    // "calls" and "facts" are English; "calld" and "fatcs" are not.
    #expect(EnglishDictionary.shared.contains(Array("facts".utf8)))
    #expect(!EnglishDictionary.shared.contains(Array("calld".utf8)))
    #expect(Self.speller.correct("who calls the acts") == "who calls the acts")
  }

  @Test func aLongMessageOfGibberishLooksUpABoundedNumberOfWords() {
    let typed = Array(repeating: "wehre", count: Speller.maximumLookups + 5).joined(separator: " ")
    let words = Self.speller.correct(typed).split(separator: " ")
    #expect(words.filter { $0 == "where" }.count == Speller.maximumLookups)
    #expect(words.filter { $0 == "wehre" }.count == 5)
  }

  @Test func englishCorrectionsCountAgainstTheLookupBound() {
    // "istead" takes the "i…" path, whose only lookup is the English correction.
    let typed = Array(repeating: "istead", count: Speller.maximumLookups + 5)
      .joined(separator: " ")
    let words = Self.speller.correct(typed).split(separator: " ")
    #expect(words.filter { $0 == "instead" }.count == Speller.maximumLookups)
    #expect(words.filter { $0 == "istead" }.count == 5)
  }

  @Test func aPatternsWordsAreReadPastItsEscapes() {
    let words = Speller.words(
      inPattern: #"\bwhere (?:tattoo\w*|\bchapel|prizes?|compan(?:y|ies)|organi[sz]ed)\b"#)
    #expect(
      words.map { String(decoding: $0.word, as: UTF8.self) } == [
        "where", "tattoo", "chapel", "prizes", "prize", "compan", "organi",
      ])
    #expect(words.map(\.isStem) == [false, true, false, false, false, true, true])
  }

  @Test func aStemIsCompletedByItsEnglishWords() {
    let words = EnglishDictionary.shared.words(withPrefix: Array("direct".utf8), limit: 50)
    let text = words.map { String(decoding: $0, as: UTF8.self) }
    #expect(text.contains("director"))
    #expect(text.allSatisfy { $0.hasPrefix("direct") })
    #expect(EnglishDictionary.shared.words(withPrefix: Array("direct".utf8), limit: 2).count == 2)
    #expect(EnglishDictionary.shared.words(withPrefix: Array("zzzzq".utf8), limit: 5).isEmpty)
  }

  @Test(arguments: [
    ("what did anton stab her with lol", "what did anton stab her with"),
    ("what was in the pills exactly?", "what was in the pills?"),
    ("who is anton again lol", "who is anton"),
    ("what happens to lizzie in the movie", "what happens to lizzie"),
    ("who is in the movie", "who is in the movie"),
    ("what happens in the film", "what happens in the film"),
    ("whos in the perfection", "whos in the perfection"), ("lol", "lol"),
    ("did lizzie ever play cello again", "did lizzie ever play cello again"),
    ("does charlotte play again?", "does charlotte play again?"),
    ("who is anton without ruining anything", "who is anton"),
    ("what is it about no spoilers?", "what is it about?"),
    // The asker's confusion asks nothing more.
    ("what happens to lizzie im so confused", "what happens to lizzie"),
    ("who is anton? i dont get it lol", "who is anton?"),
    // "again" after a "what" question asks to be reminded, whatever the verb before it.
    ("what instrument does lizzie play again", "what instrument does lizzie play"),
    ("and what do they play again", "what do they play"),
    ("what happens when they play again", "what happens when they play again"),
    // Thanks after a question, but "ok thanks" stays a thanks.
    ("who is anton thx", "who is anton"), ("ok thanks", "ok thanks"),
    ("what happens to lizzie asking for a friend", "what happens to lizzie"),
  ])
  func fillersAQuestionTrailsOffWithAreDropped(_ typed: String, _ read: String) {
    #expect(Self.speller.correct(typed) == read)
  }

  @Test(arguments: [
    ("true or false: anton dies at the end", "is it true that anton dies at the end"),
    ("fact check, the movie is set in shanghai", "is it true that the movie is set in shanghai"),
    ("true or false", "true or false"), ("trueish answer", "trueish answer"),
    ("t/f the tattoos are music notes", "is it true that the tattoos are music notes"),
    ("correct or incorrect: lizzie dies", "is it true that lizzie dies"),
    ("yes or no, anton survives", "is it true that anton survives"),
    ("yesterday i watched it", "yesterday i watched it"),
    ("yes or no: does anton die", "does anton die"),
  ])
  func aStatementOpenedByTrueOrFalseIsAskedAsAYesNoQuestion(_ typed: String, _ read: String) {
    #expect(Speller.readingTruthOpener(typed) == read)
  }

  @Test(arguments: [
    ("what is it that charlotte wanted", "what charlotte wanted"),
    ("in what way do they play the cello", "how do they play the cello"),
    ("by what means was lizzie drugged", "how was lizzie drugged"),
    ("what is it about", "what is it about"),
    ("what awful stuff did anton do", "what did anton do"),
    ("so what messed up thing was he doing", "so what was he doing"),
    ("what bad things happened to lizzie", "what happened to lizzie"),
    ("what awful music", "what awful music"), ("what weird stuff", "what weird stuff"),
  ])
  func aRoundaboutOpeningIsReadAsItsQuestionWord(_ typed: String, _ read: String) {
    #expect(Speller.droppingIntensifiers(typed) == read)
  }

  @Test(arguments: [
    ("lizzie ends up where", "where lizzie ends up"),
    ("they play how at the end", "how they play at the end"),
    ("anton is who to charlotte", "who is anton to charlotte"),
    ("the pills were what?", "what were the pills?"),
    ("i know how it ends", "i know how it ends"),
    ("without spoiling anything who is in it", "without spoiling anything who is in it"),
    ("who is anton", "who is anton"),
    ("the ending, how does it work", "the ending, how does it work"),
    // A closing "for what reason" asks why.
    ("lizzie cut hand for what reason", "why lizzie cut hand"),
    // A closing "because of what" asks why too; its "of" embeds nothing.
    ("lizzie seeing stuff because of what?", "why lizzie seeing stuff?"),
    ("anton got punished due to what", "why anton got punished"),
    ("because of what?", "because of what?"),
    ("she did it for what purpose?", "why she did it?"),
    // A preposition and the noun after "what" go to the front with it.
    ("story happen in what city", "in what city story happen"),
    ("lizzie lose hand in what scene?", "in what scene lizzie lose hand?"),
    // "when" or "where" before a subject opens a clause: as typed.
    ("anton hurt charlotte when she was student?", "anton hurt charlotte when she was student?"),
  ])
  func aQuestionWordLeftInPlaceIsReadInFront(_ typed: String, _ read: String) {
    #expect(Speller.frontingQuestionWord(typed) == read)
  }

  @Test(arguments: [
    ("what lizzie play", "what did lizzie play"),
    ("how they cut off his arms", "how did they cut off his arms"),
    ("why charlotte's mom get sick", "why did charlotte's mom get sick"),
    ("what the other students think of anton", "what did the other students think of anton"),
    ("what charlotte and lizzie play", "what did charlotte and lizzie play"),
    ("where you get your info", "where do you get your info"),
    ("what it mean", "what does it mean"),
    ("what orchestrated mean", "what does orchestrated mean"),
    ("which hand lizzie lose", "which hand did lizzie lose"),
    ("how charlotte no about lizzie", "how did charlotte know about lizzie"),
    ("who is anton and what anton do", "who is anton and what did anton do"),
    // Nothing was dropped: a past or third-person verb, an auxiliary, no subject, a noun.
    ("what lizzie played", "what lizzie played"), ("what did lizzie play", "what did lizzie play"),
    ("what lizzie is doing", "what lizzie is doing"),
    ("what happens to anton", "what happens to anton"),
    ("what the end means", "what the end means"), ("i know what anton do", "i know what anton do"),
  ])
  func aDroppedAuxiliaryIsPutBack(_ typed: String, _ read: String) {
    #expect(DroppedAuxiliary.restoring(typed) == read)
  }

  @Test(arguments: [
    ("how did lizzie actually get sick", "how did lizzie get sick"),
    ("who is bachoff really?", "who is bachoff?"),
    ("what did the girls even do to him", "what did the girls do to him"),
    ("how did she ever pull it off", "how did she pull it off"),
    // A yes/no question keeps it, and so does one whose adverb is not after the subject.
    ("were the pills really ibuprofen", "were the pills really ibuprofen"),
    ("did anton really die", "did anton really die"),
    ("what really happened on the bus", "what really happened on the bus"),
    // A spoken "like" after the auxiliary, in a yes/no question too, and then an adverb.
    ("what did like anton do", "what did anton do"),
    ("is like charlotte evil", "is charlotte evil"),
    ("how did like lizzie actually get sick", "how did lizzie get sick"),
    // "like" as the word asked about, or after the subject, stays.
    ("what does like mean", "what does like mean"),
    ("what was it like", "what was it like"),
    ("did anton like die or what", "did anton die or what"),
    ("did anton like lizzie", "did anton like lizzie"),
    ("did lizzie like playing", "did lizzie like playing"),
    ("what did anton like about her", "what did anton like about her"),
    ("what was the chapel like before", "what was the chapel like before"),
    ("how did charlotte manage to pull it off", "how did charlotte pull it off"),
    ("how did she manage to", "how did she manage to"),
  ])
  func anAdverbAfterTheSubjectIsLeftOut(_ typed: String, _ read: String) {
    #expect(AdverbAfterSubject.dropping(typed) == read)
  }

  @Test(arguments: [
    ("perfection tattoo meaning", "tattoo meaning"),
    ("the perfection lizzie tattoo", "lizzie tattoo"),
    ("final fight scene the perfection", "final fight scene"),
    ("netflix's the perfection movie ending explained", "ending explained"),
    ("charlotte motive the perfection?", "charlotte motive?"),
    ("final fight perfection movie", "final fight"),
    ("why did anton want perfection", "why did anton want perfection"),
    ("anton wants perfection", "anton wants perfection"),
    ("anton obsessed with the perfection", "anton obsessed with the perfection"),
    // The name stays where it is asked about, or is needed, or nothing is left.
    ("the perfection title", "the perfection title"),
    ("what is the perfection", "what is the perfection"),
    ("how does anton achieve perfection", "how does anton achieve perfection"),
    ("why did the director call it the perfection", "why did the director call it the perfection"),
    ("perfection meaning", "perfection meaning"),
    ("who is in the perfection", "who is in the perfection"),
    ("the perfection is about what", "the perfection is about what"),
    ("perfection ending", "ending"),
    ("netflix the perfection ending", "ending"),
    ("the perfection movie", "the perfection movie"),
    ("help me understand the perfection", "help me understand the perfection"),
    ("the ending of the perfection", "the ending of the perfection"),
  ])
  func theFilmsNameOpeningOrClosingASearchIsLeftOut(_ typed: String, _ read: String) {
    #expect(FilmNameInQuery.dropping(typed) == read)
  }

  @Test(arguments: [
    ("during the bus scene what happens to lizzie", "what happens to lizzie during the bus scene"),
    ("in the end, what happens to anton?", "what happens to anton in the end?"),
    ("at the end does anton hurt charlotte", "does anton hurt charlotte at the end"),
    ("after the chapel where do they go", "where do they go after the chapel"),
    // A relative word says which scene; a statement's verb opens no question.
    (
      "in the part where lizzie throws up bugs, were those bugs real",
      "in the part where lizzie throws up bugs, were those bugs real"
    ),
    (
      "at the beginning charlotte is taking care of someone",
      "at the beginning charlotte is taking care of someone"
    ),
    ("in the movie", "in the movie"),
    // A phrase that asks opens the question itself.
    (
      "in what way did charlotte plant the idea of bugs",
      "in what way did charlotte plant the idea of bugs"
    ),
    ("at which point does lizzie get sick", "at which point does lizzie get sick"),
    ("at the end which hand is lizzie missing?!", "which hand is lizzie missing at the end?!"),
    // A clause or phrase of time is read after the question as well.
    (
      "when they were kids what were the tattoos about",
      "what were the tattoos about when they were kids"
    ),
    (
      "back when charlotte was a student what did anton do to her",
      "what did anton do to her back when charlotte was a student"
    ),
    ("the next day what happens to lizzie", "what happens to lizzie the next day"),
    ("a year later where are charlotte and lizzie", "where are charlotte and lizzie a year later"),
    // A condition is read after the question too, but a favour asked is no condition.
    (
      "if charlotte hadn't done it would lizzie have left anton",
      "would lizzie have left anton if charlotte hadn't done it"
    ),
    ("if you could explain why charlotte did it", "if you could explain why charlotte did it"),
    // The phrase ends the question's own sentence, before what follows it.
    (
      "when they were kids what were the tattoos about? im so confused",
      "what were the tattoos about when they were kids? im so confused"
    ),
    // A question of its own, or a phrase that names no time, stays first.
    ("when does it come out where can i watch it", "when does it come out where can i watch it"),
    ("the tattoos, what do they mean", "the tattoos, what do they mean"),
  ])
  func aPhraseOfTimeOrPlaceIsReadAfterTheQuestion(_ typed: String, _ read: String) {
    #expect(LeadingAdverbial.moving(typed) == read)
  }

  @Test(arguments: [
    (
      "the small audience in the chapel, who was in it",
      "who was in the small audience in the chapel"
    ),
    ("the knife, where did charlotte get it?", "where did charlotte get the knife?"),
    ("the pills, were they ibuprofen", "were the pills ibuprofen"),
    ("the perfection, is that a netflix original", "is the perfection a netflix original"),
    ("charlotte's missing arm, which side is it", "which side is charlotte's missing arm"),
    // A clause before the comma or a question with no pronoun: as typed.
    ("the movie was great, what happens to it", "the movie was great, what happens to it"),
    ("the bus scene, what was going on there", "the bus scene, what was going on there"),
    ("the tattoo, what does that mean", "what does the tattoo mean"),
    ("the tattoo, did she know that anton did it", "did she know that anton did the tattoo"),
    ("i watched it, what happens to anton", "i watched it, what happens to anton"),
    (
      "the writer mentions a butcher's knife, where does it come in",
      "the writer mentions a butcher's knife, where does it come in"
    ),
    (
      "the two play as one at the finale, how does that work",
      "the two play as one at the finale, how does that work"
    ),
  ])
  func aThingNamedFirstIsReadInPlaceOfItsPronoun(_ typed: String, _ read: String) {
    #expect(FrontedTopic.reading(typed) == read)
  }

  @Test(arguments: [
    ("anton, what did you do", "what did anton do"),
    ("lizzie what happened to your hand?", "what happened to lizzie's hand?"),
    ("so charlotte how did you know", "how did charlotte know"),
    ("lizzie how are you still playing with one hand", "how is lizzie still playing with one hand"),
    ("charlotte why did you keep saying bugs to her", "why did charlotte keep saying bugs to her"),
    ("lizzie who plays you", "who plays lizzie"),
    ("hey anton, how do you feel about yourself", "how does anton feel about himself"),
    // No name first, or no "you": as typed.
    ("what did you think of anton", "what did you think of anton"),
    ("charlotte why did she do it", "charlotte why did she do it"),
    ("anton you monster", "anton you monster"),
  ])
  func aQuestionPutToACharacterIsAskedAboutThem(_ typed: String, _ read: String) {
    #expect(AddressedCharacter.reading(typed) == read)
  }

  @Test(arguments: [
    ("what'd anton do", "what did anton do"), ("how'd she know", "how did she know"),
    ("so where'd they go", "so where did they go"), ("whatd anton do", "what did anton do"),
    ("i'd like to know", "i'd like to know"),
  ])
  func aQuestionWordContractedWithDidIsWrittenOut(_ typed: String, _ read: String) {
    #expect(Self.speller.correctingWords(typed) == read)
  }

  @Test(arguments: [
    ("can you tell me what is a chapel", "what is a chapel"),
    ("do you know, who plays lizzie", "who plays lizzie"),
    ("i was wondering why charlotte did it", "why charlotte did it"),
    // No question word at once after the request, or too little after it: as typed.
    ("can you tell me about anton", "can you tell me about anton"),
    ("tell me why", "tell me why"), ("tell me what you know", "what you know"),
    // "if", "whether" or a request to confirm asks whether something is true.
    ("do you know if anton dies", "is it true that anton dies"),
    (
      "can you tell me whether or not lizzie loses her hand?",
      "is it true that lizzie loses her hand"
    ),
    ("can you confirm that anton can only hear", "is it true that anton can only hear"),
    ("any idea if the pills were real or not", "is it true that the pills were real"),
    ("do you know if", "do you know if"),
    // What the film or the article tells asks the question inside it, or about the thing.
    ("does the movie ever explain why lizzie got sick", "why lizzie got sick"),
    ("do we find out what happened to anton?", "what happened to anton"),
    ("does it say if anton dies", "is it true that anton dies"),
    ("does the film explain the bugs", "explain the bugs"),
    // A frame whose verb takes no thing, or nothing after it: as typed.
    ("do we see the chapel", "do we see the chapel"), ("does it explain", "does it explain"),
    // The longest teller, adverb and verb each: "tell us", not "tell"; no verb, no frame.
    ("did they actually tell us what anton did", "what anton did"),
    ("is it ever explained why lizzie got sick", "why lizzie got sick"),
    ("does it explained why she did it", "does it explained why she did it"),
    ("does the movie ever why lizzie got sick", "does the movie ever why lizzie got sick"),
    ("does the film go into bachoff's past", "explain bachoff's past"),
  ])
  func aQuestionInsideARequestIsReadFromItsQuestionWord(_ typed: String, _ read: String) {
    #expect(EmbeddedQuestion.unwrapping(typed) == read)
  }

  @Test(arguments: [
    ("does allison williams lose her arm", "does charlotte lose her arm"),
    ("why does allison williams drug logan browning", "why does charlotte drug lizzie"),
    ("what happens to logan browning' hand", "what happens to lizzie's hand"),
    (
      "do allison williams and logan browning play together",
      "do charlotte and lizzie play together"
    ),
    // Asked about casting, she is the actress: as typed.
    ("who does allison williams play", "who does allison williams play"),
    ("what else has logan browning been in", "what else has logan browning been in"),
    ("who is allison williams", "who is allison williams"),
    ("is logan browning in it", "is logan browning in it"),
    ("allison williams?", "allison williams?"),
    ("allison williams' character", "allison williams' character"),
  ])
  func anActressNamedForTheStoryIsReadAsHerCharacter(_ typed: String, _ read: String) {
    #expect(ActorAsCharacter(characters: Fixtures.library.characters).reading(typed) == read)
  }

  @Test(
    arguments: [
      (
        "how did charlotte know about lizzie if they had just met",
        "how did charlotte know about lizzie"
      ),
      ("why did lizzie take the pills even though she felt fine", "why did lizzie take the pills"),
      // No aside, an "if" after a question of what would have happened, or too little kept.
      ("what did anton do when the girls messed up", nil),
      ("would lizzie have left if charlotte had not helped", nil), ("why if they", nil),
    ] as [(String, String?)])
  func aReasonOrDoubtClosingAQuestionIsLeftOut(_ typed: String, _ kept: String?) {
    #expect(TrailingAside.dropping(typed) == kept)
  }

  @Test(arguments: [
    ("i heard lizzie dies at the end", "is it true that lizzie dies at the end"),
    ("lizzie dies at the end, is that true?", "is it true that lizzie dies at the end"),
    (
      "someone told me anton loses his arms is that right",
      "is it true that anton loses his arms"
    ),
    // A question of its own, nothing claimed, or already a question: as typed.
    ("i heard there's a twist, what is it", "i heard there's a twist, what is it"),
    ("i heard about the twist", "i heard about the twist"),
    ("is anton dead is that true", "is anton dead is that true"),
    ("lizzie dies", "lizzie dies"),
    // A guess of one's own, put up to be checked, or closed by a tag.
    ("am i right that the pills caused it", "is it true that the pills caused it"),
    (
      "correct me if i'm wrong but anton is alive at the end",
      "is it true that anton is alive at the end"
    ),
    ("i'm right in thinking charlotte was jealous", "is it true that charlotte was jealous"),
    ("logan browning plays lizzie, doesn't she?", "is it true that logan browning plays lizzie"),
    ("charlotte loses her right arm right", "is it true that charlotte loses her right arm"),
    // Asking whether one may say it: its "say" is no one's speech in the film.
    (
      "is it correct to say the pills were ibuprofen",
      "is it true that the pills were ibuprofen"
    ),
    ("would it be fair to say that anton survives", "is it true that anton survives"),
    // A side or a choice is no check; a negated claim would get its answer backwards.
    ("lizzie lost her right", "lizzie lost her right"),
    ("lizzie hand left or right", "lizzie hand left or right"),
    ("the bugs were never real, right?", "the bugs were never real, right?"),
  ])
  func aClaimHeardOrCheckedIsAskedAsIsItTrue(_ typed: String, _ read: String) {
    #expect(Hearsay.reading(typed) == read)
  }

  @Test(arguments: [
    ("what happens at end", "what happens at the end"),
    ("whats movie about", "whats the movie about"), ("do girls survive", "do the girls survive"),
    ("cast of perfection", "cast of the perfection"), ("i finished movie", "i finished the movie"),
    // Already there, a kind, "at first", a verb after "to", a dictionary question, or the
    // perfection Anton demanded: as typed.
    ("what happens at the end", "what happens at the end"),
    ("what kind of movie is it", "what kind of movie is it"), ("at first", "at first"),
    ("did it have to end like that", "did it have to end like that"),
    ("what is chapel", "what is chapel"), ("to achieve perfection", "to achieve perfection"),
    ("ok with twist spoilers", "ok with twist spoilers"),
    // A phrase naming one thing wherever it stands, and a scene pointed at where it opens
    // the message or follows a preposition.
    ("where do they go morning after", "where do they go the morning after"),
    ("who is older man", "who is the older man"),
    ("name cast", "name the cast"), ("list actresses", "list the actresses"),
    ("scene where lizzie throws up", "the scene where lizzie throws up"),
    ("in part where she cuts it", "in the part where she cuts it"),
    // After a possessive or a word that names the scene already: as typed.
    ("who was in anton's small audience", "who was in anton's small audience"),
    ("the final scene in the chapel", "the final scene in the chapel"),
    ("the chapel scene where they play", "the chapel scene where they play"),
  ])
  func aDroppedTheIsPutBackBeforeTheFilmsOwnThings(_ typed: String, _ read: String) {
    #expect(DroppedArticle.restoring(typed) == read)
  }

  @Test(arguments: [
    ("hey quick question, describe lizzie", "describe lizzie"),
    ("so what is left of bachoff", "what is left of bachoff"),
    ("ok so um who is anton", "who is anton"), ("hello there", "hello there"),
    ("hey bot, please who is lizzie", "who is lizzie"),
    (
      "ok with twist spoilers. was charlotte jealous",
      "ok with twist spoilers. was charlotte jealous"
    ),
    ("so anton?", "so anton?"), ("okay bye", "okay bye"),
    ("wait a sec, who is anton", "who is anton"), ("hold on who is lizzie", "who is lizzie"),
    ("btw who are you", "who are you"), ("by the way, what is it about", "what is it about"),
    ("omg did anton die", "did anton die"), ("bro", "bro"),
  ])
  func wordsAQuestionOpensWithAreDroppedWhenTwoWordsFollow(_ typed: String, _ read: String) {
    #expect(Self.speller.correct(typed) == read)
  }

  @Test(arguments: [
    (
      "i was wondering, who is in it and when did it come out",
      "who is in it and when did it come out"
    ),
    ("just curious: who wrote the article", "who wrote the article"),
    // Before its question with no stop, the aside is the question's frame.
    ("i was wondering who anton is", "i was wondering who anton is"),
  ])
  func anAsideSayingAQuestionIsComingIsDroppedAtItsStop(_ typed: String, _ read: String) {
    #expect(Speller.droppingLeadingMarkers(typed) == read)
  }
  @Test(arguments: [
    ("according to the article, why did charlotte do it", "why did charlotte do it"),
    ("in the movie, who plays lizzie", "who plays lizzie"),
    ("in netflix's the perfection what happens to anton", "what happens to anton"),
    // Nothing left to ask: the words stay.
    ("in the movie", "in the movie"),
  ])
  func theArticleOrFilmNamedBeforeAQuestionIsDropped(_ typed: String, _ read: String) {
    #expect(Speller.droppingLeadingMarkers(typed) == read)
  }

  @Test func theHeadlinesPossessiveNamesTheFilm() {
    #expect(
      FilmNameInQuery.dropping("what happens at the end of netflix's the perfection")
        == "what happens at the end of the perfection")
    #expect(
      FilmNameInQuery.dropping("is the perfection on netflix") == "is the perfection on netflix")
  }

  @Test(arguments: [
    ("thanks 😭", "thanks"), ("bye 👋🏽", "bye"),
    (
      "lizzie puking bugs 🤢 what was going on",
      "lizzie puking bugs what was going on"
    ),
    ("who is anton", "who is anton"), ("café #1", "café #1"),
  ])
  func emojiAreLeftOut(_ typed: String, _ read: String) {
    #expect(Pictographs.dropping(typed) == read)
  }

  @Test func gesturesThatAnswerAPromptCanBeKept() {
    #expect(Pictographs.dropping("👍 go on 😭", keeping: ["\u{1F44D}"]) == "👍 go on")
  }

  @Test func theMatcherReadsTheCorrection() {
    let result = IntentMatcher(library: Fixtures.library).match("what hapend in the chappel")
    #expect(result.normalized == "what happened in the chapel")
    #expect(result.best?.intent.id == "twist.chapel")
  }
}
