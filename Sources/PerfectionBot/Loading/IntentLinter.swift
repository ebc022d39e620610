/// Finds likely mistakes in a library that loads: example questions that go elsewhere.
public enum IntentLinter {
  /// A warning for every example question that does not pick its own intent: either no
  /// pattern matches it, or another intent's pattern wins over it (shadows it).
  public static func warnings(for library: IntentLibrary) -> [LoadDiagnostic] {
    let matcher = IntentMatcher(library: library)
    var warnings: [LoadDiagnostic] = []
    for intent in library.intents {
      for example in intent.examples {
        let result = matcher.match(example)
        guard let best = result.best else {
          warnings.append(
            LoadDiagnostic(
              intent.location, .warning,
              "example \"\(example)\" of '\(intent.id)' matches no pattern",
              hint: "widen a pattern of '\(intent.id)' or fix the example"))
          continue
        }
        if best.intent.id != intent.id {
          let ownMatch = result.candidates.contains { $0.intent.id == intent.id }
          warnings.append(
            LoadDiagnostic(
              intent.location, .warning,
              "example \"\(example)\" of '\(intent.id)' is shadowed by '\(best.intent.id)' "
                + "pattern #\(best.patternIndex + 1) (\(best.intent.location))",
              hint: ownMatch
                ? "raise the priority of '\(intent.id)' or narrow the other pattern"
                : "no pattern of '\(intent.id)' matches it; widen one"))
        }
      }
    }
    return warnings
  }
}
