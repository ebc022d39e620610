import Foundation
import PCRE2
import Yams

/// Reads intent files (YAML) into an `IntentLibrary`, validating everything: all or nothing.
///
/// Every problem of a load is collected and reported together, each with its `FILE:LINE:COL`.
public enum IntentLoader {
  /// The keys an intent may have.
  static let intentKeys: Set<String> = [
    "id", "level", "priority", "topic", "character", "patterns", "about", "related", "yes_no",
    "answers", "teaser", "follow_ups", "examples", "suggest",
  ]
  /// The top-level keys of an intent file, and the concept kind of each lexicon section.
  static let sectionKinds: [String: Concept.Kind] = [
    "lexicon": .topic, "hints": .hint, "forms": .form, "phrases": .phrase, "unknowns": .unknown,
  ]
  /// The keys a character may have.
  static let characterKeys: Set<String> = ["name", "display", "pronoun", "pattern"]
  /// Stop collecting after this many errors; the rest are likely consequences.
  static let maximumDiagnostics = 200
  /// The most entries one list (patterns, answers, examples) may hold.
  public static let maximumListItems = 200
  /// The longest a pattern, answer, teaser or example may be, in UTF-8 bytes.
  public static let maximumTextBytes = 4_096
  /// The most intents one load may define.
  public static let maximumIntents = 5_000

  /// Loads intents from the files or folders at `paths`.
  public static func load(paths: [String]) throws(IntentLoadError) -> IntentLibrary {
    try load(sources: IntentSource.read(paths: paths))
  }

  /// Loads intents from sources in memory, in the order given.
  public static func load(sources: [IntentSource]) throws(IntentLoadError) -> IntentLibrary {
    var parser = Collector()
    // Two passes: characters and the lexicon first, so that any file's patterns can use any
    // file's concepts by name.
    let documents = sources.compactMap { parser.compose($0) }
    for document in documents { parser.parseDefinitions(document) }
    for document in documents { parser.parseIntents(document) }
    return try parser.finish()
  }
}

/// Collects intents and characters across files, and every diagnostic found on the way.
private struct Collector {
  var diagnostics: [LoadDiagnostic] = []
  /// One scratch for every check the load runs: making one per pattern cost a JIT stack each.
  let scratch = MatchScratch()
  var intents: [Intent] = []
  var characters: [FilmCharacter] = []
  var firstDefinition: [String: SourceLocation] = [:]
  var pendingFollowUps: [(intent: String, target: String, location: SourceLocation)] = []
  /// Where each intent's teaser is written, for the check that it gives nothing away.
  var teaserLocations: [String: SourceLocation] = [:]
  /// The lexicon so far, characters included, and each concept's number by name.
  var concepts: [Concept] = []
  /// Each concept's prefilter, made once the lexicon is complete (for vocabularies).
  var conceptFilters: [Prefilter] = []
  var conceptIndex: [String: Int] = [:]
  /// The files read, in load order, for sorting diagnostics.
  var files: [String] = []

  mutating func report(
    _ location: SourceLocation, _ message: String, hint: String? = nil
  ) {
    guard diagnostics.count < IntentLoader.maximumDiagnostics else { return }
    diagnostics.append(LoadDiagnostic(location, .error, message, hint: hint))
  }

  /// One file, composed: its name and its top-level mapping.
  typealias Document = (file: String, mapping: [(key: Node, value: Node)])

  mutating func compose(_ source: IntentSource) -> Document? {
    let file = source.name
    files.append(file)
    func at(_ node: Node?) -> SourceLocation {
      SourceLocation(file: file, line: node?.mark?.line ?? 1, column: node?.mark?.column ?? 1)
    }
    if let alias = AliasScan.firstAlias(in: source.text) {
      report(
        SourceLocation(file: file, line: alias.line, column: alias.column),
        "YAML aliases (*name) are not allowed in intent files",
        hint: "write the value out in full; aliases can expand without bound")
      return nil
    }
    let root: Node?
    do {
      // The basic resolver reads every scalar as a string: no tag guessing by regular
      // expression (costly at start-up), and the loader converts what it needs itself.
      root = try Yams.compose(yaml: source.text, .basic)
    } catch let error as YamlError {
      let (location, problem) = Self.describe(error, file: file)
      report(location, "YAML syntax error: \(problem)", hint: "fix the YAML at this place")
      return nil
    } catch {
      report(at(nil), "cannot parse YAML: \(error)", hint: "check that this is a YAML file")
      return nil
    }
    guard let root else {
      report(at(nil), "file is empty", hint: "add an 'intents:' list, or remove the file")
      return nil
    }
    guard case .mapping(let mapping) = root else {
      report(
        at(root), "expected a mapping with an 'intents:' list at the top",
        hint: "start the file with 'intents:'")
      return nil
    }
    for (key, _) in mapping
    where key.string != "intents" && key.string != "characters"
      && IntentLoader.sectionKinds[key.string ?? ""] == nil
    {
      report(
        at(key), "unknown top-level key '\(key.string ?? "?")'",
        hint:
          "the top level takes 'intents', 'characters', 'lexicon', 'hints', 'forms', 'phrases' and 'unknowns'"
      )
    }
    return (file, mapping.map { ($0.key, $0.value) })
  }

