/// A question asked inside a request ("can you tell me what happens at the competition"),
/// read as the question itself.
///
/// The request asks nothing of its own, but its words stood before the question word, so
/// patterns and forms that read the question from its start ("what is a chapel") missed it.
/// Only a request followed at once by a question word is unwrapped: "can you tell me about
/// anton" and "do you know if anton dies" stay as typed.
enum EmbeddedQuestion {
  /// Requests that a question can be asked inside, each as it opens the message.
  static let requests: [[UInt8]] = [
    "can you tell me", "could you tell me", "can u tell me", "could u tell me",
    "would you tell me", "will you tell me", "can you please tell me",
    "could you please tell me", "please tell me", "pls tell me", "plz tell me", "tell me",
    "can someone tell me", "can anyone tell me", "someone tell me", "do you know", "do u know",
    "does anyone know", "anyone know", "does anybody know", "i want to know", "i wanna know",
    "i'd like to know", "id like to know", "i would like to know", "i need to know",
    "i was wondering", "i wonder", "i'm wondering", "im wondering", "just wondering",
    "wondering",
  ].map { Array($0.utf8) }

  /// Question words an unwrapped question must open with.
  static let questionWords: [[UInt8]] = [
    "what ", "why ", "how ", "who ", "where ", "when ", "which ",
  ].map { Array($0.utf8) }

  /// The bytes a request may be followed by before its question: spaces, a comma or a colon.
  private static let separators: Set<UInt8> = Set(" ,:".utf8)

  /// The text from its question word on, when it opens with a request followed by one; the
  /// text as it was otherwise.
  static func unwrapping(_ text: String) -> String {
    guard requests.contains(where: { text.utf8.starts(with: $0) }) else { return text }
    let bytes = Array(text.utf8)
    for request in requests where bytes.starts(with: request) {
      var next = request.count
      guard next < bytes.count, separators.contains(bytes[next]) else { continue }
      while next < bytes.count, separators.contains(bytes[next]) { next += 1 }
      let rest = bytes[next...]
      guard questionWords.contains(where: { rest.starts(with: $0) }),
        rest.split(separator: 0x20).count >= 3
      else { return text }
      return String(decoding: rest, as: UTF8.self)
    }
    return text
  }
}
