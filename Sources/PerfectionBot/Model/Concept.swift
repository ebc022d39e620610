import PCRE2

/// A named idea the lexicon recognizes in a question: a person, a thing, an event, the form
/// of the question, or an attribute the source never gives.
public struct Concept: Sendable {
  /// What role a concept plays in scoring.
  public enum Kind: String, Sendable {
    /// What a question is about (a character, the hand, the pills): questions and answers
    /// are compared by these.
    case topic
    /// How a question asks (who, why, yes/no): it selects among intents, but a form the
    /// answer does not use is no sign of a different subject.
    case form
    /// An attribute the source never gives (the director, a runtime, someone's age): a
    /// question that asks for one gets the honest fallback unless an intent claims it.
    case unknown
  }

  /// The name patterns and `about:` lists use (`mother`, `q-why`).
  public let name: String
  /// Its role in scoring.
  public let kind: Kind
  /// Recognizes the concept in a normalized question.
  public let pattern: Pattern
  /// Where it is defined.
  public let location: SourceLocation
}
