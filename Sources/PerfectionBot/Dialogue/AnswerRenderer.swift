/// The one code path that turns an intent into answer text, and the one that checks consent.
///
/// Nothing else in the engine reads an intent's answers: a reply can only hold answer text
/// that passed the consent check here.
enum AnswerRenderer {
  /// Renders one of the intent's answers, or `nil` when its level is above `consent`.
  static func render(
    _ intent: Intent, captures: [String: String], consent: SpoilerLevel, variant: UInt64
  ) -> String? {
    guard intent.level <= consent, !intent.answers.isEmpty else { return nil }
    let template = intent.answers[Int(variant % UInt64(intent.answers.count))]
    return template.render(captures)
  }
}
