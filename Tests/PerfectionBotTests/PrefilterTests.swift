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

  @Test(arguments: [
    #"^(?:y|yes)$"#,  // alternatives shorter than three letters
    #"\b(?:knife)?\bhand"#,  // the optional group is not required, but "han" is
    #"\bch?arlotte"#,  // a quantifier inside the first three letters
    #"(?i)anything"#,  // no word boundary at all
    #"\b(?=abc)abc"#,  // a lookahead
    #"\b\w+ing"#,  // an escape first
    #"\bab"#,  // too short
    #"\b(?:abc|)"#,  // an empty alternative
    #"\bshanghai|.*"#,  // one branch without requirements
  ])
  func whatItDoesNotUnderstandItLetsThrough(_ pattern: String) {
    let prefilter = Prefilter(pattern: pattern)
    if pattern == #"\b(?:knife)?\bhand"# {
      #expect(prefilter.isActive)
      #expect(prefilter.admits(QuestionKeys("a hand")))
    } else {
      #expect(!prefilter.isActive, "\(pattern)")
    }
  }

  @Test func nonASCIIQuestionsAreNeverFiltered() {
    #expect(Self.admits(#"\bshanghai"#, "ſhanghai"))
    #expect(QuestionKeys("café").isFilterable == false)
  }

  /// The property that makes it safe: whenever PCRE2 matches, the prefilter admitted.
  @Test func itNeverSkipsAPatternThatMatches() throws {
    let library = Fixtures.library
    var questions = library.intents.flatMap(\.examples)
    for file in try FileManager.default.contentsOfDirectory(atPath: Fixtures.transcriptsPath) {
      let text = try String(contentsOfFile: Fixtures.transcriptsPath + "/" + file, encoding: .utf8)
      questions += text.split(separator: "\n").filter { $0.hasPrefix("> ") }.map {
        String($0.dropFirst(2))
      }
    }
    // Mutations: words dropped, doubled, glued to punctuation, letters swapped.
    var generator = SeededGenerator.announced("prefilter mutations")
    for question in questions {
      let words = question.split(separator: " ")
      for _ in 0..<20 {
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
    var active = 0
    var skipped = 0
    for intent in library.intents {
      for pattern in intent.patterns {
        let prefilter = Prefilter(pattern: pattern.source)
        if prefilter.isActive { active += 1 }
        for question in questions {
          let normalized = Normalizer.normalize(question)
          let admitted = prefilter.admits(QuestionKeys(normalized))
          if !admitted { skipped += 1 }
          if pattern.matches(normalized) {
            #expect(admitted, "\(intent.id): \(pattern.source) matches \"\(normalized)\"")
          }
        }
      }
    }
    // And it is worth having: nearly every shipped pattern is understood (the README says
    // 129 of 134), and tries are skipped.
    let total = library.intents.reduce(0) { $0 + $1.patterns.count }
    #expect(active * 10 >= total * 9, "only \(active) of \(total) patterns are filtered")
    #expect(skipped > 0)
  }
}
