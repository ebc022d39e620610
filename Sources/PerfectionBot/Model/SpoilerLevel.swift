/// How much of the film an answer gives away; levels are ordered and consent to one covers
/// every level below it.
public enum SpoilerLevel: Int, Sendable, Hashable, Comparable, CaseIterable {
  /// Safe for anyone: release, cast, the set-up.
  case none = 0
  /// What happens on screen in the first act: the competition night, the bus trip, the hand.
  case plot = 1
  /// The big reveal: the pills, the motive, what Bachoff did, the tattoos.
  case twist = 2
  /// The final act: the fight, who lost what, Bachoff's fate, the last performance.
  case ending = 3

  /// Parses a level from its name (`none`, `plot`, `twist`, `ending`), ignoring case.
  public init?(name: String) {
    switch name.lowercased() {
    case "none": self = .none
    case "plot": self = .plot
    case "twist": self = .twist
    case "ending": self = .ending
    default: return nil
    }
  }

  /// The level's name as written in intent files and on the command line.
  public var name: String {
    switch self {
    case .none: "none"
    case .plot: "plot"
    case .twist: "twist"
    case .ending: "ending"
    }
  }

  /// A short phrase for prompts: what consenting to this level lets through.
  public var phrase: String {
    switch self {
    case .none: "no spoilers"
    case .plot: "plot spoilers (what happens in the first half)"
    case .twist: "the twist (the big reveal)"
    case .ending: "the ending (how it all ends)"
    }
  }

  /// Whether `lhs` reveals less than `rhs`.
  public static func < (lhs: SpoilerLevel, rhs: SpoilerLevel) -> Bool {
    lhs.rawValue < rhs.rawValue
  }
}

extension SpoilerLevel {
  /// What holding consent at this level means, for confirmations: "spoilers up to the twist".
  public var consentPhrase: String {
    switch self {
    case .none: "no spoilers"
    case .plot: "spoilers up to the plot"
    case .twist: "spoilers up to the twist"
    case .ending: "every spoiler, the ending included"
    }
  }
}

extension SpoilerLevel: Codable {
  /// Reads a level from its name (`"twist"`), as stored snapshots and the wire format write it.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    let name = try container.decode(String.self)
    guard let level = SpoilerLevel(name: name) else {
      throw DecodingError.dataCorruptedError(
        in: container, debugDescription: "unknown spoiler level '\(name)'")
    }
    self = level
  }

  /// Writes the level's name.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(name)
  }
}