  /// The first pass: characters and lexicon sections.
  mutating func parseDefinitions(_ document: Document) {
    let file = document.file
    for (key, value) in document.mapping {
      let name = key.string ?? ""
      if name == "characters" {
        guard case .sequence(let items) = value else {
          report(
            Fields(node: value, file: file).location(value), "'characters' must be a list",
            hint: "write each as '- name: …'")
          continue
        }
        for item in items { parseCharacter(item, file: file) }
      } else if let kind = IntentLoader.sectionKinds[name] {
        parseConcepts(value, kind: kind, section: name, file: file)
      }
    }
  }

  /// The second pass: intents.
  mutating func parseIntents(_ document: Document) {
    let file = document.file
    for (key, value) in document.mapping where key.string == "intents" {
      guard case .sequence(let items) = value else {
        report(
          Fields(node: value, file: file).location(value), "'intents' must be a list",
          hint: "write each intent as '- id: …'")
        continue
      }
      for item in items {
        guard intents.count < IntentLoader.maximumIntents else {
          report(
            Fields(node: item, file: file).location(item),
            "more than \(IntentLoader.maximumIntents) intents",
            hint: "split the content or raise IntentLoader.maximumIntents")
          break
        }
        parseIntent(item, file: file)
      }
    }
  }

  /// A lexicon section: a mapping of concept name to pattern.
  mutating func parseConcepts(_ node: Node, kind: Concept.Kind, section: String, file: String) {
    let fields = Fields(node: node, file: file)
    guard case .mapping(let mapping) = node else {
      report(
        fields.location(node), "'\(section)' must be a mapping of names to patterns",
        hint: "write 'name: pattern' lines")
      return
    }
    for (key, value) in mapping {
      guard let name = key.string, Self.isConceptName(name) else {
        report(
          fields.location(key), "bad concept name '\(key.string ?? "?")'",
          hint: "use lowercase letters, digits and '-', starting with a letter")
        continue
      }
      if conceptIndex[name] != nil {
        report(fields.location(key), "concept '\(name)' is defined twice", hint: "rename one")
        continue
      }
      guard concepts.count < ConceptSet.capacity else {
        report(
          fields.location(key), "more than \(ConceptSet.capacity) concepts",
          hint: "merge concepts; the lexicon holds at most \(ConceptSet.capacity)")
        return
      }
      guard let source = scalarString(value, fields),
        let pattern = compile(source, node: value, fields: fields)
      else { continue }
      conceptIndex[name] = concepts.count
      concepts.append(
        Concept(name: name, kind: kind, pattern: pattern, location: fields.location(key)))
    }
  }

  static func isConceptName(_ name: String) -> Bool {
    guard let first = name.unicodeScalars.first, ("a"..."z").contains(first) else {
      return false
    }
    return name.unicodeScalars.allSatisfy {
      ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-"
    }
  }

