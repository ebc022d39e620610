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
    /// A form that asks for a particular kind of answer (a place, a time, a person): only an
    /// intent whose matching `about:` rule names it, or one of whose patterns takes in the
    /// question word, answers the question. "Where did Charlotte buy the knife" is about the knife, but no
    /// answer about the knife gives a place, so it gets the honest fallback.
    case asked
    /// A topic too common or ambiguous to mean a different subject ("see", "play", "real"):
    /// it counts for an intent that talks about it, and against none that does not.
    case hint
    /// A form whose words say nothing about the subject ("tell me about", "what went on"):
    /// the words it matches are hidden from every other concept, so "went" in "what went
    /// on" is not a trip and "tell" in "tell me about" is not a speech.
    case phrase
    /// An attribute the source never gives (the director, a runtime, someone's age): a
    /// question that asks for one gets the honest fallback unless an intent claims it.
    case unknown
  }

  /// True for the kinds that say how a question asks rather than what about.
  public var isForm: Bool { kind == .form || kind == .asked || kind == .phrase }

  /// The name patterns and `about:` lists use (`mother`, `q-why`).
  public let name: String
  /// Its role in scoring.
  public let kind: Kind
  /// Recognizes the concept in a normalized question.
  let pattern: Pattern
  /// The source of the pattern that recognizes the concept.
  public var patternSource: String { pattern.source }
  /// Where it is defined.
  public let location: SourceLocation
}
