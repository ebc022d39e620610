import CTestSupport
import TestSupport
import Testing

@testable import PerfectionBot

@Suite("IntentLoader")
struct IntentLoaderTests {
  static let good = """
    intents:
      - id: cast.charlotte
        level: none
        patterns:
          - '\\bwho plays (?<who>charlotte)\\b'
        answers:
          - "{who|title} is played by Allison Williams."
        examples:
          - who plays charlotte?
    """

  @Test func loadsAValidFile() throws {
    let library = try Fixtures.load(Self.good)
    let intent = try #require(library["cast.charlotte"])
    #expect(intent.level == .none)
    #expect(intent.patterns.count == 1)
    #expect(intent.examples == ["who plays charlotte?"])
    #expect(intent.location == SourceLocation(file: "test.yaml", line: 2, column: 5))
  }

  @Test func badRegexNamesFileLineColumnAndPCRE2Message() throws {
    let diagnostics = Fixtures.diagnostics(
      """
      intents:
        - id: a
          level: none
          patterns:
            - 'who (plays'
          answers:
            - "x"
      """)
    let only = try #require(diagnostics.first)
    #expect(diagnostics.count == 1)
    // The quote is at column 9; PCRE2 reports offset 10, the end of the pattern.
    #expect(only.location.description == "bad.yaml:5:20")
    #expect(only.message.contains("missing closing parenthesis"))
    #expect(only.description.hasPrefix("bad.yaml:5:20: error: bad pattern"))
    #expect(only.hint != nil)
  }

  @Test func aTeaserThatGivesAwayAnAnswerAboveNoneIsAnError() throws {
    let file = """
      intents:
        - id: safe
          level: none
          patterns: ['who is she']
          answers: ["She is a cellist."]
        - id: secret
          level: twist
          patterns: ['why']
          answers: ["She planned everything with the pills."]
          teaser: "TEASER"
      """
    let leaking = Fixtures.diagnostics(
      file.replacingOccurrences(of: "TEASER", with: "It was the pills, I can say that."))
    let only = try #require(leaking.first)
    #expect(leaking.count == 1)
    #expect(only.location.description == "bad.yaml:10:13")
    #expect(only.message.contains("'pills'"))
    #expect(only.hint != nil)
    // Words a level-none answer or a level's name says are fine.
    let safe = Fixtures.diagnostics(
      file.replacingOccurrences(of: "TEASER", with: "She is a cellist; that is how it all ends."))
    #expect(safe.isEmpty)
  }

  @Test func yamlSyntaxErrorNamesItsPlace() throws {
    let diagnostics = Fixtures.diagnostics("intents:\n  - id: a\n    level: [none\n")
    let only = try #require(diagnostics.first)
    #expect(only.location.file == "bad.yaml")
    #expect(only.location.line >= 3)
    #expect(only.message.hasPrefix("YAML syntax error"))
  }

  @Test func unknownKey() throws {
    let diagnostics = Fixtures.diagnostics(
      Self.good.replacingOccurrences(
        of: "    level: none", with: "    level: none\n    colour: red"))
    let only = try #require(diagnostics.first)
    #expect(only.location.description == "bad.yaml:4:5")
    #expect(only.message == "unknown key 'colour' in intent")
  }

  @Test func duplicateIDPointsAtTheSecondAndNamesTheFirst() throws {
    let second = Self.good.replacingOccurrences(of: "intents:\n", with: "")
    let diagnostics = Fixtures.diagnostics(Self.good + "\n" + second)
    let only = try #require(diagnostics.first)
    #expect(diagnostics.count == 1)
    #expect(only.location.description == "bad.yaml:10:9")
    #expect(only.message == "duplicate intent id 'cast.charlotte'")
    #expect(only.hint?.contains("bad.yaml:2:9") == true)
  }

  @Test func missingAnswers() throws {
    let diagnostics = Fixtures.diagnostics(
      """
      intents:
        - id: a
          level: none
          patterns:
            - 'who'
      """)
    let only = try #require(diagnostics.first)
    #expect(only.location.description == "bad.yaml:2:5")
    #expect(only.message == "missing 'answers'")
  }

  @Test func unknownSpoilerLevel() throws {
    let diagnostics = Fixtures.diagnostics(
      Self.good.replacingOccurrences(of: "level: none", with: "level: spoilery"))
    let only = try #require(diagnostics.first)
    #expect(only.location.description == "bad.yaml:3:12")
    #expect(only.message == "unknown spoiler level 'spoilery'")
  }

