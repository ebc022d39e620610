import PCRE2
import PerfectionBot

/// Reads the transcript format (documented in the README).
///
/// ```
/// # a comment
/// @session alice
/// @spoilers plot
/// > who plays charlotte?
/// Charlotte Willmore is played by Allison Williams, whom you may know from Get Out.
/// > why did charlotte do it?
/// Careful: .* \(yes / no\) (re)
/// the twist (contains)
/// ! jealous
/// ? intent=twist.why-charlotte-did-it level=twist awaiting=yes
/// ```
public enum TranscriptParser {
  /// Metadata keys a `?` line may use.
  static let metadataKeys: Set<String> = [
    "intent", "intents", "level", "awaiting", "kind", "consent",
  ]

  /// Parses a transcript.
  public static func parse(_ text: String, name: String) throws(TranscriptError) -> Transcript {
    // Lines end at LF, CRLF or a lone CR (old Mac files): a CR-only file is many lines.
    let lines = text.split(
      omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
    ).map(String.init)
    var steps: [Transcript.Step] = []
    var current: (line: Int, input: String, expectations: [Expectation])?
    func fail(_ line: Int, _ message: String) -> TranscriptError {
      TranscriptError(file: name, line: line, message: message)
    }
    func flush() {
      if let turn = current {
        steps.append(
          .turn(Turn(line: turn.line, input: turn.input, expectations: turn.expectations)))
      }
      current = nil
    }
    for (index, raw) in lines.enumerated() {
      let number = index + 1
      let line = raw.trimmingTrailingWhitespace()
      if line.isEmpty || line.hasPrefix("#") { continue }
      if line.hasPrefix(">") {
        flush()
        current = (number, String(line.dropFirst()).trimmingLeadingSpace(), [])
        continue
      }
      if line.hasPrefix("@") {
        flush()
        let words = line.dropFirst().split(separator: " ").map(String.init)
        switch (words.first, words.count) {
        case ("session", 2):
          steps.append(.session(words[1], line: number))
        case ("spoilers", 2):
          guard let level = SpoilerLevel(name: words[1]) else {
            throw fail(
              number, "unknown spoiler level '\(words[1])'; use none, plot, twist or ending")
          }
          steps.append(.spoilers(level, line: number))
        case ("markup", 2):
          guard let markup = SpoilerMarkup(rawValue: words[1]) else {
            throw fail(number, "unknown markup '\(words[1])'; use none, discord, reddit or html")
          }
          steps.append(.markup(markup, line: number))
        case ("reset", 1):
          steps.append(.reset(line: number))
        default:
          throw fail(
            number,
            "unknown directive '\(line)'; use @session NAME, @spoilers LEVEL, @markup KIND or @reset"
          )
        }
        continue
      }
      guard current != nil else {
        throw fail(number, "expected reply before any '> ' user turn; start a turn with '> '")
      }
      current?.expectations += try expectations(line, number: number, fail: fail)
    }
    flush()
    // A transcript that expects nothing passes whatever the bot says: refuse it.
    let turns = steps.compactMap { step -> Turn? in
      if case .turn(let turn) = step { return turn }
      return nil
    }
    if !turns.isEmpty, turns.allSatisfy({ $0.expectations.isEmpty }) {
      throw fail(turns[0].line, "no turn expects anything; write the reply under a '> ' line")
    }
    return Transcript(name: name, lines: lines, steps: steps)
  }

  private static func expectations(
    _ line: String, number: Int, fail: (Int, String) -> TranscriptError
  ) throws(TranscriptError) -> [Expectation] {
    if line.hasPrefix("? ") {
      var result: [Expectation] = []
      for pair in line.dropFirst(2).split(separator: " ") {
        let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
        guard parts.count == 2, metadataKeys.contains(parts[0]) else {
          throw fail(
            number,
            "bad metadata '\(pair)'; use key=value with a key from "
              + metadataKeys.sorted().joined(separator: ", "))
        }
        result.append(.metadata(key: parts[0], value: parts[1], line: number))
      }
      return result
    }
    return [try expectation(line, number: number, fail: fail)]
  }

  private static func expectation(
    _ line: String, number: Int, fail: (Int, String) -> TranscriptError
  ) throws(TranscriptError) -> Expectation {
    if line.hasPrefix("! ") {
      return .excludes(String(line.dropFirst(2)), line: number)
    }
    if line.hasSuffix(" (re)") {
      let source = String(line.dropLast(5))
      let compiled: Pattern
      do {
        compiled = try Pattern("^(?:" + source + ")$", options: [.utf, .ucp])
      } catch {
        throw fail(number, "bad pattern: \(error.message)")
      }
      // A pattern that takes any line checks nothing.
      if ["", "x", "The article doesn't say.", "Ω 42 ?! (yes / no)"].allSatisfy(compiled.matches) {
        throw fail(number, "this pattern matches any reply line; write what the line must say")
      }
      return .pattern(source, compiled: compiled, line: number)
    }
    if line.hasSuffix(" (contains)") {
      return .contains(String(line.dropLast(11)), line: number)
    }
    if line.hasPrefix("\\") {
      // A leading backslash lets an exact line start with '>', '@', '#', '!' or '?'.
      return .exact(String(line.dropFirst()), line: number)
    }
    return .exact(line, line: number)
  }
}

extension String {
  fileprivate func trimmingTrailingWhitespace() -> String {
    var result = self
    while let last = result.last, last == " " || last == "\t" { result.removeLast() }
    return result
  }

  fileprivate func trimmingLeadingSpace() -> String {
    hasPrefix(" ") ? String(dropFirst()) : self
  }
}
