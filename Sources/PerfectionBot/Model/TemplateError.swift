/// A template that could not be parsed.
public struct TemplateError: Error, Sendable, Hashable {
  /// Where in the template, in characters from its start.
  public let offset: Int
  /// What is wrong.
  public let message: String
}
