import CPCRE2
import Synchronization

/// A compiled PCRE2 pattern: owns its `pcre2_code` and frees it when released.
///
/// A compiled pattern is immutable, so one `Pattern` may be matched from many threads at once;
/// each thread brings its own `MatchScratch` (or uses `match(_:limits:)`, which makes one).
public final class Pattern: @unchecked Sendable {
  // @unchecked: `code` is written once in init, and PCRE2 documents compiled (and
  // JIT-compiled) code as safe to share between threads for matching. The JIT-compiled code
  // is published once, through an atomic, fully built before anyone can see it.
  let code: OpaquePointer
  /// The JIT-compiled code (`code` itself, or a JIT-compiled copy of it), as pointer bits;
  /// 0 until there is one.
  private let jitted = Atomic<UInt>(0)

  /// The source text of the pattern.
  public let source: String
  /// The options it was compiled with.
  public let options: CompileOptions
  /// Whether the pattern runs on the JIT (for `.deferred`, once `compileJIT()` has run).
  public var isJITCompiled: Bool { jitted.load(ordering: .acquiring) != 0 }
  /// How many capture groups the pattern has.
  public let captureCount: Int
  /// Named capture groups, resolved once at compile time: name to group number.
  public let captureNames: [String: Int]

  /// Whether this PCRE2 library was built with its JIT compiler (`PCRE2_CONFIG_JIT`).
  public static let isJITAvailable: Bool = {
    var available: UInt32 = 0
    return pcre2_config_8(UInt32(PCRE2_CONFIG_JIT), &available) >= 0 && available == 1
  }()

  /// Compiles a pattern.
  ///
  /// - Parameters:
  ///   - source: The pattern, in PCRE2 syntax.
  ///   - options: Compile options; `.utf` is what lets the pattern match by character.
  ///   - jit: Whether to JIT-compile the pattern.
  /// - Throws: `PCRE2Error` of kind `.compile` with PCRE2's message and the byte offset of the
  ///   error in `source`, or of kind `.jit` when `jit` is `.always` and the JIT refused it.
  public init(
    _ source: String,
    options: CompileOptions = .caselessUnicode,
    jit: JITMode = .ifAvailable
  ) throws(PCRE2Error) {
    var errorCode: Int32 = 0
    var errorOffset = 0
    var text = source
    let compiled = text.withUTF8 { buffer in
      pcre2_compile_8(
        buffer.baseAddress, buffer.count, options.rawValue, &errorCode, &errorOffset, nil)
    }
    guard let compiled else {
      throw PCRE2Error(kind: .compile, code: errorCode, offset: errorOffset)
    }
    var jittedNow = false
    if jit == .ifAvailable || jit == .always {
      let status = pcre2_jit_compile_8(compiled, UInt32(PCRE2_JIT_COMPLETE))
      if status == 0 {
        jittedNow = true
      } else if jit == .always {
        pcre2_code_free_8(compiled)
        throw PCRE2Error(kind: .jit, code: status)
      }
    }
    self.code = compiled
    self.source = source
    self.options = options
    self.captureCount = Int(Self.info(compiled, UInt32(PCRE2_INFO_CAPTURECOUNT)))
    self.captureNames = Self.readNameTable(compiled)
    if jittedNow {
      jitted.store(
        UInt(bitPattern: Int(bitPattern: UnsafeRawPointer(compiled))), ordering: .releasing)
    }
  }

  deinit {
    let bits = jitted.load(ordering: .acquiring)
    if bits != 0, let copy = OpaquePointer(bitPattern: bits), copy != code {
      pcre2_code_free_8(copy)
    }
    pcre2_code_free_8(code)
  }

  /// JIT-compiles a pattern made with `.deferred`; matches switch to the JIT once it is done.
  ///
  /// Safe while other threads match: the JIT works on a copy of the compiled code and
  /// publishes it when complete. Does nothing if the pattern already runs on the JIT, or if
  /// the JIT refuses the pattern (it keeps running on the interpreter).
  public func compileJIT() {
    guard jitted.load(ordering: .acquiring) == 0, let copy = pcre2_code_copy_8(code) else {
      return
    }
    guard pcre2_jit_compile_8(copy, UInt32(PCRE2_JIT_COMPLETE)) == 0 else {
      pcre2_code_free_8(copy)
      return
    }
    let bits = UInt(bitPattern: Int(bitPattern: UnsafeRawPointer(copy)))
    if !jitted.compareExchange(expected: 0, desired: bits, ordering: .acquiringAndReleasing)
      .exchanged
    {
      pcre2_code_free_8(copy)
    }
  }

