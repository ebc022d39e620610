/// Splits a message into the sentences and questions it holds.
///
/// "i watched it already. what happened to bachoff" is a consent statement, then a question;
/// "who is in it and when did it come out" is two questions. Splits happen at sentence ends
/// (`.`, `!`, `?`, `;`, `:`), at commas and dashes, at the numbers or letters of a list
/// ("a)", "(2)"), and at "and", "also", "plus", "so" or "but" when a question word follows.
/// The dialogue decides afterwards whether the pieces are separate questions or one
/// question in pieces.
enum Clauses {
  /// Question words that may start a second question after "and".
  static let starters: Set<Substring> = [
    "who", "whos", "who's", "what", "whats", "what's", "when", "where", "why", "how", "is",
    "are", "was", "were", "do", "does", "did", "can", "which", "wat", "im", "i'm", "tell",
    "explain", "please",
  ]
  /// The bytes a clause may end at.
  static let splitBytes: Set<UInt8> = Set(".!?;,:".utf8)
  /// Words that join two questions.
  static let joiners: Set<Substring> = ["and", "also", "plus", "&", "so", "but"]
  /// Clauses that carry no question ("ok", "so", "lol").
  static let fillers: Set<Substring> = [
    "ok", "okay", "so", "lol", "hmm", "um", "well", "also", "and", "plus", "hey", "hi",
    "wait", "omg", "wow", "oh", "please", "thanks", "question", "quick question", "btw",
    // A tag after a statement asks nothing of its own ("lizzie cuts off her hand, right").
    "right", "correct", "huh", "eh", "innit", "isnt it", "didnt she", "didnt he",
  ]

  /// The joining words with a space on each side, as bytes: a normalized message has single
  /// spaces, so a match is a joiner between two words.
  private static let joinerNeedles: [[UInt8]] = joiners.map { Array(" \($0) ".utf8) }

  /// Whether a joining word stands between two words, by a byte scan (no word array, no
  /// string search through Foundation).
  private static func hasJoiner(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { bytes in
      guard bytes.count >= 5 else { return false }
      for start in 0..<(bytes.count - 4) where bytes[start] == 0x20 {
        for needle in joinerNeedles
        where start + needle.count <= bytes.count && bytes[start + 1] == needle[1] {
          if (2..<needle.count).allSatisfy({ bytes[start + $0] == needle[$0] }) { return true }
        }
      }
      return false
    }
  }

  /// Whether a clause ends anywhere but at the end: a split byte before a space, or a dash
  /// standing between two words ("seen it already - what happened to bachoff").
  private static func hasInnerSplit(_ text: String) -> Bool {
    var previous: UInt8 = 0
    var beforePrevious: UInt8 = 0
    for byte in text.utf8 {
      if byte == 0x20, splitBytes.contains(previous) || previous == UInt8(ascii: ")") {
        return true
      }
      if byte == 0x20, previous == UInt8(ascii: "-"),
        beforePrevious == 0x20 || beforePrevious == previous
      {
        return true
      }
      beforePrevious = previous
      previous = byte
    }
    return false
  }

  /// Whether a word is a dash of its own ("-", "--"), which ends a clause as a comma does.
  static func isDash(_ word: Substring) -> Bool {
    !word.isEmpty && word.allSatisfy { $0 == "-" }
  }

  /// The message without a joining word that opens it before a question ("and what happened
  /// to charlotte's arm and lizzie's hand"): it carries the conversation on and asks nothing.
  static func droppingLeadingJoiner(_ text: String) -> String {
    guard let space = text.firstIndex(of: " "), joiners.contains(text[..<space]) else {
      return text
    }
    let rest = text[text.index(after: space)...]
    guard let next = rest.split(separator: " ").first,
      starters.contains(next.trimmingPunctuation)
    else { return text }
    return String(rest)
  }

