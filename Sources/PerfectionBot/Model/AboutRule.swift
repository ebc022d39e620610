/// One way an intent says what it answers: concepts that must all be in a question, and
/// concepts that must not be.
public struct AboutRule: Sendable, Hashable {
  /// Concepts the question must hold.
  public let required: ConceptSet
  /// Concepts that rule the intent out (`!arm` in the file).
  public let excluded: ConceptSet
  /// The rule as written in the file.
  public let source: String

  /// Whether a question's concepts satisfy the rule.
  public func admits(_ concepts: ConceptSet) -> Bool {
    required.isSubset(of: concepts) && concepts.intersection(excluded).isEmpty
  }
}
