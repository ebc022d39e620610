/// A request's id as a bridge sent it, a string or a number, echoed on its reply.
public enum RequestID: Codable, Sendable, Hashable {
  /// A string id.
  case string(String)
  /// A whole-number id.
  case integer(Int64)
  /// Any other number.
  case number(Double)

  /// Reads a string or a number.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    if let whole = try? container.decode(Int64.self) {
      self = .integer(whole)
    } else if let number = try? container.decode(Double.self) {
      self = .number(number)
    } else if let text = try? container.decode(String.self) {
      self = .string(text)
    } else {
      throw DecodingError.dataCorruptedError(
        in: container, debugDescription: "an id is a string or a number")
    }
  }

  /// Writes the id as it came.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    switch self {
    case .string(let text): try container.encode(text)
    case .integer(let whole): try container.encode(whole)
    case .number(let number): try container.encode(number)
    }
  }

  /// The id as a JSON value, for the fast writer.
  public var json: String {
    switch self {
    case .string(let text): JSONText.string(text)
    case .integer(let whole): String(whole)
    case .number(let number): number.isFinite ? "\(number)" : "null"
    }
  }
}