  /// The clauses of a normalized message, in order, without empty ones.
  static func split(_ text: String) -> [String] {
    // Most messages are one clause: no splitting punctuation but at the end, and no joining
    // word.
    if !hasInnerSplit(text), !hasJoiner(text) {
      return text.isEmpty ? [] : [text]
    }
    var clauses: [String] = []
    var current: [Substring] = []
    func flush() {
      let clause = current.joined(separator: " ")
      if !clause.isEmpty { clauses.append(clause) }
      current = []
    }
    let words = text.split(separator: " ")
    for (index, word) in words.enumerated() {
      if isDash(word) || isEnumerator(word) {
        flush()
        continue
      }
      let next = index + 1 < words.count ? words[index + 1] : nil
      if joiners.contains(word), !current.isEmpty, let next,
        starters.contains(next.trimmingPunctuation)
      {
        flush()
        continue
      }
      guard let last = word.last, ".!?;,:".contains(last) else {
        current.append(word)
        continue
      }
      current.append(word)
      flush()
    }
    flush()
    return clauses
  }

  /// Whether a clause opens with a question word ("what happens…", "who is…", "what's…").
  static func opensWithQuestionWord(_ clause: String) -> Bool {
    guard var first = clause.split(separator: " ").first?.trimmingPunctuation else {
      return false
    }
    // "what's", "whats", "who's": the question word with its verb run in.
    if first.hasSuffix("'s") {
      first = first.dropLast(2)
    } else if first.hasSuffix("s"), Speller.inSituWords.contains(first.dropLast()) {
      first = first.dropLast()
    }
    return Speller.inSituWords.contains(first) || first == "which"
  }

  /// The follow-up a clause asks with its question word alone ("why", "and how?", "why
  /// tho") or by asking what came next ("what happens next", "then what"), or `nil`: after
  /// a question in the same message, it asks that question's why, how or next thing told.
  static func bareFollowUp(_ clause: String) -> FollowUpKind? {
    var words = clause.split(separator: " ").map { $0.trimmingPunctuation }.filter {
      !$0.isEmpty
    }
    if let first = words.first, joiners.contains(first) { words.removeFirst() }
    if asksWhatCameNext(words) { return .then }
    if let last = words.last, ["tho", "though", "exactly", "then"].contains(last) {
      words.removeLast()
    }
    switch words {
    case ["why"], ["how", "come"]: return .why
    case ["how"]: return .how
    default: return nil
    }
  }

  /// Words that say a question asks what happens ("what happens next", "what came after").
  static let happenWords: Set<Substring> = ["happens", "happened", "happen", "comes", "came"]

  /// Words that close a question about what came next: "next", "then", "after that".
  static let nextMarkers: [[Substring]] = [
    ["next"], ["then"], ["after", "that"], ["after", "this"], ["afterwards"], ["afterward"],
    ["after"],
  ]

  /// Whether `words` ask only what came next ("what happens next", "then what", "what
  /// happened after that"): after a question in the same message, the next thing told.
  static func asksWhatCameNext(_ words: [Substring]) -> Bool {
    var words = words
    var marked = false
    if words.first == "then" {
      words.removeFirst()
      marked = true
    }
    if let marker = nextMarkers.first(where: {
      words.count > $0.count && words.suffix($0.count).elementsEqual($0)
    }) {
      words.removeLast(marker.count)
      marked = true
    }
    guard marked, words.first == "what" else { return false }
    return words.count == 1 || words.count == 2 && happenWords.contains(words[1])
  }

  /// Whether a clause asks only what happens at the place just named ("and what happens
  /// there", "what goes on there"): where that place's answer is already given, what
  /// happens next in it.
  static func asksWhatHappensThere(_ clause: String) -> Bool {
    var words = clause.split(separator: " ").map { $0.trimmingPunctuation }.filter {
      !$0.isEmpty
    }
    if let first = words.first, joiners.contains(first) { words.removeFirst() }
    guard words.count >= 3, words.first == "what", words.last == "there" else { return false }
    let middle = words.dropFirst().dropLast()
    return middle.elementsEqual(["goes", "on"]) || middle.elementsEqual(["went", "on"])
      || middle.count == 1 && happenWords.contains(middle[middle.startIndex])
  }

  /// Words that name a stretch of the film a viewer points at.
  static let sceneWords: Set<Substring> = [
    "scene", "scenes", "part", "bit", "moment", "shot", "sequence", "flashback", "flashbacks",
    "close-up", "closeup",
    // The article's pictures point at scenes too ("in the photo where charlotte holds up a
    // knife").
    "photo", "photos", "picture", "pictures", "pic", "screenshot", "screenshots", "image",
    "still",
  ]