  @Test func templateSlotThatNoPatternCaptures() throws {
    let diagnostics = Fixtures.diagnostics(
      Self.good.replacingOccurrences(of: "{who|title}", with: "{name}"))
    let only = try #require(diagnostics.first)
    #expect(only.location.description == "bad.yaml:7:9")
    #expect(only.message == "template slot '{name}' is not captured by pattern #1")
  }

  @Test func brokenTemplate() throws {
    let diagnostics = Fixtures.diagnostics(
      Self.good.replacingOccurrences(of: "{who|title}", with: "{who"))
    #expect(diagnostics.first?.message.hasPrefix("bad answer template") == true)
  }

  @Test func patternThatMatchesEverything() throws {
    let diagnostics = Fixtures.diagnostics(
      Self.good.replacingOccurrences(
        of: "'\\bwho plays (?<who>charlotte)\\b'", with: "'(?<who>.*)'"))
    #expect(diagnostics.first?.message == "pattern matches an empty question")
  }

  @Test func unknownFollowUpTarget() throws {
    let diagnostics = Fixtures.diagnostics(
      Self.good + "\n    follow_ups:\n      why: nowhere")
    #expect(diagnostics.first?.message == "follow-up leads to unknown intent 'nowhere'")
    #expect(diagnostics.first?.location.description == "bad.yaml:11:12")
  }

  @Test func everyErrorOfALoadIsReportedTogether() {
    let diagnostics = Fixtures.diagnostics(
      """
      intents:
        - id: a
          level: sometimes
          patterns:
            - '('
          answers:
            - "x"
        - id: a
          level: none
          shape: round
          patterns:
            - 'y'
          answers:
            - "y"
      """)
    #expect(diagnostics.count == 4)
    #expect(diagnostics.map(\.location.line) == [3, 5, 8, 10])
    #expect(diagnostics.allSatisfy { $0.severity == .error })
  }

  @Test func errorsAcrossFilesAreAllReported() {
    do {
      _ = try IntentLoader.load(sources: [
        IntentSource(name: "one.yaml", text: "intents: 3"),
        IntentSource(name: "two.yaml", text: "nonsense: []"),
      ])
      Issue.record("expected the load to fail")
    } catch {
      guard case .invalid(let diagnostics) = error else {
        Issue.record("expected invalid, got \(error)")
        return
      }
      #expect(diagnostics.map(\.location.file) == ["one.yaml", "two.yaml"])
    }
  }

  @Test func aFileThatIsNotYAML() {
    let diagnostics = Fixtures.diagnostics("\u{1}\u{2}\u{0}binary\t\"[{")
    #expect(diagnostics.count == 1)
    #expect(diagnostics.first?.location.file == "bad.yaml")
  }

  @Test func aYAMLBombIsRefusedQuickly() {
    var yaml = "a0: &a0 [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
    for level in 1...9 {
      let previous = "*a\(level - 1)"
      yaml +=
        "a\(level): &a\(level) [\(Array(repeating: previous, count: 9).joined(separator: ","))]\n"
    }
    yaml += "intents: *a9\n"
    let diagnostics = Fixtures.diagnostics(yaml)
    #expect(!diagnostics.isEmpty)
    #expect(diagnostics.count <= IntentLoader.maximumDiagnostics)
  }

  @Test func missingPathIsUnreadable() {
    #expect {
      try IntentLoader.load(paths: ["/nonexistent/intents"])
    } throws: { error in
      guard case .unreadable(let path, _)? = error as? IntentLoadError else { return false }
      return path == "/nonexistent/intents"
    }
  }

  @Test func theShippedIntentsLoad() {
    #expect(Fixtures.library.intents.count >= 30)
    #expect(Fixtures.library.characters.map(\.name) == ["charlotte", "lizzie", "anton"])
  }
}

@Suite("IntentLoader limits")
struct IntentLoaderLimitTests {
  @Test func aHugeAnchorReferencedManyTimesIsRefused() {
    let huge = String(repeating: "spoiler ", count: 100_000)
    let aliases = Array(repeating: "*big", count: 1_000).joined(separator: ", ")
    let yaml = """
      big: &big "\(huge)"
      intents:
        - id: a
          level: none
          patterns: ['x']
          answers: [\(aliases)]
      """
    let diagnostics = Fixtures.diagnostics(yaml)
    #expect(diagnostics.count == 1)
    #expect(diagnostics.first?.message.contains("aliases") == true)
  }

