import PCRE2

/// Finds the intent that best answers a question, by what the question is about.
///
/// Two kinds of evidence admit an intent: a whole-question pattern (a high-precision rule),
/// or an `about:` rule whose concepts the question all holds. Each admitted intent is scored:
///
/// - a pattern that matches: `patternScore`;
/// - each concept of its best `about:` rule: `conceptScore` for a topic, `formScore` for a form;
/// - each other topic of the question that the intent's vocabulary holds: `coveredScore`;
/// - each topic of the question the intent never talks about, hints aside: minus
///   `uncoveredPenalty` (one keyword must not outrank the subject: "where does charlotte go
///   after her mom dies" is about Shanghai, not the fight);
/// - the answer the question quotes ("what does \"he can only hear them play\" mean"):
///   `quoteScore` (see `ArticleQuote`);
/// - its `priority`.
///
/// An intent whose vocabulary lacks an unknown attribute the question asks for (a director,
/// an age) is rejected; so is one admitted by a rule that does not name the kind of answer
/// the question asks for (an `asks:` form: a place, a time, a person), unless one of its
/// patterns takes in the question word; and so is one below `threshold`: the question gets
/// the honest fallback. Ties go to the longer pattern match, then to the lower spoiler level
/// (a prompt the question may not need is itself a spoiler), then to the rule naming more
/// topics, then to file order.
///
/// Safe to call from many threads at once: each call borrows a `MatchScratch` from a pool.
public final class IntentMatcher: Sendable {
  /// Points for a matching whole-question pattern.
  public static let patternScore = 40
  /// Points for a matching pattern instead, when the question names a topic outside its
  /// match that the intent never talks about ("what did anton do … in the chapel").
  public static let patternAroundTopicScore = 20
  /// Points for each topic of the best `about:` rule a question satisfies.
  public static let conceptScore = 10
  /// Points for each form (who, why, yes/no) of the best `about:` rule.
  public static let formScore = 5
  /// Points for each other topic of the question the intent talks about.
  public static let coveredScore = 5
  /// Points taken for each topic of the question the intent never talks about.
  public static let uncoveredPenalty = 12
  /// Points for a rule that names the thing a question asks for by its kind ("instrument" in
  /// "which instrument did anton's students play"), over an intent that only mentions it.
  public static let namedThingScore = 5
  /// Points for the answer holding the most of the words a question quotes.
  public static let quoteScore = 40
  /// The lowest score that answers.
  public static let threshold = 10

  /// The intents matched against.
  public let library: IntentLibrary
  /// The scratch spaces matches borrow; shared with the dialogue manager.
  let pool: ScratchPool
  /// Every pattern with its intent, flat, intent by intent.
  private let table: [(intent: Int, index: Int, pattern: Pattern)]
  /// The prefilters of `table`'s patterns, in its order.
  private let tableFilters: PrefilterSet
  /// Every concept's prefilter, by number.
  private let conceptFilters: PrefilterSet
  /// Every concept's pattern, and whether it is a phrase, by number: read in the hot loop
  /// without copying a `Concept` (a name and a location to retain each time).
  private let conceptPatterns: [Pattern]
  private let conceptIsPhrase: [Bool]
  /// Each intent's `about:` rules as bare sets, by intent position.
  private let rules: [[(required: ConceptSet, excluded: ConceptSet)]]
  /// Each intent's vocabulary, by intent position.
  private let vocabularies: [ConceptSet]
  /// Corrects misspelled words to the lexicon's.
  private let speller: Speller
  /// The concept number of each character, with the name it is read as.
  private let characterConcepts: [(concept: Int, name: String)]
  /// The yes/no form's concept number, if the lexicon has one.
  private let yesNoForm: Int?
  /// The answers a question may quote.
  private let quotes: ArticleQuote

