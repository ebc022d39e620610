/// A kind of follow-up question that refers back to the last answer, such as "why?".
public enum FollowUpKind: String, Sendable, Hashable, CaseIterable {
  /// "why?", "why did she do that?"
  case why
  /// "how?", "how did she do it?"
  case how
  /// "and then?", "what happened next?"
  case then
  /// "tell me more", "go on"
  case more
}