  /// Prepositions a clause pointing at a scene may open with ("in the part where…").
  static let scenePrepositions: Set<Substring> = ["in", "on", "during", "at", "about", "for"]

  /// Whether a clause points at a scene and asks nothing by itself.
  ///
  /// "the scene where charlotte is holding up the big knife", "in the part where lizzie
  /// throws up bugs": its "where" or "when" says which scene; the question comes after it.
  static func isSceneReference(_ clause: String) -> Bool {
    var words = clause.split(separator: " ").map { $0.trimmingPunctuation }
    if let first = words.first, scenePrepositions.contains(first) { words.removeFirst() }
    guard let first = words.first, ["the", "that", "this"].contains(first) else { return false }
    return words.dropFirst().prefix(4).contains { sceneWords.contains($0) }
  }

  /// Words that open a clause about the asker ("i", "i'm").
  static let askerWords: Set<Substring> = ["i", "im", "i'm", "id", "i'd", "ive", "i've"]

  /// The moment of the film named in a clause about the asker, or `nil`.
  ///
  /// "i was screaming when lizzie cut her hand" tells what the asker did at a moment, and
  /// its "when" asks nothing: the moment is "lizzie cut her hand". Not when a word before the
  /// "when" embeds a question ("i wonder when it came out"), nor for a clause that ends in
  /// "?".
  static func askersMoment(_ clause: String) -> String? {
    guard !clause.hasSuffix("?") else { return nil }
    let words = clause.split(separator: " ")
    guard let first = words.first, askerWords.contains(first.trimmingPunctuation),
      let index = words.firstIndex(where: {
        Speller.inSituWords.contains($0.trimmingPunctuation)
      }),
      words[index].trimmingPunctuation == "when", index >= 2, index + 2 < words.count,
      !words[..<index].contains(where: { Speller.embedders.contains($0.trimmingPunctuation) })
    else { return nil }
    return words[(index + 1)...].joined(separator: " ")
  }

  /// A question asked about the scene pointed at before it, as one question: the question,
  /// without the "there" or "in that scene" that stood for the scene, then the scene without
  /// the "where" or "when" that only said which one it is ("what is going on the scene
  /// charlotte is holding up the big knife").
  static func asking(_ question: String, about scene: String) -> String {
    var asked = question
    for ending in [" in that scene", " in this scene", " in that part", " there", " then"]
    where asked.hasSuffix(ending) {
      asked.removeLast(ending.count)
      break
    }
    var words = scene.split(separator: " ")
    if let first = words.first, scenePrepositions.contains(first) { words.removeFirst() }
    if let relative = words.firstIndex(where: { ["where", "when", "while"].contains($0) }) {
      words.remove(at: relative)
    }
    return asked + " " + words.joined(separator: " ")
  }

  /// Bare questions that ask what a "something" just said was ("what is it", "what?").
  static let askingWhatItWas: Set<Substring> = [
    "what", "what is it", "what was it", "whats it", "what's it", "what are they",
    "what were they", "what is that", "what was that", "whats that", "what's that", "what it is",
    "what it was", "what is this", "what was this", "what exactly", "what is it exactly",
    "what was it exactly",
  ]

  /// Bare questions that ask what a thing just named is about.
  ///
  /// In "there's this tattoo they both have. what's it about?" the "it" is that thing, not
  /// the film.
  static let askingWhatItIsAbout: Set<Substring> = [
    "what's it about", "whats it about", "what is it about", "what was it about",
    "what's it all about", "whats it all about", "what is it all about", "what's that about",
    "whats that about", "what is that about", "what was that about", "what's that all about",
    "what's this about", "whats this about", "what is this about", "what's up with it",
    "whats up with it", "what's up with that", "whats up with that", "what's the deal with it",
    "whats the deal with it", "what's the deal with that", "whats the deal with that",
    "what was the deal with it", "what was the deal with that", "what's the story there",
    "what's the story", "whats the story", "what is the story", "what's the deal", "whats the deal",
    "what is the deal",
  ]

  /// Whether a question only asks what the thing named before it is about ("what's it
  /// about?"), so that it reads as a request to explain that thing.
  static func asksWhatItIsAbout(_ question: String) -> Bool {
    askingWhatItIsAbout.contains(Substring(question).trimmingPunctuation)
  }