  /// Creates a matcher over a library.
  public init(library: IntentLibrary, limits: MatchLimits = .standard) {
    self.library = library
    self.pool = ScratchPool(limits: limits)
    let table: [(intent: Int, index: Int, pattern: Pattern)] =
      library.intents.enumerated().flatMap { position, intent in
        intent.patterns.enumerated().map { (position, $0.offset, $0.element) }
      }
    self.table = table
    self.tableFilters = PrefilterSet(
      table.map {
        library.patternFilters?[$0.intent][$0.index] ?? Prefilter(pattern: $0.pattern.source)
      })
    self.conceptFilters = PrefilterSet(library.conceptFilters)
    self.conceptPatterns = library.concepts.map(\.pattern)
    self.conceptIsPhrase = library.concepts.map { $0.kind == .phrase }
    self.speller = Speller(library: library)
    self.characterConcepts = library.characters.compactMap { character in
      library.concepts.firstIndex { $0.name == character.name }.map { ($0, character.name) }
    }
    self.yesNoForm = library.concepts.firstIndex { $0.name == "q-yesno" && $0.kind == .form }
    self.vocabularies = library.intents.map(\.vocabulary)
    self.quotes = ArticleQuote(intents: library.intents)
    self.rules = library.intents.map { intent in
      intent.about.map { (required: $0.required, excluded: $0.excluded) }
    }
  }

  /// Matches a question as typed: normalizes it first.
  public func match(_ question: String) -> MatchResult {
    match(normalized: Normalizer.normalize(question))
  }

  /// Matches an already normalized question.
  ///
  /// With `exhaustive` set, the result lists every intent at or above the threshold (for
  /// `explain` and lint); without it, only the winner, whose captures alone are read.
  public func match(normalized: String, exhaustive: Bool = true) -> MatchResult {
    pool.withScratch { match(normalized: normalized, using: $0, exhaustive: exhaustive) }
  }

  /// Normalized text with its misspelled words corrected and its chat shorthand spelled out,
  /// word for word, as the matcher reads them: what the dialogue reads consent and clauses
  /// from ("spoli the plot", "wehre can i watch it").
  public func correctingSpelling(_ normalized: String) -> String {
    speller.correctingWords(normalized)
  }

  /// The lexicon concepts a normalized question holds.
  public func concepts(in typed: String) -> ConceptSet {
    pool.withScratch { read(typed, using: $0).concepts }
  }

  /// A question as the matcher reads it: misspellings corrected, each character's name in
  /// place of a longer mention, and the concepts it holds.
  private func read(_ typed: String, using scratch: MatchScratch) -> (
    text: String, keys: QuestionKeys, concepts: ConceptSet,
    ranges: [(concept: Int, range: Range<Int>)]
  ) {
    // Misspelled words the bot does not know become the lexicon words they are one edit from.
    var text = speller.correct(typed)
    var keys = QuestionKeys(text)
    var (found, ranges) = concepts(in: Subject(text), keys: keys, using: scratch)
    // A full name or a description ("anton bachoff", "the character allison williams plays")
    // is one mention, read as the name, so that a pattern's next word follows the whole
    // mention: "where does anton bachoff live" asks where Anton lives. A misspelled name
    // ("lizzy") is read as the name too, for patterns that name a character in so many words.
    if let shortened = shorteningNames(in: text, ranges: ranges) {
      // Only now is a misspelled or full name a subject: "what anton bachoff do".
      text = DroppedAuxiliary.restoring(shortened)
      keys = QuestionKeys(text)
      (found, ranges) = concepts(in: Subject(text), keys: keys, using: scratch)
    }
    return (text, keys, found, ranges)
  }

