import Foundation

/// Corrects misspellings of the words the bot knows ("chappel" → "chapel", "wehre" →
/// "where", "lzizie" → "lizzie", "antn" → "anton").
///
/// Only a word the bot does not know at all is touched: not a word of any answer, example,
/// teaser or pattern, not a common word, and not an English word (`EnglishDictionary`), so a
/// real word is never turned into another ("acts" stays "acts", not "facts"). It becomes the
/// one known word within one edit (a letter added, dropped, changed, or two swapped), two for
/// words of eight letters or more. When several are that close, a word with exactly its
/// letters wins ("wehre" is "where", not "were"); otherwise it stays as typed.
struct Speller: Sendable {
  /// The words a misspelling may become, built on first need.
  ///
  /// They are the words of the answers, examples and teasers, the characters' names, the
  /// common words, the distinctive words, and the English words of the patterns.
  private let targets: SpellerTargets
  /// At most this many unknown words of one question are looked up; the rest stay as typed,
  /// so a long message of gibberish costs no more than a short one.
  static let maximumLookups = 12
  /// At most this many English words complete one stem of a pattern (`direct\w*`: "direct",
  /// "directed", "director"…), so a short stem does not bring in a dictionary's page.
  static let completionsPerStem = 24

  /// Words of the film a misspelling may become even where no answer uses them.
  static let distinctive: [String] = [
    "chapel", "tattoo", "tattoos", "twist", "jealous", "knife", "shanghai", "cello", "cellist",
    "ibuprofen", "perfection", "hallucinate", "hallucinations", "competition", "explain",
    "happened", "called", "bachoff", "willmore", "mentor", "ending", "protege", "medication",
  ]
  /// The distinctive words and the characters' names: between two equally close targets,
  /// the one of these wins.
  private let filmWords: Set<[UInt8]>
  /// Every word the bot knows: these are never corrected.
  private let known: Set<[UInt8]>
  /// English words, never corrected either.
  private let english: EnglishDictionary
  /// Reads an actress's name as her character's outside questions about casting.
  private let actorAsCharacter: ActorAsCharacter

  /// Chat shorthand and everyday misspellings, read as the words they stand for.
  ///
  /// "wat" is "what", "abt" "about", "fite" "fight". Unlike the distinctive words, these are
  /// replaced whatever their length, and only exactly as listed.
  static let shorthand: [String: String] = [
    "wat": "what", "wut": "what", "wht": "what", "wats": "whats", "wuts": "whats",
    "whts": "whats", "wich": "which", "whch": "which", "wen": "when", "wer": "where",
    "whr": "where", "wher": "where", "hw": "how", "wy": "why", "abt": "about", "bout": "about",
    "u": "you", "ur": "your", "bc": "because", "cuz": "because", "coz": "because",
    "ppl": "people", "dat": "that", "da": "the", "teh": "the", "hapen": "happen",
    "happend": "happened", "hapened": "happened", "hapend": "happened", "fite": "fight",
    "actin": "acting", "endin": "ending", "movi": "movie", "moive": "movie", "wit": "with",
    "thru": "through", "tho": "though", "plz": "please", "pls": "please", "bcuz": "because",
    "kno": "know", "knw": "know", "becuz": "because", "becoz": "because", "shud": "should",
    "cud": "could", "wud": "would", "hppnd": "happened", "happned": "happened", "b4": "before",
    "sum1": "someone", "some1": "someone", "any1": "anyone", "thx": "thanks", "abut": "about",
    "sik": "sick", "ded": "dead", "whyd": "why did", "otu": "out", "adn": "and", "hte": "the",
    "yuo": "you", "wach": "watch", "twits": "twist", "whatd": "what did", "howd": "how did",
    "whered": "where did", "whend": "when did", "jelly": "jealous", "whereon": "where on",
    "wherein": "where in", "tryna": "trying to", "finna": "going to", "outta": "out of",
    "hafta": "have to", "lemme": "let me", "fr": "really", "frfr": "really",
  ]
  /// The shorthand, for lookups by bytes.
  private static let shorthandBytes: [[UInt8]: [UInt8]] = Dictionary(
    uniqueKeysWithValues: shorthand.map { (Array($0.key.utf8), Array($0.value.utf8)) })

  /// Words short or common enough that they are never corrected.
  static let common: Set<String> = [
    "that", "this", "with", "from", "they", "them", "their", "there", "then", "than", "what",
    "when", "where", "which", "while", "were", "have", "been", "does", "doing", "done", "would",
    "could", "should", "about", "into", "your", "yours", "just", "like", "really", "some",
    "very", "also", "only", "even", "ever", "much", "many", "more", "most", "such", "each",
    "other", "another", "again", "still", "after", "before", "because", "though", "through",
    "over", "under", "here", "make", "made", "know", "knew", "think", "thought", "mean",
    "want", "wanted", "need", "tell", "said", "says", "going", "gonna", "wanna", "yeah", "okay",
    "please", "thanks", "thank", "hello", "movie", "film", "scene", "part", "thing", "things",
    "people", "person", "someone", "something", "anything", "everything", "nothing", "guys",
    "good", "great", "weird", "crazy", "insane", "confused", "understand", "explain", "happen",
    "happened", "happens", "character", "characters", "story", "watch", "watched", "seen",
    "spoil", "spoiler", "spoilers", "question", "answer", "right", "wrong", "sure", "maybe",
    "whole", "first", "last", "next", "time", "year", "years", "long", "well", "both", "same",
    "true", "false", "fact", "correct", "having", "putting", "working", "somewhere", "against",
    // Words that set something aside ("forget the twist", "aside from the abuse").
    "forget", "aside", "apart", "except", "asking",
  ]

  init(library: IntentLibrary, english: EnglishDictionary = .shared) {
    var known: Set<[UInt8]> = []
    for intent in library.intents {
      let texts = intent.answers.map(\.source) + intent.examples + [intent.teaser ?? ""]
      for text in texts {
        for word in Self.words(in: Normalizer.normalize(text)) { known.insert(word) }
      }
    }
    for word in Self.common { known.insert(Array(word.utf8)) }
    var filmWords = Set(Self.distinctive.map { Array($0.utf8) })
    for character in library.characters { filmWords.insert(Array(character.name.utf8)) }
    let base = known.union(filmWords)
    self.targets = SpellerTargets {
      var targets = base
      var patternWords: Set<[UInt8]> = []
      // The misspellings a character's pattern already reads ("charlote") are left alone.
      for character in library.characters {
        for (word, _, _) in Self.words(inPattern: character.patternSource) {
          patternWords.insert(word)
        }
      }
      let patterns =
        library.concepts.map(\.patternSource) + library.intents.flatMap(\.patternSources)
      var openStems: Set<[UInt8]> = []
      for source in patterns {
        for (word, isStem, isOpen) in Self.words(inPattern: source) {
          patternWords.insert(word)
          // A stem ("hallucinat") is no word to correct toward, but its English words are.
          if english.contains(word) { targets.insert(word) }
          if isStem {
            let completions = english.words(withPrefix: word, limit: Self.completionsPerStem)
            for completed in completions { targets.insert(completed) }
            // An open stem no English word completes ("chunder") has no target to correct
            // its words toward: a word it opens is read as typed. A stem English completes
            // ("competit") is corrected toward those words instead ("competitin").
            if isOpen, completions.isEmpty, !english.contains(word),
              word.count >= SpellerTargets.shortestOpenStem
            {
              openStems.insert(word)
            }
          }
        }
      }
      return SpellerTargets.table(
        targets: targets, patternWords: patternWords, openStems: openStems)
    }
    self.filmWords = filmWords
    self.known = known
    self.english = english
    self.actorAsCharacter = ActorAsCharacter(characters: library.characters)
  }

