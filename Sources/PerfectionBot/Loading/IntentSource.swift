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
      sources.append(IntentSource(name: file, text: try readBounded(file)))
    }
    return sources
  }

  /// Reads at most `maximumBytes` and one more, so that a huge file costs no memory: one
  /// byte past the limit is enough to refuse it.
  private static func readBounded(_ file: String) throws(IntentLoadError) -> String {
    guard let handle = FileHandle(forReadingAtPath: file) else {
      throw .unreadable(path: file, reason: "cannot read this file")
    }
    defer { try? handle.close() }
    var data = Data()
    while data.count <= maximumBytes {
      let chunk: Data?
      do {
        chunk = try handle.read(upToCount: maximumBytes + 1 - data.count)
      } catch {
        throw .unreadable(path: file, reason: "cannot read this file")
      }
      guard let chunk, !chunk.isEmpty else { break }
      data.append(chunk)
    }
    guard data.count <= maximumBytes else {
      throw .unreadable(
        path: file, reason: "file is over 1 MiB; intent files may be at most 1 MiB")
    }
    return String(decoding: data, as: UTF8.self)
  }
}
