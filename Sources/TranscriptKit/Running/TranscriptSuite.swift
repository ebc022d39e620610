import Foundation
import PerfectionBot

/// Finds, runs and summarizes transcript files, for `perfection test` and `swift test`.
public struct TranscriptSuite: Sendable {
  /// The runner used for every file.
  public let runner: TranscriptRunner

  /// Creates a suite over a library.
  public init(library: IntentLibrary) {
    self.runner = TranscriptRunner(library: library)
  }

  /// Every `.t` file at the given paths (files or folders), sorted.
  ///
  /// - Throws: `TranscriptError` for a path that does not exist.
  public static func files(at paths: [String]) throws(TranscriptError) -> [String] {
    var files: [String] = []
    let manager = FileManager.default
    for path in paths {
      var isDirectory: ObjCBool = false
      guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
        throw TranscriptError(file: path, line: 0, message: "no such file or folder")
      }
      if isDirectory.boolValue {
        let names = (try? manager.contentsOfDirectory(atPath: path)) ?? []
        let base = path.hasSuffix("/") ? path : path + "/"
        files += names.filter { $0.hasSuffix(".t") }.sorted().map { base + $0 }
      } else {
        files.append(path)
      }
    }
    return files
  }

  /// Reads and parses one transcript file.
  public static func load(_ path: String) throws(TranscriptError) -> Transcript {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw TranscriptError(file: path, line: 0, message: "cannot read this file")
    }
    return try TranscriptParser.parse(String(decoding: data, as: UTF8.self), name: path)
  }

  /// The intents no result answered, in library order.
  public func uncovered(by results: [TranscriptResult]) -> [String] {
    let answered = results.reduce(into: Set<String>()) { $0.formUnion($1.answeredIntents) }
    return runner.library.intents.map(\.id).filter { !answered.contains($0) }
  }
}
