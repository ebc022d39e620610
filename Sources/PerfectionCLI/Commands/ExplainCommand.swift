import ArgumentParser
import PerfectionBot

/// `perfection explain`: how a question is matched.
struct ExplainCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "explain",
    abstract: "Show which intent a question matches, by which pattern, and the runners-up.",
    discussion: """
      For intent authors. Shows the normalized question, the chosen intent with its level and \
      priority, the pattern that matched and what it captured, then every other intent that \
      matched, in the order the tie rules put them (priority, then match length, then file order). \
      Intent ids and patterns can name what an answer is about: this is a tool for authors, \
      and it asks nobody's consent.

      Examples:
        perfection explain "why did charlotte do it?"
        perfection --intents MyIntents/ explain "who plays lizzie"
      """)

  @OptionGroup var intentOptions: IntentOptions

  @Argument(help: "The question to explain.")
  var question: [String]

  func run() throws {
    let library = try intentOptions.loadLibrary()
    let result = IntentMatcher(library: library).match(question.joined(separator: " "))
    var lines = ["normalized: \(JSONText.string(result.normalized))"]
    if let best = result.best {
      lines.append(contentsOf: describe(best, heading: "intent"))
    } else {
      lines.append("intent: (none) -> the honest fallback")
    }
    for runner in result.runnersUp {
      lines.append(contentsOf: describe(runner, heading: "runner-up"))
    }
    for hit in result.limitHits {
      lines.append("limit reached: \(hit.intent) pattern #\(hit.pattern + 1)")
    }
    OutputSink.standardOutput.line(lines.joined(separator: "\n"))
  }

  private func describe(_ match: IntentMatch, heading: String) -> [String] {
    var lines = [
      "\(heading): \(match.intent.id) (level \(match.intent.level.name), priority \(match.intent.priority), match length \(match.span), \(match.intent.location))",
      "  pattern #\(match.patternIndex + 1): \(match.pattern)",
    ]
    for (name, value) in match.captures.sorted(by: { $0.key < $1.key }) {
      lines.append("  capture \(name): \(JSONText.string(value))")
    }
    return lines
  }
}
