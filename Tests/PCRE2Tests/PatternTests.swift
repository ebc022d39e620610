import CTestSupport
import Foundation
import Testing

@testable import PCRE2

@Suite("Pattern")
struct PatternTests {
  // MARK: Options, one test each, on and off.

  @Test func caselessOnAndOff() throws {
    #expect(try Pattern("charlotte", options: [.caseless]).matches("CHARLOTTE"))
    #expect(try !Pattern("charlotte", options: []).matches("CHARLOTTE"))
  }

  @Test func utfOnAndOff() throws {
    // With UTF, "." is one character, so "^.$" matches a two-byte é; without, it is two bytes.
    #expect(try Pattern("^.$", options: [.utf]).matches("é"))
    #expect(try !Pattern("^.$", options: []).matches("é"))
  }

  @Test func ucpOnAndOff() throws {
    #expect(try Pattern("^\\w+$", options: [.utf, .ucp]).matches("antón"))
    #expect(try !Pattern("^\\w+$", options: [.utf]).matches("antón"))
  }

  @Test func extendedOnAndOff() throws {
    #expect(try Pattern("char lotte  # a comment", options: [.extended]).matches("charlotte"))
    #expect(try !Pattern("char lotte", options: []).matches("charlotte"))
  }

  @Test func dotAllOnAndOff() throws {
    #expect(try Pattern("a.b", options: [.dotAll]).matches("a\nb"))
    #expect(try !Pattern("a.b", options: []).matches("a\nb"))
  }

  @Test func multilineOnAndOff() throws {
    #expect(try Pattern("^b", options: [.multiline]).matches("a\nb"))
    #expect(try !Pattern("^b", options: []).matches("a\nb"))
  }

  @Test func caselessUnicodeMatchesEveryCase() throws {
    let pattern = try Pattern("charlotte", options: .caselessUnicode)
    for text in ["CHARLOTTE", "Charlotte", "charlotte", "cHaRlOtTe"] {
      #expect(pattern.matches(text), "\(text)")
    }
    let accented = try Pattern("élodie antón", options: .caselessUnicode)
    #expect(accented.matches("ÉLODIE ANTÓN"))
    #expect(accented.matches("Élodie Antón"))
    #expect(try !Pattern("élodie", options: [.caseless]).matches("ÉLODIE"))
  }

  // MARK: JIT

  @Test func jitModes() throws {
    #expect(try !Pattern("a+", jit: .never).isJITCompiled)
    let jitted = try Pattern("a+", jit: .ifAvailable)
    #expect(jitted.isJITCompiled == Pattern.isJITAvailable)
    #expect(jitted.matches("caaat"))
    if Pattern.isJITAvailable {
      #expect(try Pattern("a+", jit: .always).isJITCompiled)
    } else {
      #expect(throws: PCRE2Error.self) { try Pattern("a+", jit: .always) }
    }
    #expect(try Pattern("a+", jit: .never).matches("caaat"))
  }

  // MARK: Errors