  /// The literal words of a pattern's source.
  ///
  /// They are its runs of four or more lowercase letters, with escapes (`\b`, `\w`) read as
  /// separators. A run before `?` is a word both with and without its last letter
  /// (`prizes?`); a run before `\w`, `(` or `[` is a stem (`direct\w*`, `compan(?:y|ies)`,
  /// `organi[sz]ed`), which English words of its own letters complete. A stem before `\w` is
  /// open: the pattern reads any word it opens (`chunder\w*` reads "chundering").
  static func words(inPattern source: String) -> [(word: [UInt8], isStem: Bool, isOpen: Bool)] {
    var found: [(word: [UInt8], isStem: Bool, isOpen: Bool)] = []
    let bytes = Array(source.utf8)
    var run: [UInt8] = []
    var index = 0
    func end(before next: UInt8?, then following: UInt8?) {
      defer { run.removeAll(keepingCapacity: true) }
      guard run.count >= 4 else { return }
      switch next {
      case UInt8(ascii: "?"):
        found.append((run, false, false))
        if run.count > 4 { found.append((Array(run.dropLast()), false, false)) }
      case UInt8(ascii: "("), UInt8(ascii: "["):
        found.append((run, true, false))
      case UInt8(ascii: "\\") where following == UInt8(ascii: "w"):
        found.append((run, true, true))
      default:
        found.append((run, false, false))
      }
    }
    while index < bytes.count {
      let byte = bytes[index]
      if (0x61...0x7A).contains(byte) {
        run.append(byte)
        index += 1
        continue
      }
      let following = index + 1 < bytes.count ? bytes[index + 1] : nil
      end(before: byte, then: following)
      // An escape's letter is no part of a word.
      index += byte == UInt8(ascii: "\\") ? 2 : 1
    }
    end(before: nil, then: nil)
    return found
  }

  /// Runs of four or more lowercase ASCII letters.
  static func words(in text: String) -> [[UInt8]] {
    var words: [[UInt8]] = []
    var current: [UInt8] = []
    for byte in text.utf8 {
      if (0x61...0x7A).contains(byte) {
        current.append(byte)
      } else {
        if current.count >= 4 { words.append(current) }
        current.removeAll(keepingCapacity: true)
      }
    }
    if current.count >= 4 { words.append(current) }
    return words
  }

  /// Whether a word is one of the bot's own: a word of an answer, example or teaser, a
  /// common word, or a literal word of a pattern ("vitamins", "japan").
  ///
  /// The pattern words are built on first need, as for a correction.
  func knows(_ word: [UInt8]) -> Bool {
    known.contains(word) || targets.table.patternWords.contains(word)
  }

  /// The question with its unknown words corrected and read in its plain form: the
  /// auxiliary put back, the question word in front, openers, fillers and emoji dropped.
  func correct(_ normalized: String) -> String {
    let corrected = correctingWords(Pictographs.dropping(normalized))
    // In order: each step reads the text the one before left.
    var text = Self.rereadingSoundAlikes(corrected)
    text = DroppedArticle.restoring(text)
    text = Self.droppingIntensifiers(text)
    text = Self.droppingTrailingFillers(text)
    text = Self.droppingLeadingMarkers(text)
    text = FilmNameInQuery.dropping(text)
    text = actorAsCharacter.reading(text)
    text = AddressedCharacter.reading(text)
    text = FrontedTopic.reading(text)
    text = LeadingAdverbial.moving(text)
    text = EmbeddedQuestion.unwrapping(text)
    text = Self.readingTruthOpener(text)
    text = Hearsay.reading(text)
    text = AdverbAfterSubject.dropping(text)
    text = Self.frontingQuestionWord(text)
    return DroppedAuxiliary.restoring(text)
  }

  /// The text with its unknown words corrected and its shorthand spelled out, word for word.
  ///
  /// The text as it was when nothing needed it. Correcting twice changes nothing more.
  func correctingWords(_ normalized: String) -> String {
    var output: [UInt8] = []
    var changed = false
    var word: [UInt8] = []
    var lookups = 0
    func flush() {
      // A word with a digit ("b4", "sum1") is shorthand or left alone: "2019" is a year.
      if word.contains(where: { (0x30...0x39).contains($0) }) {
        if let full = Self.shorthandBytes[word] {
          output += full
          changed = true
        } else {
          output += word
        }
        word.removeAll(keepingCapacity: true)
        return
      }
      // Letters held down ("whyyyy", "sooo") are read once, or twice where that is a word.
      if let squeezed = squeezingRepeats(word) {
        word = squeezed
        changed = true
      }
      if let full = Self.shorthandBytes[word] {
        output += full
        changed = true
      } else if word.count >= 4, lookups < Self.maximumLookups, !known.contains(word),
        !english.contains(word), !Self.contractionStems.contains(word),
        let fixed = reading(unknown: word, lookups: &lookups)
      {
        output += fixed
        changed = true
      } else {
        output += word
      }
      word.removeAll(keepingCapacity: true)
    }
    for byte in normalized.utf8 {
      if (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte) {
        word.append(byte)
      } else {
        flush()
        output.append(byte)
      }
    }
    flush()
    let corrected = changed ? String(decoding: output, as: UTF8.self) : normalized
    return Self.expandingContractedDid(Self.spellingOutJoinSigns(corrected))
  }

  /// The text with "&" or "+" standing between two words written as "and" ("cast & release
  /// date"), so that lists and compound questions split at it; the text as it was when it
  /// holds neither.
  static func spellingOutJoinSigns(_ text: String) -> String {
    guard ASCII.contains(text, " & ") || ASCII.contains(text, " + ") else { return text }
    return text.replacingOccurrences(of: " & ", with: " and ").replacingOccurrences(
      of: " + ", with: " and ")
  }

  /// Question words contracted with "did": "what'd anton do" asks what Anton did.
  static let contractedDid: [(String, String)] = ["what", "how", "where", "why", "who", "when"]
    .map { ($0 + "'d ", $0 + " did ") }

  /// The text with each question word contracted with "did" written out ("how'd she know" is
  /// "how did she know"); the text as it was when it holds none.
  static func expandingContractedDid(_ text: String) -> String {
    guard ASCII.contains(text, "'d ") else { return text }
    var result = text
    for (contracted, full) in contractedDid {
      if result.hasPrefix(contracted) { result = full + result.dropFirst(contracted.count) }
      result = result.replacingOccurrences(of: " " + contracted, with: " " + full)
    }
    return result
  }

  /// Question words a statement may end with instead of opening with.
  static let inSituWords: Set<Substring> = ["what", "where", "how", "who", "when", "why"]
  /// Words that open a sentence which is no statement with its question word left in place.
  static let notStatementOpeners: Set<Substring> = [
    "i", "im", "you", "we", "can", "could", "do", "does", "did", "is", "are", "was", "were",
    "please", "tell", "explain", "if", "so", "and", "but", "or", "no", "yes", "idk", "dont",
    "not", "its", "it", "that", "this", "there", "theres",
  ]
  /// Words before a question word that make it part of a statement ("i know how it ends").
  static let embedders: Set<Substring> = [
    "know", "knew", "wonder", "wondering", "understand", "explain", "tell", "sure", "idea",
    "see", "get", "got", "remember", "figure", "learn", "learned", "show", "ask", "asking",
    "matter", "care", "decide", "guess", "think", "forgot", "forget", "realize", "realise",
    "about", "of", "and", "or", "but", "that", "no", "unclear", "confused", "lost",
  ]

