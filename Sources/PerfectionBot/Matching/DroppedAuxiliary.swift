/// Questions typed without their auxiliary, read with it put back.
///
/// Learners and fast typers leave out "did" or "do": "what lizzie play", "how they cut off
/// his arms", "why charlotte's mom get sick", "where your info come from". Read as typed, the
/// verb looks like a statement's and the question's form is lost, so these fell back or went
/// to a neighbouring intent. A question word, a subject and a bare verb after it are read as
/// the question with its auxiliary: "what did lizzie play".
enum DroppedAuxiliary {
  /// Question words a dropped auxiliary may follow ("which" takes one noun first).
  static let questionWords: Set<Substring> = ["what", "why", "how", "where", "when", "who"]

  /// The question words as searched for before any word is split out.
  private static let searched: [StaticString] = [
    "what ", "why ", "how ", "where ", "when ", "who ", "which ",
  ]

  /// Names and pronouns: each a whole subject.
  static let wholeSubjects: Set<Substring> = [
    "charlotte", "lizzie", "anton", "bachoff", "she", "he", "they", "you", "we", "i", "it",
    "everyone", "people", "charlie", "lizzy",
  ]
  /// Possessives and articles: each opens a subject of up to three words ("the other
  /// students").
  static let subjectOpeners: Set<Substring> = SubjectWords.possessiveWords.union([
    "your", "my", "the", "this", "that", "these", "those",
  ])

  /// Words that already make the sentence a question, or a statement, on their own: with
  /// one of them before the verb nothing was dropped.
  static let finiteWords: Set<Substring> = [
    "is", "was", "are", "were", "do", "does", "did", "can", "could", "would", "will", "should",
    "has", "have", "had", "might", "must", "shall", "s", "isnt", "wasnt", "didnt", "doesnt",
    "dont", "cant", "wont",
  ]

  /// Bare verbs viewers ask about, the forms that show an auxiliary is missing ("what lizzie
  /// play"); a past or third-person form ("what lizzie played") stands as typed.
  static let bareVerbs: Set<Substring> = [
    "do", "play", "suggest", "mean", "want", "think", "say", "feel", "get", "go", "happen", "know",
    "see", "look", "start", "end", "carry", "keep", "find", "realize", "realise", "use", "pick",
    "stab", "sew", "cut", "give", "make", "take", "lose", "need", "tell", "plan", "put", "bring",
    "come", "leave", "live", "die", "meet", "learn", "hide", "choose", "try", "help", "escape",
    "survive", "win", "judge", "dance", "sleep", "wake", "vomit", "throw", "puke", "hallucinate",
    "mention", "explain", "call", "abuse", "hurt", "treat", "drug", "poison", "trick",
    "convince", "manage", "attack", "fight", "lure", "become", "work", "stay", "return",
    "travel", "visit", "join", "contact", "watch", "hear", "talk", "speak", "react", "deal",
    "handle", "turn", "show", "mark", "perform", "teach", "invite", "ask", "chop", "slice",
    "remove", "love", "hate", "like", "trust", "believe", "notice", "discover", "figure",
    "begin", "kill", "murder", "save", "free", "rescue", "punish", "torture", "rape", "blame",
    "forgive", "stand", "represent", "wear", "sound", "seem",
    "act", "respond", "cope", "lead", "pull", "buy", "order", "slip", "spike", "plant",
    "cause", "trigger", "orchestrate", "arrange", "sneak", "smuggle", "mix", "crush", "dissolve",
  ]

  /// Words a question can follow inside a message: it opens a clause of its own after them.
  static let clauseJoiners: Set<Substring> = ["and", "but", "so", "also", "then"]

  /// The text with "did" (or "do" after "you", "we" and "i"; "does" after "it") put back after
  /// each question word that opens a clause and is followed by a subject and a bare verb.
  static func restoring(_ text: String) -> String {
    guard text.utf8.count < 160, searched.contains(where: { ASCII.contains(text, $0) }) else {
      return text
    }
    // Most questions open with their question word and an auxiliary and hold no second
    // clause: they are passed on without splitting a word.
    if !joined.contains(where: { ASCII.contains(text, $0) }), !opensWithSubject(text) {
      return text
    }
    var words = text.split(separator: " ", omittingEmptySubsequences: false)
    var index = words.count - 1
    var changed = false
    while index >= 0 {
      defer { index -= 1 }
      guard opensClause(words, at: index), let (subject, verb) = subject(words, after: index)
      else { continue }
      // "how charlote no about lizzie": "no" where a verb stands is "know".
      if words[verb] == "no" { words[verb] = "know" }
      let auxiliary: Substring =
        switch subject {
        case "you", "we", "i": "do"
        case "it": "does"
        default: "did"
        }
      words.insert(auxiliary, at: index + 1 + (words[index] == "which" ? 1 : 0))
      changed = true
    }
    return changed ? words.joined(separator: " ") : text
  }

  /// Where a second clause can open in a message, as searched for.
  private static let joined: [StaticString] = [
    ", ", " and ", " but ", " so ", " also ", " then ", ". ", "? ", "! ",
  ]

  /// Whether the message's second word (its third after "which") can open a subject.
  private static func opensWithSubject(_ text: String) -> Bool {
    var words = text.split(separator: " ", maxSplits: 3, omittingEmptySubsequences: false)
      .makeIterator()
    guard let first = words.next(), questionWords.contains(first) || first == "which",
      var second = words.next()
    else { return false }
    if first == "which" {
      guard let third = words.next() else { return false }
      second = third
    }
    return wholeSubjects.contains(second) || subjectOpeners.contains(second)
      || words.next() == "mean"
  }

  /// Whether the word at `index` is a question word opening a clause: first in the text, or
  /// after a joining word or a clause's closing mark.
  private static func opensClause(_ words: [Substring], at index: Int) -> Bool {
    guard questionWords.contains(words[index]) || words[index] == "which" else { return false }
    guard index > 0 else { return true }
    let before = words[index - 1]
    return clauseJoiners.contains(before) || before.last.map { ",.!?;:".contains($0) } == true
  }

  /// The subject's first word after the question word at `index` and the bare verb's index,
  /// when the words after it are a subject and a bare verb with nothing finite between.
  private static func subject(_ words: [Substring], after index: Int) -> (Substring, Int)? {
    var start = index + 1
    if words[index] == "which" { start += 1 }
    guard start + 1 < words.count else { return nil }
    let first = words[start]
    // A name or pronoun is the subject, or two joined by "and"; after an opener a noun comes
    // first, so "what the end means" is no dropped auxiliary but "what the end mean" is. Any
    // one word asked about can be meant ("what orchestrated mean").
    let verbOffsets: ClosedRange<Int>
    if wholeSubjects.contains(first) {
      let joined = start + 3 < words.count && words[start + 1] == "and"
      verbOffsets = joined && wholeSubjects.contains(words[start + 2]) ? 3...3 : 1...1
    } else if subjectOpeners.contains(first) {
      verbOffsets = 2...3
    } else {
      return words[start + 1] == "mean" && !finiteWords.contains(first) ? ("it", start + 1) : nil
    }
    for offset in 1...verbOffsets.upperBound where start + offset < words.count {
      let word = words[start + offset]
      let isVerb =
        bareVerbs.contains(word)
        || (word == "no" && start + offset + 1 < words.count
          && Speller.knownThings.contains(words[start + offset + 1]))
      if verbOffsets.contains(offset), isVerb { return (first, start + offset) }
      if finiteWords.contains(word) { return nil }
    }
    return nil
  }
}