  mutating func parseCharacter(_ node: Node, file: String) {
    let fields = Fields(node: node, file: file)
    guard case .mapping = node else {
      report(fields.location(node), "a character must be a mapping", hint: "use '- name: …'")
      return
    }
    for problem in fields.unknownKeys(IntentLoader.characterKeys, kind: "character") {
      report(problem.location, problem.message, hint: problem.hint)
    }
    guard let name = requiredString(fields, "name"),
      let patternNode = fields["pattern"], let patternSource = scalarString(patternNode, fields)
    else {
      if fields["pattern"] == nil {
        report(fields.location(node), "character has no 'pattern'", hint: "add 'pattern: …'")
      }
      return
    }
    let pronoun = fields["pronoun"].flatMap { scalarString($0, fields) } ?? "they"
    if !["she", "he", "they"].contains(pronoun), let node = fields["pronoun"] {
      report(fields.location(node), "unknown pronoun '\(pronoun)'", hint: "use she, he or they")
    }
    guard let pattern = compile(patternSource, node: patternNode, fields: fields) else { return }
    let display = fields["display"].flatMap { scalarString($0, fields) } ?? name.capitalized
    characters.append(
      FilmCharacter(name: name, display: display, pronoun: pronoun, pattern: pattern))
    if conceptIndex[name] == nil, concepts.count < ConceptSet.capacity {
      conceptIndex[name] = concepts.count
      concepts.append(
        Concept(name: name, kind: .topic, pattern: pattern, location: fields.location(node)))
    }
  }

  mutating func parseIntent(_ node: Node, file: String) {
    let fields = Fields(node: node, file: file)
    guard case .mapping = node else {
      report(fields.location(node), "an intent must be a mapping", hint: "use '- id: …'")
      return
    }
    for problem in fields.unknownKeys(IntentLoader.intentKeys, kind: "intent") {
      report(problem.location, problem.message, hint: problem.hint)
    }
    guard let id = requiredString(fields, "id") else { return }
    let here = fields.location(fields["id"])
    if let first = firstDefinition[id] {
      report(
        here, "duplicate intent id '\(id)'", hint: "first defined at \(first); rename one of them")
    } else {
      firstDefinition[id] = here
    }

    var level = SpoilerLevel.none
    if let levelNode = fields["level"], let name = scalarString(levelNode, fields) {
      if let parsed = SpoilerLevel(name: name) {
        level = parsed
      } else {
        report(
          fields.location(levelNode), "unknown spoiler level '\(name)'",
          hint: "use one of none, plot, twist, ending")
      }
    } else if fields["level"] == nil {
      report(
        fields.location(node), "intent '\(id)' has no 'level'",
        hint: "add 'level: none|plot|twist|ending'")
    }

    var priority = 0
    if let priorityNode = fields["priority"], let text = scalarString(priorityNode, fields) {
      if let value = Int(text), (-1000...1000).contains(value) {
        priority = value
      } else {
        report(
          fields.location(priorityNode), "priority '\(text)' is not a whole number",
          hint: "use a whole number from -1000 to 1000")
      }
    }

    var patterns: [Pattern] = []
    let patternNodes = stringList(fields, "patterns", required: fields["about"] == nil)
    for (patternNode, source) in patternNodes {
      if let pattern = compile(source, node: patternNode, fields: fields) {
        patterns.append(pattern)
      }
    }
    var about: [AboutRule] = []
    let aboutNodes = stringList(fields, "about", required: false)
    for (aboutNode, source) in aboutNodes {
      if let rule = aboutRule(source, node: aboutNode, fields: fields) { about.append(rule) }
    }
    var vocabulary = ConceptSet()
    for rule in about { vocabulary = vocabulary.union(rule.required) }
    for (relatedNode, source) in stringList(fields, "related", required: false) {
      if let rule = aboutRule(source, node: relatedNode, fields: fields) {
        vocabulary = vocabulary.union(rule.required)
      }
    }
    var yesNo: [YesNoRule] = []
    if let yesNoNode = fields["yes_no"] {
      if case .mapping(let mapping) = yesNoNode {
        for (key, value) in mapping {
          guard let source = scalarString(key, fields),
            let rule = aboutRule(source, node: key, fields: fields),
            let answer = scalarString(value, fields)
          else { continue }
          switch answer.lowercased() {
          case "yes": yesNo.append(YesNoRule(rule: rule, isYes: true))
          case "no": yesNo.append(YesNoRule(rule: rule, isYes: false))
          default:
            report(
              fields.location(value), "a yes/no answer must be 'yes' or 'no'",
              hint: "write 'concepts: yes' or 'concepts: no'")
          }
        }
      } else {
        report(
          fields.location(yesNoNode), "'yes_no' must be a mapping",
          hint: "write 'die: no' (concepts, then the answer to the yes/no question)")
      }
    }

    var answers: [Template] = []
    for (answerNode, source) in stringList(fields, "answers", required: true) {
      do {
        let template = try Template(source)
        for slot in template.slotNames {
          let missing = patterns.enumerated().filter { $0.element.captureNames[slot] == nil }
          if !missing.isEmpty {
            let which = missing.map { "#\($0.offset + 1)" }.joined(separator: ", ")
            report(
              fields.location(answerNode),
              "template slot '{\(slot)}' is not captured by pattern \(which)",
              hint: "add a named group '(?<\(slot)>…)' to every pattern, or remove the slot")
          }
        }
        answers.append(template)
      } catch {
        report(
          fields.location(answerNode, offset: error.offset),
          "bad answer template: \(error.message)", hint: "write '{{' for a literal brace")
      }
    }

    let teaser = fields["teaser"].flatMap { scalarString($0, fields) }
    if teaser != nil, let node = fields["teaser"] { teaserLocations[id] = fields.location(node) }
    let topic = fields["topic"].flatMap { scalarString($0, fields) }
    let character = fields["character"].flatMap { scalarString($0, fields) }
    let examples = stringList(fields, "examples", required: false).map(\.1)
    // The vocabulary also holds what the answers and examples talk about.
    for text in answers.map(\.source) + examples {
      vocabulary = vocabulary.union(conceptsIn(Normalizer.normalize(text)))
    }
    var suggested = true
    if let node = fields["suggest"], let text = scalarString(node, fields) {
      switch text {
      case "true", "yes": suggested = true
      case "false", "no": suggested = false
      default:
        report(
          fields.location(node), "'suggest' must be true or false",
          hint: "write 'suggest: false' to keep the examples out of suggestions")
      }
    }

    var followUps: [FollowUpKind: String] = [:]
    if let followNode = fields["follow_ups"] {
      if case .mapping(let mapping) = followNode {
        for (key, value) in mapping {
          guard let kindName = key.string, let kind = FollowUpKind(rawValue: kindName) else {
            report(
              fields.location(key), "unknown follow-up '\(key.string ?? "?")'",
              hint: "use why, how, then or more")
            continue
          }
          guard let target = scalarString(value, fields) else { continue }
          followUps[kind] = target
          pendingFollowUps.append((id, target, fields.location(value)))
        }
      } else {
        report(
          fields.location(followNode), "'follow_ups' must be a mapping",
          hint: "write 'why: other.intent.id'")
      }
    }

    guard !patterns.isEmpty || !about.isEmpty, !answers.isEmpty,
      patterns.count == patternNodes.count, about.count == aboutNodes.count
    else { return }
    intents.append(
      Intent(
        id: id, level: level, priority: priority, patterns: patterns, about: about,
        vocabulary: vocabulary.intersection(vocabularyConcepts), yesNo: yesNo, answers: answers,
        teaser: teaser, topic: topic, character: character, followUps: followUps,
        examples: examples, isSuggested: suggested, location: fields.location(node),
        order: intents.count))
  }

