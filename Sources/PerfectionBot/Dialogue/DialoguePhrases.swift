import PCRE2

/// The phrases that steer the conversation, compiled once.
///
/// They run on normalized text. Consent words are part of the dialogue protocol, not the film's
/// content, so they live here rather than in `Intents/`.
struct DialoguePhrases: Sendable {
  private let yes: Pattern
  private let no: Pattern
  private let grantAll: Pattern
  private let grantLevel: Pattern
  private let revoke: Pattern
  private let status: Pattern
  private let followUps: [(FollowUpKind, Pattern)]
  private let whatAbout: Pattern
  private let pronouns: Pattern
  /// Matches wherever any consent phrase (revoke, grant, status) would: one run instead of
  /// four for the messages that hold none, which is nearly all of them.
  private let consentGate: Pattern
  /// Matches wherever any follow-up phrase would, likewise.
  private let followUpGate: Pattern

  static let shared = DialoguePhrases()

  private init() {
    func compile(_ source: String) -> Pattern {
      do {
        return try Pattern(source)
      } catch {
        preconditionFailure("BUG: built-in dialogue pattern does not compile: \(error): \(source)")
      }
    }
    let end = #"[\s.!?,]*$"#
    yes = compile(
      #"^(?:y|ye|yes|yeah|yea|yep|yup|sure|ok|okay|k|go ahead|go for it|spoil it|spoil me|do it|please|yes please|tell me|fine|alright|of course|absolutely|why not|i do|i want it|show me)"#
        + end)
    no = compile(
      #"^(?:n|no|nope|nah|not yet|not now|no thanks|no thank you|don'?t|skip|skip it|never ?mind|stop|i don'?t|no way|pass|later)"#
        + end)
    grantAll = compile(
      #"\b(?:i(?:'ve| have)? (?:already |just )?(?:seen|watched|finished|saw) (?:it|the (?:film|movie|whole thing)|the perfection)|spoil (?:everything|it all|all of it|away)|(?:all|any) spoilers? (?:are |is )?(?:ok|okay|fine|allowed|good)|i don'?t (?:mind|care about) spoilers|spoilers? (?:are )?(?:ok|okay|fine)$)"#
    )
    grantLevel = compile(
      #"\b(?:spoilers? up to (?:and including )?(?:the )?|(?:i'?m )?ok(?:ay)? with (?:the )?)(?<level>plot|twist|ending)\b|^(?<level2>plot|twist|ending) spoilers? (?:are )?(?:ok|okay|fine|allowed)"#
    )
    revoke = compile(
      #"\b(?:no more spoilers|stop spoil(?:ing|er)|forget (?:that|what) i said(?: yes)?|forget my (?:consent|answer)|take (?:it|that) back|reset (?:my )?spoilers|no spoilers(?: please)?$|i haven'?t (?:seen|watched) it|i have not (?:seen|watched) it|i didn'?t (?:see|watch) it)"#
    )
    status = compile(
      #"\b(?:what|which) spoilers (?:have i|did i|am i)|my spoiler (?:level|setting|consent)|what have i agreed to"#
    )
    followUps = [
      (
        .why,
        compile(#"^(?:and |but |so )?(?:why|how come)(?: though| is that| was that| so)?"# + end)
      ),
      (.how, compile(#"^(?:and |but |so )?how(?: so| did (?:she|he|they) do (?:it|that))?"# + end)),
      (
        .then,
        compile(
          #"^(?:and |so )?(?:then what|and then|then|what happened (?:next|then|after(?: that)?)|what next|after that)"#
            + end)
      ),
      (
        .more,
        compile(
          #"^(?:tell me more|more|go on|continue|keep going|elaborate|anything else|what else|more please|and|say more)"#
            + end)
      ),
    ]
    whatAbout = compile(#"^(?:and |but |ok |okay )?(?:what|how) about (?<who>.+?)"# + end)
    pronouns = compile(#"\b(?:she|her|hers|he|him|his)\b"#)
    // An alternation matches exactly where one of its parts does, so a gate that fails
    // proves every part would fail.
    func gate(_ parts: [Pattern]) -> Pattern {
      compile(parts.map { "(?:\($0.source))" }.joined(separator: "|"))
    }
    consentGate = gate([revoke, grantLevel, grantAll, status])
    followUpGate = gate(followUps.map(\.1) + [whatAbout])
  }

  /// The dialogue act a message expresses, if any; `awaitingConsent` enables yes and no.
  func act(
    _ subject: Subject, awaitingConsent: Bool, hasContext: Bool, scratch: MatchScratch
  ) -> DialogueAct? {
    func test(_ pattern: Pattern) -> Bool { pattern.span(in: subject, using: scratch).isMatch }
    if awaitingConsent {
      if test(yes) { return .yes }
      if test(no) { return .no }
    }
    if test(consentGate) {
      if let act = consentAct(subject, scratch: scratch) { return act }
    }
    guard hasContext, test(followUpGate) else { return nil }
    for (kind, pattern) in followUps where test(pattern) {
      return .followUp(kind)
    }
    if let match = whatAbout.match(subject, using: scratch).match,
      let who = match.group(named: "who")
    {
      return .whatAbout(String(who))
    }
    return nil
  }

  /// Which consent phrase a message holds, in order of precedence.
  private func consentAct(_ subject: Subject, scratch: MatchScratch) -> DialogueAct? {
    func test(_ pattern: Pattern) -> Bool { pattern.span(in: subject, using: scratch).isMatch }
    if test(revoke) { return .revoke }
    if let match = grantLevel.match(subject, using: scratch).match,
      let name = match.group(named: "level") ?? match.group(named: "level2"),
      let level = SpoilerLevel(name: String(name))
    {
      return .grant(level)
    }
    if test(grantAll) { return .grant(.ending) }
    if test(status) { return .status }
    return nil
  }

  /// Whether the text refers to someone by pronoun.
  func hasPronoun(_ subject: Subject, scratch: MatchScratch) -> Bool {
    pronouns.span(in: subject, using: scratch).isMatch
  }

  /// Replaces "she/her/hers" and "he/him/his" with the characters last talked about.
  func resolvePronouns(_ text: String, she: FilmCharacter?, he: FilmCharacter?) -> String {
    text.split(separator: " ", omittingEmptySubsequences: false).map { word in
      let core = word.trimmingSuffix { $0.isPunctuation }
      let character: FilmCharacter? =
        switch core {
        case "she", "her", "hers": she
        case "he", "him", "his": he
        default: nil
        }
      guard let character else { return String(word) }
      let name = core == "his" || core == "hers" ? character.name + "'s" : character.name
      return name + word.dropFirst(core.count)
    }.joined(separator: " ")
  }
}

extension Substring {
  fileprivate func trimmingSuffix(while predicate: (Swift.Character) -> Bool) -> Substring {
    var end = endIndex
    while end > startIndex, predicate(self[index(before: end)]) {
      end = index(before: end)
    }
    return self[startIndex..<end]
  }
}
