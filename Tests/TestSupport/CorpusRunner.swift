import Foundation
import PerfectionBot

/// Runs the viewer-question corpus (`Tests/Corpus/*.tsv`) through the dialogue engine, as a
/// new user would: each question in a new session, "yes" to every consent prompt.
///
/// It keeps its own model of what the user granted (the `grant` column, then each "yes"), so
/// a session whose consent rose wrongly still counts as a leak.
public struct CorpusRunner {
  /// One labeled question.
  public struct Item: Sendable {
    /// The intents that must answer, in order, each part with the intents that answer it
    /// equally well; empty for an honest fallback.
    public let expected: [[String]]
    /// The level the answer needs.
    public let level: SpoilerLevel
    /// The question as typed.
    public let question: String
    /// The consent the question itself states, if any.
    public let grant: SpoilerLevel
    /// How the answer must open ("Yes", "No"), or `""` when it must open with neither; `nil`
    /// when the item does not say.
    public let opening: String?
    /// Where it is, as `FILE:LINE`.
    public let location: String

    /// The same item, its question typed as `question`.
    public func retyped(_ question: String) -> Item {
      Item(
        expected: expected, level: level, question: question, grant: grant, opening: opening,
        location: location)
    }
  }

  /// The question with one slip of the fingers.
  ///
  /// The second and third letters of its longest word (five letters or more, the first of
  /// equals) are swapped, "charlotte" as "cahrlotte"; a question with no such word is left as
  /// it was.
  public static func slip(_ question: String) -> String {
    changingLongestWord(of: question, atLeast: 5) { $0.swapAt(1, 2) }
  }

  /// The question with its longest word of letters only (`atLeast` letters or more, the
  /// first of equals) changed by `change`; the question as it was when it has no such word
  /// or `change` leaves it as it was.
  public static func changingLongestWord(
    of question: String, atLeast shortest: Int, _ change: (inout [Character]) -> Void
  ) -> String {
    var words = question.split(separator: " ", omittingEmptySubsequences: false).map(Array.init)
    var longest: Int?
    for (index, word) in words.enumerated()
    where word.count >= shortest && word.allSatisfy({ $0.isLetter })
      && word.count > (longest.map { words[$0].count } ?? 0)
    {
      longest = index
    }
    guard let index = longest else { return question }
    change(&words[index])
    return words.map { String($0) }.joined(separator: " ")
  }

  /// What one question got.
  public struct Outcome: Sendable {
    /// The question.
    public let item: Item
    /// The intents answered, in order.
    public let answered: [String]
    /// Whether the first reply was the honest fallback.
    public let fellBack: Bool
    /// Answers above what the user had granted.
    public let leaks: Int
    /// Consent prompts at a level above what the question needs.
    public let wrongLevelPrompts: Int
    /// The text of the first answer, after any prompts.
    public let answerText: String

    /// Whether the answer opens as the item says: "Yes", "No", or with neither.
    public var opensRight: Bool {
      guard let opening = item.opening else { return true }
      if opening.isEmpty { return !answerText.hasPrefix("Yes") && !answerText.hasPrefix("No") }
      return answerText.hasPrefix(opening)
    }

    /// Whether the question got the right answer after the right prompts, and nothing else.
    public var isRight: Bool {
      leaks == 0 && wrongLevelPrompts == 0 && answered.count == item.expected.count
        && zip(answered, item.expected).allSatisfy { $1.contains($0) }
        && (!item.expected.isEmpty || fellBack) && opensRight
    }
  }

  /// Reads a corpus file.
  public static func read(_ path: String) throws -> [Item] {
    let text = try String(contentsOfFile: path, encoding: .utf8)
    var items: [Item] = []
    for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false)
      .enumerated()
    where !line.isEmpty && !line.hasPrefix("#") {
      let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
      let location = "\(path):\(number + 1)"
      guard columns.count >= 3, let level = SpoilerLevel(name: String(columns[1])) else {
        throw CorpusError(message: "\(location): expected 'intents<TAB>level<TAB>question'")
      }
      var grant = SpoilerLevel.none
      if columns.count > 3 {
        guard let parsed = SpoilerLevel(name: String(columns[3])) else {
          throw CorpusError(message: "\(location): unknown grant level '\(columns[3])'")
        }
        grant = parsed
      }
      var opening: String?
      if columns.count > 4 {
        switch columns[4] {
        case "yes": opening = "Yes"
        case "no": opening = "No"
        case "neither": opening = ""
        default:
          throw CorpusError(
            message: "\(location): the opening is 'yes', 'no' or 'neither', not '\(columns[4])'")
        }
      }
      let expected =
        columns[0] == "unknown"
        ? []
        : columns[0].split(separator: "+").map { $0.split(separator: "|").map(String.init) }
      items.append(
        Item(
          expected: expected, level: level, question: String(columns[2]), grant: grant,
          opening: opening, location: location))
    }
    return items
  }

  let manager: DialogueManager

  /// A runner over a manager (its sessions are named `corpus-N`).
  public init(manager: DialogueManager) {
    self.manager = manager
  }

  /// Asks one question in a new session and follows every consent prompt with "yes".
  public func run(_ item: Item, number: Int) -> Outcome {
    let session = "corpus-\(number)"
    var granted = item.grant
    var reply = manager.respond(to: item.question, session: session)
    let fellBack = reply.kind == .fallback
    var answered: [String] = []
    var leaks = 0
    var wrong = 0
    var answerText = ""
    for _ in 0..<6 {
      if answerText.isEmpty, !reply.intents.isEmpty { answerText = reply.text }
      for id in reply.intents {
        answered.append(id)
        if let intent = manager.library[id], intent.level > granted { leaks += 1 }
      }
      guard reply.awaitingConsent, let level = reply.level else { break }
      if level > item.level { wrong += 1 }
      granted = max(granted, level)
      reply = manager.respond(to: "yes", session: session)
    }
    return Outcome(
      item: item, answered: answered, fellBack: fellBack, leaks: leaks, wrongLevelPrompts: wrong,
      answerText: answerText)
  }
}

/// A corpus file that cannot be read.
public struct CorpusError: Error, CustomStringConvertible {
  /// What is wrong, with `FILE:LINE`.
  public let message: String
  /// The message.
  public var description: String { message }
}