  /// A statement with its question word left in place, read with that word in front.
  ///
  /// "lizzie ends up where" is "where lizzie ends up", "they play how at the end" is "how
  /// they play at the end". Only a plain sentence of one clause, its question word after two
  /// words or more and at most four from the end, none of them a word that embeds it ("i
  /// know how").
  static func frontingQuestionWord(_ text: String) -> String {
    guard text.utf8.count < 80,
      !text.utf8.dropLast().contains(where: { splitBytesForFronting.contains($0) })
    else { return text }
    var words = text.split(separator: " ")
    guard words.count >= 3, let first = words.first,
      !inSituWords.contains(first), !notStatementOpeners.contains(first)
    else { return text }
    let core = { (word: Substring) in word.filter { $0.isLetter } }
    // "lizzie seeing stuff because of what" asks why: the phrase goes to the front as "why".
    // Its "of" would otherwise embed the "what".
    if words.count >= 4, let last = words.last, core(last) == "what",
      becauseOfWhat.contains(words[words.count - 3] + " " + words[words.count - 2])
    {
      let trailing = last.drop { $0.isLetter }
      var rest = Array(words.dropLast(3))
      if !trailing.isEmpty { rest[rest.count - 1] += trailing }
      return (["why"] + rest).joined(separator: " ")
    }
    guard
      let index = words.indices.first(where: { inSituWords.contains(Substring(core(words[$0]))) }),
      index >= 2, words.count - index <= 5,
      !words[..<index].contains(where: { embedders.contains(Substring(core($0))) }),
      // "without spoiling anything who is in it" already asks, from its question word on.
      index + 1 == words.count || !questionVerbs.contains(Substring(core(words[index + 1]))),
      // "anton hurt charlotte when she was a student?": a clause of time or place, no
      // question word left in place.
      !(["when", "where"].contains(core(words[index])) && index + 1 < words.count
        && clauseSubjects.contains(Substring(core(words[index + 1]))))
    else { return text }
    // "lizzie cut hand for what reason" asks why: the phrase goes to the front as "why".
    if index >= 1, words[index - 1] == "for", index + 1 < words.count,
      whyNouns.contains(Substring(core(words[index + 1]))), core(words[index]) == "what",
      index + 2 == words.count
    {
      let trailing = words[index + 1].drop { $0.isLetter }
      var rest = Array(words[..<(index - 1)])
      if !trailing.isEmpty { rest[rest.count - 1] += trailing }
      return (["why"] + rest).joined(separator: " ")
    }
    // "story happen in what city" is "in what city story happen": the phrase goes whole.
    if index >= 1, index + 1 < words.count, core(words[index]) == "what",
      frontedPrepositions.contains(words[index - 1])
    {
      var phrase = Array(words[(index - 1)...(index + 1)])
      var rest = Array(words[..<(index - 1)]) + Array(words[(index + 2)...])
      if index + 2 == words.count {
        let trailing = phrase[2].drop { $0.isLetter }
        phrase[2] = Substring(core(phrase[2]))
        if !trailing.isEmpty { rest[rest.count - 1] += trailing }
      }
      return (phrase + rest).joined(separator: " ")
    }
    let word = words.remove(at: index)
    let wasLast = index == words.count
    // "anton is who to charlotte" is "who is anton to charlotte".
    var front = [Substring(core(word))]
    if ["is", "was", "are", "were"].contains(words[index - 1]) {
      front.append(words.remove(at: index - 1))
    }
    let trailing = word.drop { $0.isLetter }
    if !trailing.isEmpty, wasLast {
      words[words.count - 1] += trailing
    }
    return (front + words).joined(separator: " ")
  }

  /// Subjects that make a "when" or "where" after them open a clause ("when she was a
  /// student"), not a question.
  static let clauseSubjects: Set<Substring> = [
    "she", "he", "they", "i", "we", "you", "it", "charlotte", "lizzie", "anton", "bachoff",
  ]

  /// Prepositions that go to the front with the "what" phrase after them ("in what city").
  static let frontedPrepositions: Set<Substring> = [
    "in", "on", "at", "from", "to", "with", "by", "into", "during",
  ]

  /// Words that make a closing "what" ask why ("because of what", "due to what").
  static let becauseOfWhat: Set<String> = ["because of", "due to", "owing to", "thanks to"]

  /// Nouns that make a closing "for what …" ask why ("for what reason").
  static let whyNouns: Set<Substring> = ["reason", "purpose", "cause", "motive"]

  /// Verbs that follow a question word that opens a question ("who is", "what did"), or
  /// "what … thing" ("what awful thing happened").
  static let questionVerbs: Set<Substring> = [
    "is", "was", "are", "were", "do", "does", "did", "can", "could", "would", "will", "has",
    "have", "had", "s", "should", "happen", "happened", "happens", "made", "makes",
  ]

  /// Bytes that end a clause: a message holding one before its end is left as typed.
  private static let splitBytesForFronting: Set<UInt8> = Set(".!?;,:".utf8)

  /// Auxiliaries after which "were" can only be "where" ("were does it take place") and
  /// before which "no" can only be "know" ("how did charlotte no about lizzie").
  static let auxiliaries: Set<Substring> = [
    "does", "do", "did", "can", "could", "is", "was", "are", "would", "should", "will",
  ]
  /// Words that come shortly before "know" ("did she know", "to know"), never before "no".
  static let knowers: Set<Substring> = ["did", "does", "do", "didnt", "doesnt", "dont", "to"]
  /// Words "know" takes after it, where "no" never stands.
  static let knownThings: Set<Substring> = [
    "about", "that", "what", "who", "how", "why", "if", "where", "when", "lizzie", "charlotte",
    "anton", "her", "him", "them",
  ]

  /// Words before "reel" typed for "real" ("were the bugs even reel").
  static let realBefore: Set<Substring> = [
    "even", "actually", "really", "ever", "not", "was", "were", "is", "are", "be", "bugs",
    "pills", "it", "they", "them", "all", "that", "so",
  ]
  /// Words a question about whether something was true ends with.
  static let truthWords: Set<Substring> = ["real", "fake", "true", "imaginary", "imagined"]

  /// Who may have played a part, before "plaid" typed for "played".
  static let players: Set<Substring> = ["who", "she", "he", "they", "actress", "actor", "that"]

  /// Words that sound like "where" and open a question before an auxiliary.
  static let whereSoundAlikes: Set<Substring> = ["were", "wear", "ware", "whare"]
  /// The same words as a message opens with them, for the check before any splitting.
  private static let whereSoundAlikeOpenings = whereSoundAlikes.map { $0 + " " }

  /// Real words typed for the words they sound like, read from the words around them: "were"
  /// or "wear" opening a question before an auxiliary is "where", "no" after "did" (and a
  /// name or pronoun) before "about" or a question word is "know", and "due to" a word or two
  /// after "did" is "do to" ("what did anton due to charlotte"), "plaid" after someone is
  /// "played" ("who plaid lizzy"), "cum out" is "come out", "reel" after "even" or "were" is
  /// "real", and a "where the bugs even real" with no verb is "were".
  static func rereadingSoundAlikes(_ text: String) -> String {
    guard
      whereSoundAlikeOpenings.contains(where: { text.hasPrefix($0) })
        || ASCII.contains(text, " no ") || ASCII.contains(text, " due to ")
        || ASCII.contains(text, "plaid ") || ASCII.contains(text, " cum out")
        || ASCII.contains(text, " reel")
        || (text.hasPrefix("where the") && truthWords.contains { text.contains($0) })
    else { return text }
    var words = text.split(separator: " ", omittingEmptySubsequences: false)
    for index in words.indices.dropFirst() where words[index] == "plaid" {
      if players.contains(words[index - 1]) { words[index] = "played" }
    }
    for index in words.indices.dropLast() where words[index] == "cum" {
      if words[index + 1] == "out" { words[index] = "come" }
    }
    if words.count > 1, whereSoundAlikes.contains(words[0]), auxiliaries.contains(words[1]) {
      words[0] = "where"
    }
    for index in words.indices.dropFirst() where words[index].hasPrefix("reel") {
      let core = words[index].prefix { $0.isLetter }
      if core == "reel", realBefore.contains(words[index - 1]) {
        words[index] = "real" + words[index].dropFirst(4)
      }
    }
    // "where the bugs even real": "were", asked of a thing with nothing to do.
    if words.count > 3, words[0] == "where", words[1] == "the" || words[1] == "they",
      let last = words.last?.prefix(while: { $0.isLetter }), truthWords.contains(last),
      !words.dropFirst().contains(where: { auxiliaries.contains($0) || $0 == "were" })
    {
      words[0] = "were"
    }
    for index in words.indices.dropFirst(2).dropLast() where words[index] == "due" {
      let before = words[max(0, index - 3)..<index]
      guard words[index + 1] == "to", before.contains(where: knowers.contains) else { continue }
      words[index] = "do"
    }
    for index in words.indices.dropFirst().dropLast() where words[index] == "no" {
      let before = words[max(0, index - 2)..<index]
      guard knownThings.contains(words[index + 1]), before.contains(where: knowers.contains)
      else { continue }
      words[index] = "know"
    }
    return words.joined(separator: " ")
  }

