import Foundation
import PerfectionBot

/// Paths and loaded content shared by the test targets.
public enum Fixtures {
  /// An intent file whose pattern lacks a closing parenthesis (line 5, column 30).
  public static let brokenPatternFile = """
    intents:
      - id: broken
        level: none
        patterns:
          - 'who (plays charlotte'
        answers:
          - "nobody"
    """

  /// The package's root folder: the nearest folder above this file that holds `Intents/`.
  ///
  /// This file is also reached through links from the Fuzz/ and Benchmarks/ packages, whose
  /// own folders sit one level below the root.
  public static let root: String = {
    var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    while url.path != "/" {
      let intents = url.appendingPathComponent("Intents").path
      if FileManager.default.fileExists(atPath: intents) { return url.path }
      url.deleteLastPathComponent()
    }
    fatalError("no Intents/ folder above \(#filePath)")
  }()

  /// The shipped `Intents/` folder.
  public static var intentsPath: String { root + "/Intents" }

  /// The shipped `Transcripts/` folder.
  public static var transcriptsPath: String { root + "/Transcripts" }

  /// The shipped intents, loaded once.
  public static let library: IntentLibrary = {
    do {
      return try IntentLoader.load(paths: [intentsPath])
    } catch {
      fatalError("the shipped intents do not load: \(error)")
    }
  }()

  /// A manager over the shipped intents with a fresh store.
  public static func manager(
    consent: SpoilerLevel = .none, store: any SessionStore = InMemorySessionStore()
  ) -> DialogueManager {
    DialogueManager(
      library: library, store: store, options: DialogueManager.Options(defaultConsent: consent))
  }

  /// Loads intents from YAML text in memory, named `name`.
  public static func load(_ yaml: String, name: String = "test.yaml") throws -> IntentLibrary {
    try IntentLoader.load(sources: [IntentSource(name: name, text: yaml)])
  }

  /// The diagnostics of a load that must fail; empty if it loaded.
  public static func diagnostics(_ yaml: String, name: String = "bad.yaml") -> [LoadDiagnostic] {
    do {
      _ = try load(yaml, name: name)
      return []
    } catch let error as IntentLoadError {
      if case .invalid(let diagnostics) = error { return diagnostics }
      return []
    } catch {
      return []
    }
  }

  /// Runs `body` with a new, empty folder that is removed afterwards.
  public static func withTemporaryFolder<Result>(_ body: (URL) throws -> Result) throws -> Result {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("perfection-test-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    return try body(folder)
  }
}
