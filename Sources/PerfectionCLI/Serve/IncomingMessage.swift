import Foundation
import PerfectionBot
import PerfectionProtocol

/// Reads one line of `serve --format jsonl` input into the shared `ChatRequest`.
enum IncomingMessage {
  private static let decoder = JSONDecoder()

  /// Decodes a line, or says in one sentence what is wrong with it (never echoing the input).
  static func decode(_ bytes: [UInt8]) -> Result<ChatRequest, LineError> {
    if let problem = StrictJSON.problem(in: bytes) {
      return .failure(
        LineError(kind: problem == StrictJSON.duplicateKey ? .duplicateKey : .notJSON, id: nil))
    }
    // Most lines are simple: read them without JSONDecoder, which costs more than the reply.
    if let request = ChatRequest.readSimple(bytes) { return .success(request) }
    do {
      return .success(try decoder.decode(ChatRequest.self, from: Data(bytes)))
    } catch let error as DecodingError {
      return .failure(LineError(error, id: recoverID(bytes)))
    } catch {
      return .failure(LineError(kind: .notJSON, id: nil))
    }
  }

  /// The id of a request that failed for another reason, so that its error can echo it.
  private static func recoverID(_ bytes: [UInt8]) -> RequestID? {
    struct OnlyID: Decodable { let id: RequestID? }
    return (try? decoder.decode(OnlyID.self, from: Data(bytes)))?.id
  }

  /// What is wrong with a line, and the request's id when it could be read.
  struct LineError: Error {
    enum Kind {
      case notJSON
      case notAnObject
      case missingText
      case duplicateKey
      case wrongType(field: String)
    }

    let kind: Kind
    let id: RequestID?

    init(kind: Kind, id: RequestID?) {
      self.kind = kind
      self.id = id
    }

    init(_ error: DecodingError, id: RequestID?) {
      self.id = id
      switch error {
      case .typeMismatch(_, let context) where context.codingPath.isEmpty:
        kind = .notAnObject
      case .typeMismatch(_, let context), .valueNotFound(_, let context):
        let field = context.codingPath.first?.stringValue ?? "text"
        kind = field == "text" && error.isValueNotFound ? .missingText : .wrongType(field: field)
      case .dataCorrupted(let context) where !context.codingPath.isEmpty:
        kind = .wrongType(field: context.codingPath.first?.stringValue ?? "text")
      default:
        kind = .notJSON
      }
    }

    /// The message for the `{"error":…}` reply.
    var message: String {
      switch kind {
      case .notJSON:
        "not valid JSON; send one object per line, like "
          + #"{"session":"alice","text":"who plays charlotte?"}"#
      case .notAnObject: #"expected a JSON object with "text" and "session""#
      case .missingText: #"missing "text" (a string)"#
      case .duplicateKey: "a key appears twice; send each field once"
      case .wrongType(let field): Self.expectation(of: field)
      }
    }

    private static func expectation(of field: String) -> String {
      switch field {
      case "id": #""id" must be a string or a number"#
      case "op": #""op" must be one of message, reset, consent, set_consent, ping"#
      case "level", "max_spoiler": "\"\(field)\" must be one of none, plot, twist, ending"
      case "markup":
        #""markup" must be one of "#
          + SpoilerMarkup.allCases.map(\.rawValue).joined(separator: ", ")
      case "max_reply_bytes":
        "\"max_reply_bytes\" must be an integer from \(ReplySplitter.minimumBytes) to "
          + "\(ReplySplitter.maximumBytes)"
      default: "\"\(field)\" must be a string"
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