  @Test func nestedAliasesInMappingKeysAreRefusedAtTheirPlace() {
    var lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x]"]
    for level in 1..<10 {
      lines.append(
        "a\(level): &a\(level) ["
          + Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ", ")
          + "]")
    }
    lines.append("k: {? *a9 : 1, ? *a8 : 2}")
    let diagnostics = Fixtures.diagnostics(lines.joined(separator: "\n"))
    #expect(diagnostics.count == 1)
    #expect(diagnostics.first?.location.description == "bad.yaml:2:10")
  }

  @Test(arguments: ["(*NO_JIT)(a+)+$", "(*LIMIT_MATCH=10)who", "(*no_start_opt)who"])
  func engineDependentVerbsAreRefused(_ pattern: String) {
    let diagnostics = Fixtures.diagnostics(
      """
      intents:
        - id: a
          level: none
          patterns: ['\(pattern)']
          answers: [x]
      """)
    #expect(diagnostics.count == 1)
    #expect(diagnostics.first?.message.contains("is not allowed") == true)
    #expect(diagnostics.first?.location.line == 4)
  }

  @Test func starsThatAreNoAliasesLoad() throws {
    let library = try Fixtures.load(
      """
      # a comment with *stars
      intents:
        - id: a
          level: none
          patterns: ['wh.*o', "x*y"]
          answers: [a *b is fine, "and *this"]
          examples: ['it''s *fine']
      """)
    #expect(library.intents.count == 1)
  }

  @Test func aHugeFileIsRefusedWithoutBeingReadWhole() throws {
    // An endless file: a reader that reads the whole file first would never return.
    let before = Int(perfection_heap_in_use())
    #expect {
      _ = try IntentSource.read(paths: ["/dev/zero"])
    } throws: { error in
      guard case .unreadable(_, let reason) = error as? IntentLoadError else { return false }
      return reason.contains("at most 1 MiB")
    }
    let grown = Int(perfection_heap_in_use()) - before
    #expect(grown < 16 << 20, "reading kept \(grown) bytes")
  }

  @Test func anOverlongAnswerIsRefusedWithItsPlace() {
    let long = String(repeating: "x", count: IntentLoader.maximumTextBytes + 1)
    let diagnostics = Fixtures.diagnostics(
      """
      intents:
        - id: a
          level: none
          patterns: ['x']
          answers: ["\(long)"]
      """)
    #expect(diagnostics.first?.location.description == "bad.yaml:5:15")
    #expect(diagnostics.first?.message == "value is 4097 bytes long")
  }
}

@Suite("IntentLoader suggest flag")
struct IntentLoaderSuggestTests {
  @Test func suggestMustBeABoolean() {
    let diagnostics = Fixtures.diagnostics(
      IntentLoaderTests.good + "\n    suggest: sometimes")
    #expect(diagnostics.first?.message == "'suggest' must be true or false")
    #expect(diagnostics.first?.location.description == "bad.yaml:10:14")
  }

  @Test func suggestFalseIsRead() throws {
    let library = try Fixtures.load(IntentLoaderTests.good + "\n    suggest: false")
    #expect(library["cast.charlotte"]?.isSuggested == false)
  }

  @Test func playedByNamesAreReadAsTheCharacterInStoryQuestions() throws {
    let library = try Fixtures.load(
      """
      characters:
        - name: charlotte
          pronoun: she
          played_by: [Jane Doe, jane do]
          pattern: '\\bcharlotte\\b'
      """ + "\n" + IntentLoaderTests.good)
    #expect(library.characters.first?.playedBy == ["jane doe", "jane do"])
    let reader = ActorAsCharacter(characters: library.characters)
    #expect(reader.reading("why does jane do cry") == "why does charlotte cry")
    #expect(reader.reading("who does jane doe play") == "who does jane doe play")
  }

  @Test func playedByMustHoldStrings() {
    let diagnostics = Fixtures.diagnostics(
      """
      characters:
        - name: charlotte
          played_by: {first: jane}
          pattern: '\\bcharlotte\\b'
      """)
    #expect(diagnostics.first?.message == "'played_by' must be a list of strings")
    #expect(diagnostics.first?.location.description == "bad.yaml:3:16")
  }
}
