import Foundation
import PCRE2
import Yams

/// Reads intent files' YAML into intents, characters and the lexicon, collecting every
/// diagnostic found on the way; the checks across files are `IntentValidator`'s.
struct IntentDecoder {
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
  /// Each concept's prefilter, made once the lexicon is complete (for vocabularies), and all
  /// of them as one set.
  var conceptFilters: [Prefilter] = []
  private var conceptFilterSet = PrefilterSet([])
  var conceptIndex: [String: Int] = [:]
  /// What an earlier load of the same sources derived, when the loader has it.
  var precomputed: IntentLoadCache?
  /// The concepts each intent's answers and examples hold, by intent, as read.
  var textVocabularies: [ConceptSet] = []
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
          "the top level takes 'intents', 'characters', 'lexicon', 'hints', 'forms', 'asks', 'phrases' and 'unknowns'"
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
            YAMLFields(node: value, file: file).location(value), "'characters' must be a list",
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
          YAMLFields(node: value, file: file).location(value), "'intents' must be a list",
          hint: "write each intent as '- id: …'")
        continue
      }
      for item in items {
        guard intents.count < IntentLoader.maximumIntents else {
          report(
            YAMLFields(node: item, file: file).location(item),
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
    let fields = YAMLFields(node: node, file: file)
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

  /// The fields of one list entry that must be a mapping with only `keys`; `nil` (and a
  /// report) when it is no mapping.
  mutating func entry(_ node: Node, file: String, kind: String, keys: Set<String>, first: String)
    -> YAMLFields?
  {
    let fields = YAMLFields(node: node, file: file)
    guard case .mapping = node else {
      report(
        fields.location(node), "a\(kind == "intent" ? "n" : "") \(kind) must be a mapping",
        hint: "use '- \(first): …'")
      return nil
    }
    for problem in fields.unknownKeys(keys, kind: kind) {
      report(problem.location, problem.message, hint: problem.hint)
    }
    return fields
  }

  mutating func parseCharacter(_ node: Node, file: String) {
    guard
      let fields = entry(
        node, file: file, kind: "character", keys: IntentLoader.characterKeys, first: "name")
    else { return }
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
    let playedBy = stringList(fields, "played_by", required: false).map {
      Normalizer.normalize($0.1)
    }
    characters.append(
      FilmCharacter(
        name: name, display: display, pronoun: pronoun, playedBy: playedBy, pattern: pattern))
    if conceptIndex[name] == nil, concepts.count < ConceptSet.capacity {
      conceptIndex[name] = concepts.count
      concepts.append(
        Concept(name: name, kind: .topic, pattern: pattern, location: fields.location(node)))
    }
  }

  mutating func parseIntent(_ node: Node, file: String) {
    guard
      let fields = entry(
        node, file: file, kind: "intent", keys: IntentLoader.intentKeys, first: "id")
    else { return }
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
    let sheMeans = fields["she_means"].flatMap { scalarString($0, fields) }.map {
      Normalizer.normalize($0)
    }
    let examples = stringList(fields, "examples", required: false).map(\.1)
    // The vocabulary also holds what the answers and examples talk about: read in one pass,
    // one text a line (no concept reads across a line break: '.' stops at one, and '^' and
    // '$' only match at the ends).
    let textVocabulary: ConceptSet
    if let cached = precomputed?.textVocabularies, textVocabularies.count < cached.count {
      textVocabulary = ConceptSet(cached[textVocabularies.count])
    } else {
      let texts = (answers.map(\.source) + examples).map { Normalizer.normalize($0) }
      textVocabulary = conceptsIn(texts.joined(separator: "\n"))
    }
    textVocabularies.append(textVocabulary)
    vocabulary = vocabulary.union(textVocabulary)
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
        teaser: teaser, topic: topic, character: character, sheMeans: sheMeans,
        followUps: followUps,
        examples: examples, isSuggested: suggested, location: fields.location(node),
        order: intents.count))
  }

  // MARK: Field helpers

  mutating func requiredString(_ fields: YAMLFields, _ key: String) -> String? {
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

  mutating func scalarString(_ node: Node, _ fields: YAMLFields) -> String? {
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
    _ fields: YAMLFields, _ key: String, required: Bool
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

  /// Makes `conceptFilters` for the lexicon as it now stands, from `precomputed` when it has
  /// them for as many concepts, once.
  mutating func prepareConceptFilters() {
    guard conceptFilters.count != concepts.count else { return }
    if let cached = precomputed?.conceptFilters, cached.count == concepts.count {
      conceptFilters = cached.map { Prefilter(branchSlots: $0) }
    } else {
      conceptFilters = concepts.map { Prefilter(pattern: $0.pattern.source) }
    }
    conceptFilterSet = PrefilterSet(conceptFilters)
  }

  /// The concepts (topics and unknowns) whose patterns match a normalized text.
  mutating func conceptsIn(_ text: String) -> ConceptSet {
    prepareConceptFilters()
    let subject = Subject(text)
    let admitted = conceptFilterSet.admitted(QuestionKeys(text))
    var found = ConceptSet()
    for number in concepts.indices
    where !concepts[number].isForm && admitted[number]
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
  mutating func aboutRule(_ source: String, node: Node, fields: YAMLFields) -> AboutRule? {
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
          hint: "define it under 'lexicon:', 'forms:', 'asks:' or 'unknowns:', or fix the name")
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

  /// Compiles a pattern of this load, reporting what is wrong with it at its place.
  mutating func compile(_ source: String, node: Node, fields: YAMLFields) -> Pattern? {
    let compiler = IntentPatternCompiler(
      concepts: concepts, conceptIndex: conceptIndex, scratch: scratch)
    switch compiler.compile(source) {
    case .success(let pattern): return pattern
    case .failure(let problem):
      report(
        fields.location(node, offset: problem.offset), problem.message, hint: problem.hint)
      return nil
    }
  }

  /// The diagnostics sorted: files in load order, and within a file by position, whatever
  /// order the checks ran in.
  func sorted(_ diagnostics: [LoadDiagnostic]) -> [LoadDiagnostic] {
    var fileOrder: [String: Int] = [:]
    for file in files where fileOrder[file] == nil { fileOrder[file] = fileOrder.count }
    for diagnostic in diagnostics where fileOrder[diagnostic.location.file] == nil {
      fileOrder[diagnostic.location.file] = fileOrder.count
    }
    return diagnostics.enumerated().sorted { lhs, rhs in
      let left = lhs.element.location
      let right = rhs.element.location
      let key = (fileOrder[left.file] ?? 0, left.line, left.column, lhs.offset)
      return key < (fileOrder[right.file] ?? 0, right.line, right.column, rhs.offset)
    }.map(\.element)
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
