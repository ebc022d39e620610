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
              "example \"\(example)\" of '\(intent.id)' matches nothing",
              hint: "add an 'about:' rule or widen a pattern of '\(intent.id)'"))
          continue
        }
        if best.intent.id != intent.id {
          let ownMatch = result.candidates.contains { $0.intent.id == intent.id }
          warnings.append(
            LoadDiagnostic(
              intent.location, .warning,
              "example \"\(example)\" of '\(intent.id)' is shadowed by '\(best.intent.id)' "
                + "(score \(best.score), \(best.intent.location))",
              hint: ownMatch
                ? "give '\(intent.id)' a closer 'about:' rule, or narrow the other intent"
                : "nothing of '\(intent.id)' matches it; add an 'about:' rule"))
        }
      }
    }
    return warnings
  }
}
