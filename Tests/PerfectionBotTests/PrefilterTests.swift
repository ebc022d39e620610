import Foundation
import TestSupport
import Testing

@testable import PCRE2
@testable import PerfectionBot

@Suite("Prefilter")
struct PrefilterTests {
  static func admits(_ pattern: String, _ question: String) -> Bool {
    Prefilter(pattern: pattern).admits(QuestionKeys(Normalizer.normalize(question)))
  }

  @Test func aRequiredLiteralWordMustStartAWord() {
    #expect(Self.admits(#"\bshanghai\b"#, "why shanghai?"))
    #expect(!Self.admits(#"\bshanghai\b"#, "why did she do it"))
    // "hai" inside a word is no word start, so the pattern cannot match there either.
    #expect(!Self.admits(#"\bhai"#, "shanghai"))
  }

  @Test func anyOfTheAlternativesWill() {
    let pattern = #"\b(?:knife|knives|cleaver|blade)\b"#
    #expect(Self.admits(pattern, "the cleaver"))
    #expect(Self.admits(pattern, "a KNIFE!"))
    #expect(!Self.admits(pattern, "the hand"))
  }

  @Test func everyRequiredGroupMustBePresent() {
    let pattern = #"\bwho\b.*\b(?:plays|played)\b"#
    #expect(Self.admits(pattern, "who played it"))
    #expect(!Self.admits(pattern, "who is it"))
    #expect(!Self.admits(pattern, "it played"))
  }

  @Test func aRequiredSpaceStartsAWordToo() {
    let pattern = #"\bis (?:charlotte|charlote) a (?:cellist|musician)\b"#
    #expect(Prefilter(pattern: pattern).isActive)
    #expect(Self.admits(pattern, "is charlotte a cellist"))
    #expect(!Self.admits(pattern, "is lizzie a cellist"))
    // An optional space guarantees nothing: "foo ?bar" matches "foobar".
    #expect(Self.admits(#"\bfoo ?bar"#, "foobar"))
  }

  @Test func topLevelAlternationAdmitsAnyBranch() {
    let pattern = #"\bmother\b|\bmom\b"#
    #expect(Self.admits(pattern, "her mom"))
    #expect(Self.admits(pattern, "her mother"))
    #expect(!Self.admits(pattern, "her father"))
  }

  @Test func shortWordsAreKeyedByTheirOneOrTwoLetters() {
    let pattern = #"^(?:y|yes)$"#
    #expect(Prefilter(pattern: pattern).isActive)
    #expect(Self.admits(pattern, "yes"))
    #expect(Self.admits(pattern, "y"))
    #expect(!Self.admits(pattern, "no"))
    // "go" is the first two letters of "gone" as well, so a prefix is all the key says.
    #expect(Self.admits(#"\bgo"#, "gone"))
    #expect(!Self.admits(#"\bgo\b"#, "went"))
  }

  @Test func optionalLettersAndGroupsGiveEachWayIn() {
    let pattern = #"\bch?arl?ott?e\b"#
    #expect(Prefilter(pattern: pattern).isActive)
    #expect(Self.admits(pattern, "carlote"))
    #expect(!Self.admits(pattern, "lizzie"))
    // A required word after an optional group is still required.
    #expect(Self.admits(#"\b(?:the )?bus\b"#, "bus"))
    #expect(!Self.admits(#"\b(?:the )?bus\b"#, "the train"))
  }

  @Test func repeatsAndLookaroundsAreReadSafely() {
    // A word after a repeated group of words still starts a word.
    let pattern = #"\bin (?:\w+ ){0,3}?(?:film|movie)\b"#
    #expect(Prefilter(pattern: pattern).isActive)
    #expect(Self.admits(pattern, "in this scary film"))
    #expect(!Self.admits(pattern, "in this scary book"))
    // A lookbehind's text is there too; a lookahead asks nothing of the filter.
    #expect(Self.admits(#"(?<=lizzie's )hand\b"#, "lizzie's hand"))
    #expect(!Self.admits(#"\b(?!x)hand\b"#, "an arm"))
  }

