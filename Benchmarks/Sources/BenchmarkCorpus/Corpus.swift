import CBaseline
import CTestSupport
import Foundation
import PerfectionBot
import TestSupport

/// The questions and patterns every benchmark uses, and the paths they need.
public enum Corpus {
  /// The repository's root folder.
  public static var root: String { Fixtures.root }

  /// The release build of the bot, built by `make bench` before the benchmarks run.
  public static var binary: String { root + "/.build/release/perfection" }

  /// Questions as people type them: most answered, some not (the fallback path).
  public static let questions: [String] = [
    "when was the perfection released", "What year did The Perfection come out?",
    "is the perfection on netflix", "where can i stream it", "whats the movie about",
    "who stars in the perfection?", "who's the actress that plays Charlote",
    "who is the actor for lizzy", "what do i know logan browning from",
    "who is charlotte willmore", "Charlotte’s backstory?", "what happened to her mom",
    "who's lizzie", "who is Antón", "why does she go to shanghai", "where is the movie set",
    "where does this info come from", "did charlotte and lizzie hook up",
    "what was the cello competition", "what happens on the bus trip",
    "why was lizzie throwing up", "whats with all the bugs",
    "where did charlotte get a cleaver", "did lizzy really chop her own hand off",
    "i dont get the twist", "why did Charlotte do it?", "charlottes motive?",
    "why would charlote do that to lizzie", "was she jealous", "what pills did she give her",
    "was lizzie drugged", "why did charlotte keep mentioning bugs",
    "what did bachof do to them", "what do the music note tattoos mean",
    "how did charlotte know lizzie was abused too", "what is the chapel",
    "what does achieve the perfection mean", "what did charlotte say to lizzie after",
    "i dont understand the ending at all", "who wins the fight", "who lost their arm",
    "what happened to charlottes arm", "which hand did lizzy lose",
    "what happens to Anton's mouth?", "is bachoff dead",
    "how do they play the cello together at the end", "who directed the perfection?",
    "is there a sequel?", "what's the weather in shanghai?", "how long is the movie?",
    "did it win any awards?", "who wrote the screenplay?",
  ]

  /// The questions normalized, as the matcher sees them (and as the C loop gets them).
  public static let normalized: [String] = questions.map(Normalizer.normalize)

  /// The shipped intents, JIT-compiled (a long-running process has them so within
  /// milliseconds of starting).
  public static let library: IntentLibrary = {
    let library = Fixtures.library
    library.compileJIT()
    return library
  }()

  /// Every pattern of every intent, in the order the bot tries them.
  public static var patterns: [String] {
    library.concepts.map(\.patternSource) + library.intents.flatMap(\.patternSources)
  }

  /// Bytes in use on the C heap.
  public static func heapInUse() -> Int {
    Int(perfection_heap_in_use())
  }
}

/// Calls a C function with patterns as an array of C strings.
private func withCStrings<T>(
  _ strings: [String], _ body: (UnsafePointer<UnsafePointer<CChar>?>?, Int) -> T
) -> T {
  let pointers = strings.map { strdup($0) }
  defer { for pointer in pointers { free(pointer) } }
  let constant: [UnsafePointer<CChar>?] = pointers.map { $0.map { UnsafePointer($0) } }
  return constant.withUnsafeBufferPointer { body($0.baseAddress, $0.count) }
}

/// Calls a C function with a subject's UTF-8 bytes.
private func withSubject(_ subject: String, _ body: (UnsafePointer<CChar>?, Int) -> Int) -> Int {
  var subject = subject
  return subject.withUTF8 { buffer in
    buffer.withMemoryRebound(to: CChar.self) { body($0.baseAddress, $0.count) }
  }
}

/// The bare C loop over the corpus's patterns (every lexicon concept, then every intent
/// pattern): a naive baseline, each pattern run once with no prefilter.
public final class CLoop {
  private let set: OpaquePointer

  /// Compiles the patterns.
  public init(patterns: [String]) {
    guard let set = withCStrings(patterns, { cbaseline_create($0, $1) }) else {
      fatalError("the C baseline could not compile the patterns")
    }
    self.set = set
  }

  deinit { cbaseline_free(set) }

  /// How many patterns match, each run once.
  public func allMatches(_ subject: String) -> Int {
    withSubject(subject) { cbaseline_all_matches(set, $0, $1) }
  }

  /// The index of the first pattern that matches, or -1.
  public func firstMatch(_ subject: String) -> Int {
    withSubject(subject) { cbaseline_first_match(set, $0, $1) }
  }
}

/// The corpus's patterns as JIT-compiled alternations with `(*MARK)` names (as few as PCRE2's
/// 64 KiB cap on a compiled pattern allows): one PCRE2 pass per question and part, the C baseline that is hard to beat (it finds one pattern, the
/// leftmost match, where the engine reads every concept a question holds).
public final class CAlternation {
  private let set: OpaquePointer

  /// Compiles the patterns into as few alternations as PCRE2 allows.
  public init(patterns: [String]) {
    guard let set = withCStrings(patterns, { cbaseline_alternation_create($0, $1) }) else {
      fatalError("the C alternation could not compile the patterns")
    }
    self.set = set
  }

  deinit { cbaseline_alternation_free(set) }

  /// How many alternations the patterns needed.
  public var parts: Int { cbaseline_alternation_parts(set) }

  /// The index of the pattern that matched leftmost, or -1.
  public func match(_ subject: String) -> Int {
    withSubject(subject) { cbaseline_alternation_match(set, $0, $1) }
  }
}
