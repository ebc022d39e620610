/// What a message means for the dialogue itself, apart from the film: consent and follow-ups.
enum DialogueAct: Sendable, Hashable {
  case yes
  case no
  case grant(SpoilerLevel)
  case revoke
  case status
  case followUp(FollowUpKind)
  case whatAbout(String)
}
