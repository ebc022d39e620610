/// A question held back until the user agrees to its spoiler level.
struct PendingQuestion: Sendable, Hashable {
  /// The intent (index into the library) that would answer it.
  var intent: Int32
  /// What the question captured, for the answer's slots.
  var captures: [String: String]
  /// For a yes/no question, whether the answer starts with "Yes." (`true`) or "No.".
  var yesNo: Bool? = nil
}
