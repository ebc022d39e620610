import Foundation

/// Every intent and character the bot knows, compiled once and shared by every session.
///
/// Patterns are loaded for PCRE2's interpreter, so that a program answers its first question
/// sooner; `compileJIT()` or `compileJITInBackground()` moves them to the JIT.
public struct IntentLibrary: Sendable {
  /// The intents, in load order (files by name, then order in the file).
  public let intents: [Intent]
  /// The characters questions can refer to.
  public let characters: [FilmCharacter]
  private let indexByID: [String: Int]

  init(intents: [Intent], characters: [FilmCharacter]) {
    self.intents = intents
    self.characters = characters
    var index: [String: Int] = [:]
    for (position, intent) in intents.enumerated() { index[intent.id] = position }
    self.indexByID = index
  }

  /// The intent with the given id.
  public subscript(id: String) -> Intent? {
    indexByID[id].map { intents[$0] }
  }

  /// JIT-compiles every pattern now (matching is several times faster afterwards).
  public func compileJIT() {
    for intent in intents {
      for pattern in intent.patterns { pattern.compileJIT() }
    }
    for character in characters { character.pattern.compileJIT() }
  }

  /// JIT-compiles every pattern on a background thread; replies use each pattern's JIT code
  /// as soon as it is ready, and the interpreter until then.
  public func compileJITInBackground() {
    let library = self
    Thread.detachNewThread { library.compileJIT() }
  }
}