  mutating func finish() throws(IntentLoadError) -> IntentLibrary {
    let known = Set(intents.map(\.id))
    for followUp in pendingFollowUps where !known.contains(followUp.target) {
      report(
        followUp.location, "follow-up leads to unknown intent '\(followUp.target)'",
        hint: "use the id of an intent defined in these files")
    }
    let names = Set(characters.map(\.name))
    for intent in intents {
      if let character = intent.character, !names.contains(character) {
        report(
          intent.location, "intent '\(intent.id)' names unknown character '\(character)'",
          hint: "define it under 'characters:' or fix the name")
      }
    }
    checkTeasers()
    if intents.isEmpty && diagnostics.isEmpty {
      report(
        SourceLocation(file: "(intents)", line: 1, column: 1), "no intents were found",
        hint: "point --intents at a folder of .yaml intent files")
    }
    guard diagnostics.isEmpty else {
      // Files in load order, and within a file by position, whatever order checks ran in.
      var fileOrder: [String: Int] = [:]
      for file in files where fileOrder[file] == nil { fileOrder[file] = fileOrder.count }
      for diagnostic in diagnostics where fileOrder[diagnostic.location.file] == nil {
        fileOrder[diagnostic.location.file] = fileOrder.count
      }
      let sorted = diagnostics.enumerated().sorted { lhs, rhs in
        let left = lhs.element.location
        let right = rhs.element.location
        let key = (fileOrder[left.file] ?? 0, left.line, left.column, lhs.offset)
        return key < (fileOrder[right.file] ?? 0, right.line, right.column, rhs.offset)
      }
      throw .invalid(sorted.map(\.element))
    }
    return IntentLibrary(intents: intents, characters: characters, concepts: concepts)
  }

