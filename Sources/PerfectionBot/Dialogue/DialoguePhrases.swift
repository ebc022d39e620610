import PCRE2

/// The phrases that steer the conversation, compiled once.
///
/// They run on normalized text. Consent words are part of the dialogue protocol, not the film's
/// content, so they live here rather than in `Intents/`.
struct DialoguePhrases: Sendable {
  private let negation: Pattern
  private let question: Pattern
  /// "hold on", "maybe", "not sure": the message puts off its answer.
  private let hesitation: Pattern
  /// The hesitations that doubt rather than pause: "not sure yet" is no "not yet".
  private let doubt: Pattern
  /// "i don't care", "idc", "why not": assent, which after a consent question is a yes.
  private let assent: Pattern
  private let grantAll: Pattern
  private let grantLevel: Pattern
  private let revoke: Pattern
  /// A question's spoiler-free ending, "… without spoilers please": a statement of its own.
  private let trailingNoSpoilers: Pattern
  /// A question's closing exclusion, "… without the twist", "… but don't tell me the
  /// ending": a refusal of its own.
  private let trailingExclusion: Pattern
  /// "don't tell me how it ends": a request not to be told something, and what it is.
  private let negatedTell: Pattern
  /// "except the ending", "but not the twist": what a grant leaves out.
  private let exclusion: Pattern
  /// "i haven't seen the ending yet": a level the user has not watched, so not to spoil.
  private let unseen: Pattern
  /// A clause that only carves an exception out of the one before ("…, just not the
  /// ending").
  private let exceptionClause: Pattern
  /// "spoil the twist (for me)": a grant that also asks for what it names.
  private let spoilRequest: Pattern
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
    // The words that leave a level out ("except", "without", "skip", "don't tell me"),
    // shared by the three patterns that read them: inside a grant ("spoil it all except the
    // ending"), as a clause of its own ("…, minus the twist") and after a question ("what is
    // it about without the twist"). Written with plain spaces: an extended pattern takes it in
    // a "(?-x:…)" group.
    let leaveOut =
      #"except(?: for)?|excluding|apart from|other than|save for|besides|minus|leav(?:e|ing) out|skip(?:ping)?|without(?: (?:spoiling|revealing|giving away|telling me(?: about)?|ruining))?|nothing (?:about|on|of|from|past|beyond)|(?:don'?t|dont|do not) (?:tell|spoil|reveal|give away|ruin)(?: me| it)?(?: anything about)?"#
    negation = compile(
      #"\b(?:not|no|nope|nah|never|nothing|none|(?:don'?t|dont|do not)(?! (?:mind|care))|doesn'?t|didn'?t|didnt|isn'?t|isnt|aren'?t|arent|won'?t|wont|can'?t|cant|cannot|haven'?t|havent|hasn'?t|rather not|without|stop|hold off|avoid|no one|nobody)\b|\b(?!don't (?:mind|care))\w+n't\b"#
    )
    let doubtWords =
      #"maybe|idk|dunno|perhaps|hmm+|umm?|uh|unsure|possibly|kinda|sorta|eh|meh|depends|i guess|(?:don'?t|dont|do not) know|not sure|no idea"#
    doubt = compile(#"\b(?:"# + doubtWords + #")\b"#)
    hesitation = compile(
      #"\b(?:"# + doubtWords
        + #"|hold on|hang on|one sec(?:ond)?|just a sec(?:ond)?|let me think)\b"#
    )
    assent = compile(
      #"^(?:(?:yeah|yes|ok|okay|sure|honestly|tbh|lol|eh|meh|whatever)\W+)*(?:(?:i|i really|honestly i) )?(?:(?:don'?t|dont|do not) (?:really )?(?:care|mind)|idc|idm|couldn'?t care less|why not|sure why not|no problem|not a problem|no worries|uh huh|mhm+|mm+ ?hm+|fire away|i can (?:handle|take) it|(?:it )?(?:doesn'?t|does not|don'?t) (?:really )?matter|either way|(?:i'?m |im |i am )?(?:never|not|probably not) (?:going|gonna|planning) to (?:watch|see) (?:it|this|the (?:film|movie))|i (?:won'?t|will never|wont) (?:ever )?(?:watch|see) (?:it|this|the (?:film|movie)))(?:[,.!]? (?:at all|really|either way|anymore|anyway|anyways|lol|tbh|go ahead|tell me|spoil it))*[\s.!?,]*$"#
    )
    question = compile(
      #"\?\s*$|^(?:(?:so|and|but|um|hmm|wait|ok|okay|like|also|then|oh|hey|yo|alright|right)\W+)*(?:is|are|am|was|were|has|have|will|would|should|can|could|do(?! it\b)|does|did|what|which|how|when|why|where|who|shall|may|might|whats|wat|wut|whos|hows|howd|whyd|wheres|whered|whens|isnt|arent|wasnt|werent|doesnt)\b|^(?:(?:so|and|but|ok|okay|hey|also|oh)\W+)*(?:"#
        + Self.requestAlternatives
        + #") (?:who|what|why|how|when|where|which|if|whether)\b"#
    )
    // The longest patterns are written in PCRE2's extended form: whitespace is ignored, so a
    // space to match is written "\ ", and "#" starts a comment. The last line is never a
    // comment, since the gates below wrap each pattern in a group.
    grantAll = compile(
      #"""
      (?x) \b(?:
        # "i've seen it", "i just watched the whole movie"
        i(?:'ve|\ have|ve)?\ (?:already\ |just\ |now\ |finally\ |totally\ )?
          (?:seen|watched|finished|saw)\ 
          (?:it|this|the\ (?:whole\ )?(?:film|movie|thing)|the\ perfection|all\ of\ it)
        # A learner's "i finish watch movie", "i already watch it", "i watch it already"
        | i\ (?:already\ |just\ )?finish(?:ed)?\ (?:watch(?:ing|ed)?\ )?(?:it|(?:the\ )?(?:film|movie|perfection))
        | i\ already\ (?:watch|see)\ (?:it|the\ (?:film|movie)) | i\ (?:watch|see)\ (?:it|the\ (?:film|movie))\ (?:already|alr)
        # "seen it already", and without "i": "already watched it"
        | (?:seen|watched|finished)\ (?:it|the\ (?:film|movie))\ (?:already|alr)
        | ^(?:(?:so|ok|okay|yeah|yes|yep|well)\W+)*(?:(?:already|just|finally)\ )?(?:seen|watched|finished|saw)\ 
          (?:it|this|the\ (?:whole\ )?(?:film|movie|thing)|the\ perfection)
        # "i'm all caught up": watched to the end (not "caught up to the bus scene")
        | (?:i'?m|im|i\ am)\ (?:all\ |fully\ |totally\ |finally\ )?caught\ up
          (?!\ (?:to|until|till|through|up\ to|with\ the\ (?:plot|twist|bus|trip))\b)
        # "spoil everything", "spoil the whole movie"
        | spoil\ (?:everything|it\ all|all\ of\ it|away|the\ (?:whole\ )?(?:thing|film|movie))
        # "all spoilers are ok", "spoilers welcome"
        | (?<!mild\ )(?<!small\ )(?<!minor\ )(?<!light\ )(?<!little\ )(?<!slight\ )(?<!tiny\ )
          (?<!some\ )(?<!few\ )(?<!key\ )(?:all\ |any\ )?spoilers?\ (?:are\ |is\ )?(?:ok|okay|fine|allowed|good|welcome)
        # "i don't mind spoilers", "i'm fine with all spoilers"
        | i\ don'?t\ (?:mind|care\ about)\ spoilers
        | (?:i'?m|im|i\ am)\ (?:fine|ok|okay|cool|good|alright)\ with\ (?:all\ |any\ |the\ )?spoilers
        # "you can spoil", "go ahead and spoil", "spoilers please", "i want all the spoilers"
        | you\ can\ spoil | go\ ahead\ and\ spoil | spoilers?\ (?:please|pls)$
        | (?:i\ )?(?:want|need)\ (?:all\ )?(?:the\ )?spoilers
      )
      """#
    )
    grantLevel = compile(
      #"""
      (?x)
      # "spoilers up to the twist", "i'm ok with spoilers for the plot", "spoil the ending"
      \b(?:
        spoilers?\ (?:up\ to|through|till|until)\ (?:and\ including\ )?(?:the\ )?
        | (?:i'?m\ |i\ am\ )?ok(?:ay)?\ with\ (?:spoilers?\ (?:for|about|up\ to)\ )?(?:the\ )?
        | spoil\ (?:only\ |just\ )?(?:the\ )?
      )(?<level>plot|twist|ending)\b
      # "twist spoilers are fine", and "the twist is fine" (never the ending without
      # "spoilers": "the ending is fine" may be an opinion)
      | \b(?<level2>plot|twist|ending)\ spoilers?\ (?:are\ |is\ )?(?:ok|okay|fine|allowed|welcome|good)
      # "spoilers for the plot are fine"
      | \bspoilers?\ (?:for|about|of|on)\ (?:the\ )?(?<level7>plot|twist|ending)\ (?:are\ |is\ )?
        (?:ok|okay|fine|allowed|welcome|good)
      | \b(?:only\ |just\ )?(?:the\ )?(?<level4>plot|twist)\ (?:is\ |was\ )?(?:ok|okay|fine|allowed)\b(?!\ (?:i\ guess|tbh|but\ (?:the|i|it)))
      # "i'm fine with plot spoilers", "cool with twist spoilers"
      | \b(?:fine|ok|okay|cool|good|alright|happy)\ with\ (?:the\ )?
        (?<level3>plot|twist|ending)\ spoilers?
      # "i already know the twist", "i've seen the ending": what is known is no spoiler
      | \bi\ (?:already\ |totally\ )?know\ (?:about\ )?(?:what\ )?the\ (?<level5>plot|twist|ending|end)
        (?:\ already)?(?!\ (?:is|was|will|would|has|comes|coming|happens|of)\b)
      | \bi(?:'ve|\ have|ve)?\ (?:already\ |just\ )?(?:seen|watched|saw)\ the\ (?<level6>twist|ending|end)\b
        (?!\ (?:of\ )?(?:the\ )?(?:trailer|competition|night|trip|scene))
      | \bi\ (?:already\ )?know\ how\ it\ (?<ends>ends|ended)\b
      # "mild spoilers are ok": the set-up's plot and no further
      | \b(?<mild>mild|small|minor|light|little|slight|tiny|some|a\ few|low[-\ ]key)\ spoilers?\ (?:are\ |is\ )?
        (?:ok|okay|fine|allowed|welcome|good)
      """#
    )
    trailingNoSpoilers = compile(
      #"(?<=\w )(?:(?:but |and )?(?:without|with no|no) (?:any )?(?:spoilers?|spoiling(?: anything| it)?|giving (?:anything|it) away)|(?:but |and )?nothing (?:past|beyond|after) (?:the )?(?:set-?up|beginning|start|premise)|(?:but |and )?(?:keep(?:ing)? it|make it) spoiler[- ]?free)(?: (?:please|pls|plz|thanks|thx))?"#
        + end)
    negatedTell = compile(
      #"^(?:(?:please|pls|but|just|and|ok|okay|so|oh)\s+)*(?:don'?t|do not|dont|never)\s+(?:tell|show|reveal|give away|spoil|explain|say)(?:\s+(?:me|us))?(?:\s+(?:anything|something)(?:\s+about)?)?\s+(?<rest>\w[^,.;:!?]*)[.!?\s]*$"#
    )
    trailingExclusion = compile(
      #"(?x) (?<=\w\ )(?:(?:but|just|and)\ )?(?:(?:please|pls)\ )?(?:(?-x:"# + leaveOut
        + #")|but\ not)(?:\ (?:spoiling|revealing|giving\ away|telling\ me|telling\ me\ about|ruining))?"#
        + #"\ (?:(?:(?:the|any)\ )?(?:twist|ending|end|big\ reveal)(?:\ spoilers?)?|(?:twist|ending)\ spoilers?)"#
        + #"(?:\ (?:please|pls|plz|thanks|thx|though|tho))?"# + end)
    revoke = compile(
      #"""
      (?x) \b(?:
        # "no more spoilers", "stop spoiling", "no spoilers please" (the whole message)
        no\ more\ spoilers | stop\ spoil(?:ing|er)
        # "nothing past the set-up", "keep it spoiler free", "without giving anything away"
        | nothing\ (?:past|beyond|after)\ (?:the\ )?(?:set-?up|beginning|start|premise)
        | (?:keep(?:ing)?\ it|make\ it)\ spoiler[-\ ]?free
        | without\ giving\ (?:anything|it)\ away
        | ^(?:(?:ok|okay|so|and|but|please|pls|again)\ )*no\ spoilers(?:\ please|\ pls)?[.!]*$
        # taking a yes back
        | forget\ (?:that|what)\ i\ said(?:\ yes)? | forget\ my\ (?:consent|answer)
        | take\ (?:it|that)\ back | reset\ (?:my\ )?spoilers
        # "i haven't seen it": nothing is safe to spoil
        | i\ haven'?t\ (?:seen|watched)\ it | i\ have\ not\ (?:seen|watched)\ it
        | i\ didn'?t\ (?:see|watch)\ it
        # "i'm about to watch it", "gonna watch it tonight": not seen yet (not "… again")
        | (?<!never\ )(?<!not\ )(?:about|going|planning|gonna|fixing)\ (?:to\ )?(?:watch|see|start)\ (?:it|this|the\ (?:film|movie))\b(?!\ again)
        # and without "i": "havent watched it", "not seen it yet"
        | ^(?:haven'?t|havent|have\ not|not|never|didn'?t|didnt)\ (?:yet\ )?(?:seen|watched|see|watch)\ it\b
      )
      """#
    )
    exclusion = compile(
      #"\b(?:"# + leaveOut
        + #"|but not|just not|not|no|none of) (?:the |for the )?(?<level>plot|twist|ending|end)\b"#
    )
    spoilRequest = compile(
      #"^(?:(?:ok|okay|so|then|just|please|pls|alright|fine|go ahead and)\s+)*spoil\s+(?:the\s+)?(?:twist|ending|end)\b(?:\s+(?:for me|for us|then|please|pls|already|now))*[\s.!]*$"#
    )
    exceptionClause = compile(
      #"^(?:(?:but|just|and|only|though)\s+)*(?:"# + leaveOut
        + #"|not|no)\s+(?:the\s+|any\s+)?(?<excepted>plot|twist|ending|end)\b"#
    )
    unseen = compile(
      #"""
      (?x) \bi(?:'ve|\ have|ve)?\ (?:still\ )?(?:haven'?t|havent|have\ not|didn'?t|didnt|did\ not|
        not)\ (?:yet\ )?(?:seen|watched|finished|reached|got\ to|gotten\ to|get\ to)\ 
        (?:the\ )?(?<unseen>twist|ending|end)\b
      | \bi\ (?:haven'?t|havent|have\ not|didn'?t|didnt|did\ not)\ finish(?:ed)?\ 
        (?:it|the\ (?:film|movie))\b
      """#
    )
    status = compile(
      #"\b(?:what|which) spoilers (?:have i|did i|am i)|my spoiler (?:level|setting|consent)|what have i agreed to"#
    )
    followUps = [
      (
        .why,
        compile(
          #"^(?:and |but |so )?(?:why|how come)(?: though| is that| was that| so| (?:did|would|does|do) (?:she|he|they) (?:do|did) (?:it|that|this|all (?:of )?(?:that|this)))?"#
            + end)
      ),
      (.how, compile(#"^(?:and |but |so )?how(?: so| did (?:she|he|they) do (?:it|that))?"# + end)),
      (
        .then,
        compile(
          #"^(?:and |so )?(?:then what|and then|then|what (?:happened|happens|happen|comes|came) (?:next|then|after(?: that)?)|what next|after that)"#
            + end)
      ),
      (
        .more,
        compile(
          #"^(?:tell me more|more|go on|continue|keep going|elaborate|anything else|what else|more please|and|say more)"#
            + end)
      ),
    ]
    // "what about lizzie?", and the short form "and lizzie?" (one or two words after "and").
    whatAbout = compile(
      #"^(?:(?:and |but |ok |okay )?(?:what|how) about (?<who>.+?)|(?:and|also) (?<who2>[a-z']+(?: [a-z']+)?))"#
        + end)
    pronouns = compile(#"\b(?:she|her|hers|he|him|his)\b"#)
    // An alternation matches exactly where one of its parts does, so a gate that fails
    // proves every part would fail.
    func gate(_ parts: [Pattern]) -> Pattern {
      compile(parts.map { "(?:\($0.source))" }.joined(separator: "|"))
    }
    consentGate = gate([
      revoke, unseen, grantLevel, grantAll, status, exceptionClause, trailingExclusion,
    ])
    followUpGate = gate(followUps.map(\.1) + [whatAbout])
  }

  /// The requests a question can be asked inside (`EmbeddedQuestion.requests`), longest
  /// first, as one pattern alternation: "any idea who lizzie is" is asked as a question.
  private static let requestAlternatives: String = EmbeddedQuestion.requests
    .map { String(decoding: $0, as: UTF8.self) }
    .sorted { $0.count > $1.count }
    .map { request in
      request.map { $0.isLetter || $0 == " " ? String($0) : "\\" + String($0) }.joined()
    }
    .joined(separator: "|")

  /// Words a yes to a consent question may hold; at least one must be a `strongYes` word.
  static let yesWords: Set<Substring> = [
    "y", "ye", "yes", "yeah", "yea", "yep", "yup", "ya", "yah", "yas", "yass", "yess", "sure",
    "ok", "okay", "k", "kk", "alright", "allright", "fine", "absolutely", "definitely",
    "course", "of", "please", "pls", "plz", "go", "ahead", "for", "it", "spoil", "spoiler",
    "spoilers", "tell", "show", "me", "do", "on", "then", "i", "guess", "actually", "well",
    "oh", "and", "just", "now", "the", "answer", "want", "wanna", "to", "know", "hear",
    "lets", "let's", "sounds", "good", "ready", "am", "i'm", "im", "thing", "shoot", "hit",
    "bring", "totally", "cool", "great", "whatever", "yolo", "away", "anyway", "changed", "my",
    "mind", "reveal", "say", "it's", "that's", "thats", "both", "all", "them", "certainly",
    "indeed", "correct", "right", "agreed", "deal", "affirmative", "gimme", "give", "already",
    "seen", "watched", "finished", "movie", "film", "this", "that", "one", "so", "everything",
    "lay", "spill", "tea", "with", "really", "yes!", "at", "least", "wait", "hey", "by",
    "when", "you", "are", "lol", "lmao", "haha", "would", "i'd", "appreciate", "like", "love",
    "means", "be", "nice", "helpful",
  ]
  /// Words that make a message a yes on their own, with nothing negating them.
  static let strongYes: Set<Substring> = [
    "y", "ye", "yes", "yeah", "yea", "yep", "yup", "ya", "yah", "yas", "yass", "yess", "sure",
    "ok", "okay", "k", "kk", "alright", "allright", "fine", "absolutely", "definitely",
    "course", "please", "pls", "plz", "go", "spoil", "tell", "show", "reveal", "certainly",
    "indeed", "agreed", "affirmative", "gimme", "give", "shoot", "yolo", "do", "hit", "bring",
    "lay", "spill", "want", "wanna", "totally", "everything", "ready", "appreciate", "like",
    "love", "means",
  ]
  /// Words that take back a "no" ("actually yes", "ok fine, spoil it", "go on then").
  ///
  /// A bare "ok" after
  /// "No spoilers, then." acknowledges it; it changes nobody's mind.
  static let changeOfMind: Set<Substring> = [
    "yes", "yeah", "yep", "yup", "ya", "yah", "yas", "yass", "yess", "actually", "changed",
    "spoil", "tell", "show", "reveal", "ahead", "gimme", "give", "go",
  ]
  /// Words a no to a consent question may hold; at least one must be a `strongNo` word.
  static let noWords: Set<Substring> = [
    "n", "no", "nope", "nah", "not", "yet", "now", "thanks", "thank", "you", "don't", "dont",
    "skip", "it", "never", "mind", "nevermind", "stop", "i", "way", "pass", "later", "rather",
    "i'd", "id", "please", "pls", "spoilers", "spoiler", "spoil", "another", "time", "ok",
    "okay", "actually", "wait", "hold", "on", "off", "that", "for", "thats", "that's", "fine",
    "good", "im", "i'm", "ill", "i'll", "watch", "first", "the", "movie", "film", "haven't",
    "havent", "seen", "want", "to", "know", "me", "keep", "secret", "hard", "definitely",
    "absolutely", "sorry", "let", "really", "do", "so", "maybe", "better", "quiet",
    "myself", "private", "hidden", "spoiled", "unspoiled", "blind", "in", "still", "watching",
    "leave", "alone", "yet", "finish", "will", "gonna", "going", "a", "prefer", "ruin",
    "ruining", "cannot", "can't", "cant", "handle", "ready", "by", "yourself", "lol", "lmao",
    "haha", "free", "spare", "dare", "would", "only", "halfway", "midway", "partway", "through",
    "find", "out", "discover", "own", "wouldn't", "wouldnt", "but", "caught", "up",
  ]
  /// Words that put the answer off until the film is watched ("maybe later", "i'll watch it
  /// first", "hold on, i'm only halfway through").
  static let putOff: Set<Substring> = ["later", "first", "halfway", "midway", "partway"]
  /// The ways to write "cannot".
  static let cannot: Set<Substring> = ["can't", "cant", "cannot"]
  /// Words that make a message a no on their own.
  static let strongNo: Set<Substring> = [
    "n", "no", "nope", "nah", "not", "don't", "dont", "skip", "never", "nevermind", "stop",
    "pass", "later", "rather", "haven't", "havent", "secret", "hidden", "unspoiled", "blind",
    "off", "watching", "ruin", "ruining", "cannot", "can't", "cant", "yourself", "free",
    "spare", "leave", "wouldn't", "wouldnt", "myself", "own",
  ]
  /// The words of a normalized message, split on anything but letters, digits and `'`.
  static func words(_ text: String) -> [Substring] {
    text.split { !($0.isLetter || $0.isNumber || $0 == "'") }
  }

  /// The gestures that answer a yes/no question by themselves, by their first scalar (a skin
  /// tone may follow it): thumbs up, OK hand, check mark, "OK" button, folded hands (a plea).
  static let yesGestures: [Unicode.Scalar: Substring] = [
    "\u{1F44D}": "yes", "\u{1F44C}": "ok", "\u{2705}": "yes", "\u{2714}": "yes",
    "\u{1F197}": "ok", "\u{1F64F}": "please",
  ]
  /// Thumbs down, cross mark, prohibited, the person gesturing no.
  static let noGestures: [Unicode.Scalar: Substring] = [
    "\u{1F44E}": "no", "\u{274C}": "no", "\u{1F6AB}": "no", "\u{1F645}": "no",
  ]

  /// The words of a reply to a yes/no question, with its gestures read as the word they
  /// stand for ("👍" is "yes").
  static func replyWords(_ text: String) -> [Substring] {
    var words: [Substring] = []
    for piece in text.split(separator: " ") {
      for character in piece {
        guard let first = character.unicodeScalars.first,
          let word = yesGestures[first] ?? noGestures[first]
        else { continue }
        words.append(word)
      }
      words += Self.words(String(piece))
    }
    return words
  }

  /// Whether the message is asked as a question ("are spoilers ok?"), on its own or inside a
  /// request ("any idea who lizzie is").
  func isQuestion(_ subject: Subject, scratch: MatchScratch) -> Bool {
    question.span(in: subject, using: scratch).isMatch
  }

  /// Whether the message negates anything ("don't", "not", "no").
  func isNegated(_ subject: Subject, scratch: MatchScratch) -> Bool {
    negation.span(in: subject, using: scratch).isMatch
  }

  /// How a message answers a pending consent question: yes, no, unsure, or not at all
  /// (`nil`: it is something else, such as a new question).
  func consentAnswer(_ text: String, subject: Subject, scratch: MatchScratch) -> DialogueAct? {
    let words = Self.replyWords(text)
    guard !words.isEmpty else { return nil }
    let negated =
      isNegated(subject, scratch: scratch)
      || text.unicodeScalars.contains { Self.noGestures[$0] != nil }
    let asks = question.span(in: subject, using: scratch).isMatch
    if assent.span(in: subject, using: scratch).isMatch { return .yes }
    let allNo = words.allSatisfy { Self.noWords.contains($0) || Self.yesWords.contains($0) }
    // "maybe later" and "i'll watch it first" put it off: a no, not a doubt. So does "hold
    // on, not yet", a pause and then a no; "not sure yet" and "i don't know yet" stay doubts.
    if allNo, words.contains(where: Self.putOff.contains) { return .no }
    if allNo, words.contains("yet"), !doubt.span(in: subject, using: scratch).isMatch { return .no }
    if words.count <= 6, hesitation.span(in: subject, using: scratch).isMatch { return .unsure }
    let allYes = words.allSatisfy { Self.yesWords.contains($0) }
    let anyStrongYes = words.contains { Self.strongYes.contains($0) }
    let anyStrongNo = words.contains { Self.strongNo.contains($0) }
    if allYes && anyStrongYes && !negated && !asks { return .yes }
    // A consent phrase that is negated is a refusal; asked as a question, it is unclear.
    // Phrases come before bare no-words, so that "i don't mind spoilers" is no refusal.
    if let act = consentPhrase(subject, scratch: scratch) {
      switch act {
      case .grant where negated: return .no
      case .grant where asks: return .unsure
      // "i don't want spoilers up to the twist": a no that also lowers consent.
      case .refuse(let below?): return .refuse(below: below)
      case .refuse: return .no
      default: return act
      }
    }
    // "i can't wait" is eagerness, not a refusal; it is no clear yes either.
    if zip(words, words.dropFirst()).contains(where: {
      Self.cannot.contains($0.0) && $0.1 == "wait"
    }) {
      return .unsure
    }
    if allNo && anyStrongNo { return .no }
    if allYes && anyStrongYes { return .unsure }
    return nil
  }

  /// A yes or no to a prompt that runs on into a question: the reply, how it answers the
  /// prompt, and the question, as in "yes, who is anton", "no who is anton", "yes tell me why".
  ///
  /// The reply must hold a firm word (`firmReplyWords`): "ok, who is anton" opens a new
  /// question rather than agreeing to a spoiler. `nil` unless the rest opens a question.
  func leadingReply(_ text: String, scratch: MatchScratch) -> (
    reply: String, answer: DialogueAct, rest: String
  )? {
    func isFirm(_ word: Substring) -> Bool {
      Self.firmReplyWords.contains(Substring(word.filter(\.isLetter)))
    }
    let words = text.split(separator: " ")
    // Most messages open with no yes or no at all: one pass over five words, no pattern run.
    guard words.count >= 2, words.prefix(5).contains(where: isFirm) else { return nil }
    for count in stride(from: min(5, words.count - 1), through: 1, by: -1) {
      let head = words.prefix(count)
      let rest = Self.droppingLeadFillers(Array(words.dropFirst(count)))
      guard let first = rest.first,
        Clauses.starters.contains(Substring(first.filter(\.isLetter))) || Self.isRequest(rest),
        head.contains(where: isFirm)
      else { continue }
      let reply = head.joined(separator: " ")
      guard let answer = consentAnswer(reply, subject: Subject(reply), scratch: scratch) else {
        continue
      }
      switch answer {
      case .yes, .no, .refuse: return (reply, answer, rest.joined(separator: " "))
      default: continue
      }
    }
    return nil
  }

  /// Words that make the start of a message a reply to a prompt, not a discourse marker.
  private static let firmReplyWords: Set<Substring> = [
    "yes", "yeah", "yea", "yep", "yup", "ya", "yah", "yas", "sure", "absolutely", "definitely",
    "no", "nope", "nah", "not", "never",
  ]

  /// Whether a yes takes back the "no" just said: it holds more than an acknowledgement.
  func isChangeOfMind(_ text: String) -> Bool {
    Self.words(text).contains { Self.changeOfMind.contains($0) }
  }

  /// Whether a message may hold a consent phrase at all: one run of the gate instead of one
  /// per phrase.
  func holdsConsentPhrase(_ subject: Subject, scratch: MatchScratch) -> Bool {
    consentGate.span(in: subject, using: scratch).isMatch
  }

  /// The dialogue act a message expresses apart from answering a pending question, if any.
  ///
  /// It is consent in words at any time, and follow-ups while there is context.
  /// `holdsConsent` is `holdsConsentPhrase` of the message, when the caller has already asked.
  func act(
    _ subject: Subject, hasContext: Bool, holdsConsent: Bool? = nil, scratch: MatchScratch
  ) -> DialogueAct? {
    func test(_ pattern: Pattern) -> Bool { pattern.span(in: subject, using: scratch).isMatch }
    if holdsConsent ?? test(consentGate) {
      if let act = consentPhrase(subject, scratch: scratch) { return act }
    }
    guard hasContext, test(followUpGate) else { return nil }
    for (kind, pattern) in followUps where test(pattern) {
      return .followUp(kind)
    }
    if let match = whatAbout.match(subject, using: scratch).match,
      let who = match.group(named: "who") ?? match.group(named: "who2")
    {
      return .whatAbout(String(who))
    }
    return nil
  }

  /// The name a "what about X" clause asks about ("what about anton," before "what happens
  /// to him"), if the clause is one.
  func whatAboutName(_ clause: String, scratch: MatchScratch) -> String? {
    guard let match = whatAbout.match(Subject(clause), using: scratch).match,
      let who = match.group(named: "who") ?? match.group(named: "who2")
    else { return nil }
    return String(who)
  }

  /// Which consent phrase a message holds, in order of precedence.
  ///
  /// A grant that is negated
  /// ("please don't spoil everything", "i'm not ok with the ending") is a refusal, and one
  /// asked as a question ("are spoilers ok?") grants nothing.
  func consentPhrase(_ subject: Subject, scratch: MatchScratch) -> DialogueAct? {
    func test(_ pattern: Pattern) -> Bool { pattern.span(in: subject, using: scratch).isMatch }
    if test(revoke) { return .revoke }
    // "i haven't seen the ending yet": nothing at or above it, whatever else is said.
    if let match = unseen.match(subject, using: scratch).match {
      return .refuse(below: Self.level(match.group(named: "unseen")) ?? .ending)
    }
    var granted: SpoilerLevel?
    var named = false
    var grantEnd = 0
    if let match = grantLevel.match(subject, using: scratch).match,
      let level = match.group(named: "mild") != nil
        ? .plot
        : match.group(named: "ends") != nil
          ? .ending
          : Self.level(
            match.group(named: "level") ?? match.group(named: "level2")
              ?? match.group(named: "level3") ?? match.group(named: "level4")
              ?? match.group(named: "level5") ?? match.group(named: "level6")
              ?? match.group(named: "level7"))
    {
      granted = level
      named = true
      grantEnd = match.range.upperBound
    } else if case .matched(let range) = grantAll.span(in: subject, using: scratch) {
      granted = .ending
      grantEnd = range.upperBound
    }
    // "you can spoil it? what happened to anton": the grant itself is asked, whatever follows,
    // unless what ends at the "?" is a question of its own ("i've seen it what happened?").
    let askedRightAfter = isAsked(after: grantEnd, in: subject)
    if let granted {
      // "spoil everything except the ending": a grant up to the level below the one left
      // out, unless what comes before the exception is itself negated.
      // The exception must follow the grant ("not the ending, spoil the rest" stays a
      // refusal, and so does "not ending spoilers are fine").
      if let match = exclusion.match(subject, using: scratch).match,
        let excluded = Self.level(match.group(named: "level")),
        case let before = Subject(String(subject.slice(0..<match.range.lowerBound))),
        grantAll.span(in: before, using: scratch).isMatch
          || grantLevel.span(in: before, using: scratch).isMatch,
        !negation.span(in: before, using: scratch).isMatch
      {
        let allowed = min(granted, SpoilerLevel(rawValue: excluded.rawValue - 1) ?? .none)
        if test(question) { return .status }
        return allowed > .none ? .grant(allowed) : .refuse(below: excluded)
      }
      if test(negation) {
        // "don't spoil the ending": nothing at or above the ending; "don't spoil everything"
        // names no level, so nothing changes but the refusal.
        return .refuse(below: named ? granted : nil)
      }
      if test(question) || askedRightAfter { return .status }
      return .grant(granted)
    }
    if test(status) { return .status }
    // "not the twist please": a refusal of that level, said on its own.
    if let match = exceptionClause.match(subject, using: scratch).match,
      let excluded = Self.level(match.group(named: "excepted"))
    {
      return .refuse(below: excluded)
    }
    return nil
  }

  /// Words that may stand between a consent statement and the question after it ("i already
  /// watched it lol were the bugs real").
  private static let leadFillers: Set<Substring> = [
    "lol", "lmao", "haha", "already", "alr", "too", "now", "so", "and", "but", "ok", "okay",
    "anyway", "anyways", "btw", "tho", "though", "then", "yeah", "yes", "yep", "just", "um",
    "well", "fully", "completely", "twice",
  ]

  /// Whether the sentence a consent phrase ends in is asked: its first sentence end after
  /// `offset` is a "?" that closes no question of its own.
  private func isAsked(after offset: Int, in subject: Subject) -> Bool {
    let rest = subject.text.utf8.dropFirst(offset)
    guard let stop = rest.firstIndex(where: { Clauses.splitBytes.contains($0) }),
      rest[stop] == UInt8(ascii: "?")
    else { return false }
    let words = Substring(rest[..<stop]).split(separator: " ")
    return !Self.opensQuestion(Self.droppingLeadFillers(words))
  }

  /// The words after a consent statement without the fillers before its question.
  private static func droppingLeadFillers(_ words: [Substring]) -> ArraySlice<Substring> {
    words.drop { leadFillers.contains(Substring($0.filter(\.isLetter))) }
  }

  /// Whether words open a question of their own: a question word, or asking to know ("i
  /// just want to know…"), and not the predicate that finishes a statement ("… are fine").
  private static func opensQuestion(_ words: ArraySlice<Substring>) -> Bool {
    guard words.count >= 2, let first = words.first else { return false }
    return (Clauses.starters.contains(first) || isRequest(words))
      && !consentPredicates.contains(words[words.startIndex + 1].filter(\.isLetter))
  }

  /// Whether words open by asking to know ("i just want to know who anton is"), or by telling
  /// who asks ("my sister is asking me why charlotte did it", "he wants to know what
  /// happened").
  private static func isRequest(_ words: ArraySlice<Substring>) -> Bool {
    if passesOnAQuestion(words) { return true }
    let asked = words.prefix(6).filter { !["just", "really", "kinda", "still"].contains($0) }
    guard asked.first == "i", asked.count >= 3 else { return false }
    let verb = asked[asked.startIndex + 1]
    let next = asked[asked.startIndex + 2]
    return (["want", "need", "wanna"].contains(verb) && ["to", "know"].contains(next))
      || (verb == "was" && next == "wondering") || (verb == "wonder")
      || (["would", "d", "'d"].contains(verb) && next == "like")
  }

  /// Words that say someone asks, followed by what they ask.
  private static let askingVerbs: Set<Substring> = [
    "asking", "asks", "asked", "wondering", "wonders", "wondered",
  ]
  /// Question words that open what is asked after an asking verb.
  private static let askedWords: Set<Substring> = [
    "why", "what", "who", "how", "where", "when", "which", "whether", "if",
  ]

  /// Whether a clause passes on someone's question ("my sister is asking me why charlotte
  /// did it"): a negation after it ("and i couldn't explain it") negates no consent.
  static func passesOnAQuestion(_ clause: String) -> Bool {
    passesOnAQuestion(ArraySlice(clause.split(separator: " ").map { $0.trimmingPunctuation }))
  }

  /// Whether words pass on someone's question within their first eight.
  ///
  /// An asking verb, or "to know", then (after "me" or "us") a question word: "i know what
  /// happens" asks nothing.
  private static func passesOnAQuestion(_ words: ArraySlice<Substring>) -> Bool {
    let opening = Array(words.prefix(8))
    for index in opening.indices where index + 1 < opening.count {
      let word = opening[index]
      guard
        askingVerbs.contains(word) || (word == "know" && index > 0 && opening[index - 1] == "to")
      else { continue }
      var next = index + 1
      if ["me", "us"].contains(opening[next]), next + 1 < opening.count { next += 1 }
      return askedWords.contains(opening[next])
    }
    return false
  }

  /// Words that finish a consent statement ("… are fine"), so never start a question.
  private static let consentPredicates: Set<String> = [
    "ok", "okay", "fine", "allowed", "good", "welcome", "cool", "alright", "acceptable",
  ]

  /// A clause cut in two where a consent statement ends and a question begins with nothing
  /// between them ("i watched it already what happened to bachoff"); the clause as it is
  /// when it holds no such pair.
  ///
  /// The statement keeps the words that read it (a negation in it still makes it a
  /// refusal), and a statement asked as a question ("can you spoil everything") is not cut.
  func splittingConsentLead(_ subject: Subject, scratch: MatchScratch) -> [String] {
    let clause = subject.text
    guard holdsConsentPhrase(subject, scratch: scratch) else { return [clause] }
    // "quick rundown of the movie without spoilers please": the question, then the wish;
    // "what is it about without the twist": the question, then the refusal.
    for tail in [trailingNoSpoilers, trailingExclusion] {
      if case .matched(let range) = tail.span(in: subject, using: scratch), range.lowerBound > 0 {
        let head = String(subject.slice(0..<range.lowerBound))
          .trimmingCharacters(in: .whitespaces)
        if head.split(separator: " ").count >= 2 {
          return [head, String(subject.slice(range.lowerBound..<clause.utf8.count))]
        }
      }
    }
    var ends: [Int] = []
    for pattern in [revoke, unseen, grantLevel, grantAll] {
      if case .matched(let range) = pattern.span(in: subject, using: scratch) {
        ends.append(range.upperBound)
      }
    }
    for end in ends.sorted() where end < clause.utf8.count {
      let head = String(subject.slice(0..<end))
      let rest = subject.slice(end..<clause.utf8.count).split(separator: " ")
      let question = Self.droppingLeadFillers(rest)
      // "spoilers up to the ending are fine?" is one statement: its predicate is no question.
      guard Self.opensQuestion(question),
        !self.question.span(in: Subject(head), using: scratch).isMatch
      else { continue }
      let statement = ([Substring(head)] + rest.prefix(rest.count - question.count))
        .joined(separator: " ")
      return [statement, question.joined(separator: " ")]
    }
    return [clause]
  }

  /// What a request not to be told names ("how it ends" in "don't tell me how it ends"), to
  /// be read as the question whose answer is refused; `nil` for any other clause.
  func refusedTelling(_ subject: Subject, scratch: MatchScratch) -> String? {
    negatedTell.match(subject, using: scratch).match?.group(named: "rest").map(String.init)
  }

  /// Whether a clause only carves an exception out of a grant before it ("just not the
  /// ending"), and so belongs with it.
  func isException(_ clause: String, scratch: MatchScratch) -> Bool {
    exceptionClause.span(in: Subject(clause), using: scratch).isMatch
  }

  /// Whether a grant also asks for what it names ("spoil the twist for me"): it is answered
  /// once granted.
  func isSpoilRequest(_ subject: Subject, scratch: MatchScratch) -> Bool {
    spoilRequest.span(in: subject, using: scratch).isMatch
  }

  /// The level a phrase names ("end" is the ending).
  private static func level(_ name: Substring?) -> SpoilerLevel? {
    guard let name else { return nil }
    return name == "end" ? .ending : SpoilerLevel(name: String(name))
  }

  /// Whether the text refers to someone by pronoun.
  func hasPronoun(_ subject: Subject, scratch: MatchScratch) -> Bool {
    pronouns.span(in: subject, using: scratch).isMatch
  }

  /// Replaces "she/her/hers" and "he/him/his" with the characters last talked about; with
  /// `keepingHer`, "her" and "hers" are left as typed.
  func resolvePronouns(
    _ text: String, she: FilmCharacter?, he: FilmCharacter?, keepingHer: Bool = false
  ) -> String {
    text.split(separator: " ", omittingEmptySubsequences: false).map { word in
      let core = word.trimmingSuffix { $0.isPunctuation }
      let character: FilmCharacter? =
        switch core {
        case "she": she
        case "her", "hers": keepingHer ? nil : she
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