  /// The words that say the asker could not make something out ("couldn't tell", "don't
  /// get"): a closing "why" after them asks nothing of its own.
  static let confusedNegations: Set<Substring> = [
    "couldn't", "couldnt", "can't", "cant", "cannot", "don't", "dont", "didn't", "didnt",
    "still",
  ]
  static let confusedVerbs: Set<Substring> = [
    "tell", "see", "get", "understand", "know", "figure", "work", "say",
  ]

  /// The clause without a closing admission that the asker could not tell why ("it seemed
  /// important but i couldn't tell why" is "it seemed important"); the clause as it stands
  /// otherwise.
  static func droppingClosingConfusion(_ clause: String) -> String {
    var words = clause.split(separator: " ").map { $0.trimmingPunctuation }
    guard let last = words.last, ["why", "how", "what"].contains(last) else { return clause }
    words.removeLast()
    if words.last == "out" { words.removeLast() }
    guard let verb = words.popLast(), confusedVerbs.contains(verb) else { return clause }
    if words.last == "really" { words.removeLast() }
    guard let negation = words.popLast(), confusedNegations.contains(negation) else {
      return clause
    }
    if words.last == "still" { words.removeLast() }
    guard let asker = words.popLast(), ["i", "we"].contains(asker) else { return clause }
    if let joiner = words.last, ["but", "and", "so"].contains(joiner) { words.removeLast() }
    return words.isEmpty ? clause : words.joined(separator: " ")
  }

  /// Bare questions that ask who a "someone" just said was ("who was it", "who?").
  static let askingWhoItWas: Set<Substring> = [
    "who", "who is it", "who was it", "who is that", "who was that", "whos that", "who's that",
    "who is he", "who was he", "who is she", "who was she", "who exactly",
  ]

  /// A "something" said, then asked about with a bare "what is it?", as one question.
  ///
  /// The "what" takes the something's place ("they sleep together and charlotte sees
  /// what"); nil for any other pair. "someone" and a bare "who?" are read the same way.
  ///
  /// Joined as they stand, the question's "it" named nothing and the statement's own subject
  /// answered ("they sleep together" gave their night, not what Charlotte saw).
  static func askingWhatItWas(_ question: String, after statement: String) -> String? {
    let asked = Substring(question).trimmingPunctuation
    let (placeholders, word): (Set<Substring>, String)
    if askingWhatItWas.contains(asked) {
      (placeholders, word) = (["something"], "what")
    } else if askingWhoItWas.contains(asked) {
      (placeholders, word) = (["someone", "somebody"], "who")
    } else {
      return nil
    }
    var words = statement.split(separator: " ").map(String.init)
    let somethings = words.indices.filter {
      placeholders.contains(Substring(words[$0]).trimmingPunctuation)
    }
    guard somethings.count == 1, let index = somethings.first else { return nil }
    words[index] = word
    // "they sleep together and charlotte sees something": the telling runs in order, so the
    // clause holding the "what" comes first and what came before it is when.
    if let joiner = words[..<index].lastIndex(where: { ["and", "then"].contains($0) }),
      joiner > 0
    {
      var clause = words[(joiner + 1)...]
      if clause.first == "then" { clause = clause.dropFirst() }
      let before = words[..<joiner].map { Substring($0).trimmingPunctuation }
      return (clause + ["after"] + before.map(String.init)).joined(separator: " ")
    }
    return words.joined(separator: " ")
  }

  /// Whether a clause only says the asker is confused ("im so confused", "i don't get it
  /// lol"): after a question it asks for nothing the question did not.
  static func isOnlyConfusion(_ clause: String) -> Bool {
    let text = Speller.droppingTrailingFillers(" " + Substring(clause).trimmingPunctuation)
    return text.isEmpty || Speller.confusions.contains { text == " " + $0 }
  }

  /// The clause without the question marks that close it.
  static func droppingClosingQuestionMarks(_ clause: String) -> String {
    guard clause.last == "?" else { return clause }
    return String(clause.reversed().drop { $0 == "?" || $0 == " " }.reversed())
  }