  // MARK: Field helpers

  /// Teasers are shown to whoever declines a spoiler, so they are level-`none` content: no
  /// word of theirs may be one that only answers above `none` use.
  mutating func checkTeasers() {
    var above: Set<Substring> = []
    // The names of the levels are said to everyone, in every prompt ("how it all ends").
    var seen = SpoilerLevel.allCases.reduce(into: Set<Substring>()) {
      $0.formUnion(Suggester.words($1.phrase))
      $0.formUnion(Suggester.words($1.consentPhrase))
    }
    for intent in intents {
      let words = intent.answers.reduce(into: Set<Substring>()) {
        $0.formUnion(Suggester.words($1.source))
      }
      if intent.level > .none {
        above.formUnion(words)
      } else {
        seen.formUnion(words)
        for example in intent.examples { seen.formUnion(Suggester.words(example)) }
      }
    }
    let forbidden = above.subtracting(seen)
    for intent in intents {
      guard let teaser = intent.teaser else { continue }
      let leaked = Suggester.words(teaser).intersection(forbidden).sorted()
      guard !leaked.isEmpty else { continue }
      report(
        teaserLocations[intent.id] ?? intent.location,
        "the teaser of '\(intent.id)' gives away "
          + leaked.map { "'\($0)'" }.joined(separator: ", ")
          + ", which only answers above level none say",
        hint: "a teaser is shown to someone who said no: word it as a spoiler-free answer would")
    }
  }

  mutating func requiredString(_ fields: Fields, _ key: String) -> String? {
    guard let node = fields[key] else {
      report(fields.location(fields.node), "missing '\(key)'", hint: "add '\(key): …'")
      return nil
    }
    guard let value = scalarString(node, fields), !value.isEmpty else {
      if case .scalar = node {
        report(fields.location(node), "'\(key)' is empty", hint: "give '\(key)' a value")
      }
      return nil
    }
    return value
  }

  mutating func scalarString(_ node: Node, _ fields: Fields) -> String? {
    guard case .scalar(let scalar) = node else {
      report(fields.location(node), "expected a string here", hint: "write a single value")
      return nil
    }
    guard scalar.string.utf8.count <= IntentLoader.maximumTextBytes else {
      report(
        fields.location(node), "value is \(scalar.string.utf8.count) bytes long",
        hint: "at most \(IntentLoader.maximumTextBytes) bytes are allowed")
      return nil
    }
    return scalar.string
  }

  mutating func stringList(
    _ fields: Fields, _ key: String, required: Bool
  ) -> [(Node, String)] {
    guard let node = fields[key] else {
      if required {
        report(
          fields.location(fields.node), "missing '\(key)'",
          hint: "add '\(key):' with at least one entry")
      }
      return []
    }
    let items: [Node]
    switch node {
    case .scalar: items = [node]
    case .sequence(let sequence): items = Array(sequence)
    default:
      report(fields.location(node), "'\(key)' must be a list of strings", hint: "use '- …' items")
      return []
    }
    if items.isEmpty && required {
      report(fields.location(node), "'\(key)' is empty", hint: "add at least one entry")
    }
    if items.count > IntentLoader.maximumListItems {
      report(
        fields.location(node), "'\(key)' has \(items.count) entries",
        hint: "at most \(IntentLoader.maximumListItems) are allowed; split the intent")
      return []
    }
    var result: [(Node, String)] = []
    for item in items {
      if let text = scalarString(item, fields) {
        if text.isEmpty && required {
          report(fields.location(item), "empty entry in '\(key)'", hint: "remove it or fill it")
        } else {
          result.append((item, text))
        }
      }
    }
    return result
  }

  /// The concepts (topics and unknowns) whose patterns match a normalized text.
  mutating func conceptsIn(_ text: String) -> ConceptSet {
    if conceptFilters.count != concepts.count {
      conceptFilters = concepts.map { Prefilter(pattern: $0.pattern.source) }
    }
    let subject = Subject(text)
    let keys = QuestionKeys(text)
    var found = ConceptSet()
    for number in concepts.indices
    where !concepts[number].isForm && conceptFilters[number].admits(keys)
      && concepts[number].pattern.span(in: subject, using: scratch).isMatch
    {
      found.insert(number)
    }
    return found
  }

