/// Every intent and character the bot knows, compiled once and shared by every session.
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

  /// The character with the given canonical name.
  public func character(named name: String) -> FilmCharacter? {
    characters.first { $0.name == name }
  }
}
