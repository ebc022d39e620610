/// Checks that need every file decoded first: references between intents, characters, and
/// teasers that must give nothing away.
enum IntentValidator {
  /// A follow-up as written: from which intent, to which id, and where.
  typealias FollowUp = (intent: String, target: String, location: SourceLocation)

  /// The problems of a decoded set of files, in no particular order.
  static func problems(
    intents: [Intent], characters: [FilmCharacter], followUps: [FollowUp],
    teaserLocations: [String: SourceLocation]
  ) -> [LoadDiagnostic] {
    var problems: [LoadDiagnostic] = []
    let known = Set(intents.map(\.id))
    for followUp in followUps where !known.contains(followUp.target) {
      problems.append(
        LoadDiagnostic(
          followUp.location, .error, "follow-up leads to unknown intent '\(followUp.target)'",
          hint: "use the id of an intent defined in these files"))
    }
    let names = Set(characters.map(\.name))
    for intent in intents {
      if let character = intent.character, !names.contains(character) {
        problems.append(
          LoadDiagnostic(
            intent.location, .error,
            "intent '\(intent.id)' names unknown character '\(character)'",
            hint: "define it under 'characters:' or fix the name"))
      }
    }
    problems += teaserProblems(intents: intents, locations: teaserLocations)
    return problems
  }

  /// Teasers are shown to whoever declines a spoiler, so they are level-`none` content: no
  /// word of theirs may be one that only answers above `none` use.
  static func teaserProblems(intents: [Intent], locations: [String: SourceLocation])
    -> [LoadDiagnostic]
  {
    var above: Set<Substring> = []
    // The names of the levels are said to everyone, in every prompt ("how it all ends").
    var seen = SpoilerLevel.allCases.reduce(into: Set<Substring>()) {
      $0.formUnion(Suggester.words($1.phrase))
      $0.formUnion(Suggester.words($1.consentPhrase))
    }
    for intent in intents {
      let words = intent.answers.reduce(into: Set<Substring>()) {
        $0.formUnion(Suggester.words($1.source))
      }
      if intent.level > .none {
        above.formUnion(words)
      } else {
        seen.formUnion(words)
        for example in intent.examples { seen.formUnion(Suggester.words(example)) }
      }
    }
    let forbidden = above.subtracting(seen)
    return intents.compactMap { intent in
      guard let teaser = intent.teaser else { return nil }
      let leaked = Suggester.words(teaser).intersection(forbidden).sorted()
      guard !leaked.isEmpty else { return nil }
      return LoadDiagnostic(
        locations[intent.id] ?? intent.location, .error,
        "the teaser of '\(intent.id)' gives away "
          + leaked.map { "'\($0)'" }.joined(separator: ", ")
          + ", which only answers above level none say",
        hint: "a teaser is shown to someone who said no: word it as a spoiler-free answer would")
    }
  }
}
