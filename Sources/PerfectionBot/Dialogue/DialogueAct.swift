/// What a message means for the dialogue itself, apart from the film: consent and follow-ups.
enum DialogueAct: Sendable, Hashable {
  /// Yes to the pending question (or to the one just declined: a change of mind).
  case yes
  /// No to the pending question.
  case no
  /// Neither a clear yes nor a clear no while a question is pending: ask again.
  case unsure
  /// Consent in words, up to a level.
  case grant(SpoilerLevel)
  /// A refusal in words ("don't spoil the ending"): consent drops below `below`, if given,
  /// and never rises.
  case refuse(below: SpoilerLevel?)
  /// "No more spoilers".
  case revoke
  /// "What have I agreed to?"
  case status
  case followUp(FollowUpKind)
  case whatAbout(String)
}