  /// A word with a letter typed three or more times in a row, that letter once ("whyyyy" is
  /// "why"), or twice where that makes a word the bot or English knows ("sooo" stays "so",
  /// "realllly" is "really"); `nil` when no letter repeats three times.
  private func squeezingRepeats(_ word: [UInt8]) -> [UInt8]? {
    var hasRun = false
    for index in word.indices.dropFirst(2)
    where word[index] == word[index - 1] && word[index] == word[index - 2] {
      hasRun = true
      break
    }
    guard hasRun else { return nil }
    func squeezed(keeping limit: Int) -> [UInt8] {
      var result: [UInt8] = []
      for byte in word {
        let tail = result.suffix(limit)
        if tail.count == limit, tail.allSatisfy({ $0 == byte }) { continue }
        result.append(byte)
      }
      return result
    }
    let once = squeezed(keeping: 1)
    let twice = squeezed(keeping: 2)
    if known.contains(twice) || english.contains(twice), !known.contains(once),
      !english.contains(once)
    {
      return twice
    }
    return once
  }

  /// Words a question may open with that change nothing it asks ("hey quick question,
  /// describe lizzie", "so what is left of bachoff", "and then who attacks anton"), the
  /// article or the film named first among them ("in the movie, who plays lizzie").
  static let leadingMarkers: [[UInt8]] =
    [
      // A pause before the question, longer ones first: "wait a sec" before "wait".
      "wait a sec", "wait a second", "wait a minute", "wait a min", "hold on", "hang on",
      "hold up", "serious question", "honest question", "random question", "real quick",
      "quick one",
      // A turn to a new point, or a reaction before it ("btw who are you", "omg did anton die").
      "by the way", "btw", "anyway", "anyways", "omg", "lol", "lmao", "bro", "dude", "ngl", "tbh",
      "hey bot", "hi bot", "hello bot", "hey there", "please", "basically", "honestly", "like",
      "hey", "hi", "hello", "yo", "ok", "okay", "so", "um", "uh", "umm", "well", "oh", "alright",
      "wait", "hmm", "also", "quick question", "question", "one more question", "another question",
      // A question that carries on the conversation ("and then what happens to lizzie's hand",
      // "but who are you") asks what it asks without them.
      "and", "but", "then",
      // The source named before the question: every answer is the article's already.
      "according to the article", "according to this article", "according to the author",
      "according to the piece", "according to the explainer", "according to your source",
      "according to the source", "based on the article", "based on this article",
      "per the article", "from the article", "in the article", "in this article",
    ].map { Array($0.utf8) } + filmMentions.map { Array($0.utf8) }

  /// Clauses that only say a question is coming, dropped when a comma, colon, dash or stop
  /// ends them ("i was wondering, who is in it and when did it come out"); before a question
  /// word with no stop ("i was wondering who anton is") they are the question's own frame.
  static let leadingAsides: [[UInt8]] = [
    "i was wondering", "i am wondering", "i'm wondering", "im wondering", "just wondering",
    "i'm curious", "im curious", "i am curious", "just curious", "i have a question",
    "i've got a question", "ive got a question", "got a question", "can i ask something",
    "can i ask you something", "can i ask a question", "may i ask", "quick q",
  ].map { Array($0.utf8) }

  /// "with " as bytes: after "ok" it makes a grant, not a marker.
  private static let withSpace = Array("with ".utf8)

  /// Openers that ask whether a statement is true ("true or false: anton dies").
  static let truthOpeners: [String] = [
    "true or false", "true/false", "true / false", "t or f", "t/f", "right or wrong",
    "fact check", "correct or incorrect", "fact or fiction", "yes or no",
  ]

  /// Words that open a question after a truth opener, which then asks it as it stands.
  static let questionOpeners: Set<Substring> = [
    "is", "was", "are", "were", "did", "does", "do", "can", "could", "will", "would", "has",
    "have", "what", "why", "how", "who", "where", "when", "which",
  ]

  /// A statement opened by "true or false" (or "fact check"), read as the yes/no question
  /// "is it true that …", so that it gets its "Yes" or "No"; the text as it was otherwise.
  static func readingTruthOpener(_ text: String) -> String {
    guard let first = text.utf8.first, [0x74, 0x72, 0x66, 0x63, 0x79].contains(first) else {
      return text
    }
    for opener in truthOpeners where text.hasPrefix(opener) {
      let rest = text.dropFirst(opener.count)
      guard let separator = rest.first, ":,-? ".contains(separator) else { continue }
      let statement = rest.drop { ":,-? ".contains($0) }
      let words = statement.split(separator: " ")
      guard words.count >= 2 else { return text }
      // "yes or no: does anton die" is already a question.
      if let opening = words.first, questionOpeners.contains(opening) { return String(statement) }
      return "is it true that " + statement
    }
    return text
  }

