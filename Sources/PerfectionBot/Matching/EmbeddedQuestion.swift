/// A question asked inside a request ("can you tell me what happens at the competition"),
/// read as the question itself.
///
/// The request asks nothing of its own, but its words stood before the question word, so
/// patterns and forms that read the question from its start ("what is a chapel") missed it.
/// Only a request followed at once by a question word is unwrapped: "can you tell me about
/// anton" stays as typed. A request followed by "if" or "whether" ("do you know if anton
/// dies"), or a request to confirm a statement, asks whether it is true, and is read as "is it
/// true that …".
///
/// A question about what the film or the article tells ("does the movie ever explain why lizzie
/// got sick", "do we find out what happened to anton") is read the same way: it asks what they
/// tell, not whether they tell it, which had been answered "No." with the reason after it.
/// Such a frame before a thing ("does the film explain the bugs") asks to explain the thing.
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
    "wondering", "any idea", "any clue", "do you happen to know",
    "would you know", "can you confirm", "can u confirm", "could you confirm", "please confirm",
    "confirm", "remind me", "can you remind me", "could you remind me", "can u remind me",
    "please remind me", "mind telling me", "would you mind telling me", "care to tell me",
  ].map { Array($0.utf8) }

  /// Who might tell: the film, the article, or "they" and "we" watching it.
  static let tellers: [[UInt8]] = [
    "does the movie", "does the film", "does the article", "does it", "do they", "do we",
    "did the movie", "did the film", "did the article", "did they", "did we",
  ].map { Array($0.utf8) }
  /// Words that may stand between a teller and its verb ("does the movie ever explain").
  static let frameAdverbs: [[UInt8]] = ["ever", "actually", "really", "even"].map {
    Array($0.utf8)
  }
  /// What a teller does with a question: a frame's verb, with whether it may take a thing
  /// rather than a question ("explain the bugs").
  static let telling: [(bytes: [UInt8], takesThing: Bool)] = [
    ("explain", true), ("show", true), ("say", false), ("tell us", false), ("tell you", false),
    ("reveal", true), ("mention", true), ("find out", false), ("learn", false),
    ("get told", false), ("get to know", false), ("know", false), ("go into", true),
    ("talk about", true), ("address", true), ("answer", false),
  ].map { (Array($0.0.utf8), $0.1) }
  /// Frames that are whole on their own, with no teller ("is it ever explained").
  static let passiveFrames: [[UInt8]] = [
    "is it explained", "is it ever explained", "was it explained", "was it ever explained",
  ].map { Array($0.utf8) }
  /// Words a thing opens with after a frame: an article, a possessive, or a name's.
  private static let thingOpeners: [[UInt8]] = (["the"] + SubjectWords.possessives).map {
    Array("\($0) ".utf8)
  }
  /// "explain " before a thing a frame asked about, as bytes.
  private static let explain = Array("explain ".utf8)

  /// Words that open a yes/no question inside a request ("do you know if anton dies").
  static let yesNoOpeners: [[UInt8]] = ["if ", "whether or not ", "whether "].map {
    Array($0.utf8)
  }

  /// Requests that ask whether a statement is true with nothing between ("can you confirm
  /// anton can only hear").
  static let confirmations: [[UInt8]] = [
    "can you confirm", "can u confirm", "could you confirm", "please confirm", "confirm",
  ].map { Array($0.utf8) }

  /// "that " before a confirmed statement, as bytes.
  private static let that = Array("that ".utf8)
  /// " or not" after a yes/no question, as bytes.
  private static let orNot = Array(" or not".utf8)

  /// Question words an unwrapped question must open with.
  static let questionWords: [[UInt8]] = [
    "what ", "why ", "how ", "who ", "where ", "when ", "which ",
  ].map { Array($0.utf8) }

  /// The bytes a request may be followed by before its question: spaces, a comma or a colon.
  private static let separators: Set<UInt8> = Set(" ,:".utf8)

  /// The text from its question word on, when it opens with a request followed by one; the
  /// text as it was otherwise.
  static func unwrapping(_ text: String) -> String {
    let framed = text.utf8.starts(with: "d".utf8) || text.utf8.starts(with: "is it".utf8)
    if framed, let read = unframing(text) { return read }
    guard requests.contains(where: { text.utf8.starts(with: $0) }) else { return text }
    let bytes = Array(text.utf8)
    for request in requests where bytes.starts(with: request) {
      var next = request.count
      guard next < bytes.count, separators.contains(bytes[next]) else { continue }
      while next < bytes.count, separators.contains(bytes[next]) { next += 1 }
      var rest = bytes[next...]
      // "do you know if anton dies" asks whether he does: read as "is it true that …", so
      // the answer opens with its "Yes" or "No".
      let opener = yesNoOpeners.first(where: { rest.starts(with: $0) })
      if opener != nil || confirmations.contains(request) {
        rest = rest.dropFirst(opener?.count ?? 0)
        if opener == nil, rest.starts(with: that) { rest = rest.dropFirst(that.count) }
        while let last = rest.last, "?!. ".utf8.contains(last) { rest = rest.dropLast() }
        if rest.count > orNot.count, rest.suffix(orNot.count).elementsEqual(orNot) {
          rest = rest.dropLast(orNot.count)
        }
        guard rest.split(separator: 0x20).count >= 2,
          !questionWords.contains(where: { rest.starts(with: $0) })
        else { return text }
        return "is it true that " + String(decoding: rest, as: UTF8.self)
      }
      guard questionWords.contains(where: { rest.starts(with: $0) }),
        rest.split(separator: 0x20).count >= 3
      else { return text }
      return String(decoding: rest, as: UTF8.self)
    }
    return text
  }

  /// The question or thing inside a frame about what the film tells, or nil when the text
  /// opens with no frame, or a frame with nothing it can read after it.
  private static func unframing(_ text: String) -> String? {
    let bytes = Array(text.utf8)
    guard let frame = frameEnd(in: bytes) else { return nil }
    var rest = bytes[frame.end...]
    while let last = rest.last, "?!. ".utf8.contains(last) { rest = rest.dropLast() }
    guard rest.split(separator: 0x20).count >= 2 else { return nil }
    if let opener = yesNoOpeners.first(where: { rest.starts(with: $0) }) {
      rest = rest.dropFirst(opener.count)
      guard rest.split(separator: 0x20).count >= 2 else { return nil }
      return "is it true that " + String(decoding: rest, as: UTF8.self)
    }
    if questionWords.contains(where: { rest.starts(with: $0) }) {
      return String(decoding: rest, as: UTF8.self)
    }
    if frame.takesThing, thingOpeners.contains(where: { rest.starts(with: $0) }) {
      return String(decoding: explain + rest, as: UTF8.self)
    }
    return nil
  }

  /// Where a frame that opens `bytes` ends (past its space), with whether its verb may take a
  /// thing; nil when no frame opens them.
  ///
  /// A teller, an optional adverb and a verb are looked up in turn, each the longest that is
  /// followed by a space: "does it explain" is no frame of "does it explained".
  static func frameEnd(in bytes: [UInt8]) -> (end: Int, takesThing: Bool)? {
    if let passive = longestWord(passiveFrames, in: bytes, at: 0) {
      return (passive + 1, false)
    }
    guard var at = longestWord(tellers, in: bytes, at: 0) else { return nil }
    at += 1
    if let adverb = longestWord(frameAdverbs, in: bytes, at: at) { at = adverb + 1 }
    var best: (end: Int, takesThing: Bool)?
    for verb in telling where bytes[at...].starts(with: verb.bytes) {
      let end = at + verb.bytes.count
      guard end < bytes.count, bytes[end] == 0x20, end + 1 > (best?.end ?? 0) else { continue }
      best = (end + 1, verb.takesThing)
    }
    return best
  }

  /// The end of the longest of `words` found at `start` in `bytes` and followed by a space.
  private static func longestWord(_ words: [[UInt8]], in bytes: [UInt8], at start: Int) -> Int? {
    var best: Int?
    for word in words where bytes[start...].starts(with: word) {
      let end = start + word.count
      guard end < bytes.count, bytes[end] == 0x20, end > (best ?? 0) else { continue }
      best = end
    }
    return best
  }
}