  /// The text with each character's first mention of more than one word, or misspelled,
  /// replaced by the character's name (keeping a final "'s"), or `nil` when there is none.
  private func shorteningNames(in text: String, ranges: [(concept: Int, range: Range<Int>)])
    -> String?
  {
    var mentions: [(range: Range<Int>, name: String)] = []
    let bytes = Array(text.utf8)
    for (concept, name) in characterConcepts {
      guard let entry = ranges.first(where: { $0.concept == concept }),
        entry.range.upperBound <= bytes.count
      else { continue }
      let mention = Array(bytes[entry.range])
      let possessive = mention.reversed().starts(with: Array("s'".utf8))
      if !mention.contains(0x20) {
        // One word: only a misspelling of the name ("lizzy", "charlote") is read as the name;
        // the name itself, its possessive typed without an apostrophe ("charlottes"), and an
        // English word the pattern reads ("mentor") stay as typed.
        let word = possessive ? Array(mention.dropLast(2)) : mention
        let nameBytes = Array(name.utf8)
        guard word != nameBytes, word != nameBytes + [UInt8(ascii: "s")],
          !EnglishDictionary.shared.contains(word)
        else { continue }
      }
      mentions.append((entry.range, possessive ? name + "'s" : name))
    }
    guard !mentions.isEmpty else { return nil }
    var shortened = bytes
    // From the last mention back, so that earlier ranges stay where they were.
    for mention in mentions.sorted(by: { $0.range.lowerBound > $1.range.lowerBound })
    where mentions.allSatisfy({ $0.range == mention.range || !$0.range.overlaps(mention.range) }) {
      shortened.replaceSubrange(mention.range, with: Array(mention.name.utf8))
    }
    return String(decoding: shortened, as: UTF8.self)
  }

  /// The most times one phrase is looked for in a question.
  private static let maximumPhraseMatches = 4

  /// The concepts a question holds, and where each first matched in it (the ranges are read
  /// only to see which concepts take in an asking word).
  private func concepts(in subject: Subject, keys: QuestionKeys, using scratch: MatchScratch)
    -> (found: ConceptSet, ranges: [(concept: Int, range: Range<Int>)])
  {
    var found = ConceptSet()
    var ranges: [(concept: Int, range: Range<Int>)] = []
    // Phrases first. A concept found only inside a phrase's words counts for nothing: it is
    // looked for again in the question with those words blanked out.
    var spans: [Range<Int>] = []
    var masked: [UInt8]?
    let admitted = conceptFilters.admitted(keys)
    for number in library.phrases where admitted[number] {
      let pattern = conceptPatterns[number]
      for _ in 0..<Self.maximumPhraseMatches {
        let current = masked.map { Subject(String(decoding: $0, as: UTF8.self)) } ?? subject
        guard case .matched(let range) = pattern.span(in: current, using: scratch),
          !range.isEmpty
        else { break }
        if !found.contains(number) { ranges.append((number, range)) }
        found.insert(number)
        spans.append(range)
        var bytes = masked ?? Array(subject.text.utf8)
        for index in range { bytes[index] = 0x20 }
        masked = bytes
      }
    }
    let rest = masked.map { Subject(String(decoding: $0, as: UTF8.self)) }
    let restAdmitted = masked.map {
      conceptFilters.admitted(QuestionKeys(String(decoding: $0, as: UTF8.self)))
    }
    for number in conceptPatterns.indices
    where !conceptIsPhrase[number] && admitted[number] {
      let pattern = conceptPatterns[number]
      guard case .matched(let range) = pattern.span(in: subject, using: scratch) else {
        continue
      }
      if let rest, let restAdmitted,
        spans.contains(where: { $0.contains(range.lowerBound) && range.upperBound <= $0.upperBound }
        )
      {
        guard restAdmitted[number],
          pattern.span(in: rest, using: scratch).isMatch
        else { continue }
      }
      found.insert(number)
      if !range.isEmpty { ranges.append((number, range)) }
    }
    return (found, ranges)
  }

