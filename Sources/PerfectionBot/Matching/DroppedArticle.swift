/// Questions typed without "the", read with it put back before the film's own things.
///
/// Learners and fast typers leave out the article: "what happens at end", "what's movie
/// about", "do girls survive", "cast of perfection". Phrases such as "at the end" or "the
/// girls" are how the lexicon knows the ending or the pair, so these fell back or went to a
/// neighbouring intent. A noun the film has only one of ("end", "bus", "chapel", "girls"),
/// right after a preposition, a form of "be" or "do", or a verb of watching or explaining
/// ("i finished movie", "explain last scene"), is read with "the" before it, and so is a
/// phrase that names one thing wherever it stands ("morning after", "older man", "scene
/// where …").
enum DroppedArticle {
  /// Nouns of which the film has one, so that a viewer means "the" one.
  static let nouns: Set<Substring> = [
    "end", "ending", "beginning", "start", "movie", "film", "bus", "chapel", "competition",
    "trip", "fight", "knife", "girls", "teacher", "mentor", "title", "morning", "tattoos",
    "tattoo", "pills", "twist", "plot", "cast", "story", "audience", "stage", "article",
    "author", "premise", "setup", "gist", "women", "cello", "cellos", "ibuprofen", "medication",
    "perfection", "finale", "climax", "villain", "protagonist", "antagonist", "worst", "best",
    "last", "first", "final", "main", "whole", "same", "actors", "actresses", "characters",
    "leads",
  ]

  /// Words after which a bare noun wants its article: prepositions, forms of "be" and "do"
  /// that open a question about it ("is movie good", "do girls survive"), and verbs of
  /// watching, explaining or marking.
  static let before: Set<Substring> = [
    "at", "in", "on", "of", "to", "from", "during", "after", "before", "with", "for", "about",
    "into", "through", "throughout", "by", "is", "was", "are", "were", "whats", "what's", "does",
    "do", "did", "explain", "describe", "watched", "watch", "finished", "finish", "seen", "saw",
    "see", "understand", "get", "mark", "marked", "marking", "name", "list", "summarize",
    "summarise", "recap",
  ]

  /// Words before "of" that make the noun after it a kind, not a thing: "what kind of movie".
  static let kinds: Set<Substring> = ["kind", "sort", "type", "kinds", "sorts", "types"]

  /// Words that stay bare after "at": "at first", "at last", "at best".
  static let bareAfterAt: Set<Substring> = ["first", "last", "best", "worst"]

  /// Words that open a dictionary question ("what is chapel" asks what a chapel is).
  static let dictionaryOpeners: [[Substring]] = [["what", "is"], ["whats"], ["what's"]]

  /// Nouns that are also verbs, left alone after "to" ("did it have to end like that").
  static let verbsAfterTo: Set<Substring> = ["end", "start", "fight", "plot", "cast"]

  /// "perfection" is the film only after a preposition that names it ("cast of perfection");
  /// after "achieve" or "for" it is the perfection Anton demanded, and stays as typed.
  static let perfectionAfter: Set<Substring> = ["of", "in", "about", "from", "is", "was", "whats"]

  /// Phrases that name one thing of the film wherever they stand ("where do they go morning
  /// after", "who is older man", "scene where lizzie throws up"), each as its words.
  static let phrases: [[Substring]] = [
    ["morning", "after"], ["next", "morning"], ["night", "before"], ["older", "man"],
    ["old", "man"], ["small", "audience"], ["two", "women"], ["two", "girls"],
    ["two", "of", "them"], ["last", "scene"], ["final", "scene"],
  ]
  /// Phrases that point at a scene ("scene where lizzie throws up"): given "the" only where
  /// they open the message or follow a preposition, since after a word such as "final" or
  /// "chapel" the scene is already named.
  static let scenePhrases: [[Substring]] = [
    ["scene", "where"], ["scene", "when"], ["part", "where"], ["part", "when"],
    ["bit", "where"], ["part", "on"],
  ]
  /// Prepositions a scene pointed at may follow ("in part where …").
  static let scenePrepositions: Set<Substring> = ["in", "during", "about", "at", "on", "from"]

  /// Words that already stand where a phrase's "the" would: articles, demonstratives,
  /// possessives and counting words.
  static let determiners: Set<Substring> = [
    "the", "a", "an", "that", "this", "these", "those", "his", "her", "their", "its", "my",
    "your", "our", "every", "each", "one", "same", "some", "any", "no", "another", "all", "both",
    "first", "next", "of",
  ]

  /// Whether a word stands where a phrase's "the" would: a determiner or a possessive
  /// ("anton's small audience").
  static func isDeterminer(_ word: Substring) -> Bool {
    determiners.contains(word) || SubjectWords.possessiveWords.contains(word)
      || word.hasSuffix("'s") || word.hasSuffix("s'")
  }

  /// The text with "the" put back before each such noun or phrase; the text as it was when
  /// it needs none.
  static func restoring(_ text: String) -> String {
    var words = text.split(separator: " ", omittingEmptySubsequences: false)
    var changed = false
    var start = 0
    while start < words.count {
      let opens = { (phrase: [Substring]) in
        start + phrase.count <= words.count
          && zip(phrase, words[start...]).allSatisfy { $0 == $1.prefix { $0.isLetter } }
      }
      let previous = start == 0 ? nil : words[start - 1]
      var found: [Substring]?
      if previous.map(isDeterminer) != true {
        found = phrases.first(where: opens)
        if found == nil, previous.map(scenePrepositions.contains) ?? true {
          found = scenePhrases.first(where: opens)
        }
      }
      if let phrase = found {
        words.insert("the", at: start)
        changed = true
        start += phrase.count
      }
      start += 1
    }
    var index = 1
    while index < words.count {
      let word = words[index]
      let noun = word.drop { !$0.isLetter }.prefix { $0.isLetter }
      let previous = words[index - 1]
      if !noun.isEmpty, noun.count == word.count || word.last.map({ "?,.!".contains($0) }) == true,
        nouns.contains(noun), before.contains(previous),
        !(previous == "to" && verbsAfterTo.contains(noun)),
        !(previous == "of" && index >= 2 && kinds.contains(words[index - 2])),
        !(previous == "at" && bareAfterAt.contains(noun)),
        // "ok with twist spoilers" names a level of spoilers, not the twist.
        !(index + 1 < words.count && words[index + 1].hasPrefix("spoil")),
        !(index == words.count - 1 && dictionaryOpeners.contains(Array(words[..<index]))),
        noun != "perfection" || perfectionAfter.contains(previous)
      {
        words.insert("the", at: index)
        changed = true
        index += 1
      }
      index += 1
    }
    return changed ? words.joined(separator: " ") : text
  }
}
