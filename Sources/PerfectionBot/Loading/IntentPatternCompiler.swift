import PCRE2

/// Compiles the patterns of intent files: `@name` references expanded, engine options
/// refused, and a pattern that matches an empty question refused.
struct IntentPatternCompiler {
  /// What is wrong with a pattern, and where in its text (in characters), when known.
  struct Problem: Error {
    let offset: Int?
    let message: String
    let hint: String
  }

  /// Start-of-pattern verbs refused in intent files: they make PCRE2's JIT and interpreter
  /// behave differently, or change the limits a reply depends on, so the answer would depend
  /// on which engine ran it.
  static let engineVerbs = [
    "(*NO_JIT", "(*LIMIT_", "(*NO_START_OPT", "(*NO_AUTO_POSSESS", "(*NO_DOTSTAR_ANCHOR",
    "(*NOTEMPTY", "(*CR)", "(*LF)", "(*CRLF)", "(*ANY)", "(*NUL)", "(*ANYCRLF)", "(*BSR_",
  ]

  /// The lexicon so far, which `@name` may name.
  let concepts: [Concept]
  let conceptIndex: [String: Int]
  /// The scratch the empty-question check matches with.
  let scratch: MatchScratch

  /// Compiles a pattern for the interpreter; the JIT comes later
  /// (`IntentLibrary.compileJIT`), so that start-up stays short.
  func compile(_ rawSource: String) -> Result<Pattern, Problem> {
    let (source, unknown) = expand(rawSource)
    if let unknown {
      return .failure(
        Problem(
          offset: unknown.offset, message: "unknown concept '@\(unknown.name)'",
          hint:
            "define it under 'lexicon:' (or as a character) before using it, or write '\\@'"))
    }
    // Every verb starts with "(*": most patterns have none, and skip the case-folded search.
    if ASCII.contains(source, "(*") {
      let folded = source.uppercased()
      for verb in Self.engineVerbs where folded.contains(verb) {
        return .failure(
          Problem(
            offset: nil, message: "pattern option \(verb)…) is not allowed",
            hint: "remove it: every pattern runs under the same engine and limits"))
      }
    }
    do {
      let pattern = try Pattern(source, options: .caselessUnicode, jit: .deferred)
      if pattern.span(in: Subject(""), using: scratch).isMatch {
        return .failure(
          Problem(
            offset: nil, message: "pattern matches an empty question",
            hint: "require at least one word, so that it cannot match everything"))
      }
      return .success(pattern)
    } catch {
      // In an expanded pattern the offset is in the expansion: point at the pattern instead.
      let offset =
        source != rawSource
        ? nil
        : error.offset.map {
          String(decoding: source.utf8.prefix($0), as: UTF8.self).count
        }
      return .failure(
        Problem(
          offset: offset, message: "bad pattern: \(error.message)",
          hint: "fix the regular expression (PCRE2 syntax)"))
    }
  }

  /// Expands the `@name` references of a pattern into the named concepts' patterns.
  ///
  /// Each reference becomes a non-capturing group. Returns the expanded source and the
  /// offset (in characters) of an unknown name, if any.
  func expand(_ source: String) -> (String, unknown: (name: String, offset: Int)?) {
    guard source.contains("@") else { return (source, nil) }
    var result = ""
    let characters = Array(source)
    var index = 0
    while index < characters.count {
      let character = characters[index]
      if character == "\\", index + 1 < characters.count {
        result.append(character)
        result.append(characters[index + 1])
        index += 2
        continue
      }
      if character == "@" {
        var end = index + 1
        while end < characters.count,
          characters[end].isLetter || characters[end].isNumber || characters[end] == "-"
        {
          end += 1
        }
        // A name never ends with '-': "@charlotte-" is the name, then a literal dash.
        while end > index + 1, characters[end - 1] == "-" { end -= 1 }
        let name = String(characters[(index + 1)..<end])
        if !name.isEmpty {
          guard let number = conceptIndex[name] else { return (source, (name, index)) }
          result += "(?:" + concepts[number].pattern.source + ")"
          index = end
          continue
        }
      }
      result.append(character)
      index += 1
    }
    return (result, nil)
  }
}