  /// The concepts that count towards a vocabulary: topics and unknowns, not forms.
  var vocabularyConcepts: ConceptSet {
    ConceptSet(concepts.indices.filter { !concepts[$0].isForm })
  }

  /// Reads an `about:` rule: concept names separated by spaces, `!name` to exclude one.
  mutating func aboutRule(_ source: String, node: Node, fields: Fields) -> AboutRule? {
    var required = ConceptSet()
    var excluded = ConceptSet()
    var ok = true
    var offset = 0
    for word in source.split(separator: " ", omittingEmptySubsequences: false) {
      defer { offset += word.count + 1 }
      guard !word.isEmpty else { continue }
      let negated = word.hasPrefix("!")
      let name = String(negated ? word.dropFirst() : word)
      guard let number = conceptIndex[name] else {
        report(
          fields.location(node, offset: offset), "unknown concept '\(name)'",
          hint: "define it under 'lexicon:', 'forms:' or 'unknowns:', or fix the name")
        ok = false
        continue
      }
      if negated { excluded.insert(number) } else { required.insert(number) }
    }
    guard ok else { return nil }
    guard !required.isEmpty else {
      report(
        fields.location(node), "rule names no required concept",
        hint: "name at least one concept, such as 'charlotte mother'")
      return nil
    }
    return AboutRule(required: required, excluded: excluded, source: source)
  }

  /// Expands the `@name` references of a pattern into the named concepts' patterns.
  ///
  /// Each reference becomes a non-capturing group. Returns the expanded source and the offset (in characters) of an unknown name, if any.
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

  /// Start-of-pattern verbs refused in intent files.
  static let engineVerbs = [
    "(*NO_JIT", "(*LIMIT_", "(*NO_START_OPT", "(*NO_AUTO_POSSESS", "(*NO_DOTSTAR_ANCHOR",
    "(*NOTEMPTY", "(*CR)", "(*LF)", "(*CRLF)", "(*ANY)", "(*NUL)", "(*ANYCRLF)", "(*BSR_",
  ]

  mutating func compile(_ rawSource: String, node: Node, fields: Fields) -> Pattern? {
    let (source, unknown) = expand(rawSource)
    if let unknown {
      report(
        fields.location(node, offset: unknown.offset), "unknown concept '@\(unknown.name)'",
        hint: "define it under 'lexicon:' (or as a character) before using it, or write '\\@'")
      return nil
    }
    let expanded = source != rawSource
    // Verbs that make PCRE2's JIT and interpreter behave differently, or change the limits a
    // reply depends on: the answer would depend on which engine ran it.
    for verb in Self.engineVerbs where source.uppercased().contains(verb) {
      report(
        fields.location(node), "pattern option \(verb)…) is not allowed",
        hint: "remove it: every pattern runs under the same engine and limits")
      return nil
    }
    do {
      // The interpreter now, the JIT later (IntentLibrary.compileJIT): start-up stays short.
      let pattern = try Pattern(source, options: .caselessUnicode, jit: .deferred)
      if pattern.span(in: Subject(""), using: scratch).isMatch {
        report(
          fields.location(node), "pattern matches an empty question",
          hint: "require at least one word, so that it cannot match everything")
        return nil
      }
      return pattern
    } catch {
      // In an expanded pattern the offset is in the expansion: point at the pattern instead.
      let offset =
        expanded
        ? nil
        : error.offset.map {
          String(decoding: source.utf8.prefix($0), as: UTF8.self).count
        }
      report(
        fields.location(node, offset: offset), "bad pattern: \(error.message)",
        hint: "fix the regular expression (PCRE2 syntax)")
      return nil
    }
  }

  static func describe(_ error: YamlError, file: String) -> (SourceLocation, String) {
    func location(_ mark: Mark) -> SourceLocation {
      SourceLocation(file: file, line: mark.line, column: mark.column)
    }
    switch error {
    case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
      .composer(_, let problem, let mark, _):
      return (location(mark), problem)
    case .duplicatedKeysInMapping(let duplicates, let context):
      return (
        location(context.mark),
        "duplicate keys \(duplicates.joined(separator: ", ")) in one mapping"
      )
    case .reader(let problem, _, _, _):
      return (SourceLocation(file: file, line: 1, column: 1), problem)
    default:
      return (SourceLocation(file: file, line: 1, column: 1), "\(error)")
    }
  }
}

/// The keys of one YAML mapping, with their nodes, and where each is.
private struct Fields {
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