  /// Matches the pattern against a subject with a scratch space of the caller's.
  ///
  /// Matching never re-checks UTF-8: `Subject` guarantees it is valid.
  public func match(_ subject: Subject, using scratch: MatchScratch) -> MatchOutcome {
    switch span(in: subject, using: scratch) {
    case .matched:
      return .matched(
        scratch.readMatch(subject: subject, captures: captureCount, names: captureNames))
    case .noMatch: return .noMatch
    case .limitReached(let kind): return .limitReached(kind)
    case .failed(let error): return .failed(error)
    }
  }

  /// Finds where the pattern matches, without reading its groups: nothing is allocated.
  public func span(in subject: Subject, using scratch: MatchScratch) -> SpanOutcome {
    scratch.reserve(captures: captureCount)
    var text = subject.text
    let status: Int32 = text.withUTF8 { buffer in
      // An empty buffer may have no base address; PCRE2 needs a pointer even for length 0.
      withUnsafePointer(to: 0 as UInt8) { empty in
        let base = buffer.baseAddress ?? empty
        if let jitCode = OpaquePointer(bitPattern: jitted.load(ordering: .acquiring)) {
          return pcre2_jit_match_8(
            jitCode, base, buffer.count, 0, 0, scratch.matchData, scratch.context)
        }
        return pcre2_match_8(
          code, base, buffer.count, 0, UInt32(PCRE2_NO_UTF_CHECK), scratch.matchData,
          scratch.context)
      }
    }
    switch status {
    case PCRE2_ERROR_NOMATCH, PCRE2_ERROR_PARTIAL:
      return .noMatch
    case PCRE2_ERROR_MATCHLIMIT:
      return .limitReached(.match)
    case PCRE2_ERROR_DEPTHLIMIT:
      return .limitReached(.depth)
    case PCRE2_ERROR_HEAPLIMIT:
      return .limitReached(.heap)
    case PCRE2_ERROR_JIT_STACKLIMIT:
      return .limitReached(.jitStack)
    case ..<0:
      return .failed(PCRE2Error(kind: .match, code: status))
    default:
      return .matched(scratch.wholeMatch())
    }
  }

  /// Matches the pattern against a subject, with a fresh scratch space and the given limits.
  ///
  /// Convenient for one-off matches; a loop over many subjects should reuse a `MatchScratch`.
  public func match(_ subject: Subject, limits: MatchLimits = .standard) -> MatchOutcome {
    match(subject, using: MatchScratch(limits: limits))
  }

  /// Whether the pattern matches the string (a limit reached counts as no match).
  public func matches(_ string: String) -> Bool {
    match(Subject(string)).match != nil
  }

  private static func info(_ code: OpaquePointer, _ what: UInt32) -> UInt32 {
    var value: UInt32 = 0
    _ = pcre2_pattern_info_8(code, what, &value)
    return value
  }

  private static func readNameTable(_ code: OpaquePointer) -> [String: Int] {
    let count = Int(info(code, UInt32(PCRE2_INFO_NAMECOUNT)))
    let entrySize = Int(info(code, UInt32(PCRE2_INFO_NAMEENTRYSIZE)))
    guard count > 0, entrySize > 2 else { return [:] }
    var table: UnsafePointer<UInt8>?
    guard pcre2_pattern_info_8(code, UInt32(PCRE2_INFO_NAMETABLE), &table) == 0, let table else {
      return [:]
    }
    var names: [String: Int] = [:]
    for index in 0..<count {
      let entry = table + index * entrySize
      let number = Int(entry[0]) << 8 | Int(entry[1])
      let nameBytes = UnsafeBufferPointer(start: entry + 2, count: entrySize - 2)
      let name = String(decoding: nameBytes.prefix { $0 != 0 }, as: UTF8.self)
      names[name] = number
    }
    return names
  }
}
