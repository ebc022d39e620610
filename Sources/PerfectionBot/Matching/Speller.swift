import Foundation

/// Corrects misspellings of the film's own distinctive words ("chappel" → "chapel", "twsit"
/// → "twist", "nife" → "knife", "antn" → "anton").
///
/// Only a word the bot does not know at all is touched: not a word of any answer, example or
/// teaser, not a common English word. It becomes the one distinctive word within one edit (a
/// letter added, dropped, changed, or two swapped), two for words of eight letters or more;
/// when none or several are that close, it stays as typed. The targets are few on purpose:
/// correcting toward every lexicon word turned real words into others ("acts" → "facts",
/// "punished" → "published").
struct Speller: Sendable {
  /// The words a misspelling may become: the characters' names and the film's distinctive
  /// nouns, none a common English word one edit from another.
  private let targets: [[UInt8]]

  static let distinctive: [String] = [
    "chapel", "tattoo", "tattoos", "twist", "jealous", "knife", "shanghai", "cello", "cellist",
    "ibuprofen", "perfection", "hallucinate", "hallucinations", "competition", "explain",
    "happened", "called", "bachoff", "willmore", "mentor", "ending", "protege", "medication",
  ]
  /// The same words, for lookups.
  private let targetSet: Set<[UInt8]>
  /// Every word the bot knows: these are never corrected.
  private let known: Set<[UInt8]>

  /// Chat shorthand and everyday misspellings, read as the words they stand for.
  ///
  /// "wat" is "what", "abt" "about", "fite" "fight". Unlike the distinctive words, these are
  /// replaced whatever their length, and only exactly as listed.
  static let shorthand: [String: String] = [
    "wat": "what", "wut": "what", "wht": "what", "wats": "whats", "wuts": "whats",
    "whts": "whats", "wich": "which", "whch": "which", "wen": "when", "wer": "where",
    "whr": "where", "wher": "where", "hw": "how", "wy": "why", "abt": "about", "bout": "about",
    "u": "you", "ur": "your", "ya": "you", "bc": "because", "cuz": "because", "coz": "because",
    "ppl": "people", "dat": "that", "da": "the", "teh": "the", "hapen": "happen",
    "happend": "happened", "hapened": "happened", "hapend": "happened", "fite": "fight",
    "actin": "acting", "endin": "ending", "movi": "movie", "moive": "movie", "wit": "with",
    "thru": "through", "tho": "though", "plz": "please", "pls": "please", "bcuz": "because",
    "kno": "know", "knw": "know", "becuz": "because", "becoz": "because", "shud": "should",
    "cud": "could", "wud": "would", "hppnd": "happened", "happned": "happened", "b4": "before",
    "sum1": "someone", "some1": "someone", "any1": "anyone", "thx": "thanks", "abut": "about",
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
  ]

  init(library: IntentLibrary) {
    var targets = Set(Self.distinctive.map { Array($0.utf8) })
    for character in library.characters {
      targets.insert(Array(character.name.utf8))
    }
    var known: Set<[UInt8]> = []
    for intent in library.intents {
      let texts = intent.answers.map(\.source) + intent.examples + [intent.teaser ?? ""]
      for text in texts {
        for word in Self.words(in: Normalizer.normalize(text)) { known.insert(word) }
      }
    }
    for word in Self.common { known.insert(Array(word.utf8)) }
    self.targets = targets.sorted { $0.lexicographicallyPrecedes($1) }
    self.targetSet = targets
    self.known = known
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

  /// The question with its unknown words corrected, or as it was.
  func correct(_ normalized: String) -> String {
    var output: [UInt8] = []
    var changed = false
    var word: [UInt8] = []
    func flush() {
      if let full = Self.shorthandBytes[word] {
        output += full
        changed = true
      } else if word.count >= 4, !known.contains(word), let fixed = correction(of: word) {
        output += fixed
        changed = true
      } else {
        output += word
      }
      word.removeAll(keepingCapacity: true)
    }
    for byte in normalized.utf8 {
      if (0x61...0x7A).contains(byte) {
        word.append(byte)
      } else {
        flush()
        output.append(byte)
      }
    }
    flush()
    let corrected = changed ? String(decoding: output, as: UTF8.self) : normalized
    return Self.droppingIntensifiers(corrected)
  }

  /// Question words and the intensifiers that may follow them without changing the question
  /// ("what exactly did they do to him" asks what they did to him).
  static let intensified: [(String, String)] = ["what", "why", "how", "who", "where", "when"]
    .flatMap { question in ["exactly", "even"].map { (question + " " + $0 + " ", question + " ") } }

  /// The text without an intensifier right after a question word.
  static func droppingIntensifiers(_ text: String) -> String {
    guard ASCII.contains(text, " exactly ") || ASCII.contains(text, " even ") else { return text }
    var result = text
    for (phrase, plain) in intensified where result.contains(phrase) {
      result = result.replacingOccurrences(of: phrase, with: plain)
    }
    return result
  }

  private func correction(of word: [UInt8]) -> [UInt8]? {
    // A plural of a target is that word, not a misspelling ("cellists").
    if word.last == UInt8(ascii: "s"), targetSet.contains(Array(word.dropLast())) { return nil }
    let limit = word.count >= 8 ? 2 : 1
    var best: [UInt8]?
    var bestDistance = Int.max
    var ties = 0
    for target in targets where abs(target.count - word.count) <= limit {
      let distance = Self.distance(word, target, limit: limit)
      guard distance <= limit else { continue }
      if distance < bestDistance {
        best = target
        bestDistance = distance
        ties = 0
      } else if distance == bestDistance {
        ties += 1
      }
    }
    return ties == 0 ? best : nil
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
