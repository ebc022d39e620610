import Foundation

/// The text of one intent file and the name to use for it in messages.
public struct IntentSource: Sendable, Hashable {
  /// The file's path or name, as messages should show it.
  public let name: String
  /// The file's contents.
  public let text: String

  /// Creates a source from text in memory.
  public init(name: String, text: String) {
    self.name = name
    self.text = text
  }

  /// The largest intent file the loader reads.
  public static let maximumBytes = 1 << 20

  /// Reads every `.yaml`/`.yml` file at the given paths (files or folders), sorted by path.
  ///
  /// - Throws: `IntentLoadError.unreadable` for a path that is missing, unreadable or too big.
  public static func read(paths: [String]) throws(IntentLoadError) -> [IntentSource] {
    var files: [String] = []
    let manager = FileManager.default
    for path in paths {
      var isDirectory: ObjCBool = false
      guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
        throw .unreadable(path: path, reason: "no such file or folder")
      }
      if isDirectory.boolValue {
        guard let names = try? manager.contentsOfDirectory(atPath: path) else {
          throw .unreadable(path: path, reason: "cannot list this folder")
        }
        let base = path.hasSuffix("/") ? path : path + "/"
        files += names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted().map {
          base + $0
        }
      } else {
        files.append(path)
      }
    }
    var sources: [IntentSource] = []
    for file in files {
      guard let data = manager.contents(atPath: file) else {
        throw .unreadable(path: file, reason: "cannot read this file")
      }
      guard data.count <= maximumBytes else {
        throw .unreadable(
          path: file, reason: "file is \(data.count) bytes; intent files may be at most 1 MiB")
      }
      sources.append(IntentSource(name: file, text: String(decoding: data, as: UTF8.self)))
    }
    return sources
  }
}
