import PCRE2
import PerfectionBot

/// Runs transcripts against a fresh dialogue manager each, as a real conversation would go.
public struct TranscriptRunner: Sendable {
  /// The intents the bot answers from.
  public let library: IntentLibrary
  /// Makes the session store each transcript starts with.
  public let makeStore: @Sendable () -> any SessionStore

  /// Creates a runner over a library; each transcript gets a store from `makeStore` (by
  /// default an empty one in memory).
  public init(
    library: IntentLibrary,
    makeStore: @escaping @Sendable () -> any SessionStore = { InMemorySessionStore() }
  ) {
    self.library = library
    self.makeStore = makeStore
  }

  /// Runs one transcript from the start, in a fresh set of sessions.
  public func run(_ transcript: Transcript) -> TranscriptResult {
    let manager = DialogueManager(library: library, store: makeStore())
    var session = "default"
    var markup = SpoilerMarkup.none
    var failures: [TurnFailure] = []
    var answered: Set<String> = []
    var edits: [(turn: Turn, actual: [String])] = []
    for step in transcript.steps {
      switch step {
      case .session(let name, _):
        session = name
      case .spoilers(let level, _):
        manager.setConsent(level, session: session)
      case .markup(let kind, _):
        markup = kind
      case .reset:
        manager.reset(session: session)
      case .turn(let turn):
        let reply = manager.respond(to: turn.input, session: session)
        if reply.kind == .answer, let intent = reply.intent { answered.insert(intent) }
        let text = markup.apply(to: reply)
        if let failure = check(turn, reply: reply, text: text, file: transcript.name) {
          failures.append(failure)
          if !failure.linesMatched { edits.append((turn, failure.actual)) }
        }
      }
    }
    return TranscriptResult(
      name: transcript.name, failures: failures, turnCount: transcript.turns.count,
      answeredIntents: answered,
      updatedText: edits.isEmpty ? nil : Self.update(transcript, edits: edits))
  }

  private func check(_ turn: Turn, reply: Reply, text: String, file: String) -> TurnFailure? {
    let actual = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let lineExpectations = turn.expectations.filter(\.isLineExpectation)
    var linesMatch = lineExpectations.isEmpty || lineExpectations.count == actual.count
    if linesMatch {
      for (expectation, line) in zip(lineExpectations, actual)
      where !Self.matches(expectation, line) {
        linesMatch = false
      }
    }
    var problems: [String] = []
    for expectation in turn.expectations {
      switch expectation {
      case .excludes(let text, let line) where reply.text.lowercased().contains(text.lowercased()):
        problems.append("line \(line): reply must not contain \"\(text)\"")
      case .metadata(let key, let value, let line):
        let have = Self.metadata(key, of: reply)
        if have != value {
          problems.append("line \(line): expected \(key)=\(value), got \(key)=\(have)")
        }
      default:
        break
      }
    }
    guard !linesMatch || !problems.isEmpty else { return nil }
    return TurnFailure(
      file: file, line: turn.line, input: turn.input,
      expected: lineExpectations.map(Self.written), actual: actual, linesMatched: linesMatch,
      problems: problems)
  }

  static func matches(_ expectation: Expectation, _ line: String) -> Bool {
    switch expectation {
    case .exact(let text, _):
      return text == line
    case .contains(let text, _):
      return line.contains(text)
    case .pattern(_, let compiled, _):
      return compiled.matches(line)
    case .excludes, .metadata:
      return true
    }
  }

  static func written(_ expectation: Expectation) -> String {
    switch expectation {
    case .exact(let text, _): text
    case .pattern(let source, _, _): source + " (re)"
    case .contains(let text, _): text + " (contains)"
    case .excludes(let text, _): "! " + text
    case .metadata(let key, let value, _): "? \(key)=\(value)"
    }
  }

  static func metadata(_ key: String, of reply: Reply) -> String {
    switch key {
    case "intent": reply.intent ?? "none"
    case "intents": reply.intents.isEmpty ? "none" : reply.intents.joined(separator: ",")
    case "level": reply.level?.name ?? "none"
    case "awaiting": reply.awaitingConsent ? "yes" : "no"
    case "kind": reply.kind.rawValue
    case "consent": reply.consent.name
    default: "?"
    }
  }

  /// The transcript with each failing turn's exact reply lines replaced by the actual reply.
  ///
  /// Pattern, substring, exclusion and metadata lines are kept as written.
  static func update(_ transcript: Transcript, edits: [(turn: Turn, actual: [String])]) -> String {
    var lines = transcript.lines
    for edit in edits.sorted(by: { $0.turn.line > $1.turn.line }) {
      let exactLines = edit.turn.expectations.compactMap { expectation -> Int? in
        if case .exact(_, let line) = expectation { return line }
        return nil
      }
      let hasOtherLineChecks = edit.turn.expectations.contains {
        if case .exact = $0 { return false }
        return $0.isLineExpectation
      }
      if hasOtherLineChecks { continue }
      for line in exactLines.sorted(by: >) { lines.remove(at: line - 1) }
      let escaped = edit.actual.map { line in
        ["#", ">", "@", "!", "?", "\\"].contains(where: { line.hasPrefix($0) })
          || line.isEmpty ? "\\" + line : line
      }
      lines.insert(contentsOf: escaped, at: edit.turn.line)
    }
    return lines.joined(separator: "\n")
  }
}