  @Test func compileErrorHasMessageAndOffset() {
    #expect {
      try Pattern("who (plays charlotte")
    } throws: { error in
      guard let error = error as? PCRE2Error else { return false }
      return error.kind == .compile && error.offset == 20
        && error.message.contains("missing closing parenthesis")
    }
    #expect {
      try Pattern("a{2,1}")
    } throws: { error in
      (error as? PCRE2Error)?.offset == 5
    }
  }

  // MARK: Captures

  @Test func namedCapturesAreResolvedAtCompileTime() throws {
    let pattern = try Pattern("(?<who>charlotte|lizzie) (?<verb>plays)?")
    #expect(pattern.captureNames == ["who": 1, "verb": 2])
    #expect(pattern.captureCount == 2)
    let match = try #require(pattern.match(Subject("so lizzie plays")).match)
    #expect(match.group(named: "who") == "lizzie")
    #expect(match.group(named: "verb") == "plays")
    #expect(match.group(named: "nope") == nil)
    #expect(match.text == "lizzie plays")
    let partial = try #require(pattern.match(Subject("charlotte ")).match)
    #expect(partial.group(named: "verb") == nil)
    #expect(partial.namedCaptures == ["who": "charlotte"])
  }

  @Test func capturesOfNonASCIIText() throws {
    let pattern = try Pattern("(?<name>\\w+)$")
    let match = try #require(pattern.match(Subject("who is antón")).match)
    #expect(match.group(named: "name") == "antón")
  }

  @Test func manyCapturesGrowTheScratch() throws {
    let source = (1...40).map { _ in "(a)" }.joined()
    let pattern = try Pattern(source)
    let match = try #require(
      pattern.match(Subject(String(repeating: "a", count: 40)), using: MatchScratch()).match)
    #expect(match.groups.count == 40)
    #expect(match.group(40) == "a")
  }

  // MARK: Limits

  @Test func catastrophicPatternEndsInLimitOutcome() throws {
    let subject = Subject(String(repeating: "a", count: 40) + "!")
    for jit in [JITMode.never, .ifAvailable] {
      let pattern = try Pattern("(a+)+$", jit: jit)
      let outcome = pattern.match(subject, limits: MatchLimits(match: 10_000))
      guard case .limitReached = outcome else {
        Issue.record("expected a limit outcome with jit \(jit), got \(outcome)")
        continue
      }
    }
  }

  @Test func limitsAllowOrdinaryMatches() throws {
    let pattern = try Pattern("(a+)+$")
    #expect(pattern.match(Subject("aaaa"), limits: MatchLimits(match: 10_000)).match != nil)
  }

  // MARK: Subjects

  @Test func emptySubject() throws {
    #expect(try Pattern("^$").matches(""))
    #expect(try !Pattern("a").matches(""))
  }

  @Test func invalidUTF8IsReplacedNotRejected() throws {
    let subject = Subject(bytes: [0x63, 0xFF, 0xFE, 0x61])
    #expect(subject.text == "c\u{FFFD}\u{FFFD}a")
    #expect(try Pattern("c.+a").match(subject).match != nil)
  }

  @Test func nulBytesAreOrdinaryCharacters() throws {
    #expect(try Pattern("a\\x00b").matches("a\u{0}b"))
  }

  // MARK: Memory and threads

  @Test(
    .enabled(
      if: perfection_heap_is_measurable() != 0,
      "glibc's mallinfo2 cannot see this allocator (AddressSanitizer)"))
  func compilingAndMatchingManyTimesDoesNotGrowMemory() throws {
    func cycle() throws {
      for _ in 0..<2_000 {
        let pattern = try Pattern("(?<who>charl?ott?e)\\b.*\\bplays?")
        _ = pattern.match(Subject("charlotte plays the cello"))
      }
    }
    try cycle()
    // Other suites run in parallel and allocate too; a leak grows in every trial, noise does
    // not, so the smallest growth over several trials is the one that counts.
    // Up to 30 trials, stopping at the first quiet one: a leak is never quiet.
    var growth: [Int] = []
    for _ in 0..<30 {
      let before = HeapUsage.inUse()
      try cycle()
      try cycle()
      growth.append(HeapUsage.inUse() - before)
      if (growth.last ?? 0) < 4_000 * 64 { break }
    }
    // A leaked pattern, match data or context is hundreds of bytes a cycle; 4,000 cycles of
    // that would be over a megabyte. Allow 64 bytes a cycle for the other suites' noise.
    let smallest = growth.min() ?? 0
    #expect(smallest < 4_000 * 64, "heap grew by at least \(smallest) bytes over 4,000 cycles")
  }

  @Test func oneScratchServesManyPatterns() throws {
    let scratch = MatchScratch()
    let patterns = try ["a", "(b)", "(?<c>c)(d)?"].map { try Pattern($0) }
    for _ in 0..<100 {
      for pattern in patterns {
        #expect(pattern.match(Subject("abcd"), using: scratch).match != nil)
      }
    }
  }

  @Test func patternsAreSharedAcrossThreads() async throws {
    let pattern = try Pattern("(?<who>charlotte|lizzie) plays")
    await withTaskGroup(of: Bool.self) { group in
      for index in 0..<8 {
        group.addTask {
          let scratch = MatchScratch()
          let who = index % 2 == 0 ? "charlotte" : "lizzie"
          for _ in 0..<2_000 {
            let match = pattern.match(Subject("\(who) plays"), using: scratch).match
            if match?.group(named: "who").map(String.init) != who { return false }
          }
          return true
        }
      }
      for await ok in group { #expect(ok) }
    }
  }
}

/// Bytes in use on the C heap, from glibc's mallinfo2.
enum HeapUsage {
  static func inUse() -> Int {
    Int(perfection_heap_in_use())
  }
}

@Suite("Pattern, deferred JIT")
struct DeferredJITTests {
  @Test func startsOnTheInterpreterAndMovesToTheJIT() throws {
    let pattern = try Pattern("(?<who>charlotte|lizzie) plays", jit: .deferred)
    #expect(!pattern.isJITCompiled)
    #expect(pattern.match(Subject("lizzie plays")).match?.group(named: "who") == "lizzie")
    pattern.compileJIT()
    #expect(pattern.isJITCompiled == Pattern.isJITAvailable)
    #expect(pattern.match(Subject("lizzie plays")).match?.group(named: "who") == "lizzie")
    pattern.compileJIT()  // a second call changes nothing
    #expect(pattern.match(Subject("nobody")).match == nil)
  }

  @Test func limitsHoldOnBothEngines() throws {
    let pattern = try Pattern("(a+)+$", jit: .deferred)
    let subject = Subject(String(repeating: "a", count: 40) + "!")
    guard case .limitReached = pattern.match(subject, limits: MatchLimits(match: 10_000)) else {
      Issue.record("expected a limit on the interpreter")
      return
    }
    pattern.compileJIT()
    guard case .limitReached = pattern.match(subject, limits: MatchLimits(match: 10_000)) else {
      Issue.record("expected a limit on the JIT")
      return
    }
  }

  @Test func compilingWhileOtherThreadsMatchIsSafe() async throws {
    let patterns = try (0..<50).map { try Pattern("(?<n>\\d+) charlotte \($0)", jit: .deferred) }
    await withTaskGroup(of: Bool.self) { group in
      group.addTask {
        for pattern in patterns { pattern.compileJIT() }
        return true
      }
      for _ in 0..<3 {
        group.addTask {
          let scratch = MatchScratch()
          for round in 0..<20 {
            for (index, pattern) in patterns.enumerated() {
              let match = pattern.match(Subject("\(round) charlotte \(index)"), using: scratch)
              if match.match?.group(named: "n").map(String.init) != "\(round)" { return false }
            }
          }
          return true
        }
      }
      for await ok in group { #expect(ok) }
    }
  }
}
