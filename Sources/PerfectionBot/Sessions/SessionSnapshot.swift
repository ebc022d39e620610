import Foundation

/// Everything a conversation remembers between turns, by ids, in a form any store can keep.
///
/// It names intents and characters by id, never by their position in the library, so a
/// snapshot saved before the intents changed still loads: parts whose ids no longer exist
/// are dropped, and consent is kept as it was (it never rises on load). `version` says
/// which layout wrote it; a snapshot of an unknown version is not trusted (the session
/// starts over at consent `none`).
public struct SessionSnapshot: Codable, Sendable, Hashable {
  /// The layout this build writes and reads.
  public static let currentVersion = 1

  /// A question held back or queued: the intent that answers it and what it captured.
  public struct Question: Codable, Sendable, Hashable {
    /// The intent's id.
    public var intent: String
    /// What the question's pattern captured, for the answer's slots.
    public var captures: [String: String]
    /// For a yes/no question, whether the answer starts with "Yes." (`true`) or "No.".
    public var yesNo: Bool?

    /// Creates a question.
    public init(intent: String, captures: [String: String] = [:], yesNo: Bool? = nil) {
      self.intent = intent
      self.captures = captures
      self.yesNo = yesNo
    }
  }

  /// The layout version that wrote this snapshot.
  public var version: Int
  /// The highest spoiler level the session agreed to.
  public var consent: SpoilerLevel
  /// The question waiting for a yes or no.
  public var pending: Question?
  /// The other parts of a compound question, still to answer after the pending one.
  public var queue: [Question]
  /// The question the user last declined, for a change of mind on the next turn.
  public var declined: Question?
  /// The intent a fallback offered as "did you mean…?", for a yes on the next turn.
  public var guess: String?
  /// The last intent answered.
  public var lastIntent: String?
  /// The character last called "she".
  public var lastShe: String?
  /// The character last called "he".
  public var lastHe: String?
  /// How many more turns the context stays valid.
  public var contextTurnsLeft: Int
  /// How many turns the session has had.
  public var turn: UInt32
  /// When the session began.
  public var createdAt: Date
  /// When it last changed.
  public var updatedAt: Date

  /// A snapshot of a new session at `consent`, at time `now`.
  public init(consent: SpoilerLevel, now: Date = Date()) {
    self.version = Self.currentVersion
    self.consent = consent
    self.pending = nil
    self.queue = []
    self.declined = nil
    self.guess = nil
    self.lastIntent = nil
    self.lastShe = nil
    self.lastHe = nil
    self.contextTurnsLeft = 0
    self.turn = 0
    self.createdAt = now
    self.updatedAt = now
  }
}
