import Foundation

/// One line of `serve --format jsonl` input: `{"session":"alice","text":"…"}`.
struct IncomingMessage: Decodable {
  /// Who is talking; `nil` means the serve command's default session.
  let session: String?
  /// What they said.
  let text: String

  private static let decoder = JSONDecoder()

  /// Decodes a line, or says in one sentence what is wrong with it (never echoing the input).
  static func decode(_ bytes: [UInt8]) -> Result<IncomingMessage, LineError> {
    do {
      return .success(try decoder.decode(IncomingMessage.self, from: Data(bytes)))
    } catch let error as DecodingError {
      return .failure(LineError(error))
    } catch {
      return .failure(.notJSON)
    }
  }

  /// What is wrong with a line.
  enum LineError: Error {
    case notJSON
    case notAnObject
    case missingText
    case wrongType(field: String)

    init(_ error: DecodingError) {
      switch error {
      case .typeMismatch(_, let context) where context.codingPath.isEmpty:
        self = .notAnObject
      case .typeMismatch(_, let context), .valueNotFound(_, let context):
        let field = context.codingPath.first?.stringValue ?? "text"
        self = field == "text" && error.isValueNotFound ? .missingText : .wrongType(field: field)
      case .keyNotFound(let key, _) where key.stringValue == "text":
        self = .missingText
      default:
        self = .notJSON
      }
    }

    /// The message for the `{"error":…}` reply.
    var message: String {
      switch self {
      case .notJSON:
        "not valid JSON; send one object per line, like "
          + #"{"session":"alice","text":"who plays charlotte?"}"#
      case .notAnObject: #"expected a JSON object with "text" and "session""#
      case .missingText: #"missing "text" (a string)"#
      case .wrongType(let field): "\"\(field)\" must be a string"
      }
    }
  }
}

extension DecodingError {
  fileprivate var isValueNotFound: Bool {
    if case .valueNotFound = self { return true }
    return false
  }
}
