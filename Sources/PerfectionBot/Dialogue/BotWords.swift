/// Every sentence the bot says in its own words, rather than from an intent's answers.
///
/// Prompts, refusals, fallbacks, confirmations and the terminal's greeting and help all come
/// from here, so a change of wording (or a translation) touches this one file. The names of
/// the spoiler levels live with `SpoilerLevel` (`phrase`, `consentPhrase`).
public enum BotWords {
  // MARK: - Consent

  /// Asks before an answer above the session's consent.
  static func prompt(_ level: SpoilerLevel, consent: SpoilerLevel) -> String {
    "Careful: the answer to that gives away \(level.phrase). "
      + "So far you've agreed to \(consent.consentPhrase). Do you want the spoiler? (yes / no)"
  }

  /// Asks again after a reply that was neither yes nor no.
  static func unsure(_ level: SpoilerLevel) -> String {
    "Is that a yes? The answer gives away \(level.phrase). (yes / no)"
  }

  /// Asks again after a message the article does not answer, while a prompt waits.
  static func stillWaiting(_ level: SpoilerLevel) -> String {
    "The article doesn't say, as far as I can tell. Your earlier question is still waiting: "
      + "its answer gives away \(level.phrase). Do you want that spoiler? (yes / no)"
  }

  /// The start of the reply to a "no"; the intent's teaser may follow.
  static let declined = "No spoilers, then."

  /// Confirms a grant.
  static func granted(_ consent: SpoilerLevel) -> String {
    "Got it: you've agreed to \(consent.consentPhrase)."
  }

  /// The session's consent, as `/spoilers` and "what have I agreed to?" show it.
  public static func status(_ consent: SpoilerLevel) -> String {
    "You've agreed to \(consent.consentPhrase)."
  }

  /// Confirms a refusal said outside any prompt.
  static func refused(_ consent: SpoilerLevel) -> String {
    "Okay, I won't spoil that. You've agreed to \(consent.consentPhrase)."
  }

  /// Confirms "no more spoilers".
  static let revoked =
    "Okay, no more spoilers. I'll ask before I reveal anything beyond the set-up."

  /// The reply in a channel capped below an answer's level: no answer and no prompt.
  static func notHere(_ level: SpoilerLevel) -> String {
    "I can't share that one here: it gives away \(level.phrase). Ask me in a private chat."
  }

  /// Said when the session store cannot be read or written.
  static let storeDown =
    "I can't check your spoiler consent right now, so I'm keeping to spoiler-free answers. "
    + "Please try again in a moment."

  // MARK: - Questions the article does not answer

  /// The honest "the article doesn't say".
  static let fallback =
    "The article doesn't say, as far as I can tell, and I won't guess: I only know what "
    + "one article about The Perfection (2019) says."

  /// Said before the answers to a message when one of its questions has none.
  static let partUnanswered = "Part of that the article doesn't say, and I won't guess it."

  /// A follow-up ("why?", "tell me more") the last answer has nothing for.
  static let nothingMore = "The article doesn't say more about that, and I won't guess."

  /// Said to a "yes" or "no" when no question is waiting for one.
  static let nothingWaiting = "There's no question waiting for a yes or no right now."

  /// Offers the question the bot thinks was meant.
  static func didYouMean(_ example: String) -> String {
    " Did you mean “\(example)” (yes / no)."
  }

  /// The reply to "no" after a "did you mean…?".
  static let allRight = "All right."

  /// Offers questions to ask, or nothing when there are none.
  static func offer(_ suggestions: [String]) -> String {
    guard !suggestions.isEmpty else { return "" }
    return " You could ask: " + suggestions.map { "“\($0)”" }.joined(separator: ", ") + "."
  }

  // MARK: - Messages that cannot be read

  /// The reply to an empty message.
  static let askSomething = "Ask me something about The Perfection (2019)."

  /// The reply to a message over the length limit.
  static func tooLong(limit: Int) -> String {
    "That message is too long for me (over \(limit) bytes). Please ask a shorter question."
  }

  /// The reply to a session id over the length limit.
  static func sessionIDTooLong(limit: Int) -> String {
    "That session id is too long (over \(limit) bytes)."
  }

  // MARK: - The terminal

  /// The greeting shown on a terminal.
  public static let greeting =
    "Hi! I answer questions about the film The Perfection (2019), from one article about it. "
    + "I'll ask before I spoil anything. Type /help for commands, /quit to leave."

  /// Said after the greeting when the conversation was kept from an earlier run.
  public static func remembered(_ consent: SpoilerLevel) -> String {
    "I remember you from before: you've agreed to \(consent.consentPhrase). /reset forgets it."
  }

  /// The terminal's `/help`, with example questions indented under it.
  public static func help(examples: [String]) -> String {
    let examples = examples.map { "  \($0)" }.joined(separator: "\n")
    return """
      Ask anything about The Perfection (2019) in your own words, for example:
      \(examples)
      Commands:
        /help                             this help
        /spoilers                         show which spoilers you have agreed to
        /spoilers none|plot|twist|ending  set them
        /reset                            forget this conversation and your consent
        /quit                             leave (or Ctrl-D)
      """
  }

  // MARK: - The web page

  /// The greeting at the top of the chat page.
  public static let webGreeting =
    "Hi! I answer questions about the film The Perfection (2019), from one article about it. "
    + "I'll ask before I spoil anything; choose which spoilers you allow at the top."

  /// The label of a hidden answer on the chat page: what it spoils.
  public static func revealLabel(_ level: SpoilerLevel) -> String {
    switch level {
    case .none: "Answer"
    case .plot: "Plot spoiler: show"
    case .twist: "Twist spoiler: show"
    case .ending: "Ending spoiler: show"
    }
  }

  /// What `/spoilers` adds after the status.
  public static let levels = "Levels: none < plot < twist < ending."

  /// `/spoilers` with a level that does not exist.
  public static func unknownLevel(_ word: String) -> String {
    "Unknown level '\(word)'. Use none, plot, twist or ending."
  }

  /// `/reset`, before the status.
  public static let startingOver = "Starting over, nothing remembered."

  /// A `/command` that does not exist.
  public static func unknownCommand(_ word: String) -> String {
    "Unknown command \(word). Type /help for the commands."
  }
}