  /// The text without the markers it opens with, each with the comma, colon or dash after
  /// it; markers stay when fewer than two words would follow ("hello there", "so what").
  static func droppingLeadingMarkers(_ text: String) -> String {
    // Most questions open with no marker: they are not copied at all.
    guard
      leadingMarkers.contains(where: { text.utf8.starts(with: $0) })
        || leadingAsides.contains(where: { text.utf8.starts(with: $0) })
    else { return text }
    let bytes = Array(text.utf8)
    var start = 0
    func isSeparator(_ byte: UInt8) -> Bool {
      byte == 0x20 || byte == UInt8(ascii: ",") || byte == UInt8(ascii: ":")
        || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: ".")
    }
    func isStop(_ byte: UInt8) -> Bool { byte != 0x20 && isSeparator(byte) }
    while true {
      guard
        let marker = leadingMarkers.first(where: { marker in
          bytes[start...].starts(with: marker) && start + marker.count < bytes.count
            && isSeparator(bytes[start + marker.count])
        })
          ?? leadingAsides.first(where: { aside in
            bytes[start...].starts(with: aside) && start + aside.count < bytes.count
              && isStop(bytes[start + aside.count])
          })
      else { break }
      var next = start + marker.count
      while next < bytes.count, isSeparator(bytes[next]) { next += 1 }
      let rest = bytes[next...]
      // "ok with twist spoilers" is a grant: "ok" before "with" is no marker.
      if rest.starts(with: Self.withSpace) { break }
      let words = rest.split(separator: 0x20).filter { $0.contains { (0x61...0x7A).contains($0) } }
      guard words.count >= 2 else { break }
      start = next
    }
    return start == 0 ? text : String(decoding: bytes[start...], as: UTF8.self)
  }

  /// The asker's confusion, which after a question asks nothing more ("what happens to lizzie
  /// im so confused"), longer forms first.
  static let confusions: [String] = [
    "i'm so confused", "im so confused", "i am so confused", "i'm confused", "im confused",
    "i am confused", "so confused", "i'm so lost", "im so lost", "i'm lost", "im lost",
    "i don't get it", "i dont get it", "i don't understand", "i dont understand", "pls help",
    "plz help", "please help", "help pls", "help please",
  ]

  /// Thanks and a reason for asking after a question ("who is anton thx", "what happens to
  /// lizzie asking for a friend"), longer forms first; dropped only after a question of three
  /// words or more, so that "ok thanks" stays a thanks.
  static let courtesies: [String] = [
    "thanks in advance", "thank you so much", "thank you", "thanks so much", "thanks a lot",
    "thanks", "thx", "tysm", "ty", "cheers", "asking for a friend", "for a friend",
  ]
  /// The courtesies as fillers, each with the space before it.
  private static let courtesyFillers: Set<[UInt8]> = Set(courtesies.map { Array((" " + $0).utf8) })

  /// Words a question may trail off with that change nothing it asks ("what did anton stab
  /// her with lol", "what was in the pills exactly"), each with the space before it.
  static let trailingFillers: [[UInt8]] =
    ([
      "lol", "lmao", "lmfao", "haha", "hahaha", "exactly", "precisely", "tho", "though", "btw",
      "pls", "plz", "please", "anyway", "again",
    ] + confusions + courtesies + [
      // A question asked spoiler-free asks the same ("who is anton without ruining
      // anything"); the consent gate reads such words on its own.
      "without spoilers", "without any spoilers", "without spoiling anything",
      "without spoiling it", "without ruining anything", "without ruining it", "no spoilers",
      "spoiler free", "spoiler-free",
    ]).map { Array((" " + $0).utf8) }

  /// Where a question trails off by naming the film ("what happens to lizzie in the movie"):
  /// dropped like a filler unless the word before needs it ("who is in the movie", "what
  /// happens in the movie").
  static let trailingFilmMentions: [[UInt8]] = filmMentions.map { Array((" " + $0).utf8) }
  /// The ways a question names the film it is about: "in the movie", "in netflix's the
  /// perfection", "in the netflix film the perfection".
  static let filmMentions: [String] =
    ["netflix's the perfection", "netflixs the perfection", "netflix's perfection"].map {
      "in " + $0
    }
    + ["the film", "the movie", "this film", "this movie", "the netflix film", "the netflix movie"]
    .flatMap { ["in \($0) the perfection", "in \($0)"] }
    + [
      "in the perfection movie", "in the perfection film", "in the perfection 2019",
      "in the perfection",
    ]
  /// The words a film mention completes: after these it stays.
  static let completedByFilm: Set<[UInt8]> = Set(
    [
      "is", "are", "was", "were", "s", "who", "happens", "happened", "happen", "happening", "on",
      "goes", "went", "going", "appear", "appears", "appeared", "acted", "acts", "acting",
      "starred", "stars", "starring", "in", "about", "else", "whos", "who's", "whats", "what's",
    ].map { Array($0.utf8) })

  /// The words "again" completes: after these it asks something ("did lizzie ever play cello
  /// again"), after any other it is a filler ("who plays charlotte again").
  static let completedByAgain: Set<[UInt8]> = Set(
    [
      "cello", "play", "plays", "played", "playing", "perform", "performs", "performed",
      "performing", "walk", "talk", "speak", "see", "hear", "move", "happen", "happens",
    ].map { Array($0.utf8) })
  /// Whether a closing "again" asks to be reminded whatever the word before it: a question
  /// that opens with "what" or "which", after any marker ("and what …"), and says no "when"
  /// ("what instrument do they play again" asks for the instrument, not about playing again;
  /// "what happens when they play again" keeps it).
  private static func asksForAReminder(_ typed: String) -> Bool {
    let text = droppingLeadingMarkers(typed)
    return
      (text.hasPrefix("what ") || text.hasPrefix("which ") || text.hasPrefix("whats ")
      || text.hasPrefix("what's "))
      && !ASCII.contains(text, " when ") && !ASCII.contains(text, " after ")
      && !ASCII.contains(text, " once ")
  }

  /// " again", the one trailing filler that some words before it keep.
  private static let again = Array(" again".utf8)
  /// The last letters of every trailing filler and film mention: a question ending in none of
  /// them trails off with nothing to drop.
  private static let fillerEndings: Set<UInt8> = Set(
    (trailingFillers + trailingFilmMentions).compactMap(\.last))

  /// What a question may end with after its last word.
  private static let closingBytes: Set<UInt8> = Set("?!. ".utf8)

  /// The text without the fillers it ends with; any punctuation after them stays.
  static func droppingTrailingFillers(_ text: String) -> String {
    // Most questions end in no filler: they are not copied at all.
    guard
      let last = text.utf8.reversed().first(where: { !Self.closingBytes.contains($0) }),
      fillerEndings.contains(last)
    else { return text }
    var bytes = Array(text.utf8)
    var end = bytes.count
    while end > 0, closingBytes.contains(bytes[end - 1]) {
      end -= 1
    }
    let punctuation = Array(bytes[end...])
    var head = end
    func ends(with filler: [UInt8]) -> Bool {
      filler.count < head && bytes[..<head].reversed().starts(with: filler.reversed())
    }
    // At most two: "...with lol tho". A question that is only fillers keeps its last.
    for _ in 0..<2 {
      if let filler = trailingFillers.first(where: ends) {
        if filler == again, !asksForAReminder(text) {
          let word = bytes[..<(head - filler.count)].reversed().prefix { $0 != 0x20 }
          guard !completedByAgain.contains(Array(word.reversed())) else { break }
        }
        if courtesyFillers.contains(filler) {
          guard bytes[..<(head - filler.count)].filter({ $0 == 0x20 }).count >= 2 else { break }
        }
        head -= filler.count
      } else if let mention = trailingFilmMentions.first(where: ends) {
        let before = bytes[..<(head - mention.count)]
        let word = Array(before.reversed().prefix { $0 != 0x20 }.reversed())
        guard !completedByFilm.contains(word) else { break }
        head -= mention.count
      } else {
        break
      }
    }
    guard head < end else { return text }
    bytes.removeSubrange(head...)
    return String(decoding: bytes + punctuation, as: UTF8.self)
  }

  /// Roundabout openings of a question and the plain question word they stand for.
  static let reworded: [(String, String)] =
    ["what", "who", "why", "how", "where", "when"].flatMap { question in
      ["is it that ", "was it that "].map { (question + " " + $0, question + " ") }
    } + [
      ("in what way ", "how "), ("in which way ", "how "), ("by what means ", "how "),
      ("in what manner ", "how "), ("for what reason ", "why "), ("to what end ", "why "),
    ]

  /// Question words and the intensifiers that may follow them without changing the question
  /// ("what exactly did they do to him" asks what they did to him).
  static let intensified: [(String, String)] = ["what", "why", "how", "who", "where", "when"]
    .flatMap { question in
      ["exactly", "even", "precisely", "specifically"].map {
        (question + " " + $0 + " ", question + " ")
      }
    }

  /// Words that judge what a "what … thing" question asks about without changing it
  /// ("what awful stuff did anton do" asks what anton did).
  static let judgements: Set<Substring> = [
    "awful", "horrible", "terrible", "bad", "evil", "sick", "twisted", "disgusting", "horrific",
    "horrendous", "cruel", "nasty", "vile", "gross", "creepy", "weird", "crazy", "wild", "dark",
    "shocking", "unspeakable", "sinister", "heinous", "monstrous", "messed", "fucked", "insane",
    "strange", "scary", "sad", "wicked", "atrocious", "despicable", "messed-up",
  ]

  /// The text with "what" + a judging word + "thing", "things" or "stuff" before a verb read
  /// as the plain "what": "what horrible thing was anton doing" asks what anton was doing.
  static func droppingJudgement(_ text: String) -> String {
    guard ASCII.contains(text, "what ") else { return text }
    var words = text.split(separator: " ", omittingEmptySubsequences: false)
    var index = 0
    while index + 3 < words.count {
      defer { index += 1 }
      guard words[index] == "what" else { continue }
      var next = index + 1
      guard judgements.contains(words[next]) else { continue }
      if words[next] == "messed" || words[next] == "fucked", words[next + 1] == "up" { next += 1 }
      guard next + 2 < words.count, ["thing", "things", "stuff"].contains(words[next + 1]),
        questionVerbs.contains(words[next + 2])
      else { continue }
      words.removeSubrange((index + 1)...(next + 1))
    }
    return words.joined(separator: " ")
  }

  /// The text without an intensifier right after a question word, and with "how come" read
  /// as "why" ("how come did lizzie throw up bugs" asks why, not how).
  static func droppingIntensifiers(_ text: String) -> String {
    var result = text
    if ASCII.contains(result, "how come ") {
      if result.hasPrefix("how come ") { result = "why " + result.dropFirst(9) }
      result = result.replacingOccurrences(of: " how come ", with: " why ")
    }
    result = droppingJudgement(result)
    // "what is it that charlotte wanted", "in what way do they play": the plain question.
    if ASCII.contains(result, " it that ") || ASCII.contains(result, " what ") {
      for (phrase, plain) in reworded where result.hasPrefix(phrase) {
        result = plain + result.dropFirst(phrase.count)
        break
      }
    }
    guard
      ASCII.contains(result, " exactly ") || ASCII.contains(result, " even ")
        || ASCII.contains(result, " precisely ") || ASCII.contains(result, " specifically ")
    else {
      return result
    }
    for (phrase, plain) in intensified where result.contains(phrase) {
      result = result.replacingOccurrences(of: phrase, with: plain)
    }
    return result
  }

  /// An unknown word read as the word it misspells, or as two words typed without their
  /// space; `nil` when it is neither.
  ///
  /// A question word or auxiliary run into the next word ("whatdoes", "whois", "isthe") is
  /// split before any correction is tried, since a correction would find a word near the
  /// whole ("whois" is one letter from "whos"). Any other word takes a correction one edit
  /// away ("antone" is Anton, not "an tone"), else two whole words ("meabout" is "me about",
  /// not the "about" two edits away), else a correction two edits away.
  private func reading(unknown word: [UInt8], lookups: inout Int) -> [UInt8]? {
    // The asker's "i" run into the verb after it ("iwonder", "iscreamed") is the two words,
    // not a word one edit from the whole ("wounder"), nor "is" and
    // what is left ("is creamed").
    // Unless what is left is no word of the bot's and the whole is one letter from an English
    // word ("istead" is "instead", not "i stead").
    if word.count >= 5, word.first == UInt8(ascii: "i"), isWholeWord(word.dropFirst()) {
      return preferringEnglish(
        over: [UInt8(ascii: "i"), 0x20] + word.dropFirst(), for: word, lookups: &lookups)
    }
    if Self.leadWords.contains(where: { word.starts(with: $0) }),
      let split = splittingAfterLeadWord(word, lookups: &lookups)
    {
      return preferringEnglish(over: split, for: word, lookups: &lookups)
    }
    if let split = splittingMisspelledLead(word) { return split }
    // A dropped "g" ("throwin", "talkin") is the "-ing" word, not "throw in", unless the
    // film has its own word one edit away ("perfectin" is "perfection", not "perfecting").
    if word.count >= 5, word.suffix(2).elementsEqual("in".utf8) {
      let full = word + [UInt8(ascii: "g")]
      if known.contains(full) { return full }
      if english.contains(full) {
        if let fixed = correction(of: word, lookups: &lookups), filmWords.contains(fixed),
          Self.distance(word, fixed, limit: 1) <= 1
        {
          return fixed
        }
        return full
      }
    }
    // A word spelled as it sounds ("perfecshun", "sharlot") is the word its sounds spell,
    // when that is a word the bot knows or one edit from one.
    if let sounded = Self.soundingOut(word) {
      if knows(sounded) || english.contains(sounded) { return sounded }
      if let fixed = correction(of: sounded, lookups: &lookups),
        Self.distance(sounded, fixed, limit: 1) <= 1
      {
        return fixed
      }
    }
    // A word a pattern's open stem reads ("chundering" by `chunder\w*`) is meant as typed,
    // unless it is two words run together ("tattoosmean" is "tattoos mean").
    if targets.table.opensWithStem(word), splitting(word, lookups: &lookups) == nil {
      return nil
    }
    // "a" run into a word ("achapel", "becomea") is the article, not a letter too many,
    // unless two longer words make the word ("aswell" is "as well", not "a swell").
    // "arested" is "arrested", not "a rested": the same unless the word is one letter from
    // an English word and what the article leaves is no word of the bot's.
    if let split = splittingArticle(word) {
      let apart = splitting(word, lookups: &lookups) ?? split
      // A closing "a" is the article ("becomea" is "become a", not "becomes").
      return apart.last == UInt8(ascii: "a")
        ? apart : preferringEnglish(over: apart, for: word, lookups: &lookups)
    }
    // A correction one edit away wins; two edits away, two whole words win ("meabout" is "me
    // about", not "about").
    let fixed = correction(of: word, lookups: &lookups)
    if let fixed, Self.distance(word, fixed, limit: 1) <= 1 {
      // Unless the correction is no word of the bot's and two words, one of them the bot's,
      // make the word ("looklike" is "look like", not "lookalike"; "antone" is still Anton).
      if !known.contains(fixed), let split = splitting(word, lookups: &lookups),
        split.split(separator: 0x20).contains(where: { known.contains(Array($0)) })
      {
        return split
      }
      return fixed
    }
    // Else two whole words run together ("meabout", "cityis", "planto"), else an English word
    // one edit away ("arested" is "arrested"), else a correction two edits away.
    if let split = splitting(word, lookups: &lookups) { return split }
    if fixed.map({ !filmWords.contains($0) }) ?? true,
      let english = englishCorrection(of: word, lookups: &lookups)
    {
      return english
    }
    return fixed
  }

  /// `split` (a word written apart as two), unless a part of it is no word of the bot's
  /// and the whole is one edit from an English word that is not just one of the parts:
  /// "istead" is "instead", not "i stead"; "dotors" is "doctors", not "do tors"; but
  /// "iwonder" is "i wonder", "achapel" is "a chapel" and "aswell" is "as well".
  private func preferringEnglish(
    over split: [UInt8], for word: [UInt8], lookups: inout Int
  ) -> [UInt8] {
    let parts = split.split(separator: 0x20).map(Array.init)
    // A short word ("a", "as", "the") is as good as the bot's own: "aswell" is "as well".
    guard !parts.allSatisfy({ knows($0) || $0.count <= 3 && isWholeWord($0[...]) }),
      let english = englishCorrection(of: word, lookups: &lookups), !parts.contains(english)
    else { return split }
    return english
  }

  /// Endings spelled as they sound, and the spelling they stand for: "-shun" is "-tion".
  static let soundedEndings: [(sound: [UInt8], spelling: [UInt8])] = [
    ("shun", "tion"), ("shon", "tion"), ("shen", "tion"), ("shuns", "tions"), ("shens", "tions"),
  ].map { (Array($0.0.utf8), Array($0.1.utf8)) }

  /// The word with its sounded ending spelled out, or an opening "sh" read as "ch"
  /// ("sharlot" is "charlot"); `nil` when it has neither.
  static func soundingOut(_ word: [UInt8]) -> [UInt8]? {
    for (sound, spelling) in soundedEndings
    where word.count > sound.count + 2 && word.suffix(sound.count).elementsEqual(sound) {
      return word.dropLast(sound.count) + spelling
    }
    if word.count >= 5, word.starts(with: "sh".utf8) {
      return Array("ch".utf8) + word.dropFirst(2)
    }
    return nil
  }

  /// The question words a missing space most often joins to the next word: only after one
  /// of them is the word run into it corrected as well ("whatmusc"); after "do" or "the" a
  /// misspelling is likelier.
  static let questionLeads: [[UInt8]] = [
    "what", "whats", "who", "whos", "where", "wheres", "why", "how", "hows", "when", "which",
  ].map { Array($0.utf8) }

  /// Words that open a question or a clause, which a missing space most often joins to the
  /// next word: the question words, auxiliaries, "the", "and" and "tell".
  static let leadWords: [[UInt8]] =
    questionLeads
    + [
      "did", "does", "do", "is", "was", "are", "were", "can", "could", "would", "will", "the",
      "and", "tell", "has", "had",
    ].map { Array($0.utf8) }

  /// Two-letter words a word typed without its space may hold ("whois", "cuther").
  static let twoLetterWords: Set<[UInt8]> = Set(
    [
      "is", "in", "on", "to", "of", "at", "it", "he", "me", "do", "so", "up", "an", "as", "by",
      "or", "if", "we", "my", "no", "us", "am", "be", "go",
    ].map { Array($0.utf8) })

  /// Three-letter words a word typed without its space may hold ("howdid", "whoplays"): the
  /// English list holds words of four letters or more.
  static let threeLetterWords: Set<[UInt8]> = Set(
    [
      "how", "why", "who", "did", "the", "and", "was", "are", "can", "has", "had", "her", "his",
      "him", "she", "its", "not", "but", "for", "you", "end", "cut", "get", "got", "out", "off",
      "all", "one", "two", "any", "see", "saw", "say", "use", "way", "new", "old", "too", "now",
      "won", "win", "arm", "bus", "die", "let", "put", "yes", "own", "may", "set", "ask", "big",
      "few", "lot", "man", "men", "try", "top", "eye", "sew", "mom", "mum", "dad", "pay", "bad",
      "day", "age", "job", "kid", "guy", "boy", "fun", "art", "war", "law", "sex", "far", "odd",
      "dog", "cat", "car", "ran", "run", "sat", "sit", "bed", "hot", "red", "ice", "sun", "son",
      "tea", "leg", "lip", "ear", "eat", "ate", "fed", "fly", "fix", "hit", "hid", "lay", "led",
      "met", "pet", "sad", "tie", "wet", "yet", "act", "add", "aim", "air", "bit", "box", "bug",
      "cry", "cup", "dry", "due", "egg", "gun", "hat", "hug", "key", "lie", "low", "mad", "map",
      "mix", "cum", "net", "rat", "raw", "sea", "sky", "ten", "toe", "via", "ago", "ill", "bow",
      "our",
    ].map { Array($0.utf8) })
  /// Short words most often run into the word before them ("wonthe", "planthe"): of two
  /// splits with as many of the bot's own words, the one ending in one of these wins.
  static let gluedWords: Set<[UInt8]> = Set(
    ["the", "to", "of", "and", "her", "his", "in", "on", "at", "it"].map { Array($0.utf8) })

  /// The longest word a missing space is looked for in.
  static let longestSplitWord = 24

  /// A question word or auxiliary run into a word after it, written apart: the shortest lead
  /// word that leaves a word ("howsharp" is "how sharp", not "hows harp"); `nil` when none
  /// does.
  private func splittingAfterLeadWord(_ word: [UInt8], lookups: inout Int) -> [UInt8]? {
    guard word.count <= Self.longestSplitWord, !isPossessiveOrPlural(word),
      !targets.table.patternWords.contains(word)
    else { return nil }
    lookups += 1
    let leads = Self.leadWords.filter { word.count >= $0.count + 2 && word.starts(with: $0) }
      .sorted { $0.count < $1.count }
    for lead in leads where isWholeWord(word[lead.count...]) {
      return lead + [0x20] + Array(word[lead.count...])
    }
    // The word after it misspelled too: "whatmusc" is "what music".
    for lead in leads where word.count - lead.count >= 4 && Self.questionLeads.contains(lead) {
      if let fixed = correction(of: Array(word[lead.count...]), lookups: &lookups) {
        return lead + [0x20] + fixed
      }
    }
    return nil
  }

  /// Auxiliaries a misspelled question word is run into ("wheris", "wahtdid").
  static let gluedAuxiliaries: [[UInt8]] = ["is", "was", "did", "does", "do", "are", "were"].map {
    Array($0.utf8)
  }

  /// A question word misspelled and run into the auxiliary after it, written apart and
  /// spelled right ("wheris" is "where is"); `nil` when the word is no such pair.
  ///
  /// Neither half alone is a word the other readings find: the split looks for whole words,
  /// and a correction of the whole finds nothing near it.
  private func splittingMisspelledLead(_ word: [UInt8]) -> [UInt8]? {
    for auxiliary in Self.gluedAuxiliaries
    where word.count >= auxiliary.count + 3 && word.suffix(auxiliary.count).elementsEqual(auxiliary)
    {
      let front = Array(word.dropLast(auxiliary.count))
      if let lead = Self.questionLeads.first(where: { Self.distance(front, $0, limit: 1) <= 1 }) {
        return lead + [0x20] + auxiliary
      }
    }
    return nil
  }

  /// Whether a word is a word the bot knows with an "s" after it ("antons" is Anton's, not
  /// "an tons"; "charlots" is a spelling a pattern reads, with its "s", not "char lots").
  private func isPossessiveOrPlural(_ word: [UInt8]) -> Bool {
    guard word.last == UInt8(ascii: "s") else { return false }
    let stem = Array(word.dropLast())
    return targets.table.all.contains(stem) || known.contains(stem)
      || targets.table.patternWords.contains(stem)
  }

  /// Whether a part of a word is a word of its own: a known or English word, one of the
  /// short words the English list leaves out, or a known word's possessive without its
  /// apostrophe ("charlottesmom" is "charlottes mom").
  private func isWholeWord(_ part: ArraySlice<UInt8>) -> Bool {
    let part = Array(part)
    if part.count == 2 { return Self.twoLetterWords.contains(part) }
    if part.count == 3 { return Self.threeLetterWords.contains(part) }
    return known.contains(part) || english.contains(part) || isPossessiveOrPlural(part)
  }

  /// Whether a split reads "an" before a word that opens with a consonant sound ("an one"
  /// of "anone", which is "anyone"): no English writes it.
  static func isAnBeforeConsonant(_ first: ArraySlice<UInt8>, _ rest: ArraySlice<UInt8>) -> Bool {
    guard first.elementsEqual("an".utf8), let opening = rest.first else { return false }
    return !"aeiouh".utf8.contains(opening) || rest.starts(with: "one".utf8)
  }

  /// "a" run into the word after or before it ("achapel", "becomea"), written apart when the
  /// rest is a word of four letters or more; `nil` otherwise.
  private func splittingArticle(_ word: [UInt8]) -> [UInt8]? {
    let letter = UInt8(ascii: "a")
    guard word.count >= 5 else { return nil }
    if word.first == letter, isWholeWord(word.dropFirst()) {
      return [letter, 0x20] + word.dropFirst()
    }
    if word.last == letter, isWholeWord(word.dropLast()) {
      return word.dropLast() + [0x20, letter]
    }
    return nil
  }

  /// Two words typed without the space between them ("whathappens", "cuther", "whois"),
  /// written apart: of the splits into two words, the one with more of the bot's own words,
  /// and of those tied, the one alone in ending with a short word often run into the word
  /// before it ("wonthe" is "won the", not "wont he"); `nil` when there is none or two tie.
  ///
  /// A word a pattern reads as typed ("bachof") is no two words.
  private func splitting(_ word: [UInt8], lookups: inout Int) -> [UInt8]? {
    guard (5...Self.longestSplitWord).contains(word.count), !isPossessiveOrPlural(word),
      !targets.table.patternWords.contains(word)
    else { return nil }
    lookups += 1
    // "mouthshut" is "mouth shut" (two of the bot's words), not "mouths hut" (none).
    var cuts: [Int] = []
    var most = -1
    for cut in 2...(word.count - 2)
    where isWholeWord(word[..<cut]) && isWholeWord(word[cut...])
      && !Self.isAnBeforeConsonant(word[..<cut], word[cut...])
    {
      let ownWords = [word[..<cut], word[cut...]].filter { known.contains(Array($0)) }.count
      if ownWords > most {
        cuts = [cut]
        most = ownWords
      } else if ownWords == most {
        cuts.append(cut)
      }
    }
    if cuts.count > 1 {
      cuts = cuts.filter { Self.gluedWords.contains(Array(word[$0...])) }
    }
    guard cuts.count == 1, let cut = cuts.first else { return nil }
    return Array(word[..<cut]) + [0x20] + Array(word[cut...])
  }

  private func correction(of word: [UInt8], lookups: inout Int) -> [UInt8]? {
    let table = targets.table
    // A word of a pattern is known ("tldr"); a plural of a target is that word, not a
    // misspelling ("cellists").
    if table.patternWords.contains(word) { return nil }
    if word.last == UInt8(ascii: "s"), table.all.contains(Array(word.dropLast())) { return nil }
    let limit = word.count >= 7 ? 2 : 1
    var best: [[UInt8]] = []
    var bestDistance = Int.max
    lookups += 1
    let letters = SpellerTargets.letters(of: word)
    let shortest = max(0, word.count - limit)
    let longest = min(table.byLength.count - 1, word.count + limit)
    guard shortest <= longest else { return nil }
    for length in shortest...longest {
      for (target, targetLetters) in table.byLength[length] {
        // Each edit adds or removes at most two letters from a word's set.
        guard (letters ^ targetLetters).nonzeroBitCount <= 2 * limit else { continue }
        let distance = Self.distance(word, target, limit: limit)
        guard distance <= limit else { continue }
        if distance < bestDistance {
          best = [target]
          bestDistance = distance
        } else if distance == bestDistance {
          best.append(target)
        }
      }
    }
    return choosing(among: best, for: word)
  }

  /// The English word one edit from `word` that it most likely stands for.
  ///
  /// Asked when the bot has no word of its own that near: "arested" is "arrested", "istead"
  /// is "instead", "anone" is "anyone". A word the bot never uses still says what is asked
  /// ("was anyone arrested" asks what the article never says), where "a rested" or "i
  /// stead" read as something else.
  private func englishCorrection(of word: [UInt8], lookups: inout Int) -> [UInt8]? {
    // A word a pattern reads as typed ("roofied", "advil") is meant as typed; a word of more
    // than `longestEnglishWord` letters is no one-letter slip, and is not walked. Each walk
    // counts against the message's `maximumLookups`, like a correction.
    guard (5...Self.longestEnglishWord).contains(word.count), lookups < Self.maximumLookups,
      !targets.table.patternWords.contains(word)
    else { return nil }
    lookups += 1
    var found: Set<[UInt8]> = []
    func check(_ candidate: [UInt8]) {
      if candidate.count >= 4, english.contains(candidate) { found.insert(candidate) }
    }
    let letters = Array(UInt8(ascii: "a")...UInt8(ascii: "z"))
    for index in word.indices {
      var deleted = word
      deleted.remove(at: index)
      check(deleted)
      if index + 1 < word.count, word[index] != word[index + 1] {
        var swapped = word
        swapped.swapAt(index, index + 1)
        check(swapped)
      }
      for letter in letters where letter != word[index] {
        var changed = word
        changed[index] = letter
        check(changed)
      }
    }
    for index in 0...word.count {
      for letter in letters {
        var inserted = word
        inserted.insert(letter, at: index)
        check(inserted)
      }
    }
    return choosing(among: found.sorted { $0.lexicographicallyPrecedes($1) }, for: word)
  }

  /// The most letters an English correction is looked for in: longer words of the list
  /// are compounds no one mistypes by one letter.
  static let longestEnglishWord = 20

  /// What a negative contraction leaves before its apostrophe ("weren" of "weren't"): no
  /// misspelling, though no word of the English list either.
  static let contractionStems: Set<[UInt8]> = Set(
    [
      "weren", "couldn", "wouldn", "shouldn", "doesn", "didn", "hasn", "haven", "hadn", "wasn",
      "aren", "mustn", "needn", "mightn",
    ].map { Array($0.utf8) })

  /// The one of several words equally near `word` it most likely stands for; `nil` when
  /// none stands out.
  private func choosing(among candidates: [[UInt8]], for word: [UInt8]) -> [UInt8]? {
    var best = candidates
    guard best.count > 1 else { return best.first }
    // Two letters swapped keep a word's letters: "wehre" is "where", not "were"; but a
    // letter left out is the commoner slip ("sicknes" is "sickness", not "sickens").
    let sorted = word.sorted()
    let swapped = best.filter { $0.sorted() == sorted }
    let leftOut = { (target: [UInt8]) in Self.isDroppingOneLetter(word, of: target) }
    if swapped.count == 1, !best.contains(where: leftOut) { return swapped[0] }
    // A word's last letter is rarely the slip: "killd" is "killed", not "kills", and
    // "competitios" is "competitions", not "competition". A letter too many after a name of
    // the film may be the last ("antone" is "anton"; "planto" is no "plant").
    let keepingLast = best.filter {
      $0.last == word.last || ($0.count < word.count && filmWords.contains($0))
    }
    if keepingLast.count == 1 { return keepingLast[0] }
    if !keepingLast.isEmpty { best = keepingLast }
    // Otherwise the film's own word: "nife" is "knife", not "nice".
    let film = best.filter { filmWords.contains($0) }
    if film.count == 1 { return film[0] }
    // Otherwise one letter mistyped for a neighbouring key or a letter that sounds alike:
    // "plase" is "place", not "plane".
    let near = best.filter { Self.isNearSubstitution(word, $0) }
    if near.count == 1 { return near[0] }
    // Otherwise a letter left out: "happes" is "happens", not "happen";
    // "teachr" is "teacher", not "teach".
    let dropped = best.filter(leftOut)
    return dropped.count == 1 ? dropped[0] : nil
  }

  /// Pairs of letters easily typed for each other: neighbours on a QWERTY row, and letters
  /// that sound alike.
  static let nearLetters: Set<[UInt8]> = {
    var pairs: Set<[UInt8]> = []
    for row in ["qwertyuiop", "asdfghjkl", "zxcvbnm"] {
      let keys = Array(row.utf8)
      for (left, right) in zip(keys, keys.dropFirst()) {
        pairs.insert([left, right])
        pairs.insert([right, left])
      }
    }
    for sounds in ["cs", "ck", "sz", "iy", "fv", "ao", "ei"] {
      let letters = Array(sounds.utf8)
      pairs.insert(letters)
      pairs.insert(letters.reversed())
    }
    return pairs
  }()

  /// Whether `word` is `target` with one of its letters left out.
  static func isDroppingOneLetter(_ word: [UInt8], of target: [UInt8]) -> Bool {
    guard target.count == word.count + 1 else { return false }
    var skipped = false
    var index = 0
    for letter in target {
      if index < word.count, word[index] == letter {
        index += 1
      } else if skipped {
        return false
      } else {
        skipped = true
      }
    }
    return index == word.count
  }

  /// Whether `target` is `word` with one letter replaced by a near one.
  static func isNearSubstitution(_ word: [UInt8], _ target: [UInt8]) -> Bool {
    guard word.count == target.count else { return false }
    let differing = zip(word, target).filter { $0.0 != $0.1 }
    guard differing.count == 1, let pair = differing.first else { return false }
    return nearLetters.contains([pair.0, pair.1])
  }

  /// Optimal string alignment distance (edits with adjacent swaps), stopping past `limit`.
  ///
  /// The three rows live in one stack buffer: this runs for every unknown word of every
  /// question, against every target of a near length.
  static func distance(_ a: [UInt8], _ b: [UInt8], limit: Int) -> Int {
    let n = a.count
    let m = b.count
    guard n > 0, m > 0 else { return max(n, m) }
    return withUnsafeTemporaryAllocation(of: Int.self, capacity: 3 * (m + 1)) { buffer in
      // Rows by offset: `previous2`, `previous` and `current`, rotated by index.
      var rows = (0, m + 1, 2 * (m + 1))
      for j in 0...m {
        buffer[rows.0 + j] = 0
        buffer[rows.1 + j] = j
      }
      for i in 1...n {
        let (previous2, previous, current) = rows
        buffer[current] = i
        var rowMinimum = i
        for j in 1...m {
          let cost = a[i - 1] == b[j - 1] ? 0 : 1
          var value = min(
            buffer[previous + j] + 1, buffer[current + j - 1] + 1,
            buffer[previous + j - 1] + cost)
          if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
            value = min(value, buffer[previous2 + j - 2] + 1)
          }
          buffer[current + j] = value
          rowMinimum = min(rowMinimum, value)
        }
        if rowMinimum > limit { return limit + 1 }
        rows = (previous, current, previous2)
      }
      return buffer[rows.1 + m]
    }
  }
}
