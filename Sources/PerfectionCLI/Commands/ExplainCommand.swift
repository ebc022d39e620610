import ArgumentParser
import PerfectionBot
import PerfectionProtocol

/// `perfection explain`: how a question is matched and scored.
struct ExplainCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "explain",
    abstract: "Show the concepts a question holds, how each intent scored, and why one won.",
    discussion: """
      For intent authors. Shows the normalized question, the lexicon concepts found in it, \
      the chosen intent with its level and score, what earned the score (the pattern that \
      matched, the 'about:' rule, the question's topics the intent covers and those it does \
      not), then every other intent that scored, best first, and those below the threshold. \
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
    var lines = [
      "normalized: \(JSONText.string(result.normalized))",
      "concepts: \(names(result.concepts, library))",
    ]
    if let best = result.best {
      lines.append(contentsOf: describe(best, heading: "intent", library))
    } else {
      lines.append(
        "intent: (none) -> the honest fallback (no intent reached \(IntentMatcher.threshold))")
    }
    for runner in result.runnersUp {
      lines.append(contentsOf: describe(runner, heading: "runner-up", library))
    }
    for rejected in result.rejected {
      lines.append(contentsOf: describe(rejected, heading: "below threshold", library))
    }
    if let word = result.unreadWord {
      lines.append("yes/no: no \"Yes\" or \"No\": nothing reads \"\(word)\"")
    }
    for hit in result.limitHits {
      lines.append("limit reached: \(hit.intent) pattern #\(hit.pattern + 1)")
    }
    try OutputSink.standardOutput.emit(lines.joined(separator: "\n"))
  }

  private func names(_ set: ConceptSet, _ library: IntentLibrary) -> String {
    let names = set.members.map { library.concepts[$0].name }
    return names.isEmpty ? "(none)" : names.joined(separator: " ")
  }

  private func describe(_ match: IntentMatch, heading: String, _ library: IntentLibrary)
    -> [String]
  {
    var lines = [
      "\(heading): \(match.intent.id) score \(match.score) (level \(match.intent.level.name), priority \(match.intent.priority), \(match.intent.location))"
    ]
    if let index = match.patternIndex, let pattern = match.pattern {
      lines.append(
        "  pattern #\(index + 1) (+\(IntentMatcher.patternScore), match length \(match.span)): \(pattern)"
      )
    }
    if let rule = match.rule {
      let topics = rule.required.subtracting(library.forms).count
      let points =
        IntentMatcher.conceptScore * topics
        + IntentMatcher.formScore * (rule.required.count - topics)
      lines.append("  about \"\(rule.source)\" (+\(points))")
    }
    if match.quotes {
      lines.append("  its answer holds the words quoted (+\(IntentMatcher.quoteScore))")
    }
    lines.append(
      "  covers: \(names(match.covered, library)); misses: \(names(match.uncovered, library))")
    for (name, value) in match.captures.sorted(by: { $0.key < $1.key }) {
      lines.append("  capture \(name): \(JSONText.string(value))")
    }
    return lines
  }
}