  /// Matches an already normalized question with a scratch space the caller holds.
  ///
  /// Scoring always looks at every admitted intent (the prefilters keep that cheap). With
  /// `exhaustive` set, `candidates` lists every intent at or above the threshold (for
  /// `explain` and lint); without it, only the winner, whose captures alone are read.
  func match(
    normalized typed: String, using scratch: MatchScratch, exhaustive: Bool = true
  ) -> MatchResult {
    let (normalized, keys, concepts, conceptRanges) = read(typed, using: scratch)
    let subject = Subject(normalized)
    let quoted = quotes.intents(quotedIn: normalized)
    // The longest pattern match of each intent, by position.
    var spans = [(pattern: Int, range: Range<Int>)?](repeating: nil, count: library.intents.count)
    var limitHits: [(intent: String, pattern: Int)] = []
    let tableAdmitted = tableFilters.admitted(keys)
    for position in table.indices where tableAdmitted[position] {
      let entry = table[position]
      switch entry.pattern.span(in: subject, using: scratch) {
      case .matched(let range):
        if let known = spans[entry.intent], known.range.count >= range.count { continue }
        spans[entry.intent] = (entry.index, range)
      case .limitReached, .failed:
        limitHits.append((library.intents[entry.intent].id, entry.index))
      case .noMatch:
        break
      }
    }
    let questionTopics = concepts.intersection(library.topics)
    let questionUnknowns = concepts.intersection(library.unknowns)
    let questionAsks = concepts.intersection(library.asked)
    // Each ask, where its asking word ends (an ask's match ends with it: "where", or the
    // thing in "what hotel did…"), and the concepts that answer it: the ask itself, or a
    // concept whose match takes in that word ("hand" in "which hand did lizzie lose").
    var asks: [(end: Int, answeredBy: ConceptSet)] = []
    for ask in conceptRanges where questionAsks.contains(ask.concept) {
      var answeredBy = ConceptSet()
      for entry in conceptRanges where entry.range.contains(ask.range.upperBound - 1) {
        answeredBy.insert(entry.concept)
      }
      asks.append((ask.range.upperBound, answeredBy))
    }
    // The topics that name what each ask asks for by its kind ("instrument" in "which
    // instrument…"): a rule naming one of them earns `namedThingScore`.
    let askedThings = asks.map {
      $0.answeredBy.subtracting(questionAsks).subtracting(library.forms)
    }
    var scored: [(match: IntentMatch, order: Int)] = []
    for position in library.intents.indices {
      let hit = spans[position]
      // The best rule that names what the question asks for (a place, a time), else the best
      // rule: an intent admitted only by the latter cannot supply that kind of answer.
      var bestIndex: Int?
      var bestCount = 0
      var bestAnswersAsk = false
      for (index, rule) in rules[position].enumerated()
      where rule.required.isSubset(of: concepts) && concepts.intersection(rule.excluded).isEmpty {
        let count = rule.required.count
        let answersAsk = asks.allSatisfy {
          !$0.answeredBy.intersection(rule.required).isEmpty
            || !$0.answeredBy.intersection(vocabularies[position]).isEmpty
        }
        if bestIndex == nil || (answersAsk && !bestAnswersAsk)
          || (answersAsk == bestAnswersAsk && count > bestCount)
        {
          bestIndex = index
          bestCount = count
          bestAnswersAsk = answersAsk
        }
      }
      let quotes = quoted.contains(position)
      guard hit != nil || bestIndex != nil || quotes else { continue }
      // A pattern answers the ask only if its match takes in the question word itself:
      // "\\bwhere (?:do|did) they go\\b" does, a bare "\\bsewn\\b" in "who sewed…" does not.
      let patternAnswersAsk =
        hit.map { hit in asks.allSatisfy { hit.range.contains($0.end - 1) } } ?? false
      let askMissed = patternAnswersAsk || bestAnswersAsk ? ConceptSet() : questionAsks
      let intent = library.intents[position]
      let best = bestIndex.map { intent.about[$0] }
      let covered = questionTopics.intersection(intent.vocabulary)
      let uncovered = questionTopics.subtracting(intent.vocabulary).subtracting(library.hints)
      let unknownMissed = questionUnknowns.subtracting(intent.vocabulary)
      var score = intent.priority
      if let hit {
        // A topic the pattern never read and the intent never talks about: the pattern
        // matched around it ("what did anton do … in the chapel"), and earns less.
        let readPast = conceptRanges.contains { entry in
          uncovered.contains(entry.concept) && !hit.range.contains(entry.range.lowerBound)
        }
        score += readPast ? Self.patternAroundTopicScore : Self.patternScore
      }
      if let best {
        let topics = best.required.subtracting(library.forms).count
        score += Self.conceptScore * topics + Self.formScore * (best.required.count - topics)
        score += Self.coveredScore * covered.subtracting(best.required).count
        if askedThings.contains(where: { !$0.intersection(best.required).isEmpty }) {
          score += Self.namedThingScore
        }
      } else {
        score += Self.coveredScore * covered.count
      }
      if quotes { score += Self.quoteScore }
      score -= Self.uncoveredPenalty * uncovered.count
      if !unknownMissed.isEmpty || !askMissed.isEmpty { score = min(score, Self.threshold - 1) }
      scored.append(
        (
          IntentMatch(
            intent: intent, patternIndex: hit?.pattern, span: hit?.range.count ?? 0, captures: [:],
            rule: best, score: score, covered: covered,
            uncovered: uncovered.union(unknownMissed).union(askMissed), quotes: quotes),
          position
        ))
    }
    scored.sort { lhs, rhs in
      if lhs.match.score != rhs.match.score { return lhs.match.score > rhs.match.score }
      if lhs.match.span != rhs.match.span { return lhs.match.span > rhs.match.span }
      // Then the lower level: asking before a spoiler the question may not need is a leak.
      if lhs.match.intent.level != rhs.match.intent.level {
        return lhs.match.intent.level < rhs.match.intent.level
      }
      // Then the more specific rule: more of the question's topics named, not just covered.
      let lhsTopics = lhs.match.rule?.required.subtracting(library.forms).count ?? 0
      let rhsTopics = rhs.match.rule?.required.subtracting(library.forms).count ?? 0
      if lhsTopics != rhsTopics { return lhsTopics > rhsTopics }
      return lhs.order < rhs.order
    }
    // Groups are read only for the intents that matched, and only when a pattern has names.
    var candidates: [IntentMatch] = []
    var rejected: [IntentMatch] = []
    for (match, _) in scored {
      guard match.score >= Self.threshold else {
        rejected.append(match)
        continue
      }
      var captures: [String: String] = [:]
      if let index = match.patternIndex {
        let pattern = match.intent.patterns[index]
        if !pattern.captureNames.isEmpty {
          captures = pattern.match(subject, using: scratch).match?.namedCaptures ?? [:]
        }
      }
      candidates.append(
        IntentMatch(
          intent: match.intent, patternIndex: match.patternIndex, span: match.span,
          captures: captures, rule: match.rule, score: match.score, covered: match.covered,
          uncovered: match.uncovered, quotes: match.quotes))
      if !exhaustive { break }
    }
    // A yes or no is only as good as the reading of every word: only a yes/no question pays.
    let unread =
      yesNoForm.map { concepts.contains($0) } ?? false
      ? firstUnreadWord(
        normalized, readRanges: conceptRanges.map(\.range) + spans.compactMap { $0?.range })
      : nil
    return MatchResult(
      normalized: normalized, candidates: candidates, limitHits: limitHits, concepts: concepts,
      rejected: rejected, unreadWord: unread)
  }

  /// The first word of four letters or more that no concept or pattern matched and the
  /// bot's own words never use ("vitamins" in "were the pills just vitamins"): a "Yes" or
  /// "No" to a question holding one would be a guess.
  private func firstUnreadWord(_ text: String, readRanges: [Range<Int>]) -> String? {
    var start = 0
    var word: [UInt8] = []
    func isUnread(end: Int) -> Bool {
      word.count >= 4 && !speller.knows(word)
        && !readRanges.contains { $0.lowerBound <= start && end <= $0.upperBound }
    }
    for (offset, byte) in text.utf8.enumerated() {
      if (0x61...0x7A).contains(byte) {
        if word.isEmpty { start = offset }
        word.append(byte)
        continue
      }
      if isUnread(end: offset) { return String(decoding: word, as: UTF8.self) }
      word.removeAll(keepingCapacity: true)
    }
    return isUnread(end: text.utf8.count) ? String(decoding: word, as: UTF8.self) : nil
  }
}
