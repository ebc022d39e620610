import Yams

/// The keys of one YAML mapping, with their nodes, and where each is.
struct YAMLFields {
  let node: Node
  let file: String
  let pairs: [(key: Node, value: Node)]

  init(node: Node, file: String) {
    self.node = node
    self.file = file
    if case .mapping(let mapping) = node {
      pairs = mapping.map { ($0.key, $0.value) }
    } else {
      pairs = []
    }
  }

  subscript(key: String) -> Node? {
    pairs.first { $0.key.string == key }?.value
  }

  /// Where a node is; `offset` moves into a one-line scalar by that many characters.
  func location(_ node: Node?, offset: Int? = nil) -> SourceLocation {
    var column = node?.mark?.column ?? 1
    if let offset, case .scalar(let scalar)? = node {
      let quoted = scalar.style == .singleQuoted || scalar.style == .doubleQuoted
      column += offset + (quoted ? 1 : 0)
    }
    return SourceLocation(file: file, line: node?.mark?.line ?? 1, column: column)
  }

  func unknownKeys(_ allowed: Set<String>, kind: String) -> [LoadDiagnostic] {
    pairs.compactMap { pair in
      let name = pair.key.string ?? "?"
      guard !allowed.contains(name) else { return nil }
      return LoadDiagnostic(
        location(pair.key), .error, "unknown key '\(name)' in \(kind)",
        hint: "allowed keys: \(allowed.sorted().joined(separator: ", "))")
    }
  }
}