  @Test(arguments: [
    #"(?i)anything"#,  // an inline option
    #"\b\w+ing"#,  // no literal at a word start
    #"\b(?:abc|)"#,  // an empty alternative
    #"\bshanghai|.*"#,  // one branch without requirements
    #"\b(a)\1"#,  // a backreference
    #"\b[[:alpha:]]bc"#,  // a POSIX class
    #"\b(*UTF)abc"#,  // a verb
  ])
  func whatItDoesNotUnderstandItLetsThrough(_ pattern: String) {
    #expect(!Prefilter(pattern: pattern).isActive, "\(pattern)")
  }

  @Test func nonASCIIQuestionsAreNeverFiltered() {
    #expect(Self.admits(#"\bshanghai"#, "ſhanghai"))
    #expect(QuestionKeys("café").isFilterable == false)
  }

  /// The property that makes it safe: whenever PCRE2 matches, the prefilter admitted.
  ///
  /// Over every concept and intent pattern, and every example, transcript line and corpus
  /// question, mutated too.
  @Test func itNeverSkipsAPatternThatMatches() throws {
    let library = Fixtures.library
    var questions = library.intents.flatMap(\.examples)
    for file in try FileManager.default.contentsOfDirectory(atPath: Fixtures.transcriptsPath) {
      let text = try String(contentsOfFile: Fixtures.transcriptsPath + "/" + file, encoding: .utf8)
      questions += text.split(separator: "\n").filter { $0.hasPrefix("> ") }.map {
        String($0.dropFirst(2))
      }
    }
    for name in ["questions", "heldout", "yesno"] {
      questions += try CorpusRunner.read(Fixtures.root + "/Tests/Corpus/\(name).tsv").map(
        \.question)
    }
    // Mutations: words dropped, doubled, glued to punctuation, letters swapped.
    var generator = SeededGenerator.announced("prefilter mutations")
    for question in questions.prefix(800) {
      let words = question.split(separator: " ")
      for _ in 0..<10 {
        let mutated = words.compactMap { word -> String? in
          switch Int.random(in: 0..<6, using: &generator) {
          case 0: nil
          case 1: "\(word) \(word)"
          case 2: "\(word)?!"
          case 3: "(\(word))"
          case 4: String(word.shuffled(using: &generator))
          default: String(word)
          }
        }
        questions.append(mutated.joined(separator: " "))
      }
    }
    let patterns =
      library.concepts.map { ($0.name, $0.pattern) }
      + library.intents.flatMap { intent in intent.patterns.map { (intent.id, $0) } }
    let subjects = questions.map { question in
      let normalized = Normalizer.normalize(question)
      return (normalized, QuestionKeys(normalized))
    }
    var active = 0
    var skipped = 0
    for (name, pattern) in patterns {
      let prefilter = Prefilter(pattern: pattern.source)
      if prefilter.isActive { active += 1 }
      for (normalized, keys) in subjects {
        let admitted = prefilter.admits(keys)
        if !admitted { skipped += 1 }
        if !admitted, pattern.matches(normalized) {
          Issue.record("\(name): \(pattern.source) matches \"\(normalized)\"")
        }
      }
    }
    // The flat set answers as each filter does.
    let filters = patterns.map { Prefilter(pattern: $0.1.source) }
    let set = PrefilterSet(filters)
    for (_, keys) in subjects.prefix(500) {
      #expect(set.admitted(keys) == filters.map { $0.admits(keys) })
    }
    // And it is worth having: nearly every shipped pattern is understood (the README says
    // how many), and most tries are skipped.
    #expect(active * 100 >= patterns.count * 95, "only \(active) of \(patterns.count) are filtered")
    #expect(skipped * 2 > patterns.count * subjects.count, "only \(skipped) tries skipped")
  }
}