  /// Whether a clause sets something aside instead of asking about it ("not the pills", "not
  /// which arm charlotte lost", "i don't mean the tattoo", "forget the twist", "aside from
  /// the abuse").
  ///
  /// "not" counts only before a thing, a name or a question word: "not sure what happened"
  /// asks.
  static func isExclusion(_ clause: String) -> Bool {
    let words = Substring(clause).trimmingPunctuation.split(separator: " ")
      .map { $0.trimmingPunctuation }
    guard let first = words.first else { return false }
    if first == "not", words.count > 1 {
      if words[1] == "asking" { return true }
      // "not pills", "not charlotte": a short clause naming a thing, not "not sure" or "not
      // yet".
      if words.count <= 3, !notAThing.contains(words[1]) { return true }
      return setAsideThings.contains(words[1]) || Speller.inSituWords.contains(words[1])
        || words[1] == "which"
    }
    // "leaving the abuse aside", but not "leaving anton alive was cruel".
    if first == "leaving" { return words.last == "aside" || words.last == "out" }
    let text = words.joined(separator: " ")
    return exclusionOpeners.contains { text.hasPrefix($0 + " ") }
  }

  /// What "not" sets aside when it comes first: an article, a possessive or a name.
  static let setAsideThings: Set<Substring> = [
    "the", "that", "this", "those", "these", "a", "an", "his", "her", "their", "about",
    "charlotte", "lizzie", "anton", "bachoff", "charlotte's", "lizzie's", "anton's",
  ]

  /// Words after "not" in a short clause that says how the asker is, not what is set aside.
  static let notAThing: Set<Substring> = [
    "sure", "yet", "really", "now", "exactly", "quite", "much", "so", "very", "too", "even",
    "ok", "okay", "bad", "good", "gonna", "going", "at", "always", "all", "spoilers",
    "spoiler", "me", "i", "certain", "again", "today", "tonight", "anymore", "ready",
  ]

  /// Openings of a clause that sets something aside.
  static let exclusionOpeners: [String] = [
    "i don't mean", "i dont mean", "i do not mean", "i didn't mean", "i didnt mean",
    "i'm not asking", "im not asking", "i am not asking", "i wasn't asking", "i wasnt asking",
    "forget", "never mind", "nevermind", "aside from", "apart from", "other than", "except",
    "setting aside", "putting aside",
  ]

  /// Whether a clause holds nothing to answer.
  static func isFiller(_ clause: String) -> Bool {
    fillers.contains(Substring(clause).trimmingPunctuation) || isAboutAsking(clause)
  }

  /// Whether a clause only talks about the asking: "next question", "two questions", "last
  /// one, i promise".
  static func isAboutAsking(_ clause: String) -> Bool {
    let words = Substring(clause).trimmingPunctuation.split(separator: " ")
      .map { $0.trimmingPunctuation }
    return words.contains(where: { askingNouns.contains($0) })
      && words.allSatisfy { askingWords.contains($0) || askingNouns.contains($0) }
  }

  /// Nouns for a question being asked ("next question", "one more thing").
  static let askingNouns: Set<Substring> = [
    "question", "questions", "q", "thing", "things", "one", "ones", "qs",
  ]

  /// Words that count or order the questions being asked, or say how they come.
  static let askingWords: Set<Substring> = [
    "next", "first", "second", "third", "last", "final", "another", "more", "two",
    "three", "few", "a", "couple", "of", "quick", "i", "have", "got", "promise", "ok", "okay",
    "so", "and", "then", "also", "some", "my", "is", "real", "random", "1", "2", "3",
  ]

  /// Whether a word numbers or letters an item of a list ("1.", "2)", "(a)", "b)"), asking
  /// nothing of its own.
  static func isEnumerator(_ word: Substring) -> Bool {
    guard word.count <= 4, let last = word.last, last == ")" || last == "." else {
      return false
    }
    let core = word.drop { $0 == "(" }.dropLast()
    guard !core.isEmpty else { return false }
    return core.allSatisfy(\.isNumber)
      || (core.count == 1 && core.allSatisfy { ("a"..."e").contains($0) })
  }
}

extension Substring {
  /// The text without punctuation at either end.
  var trimmingPunctuation: Substring {
    var result = self
    while let first = result.first, first.isPunctuation { result = result.dropFirst() }
    while let last = result.last, last.isPunctuation { result = result.dropLast() }
    return result
  }
}
