import BenchmarkCorpus
import Foundation
import PerfectionBot

// Prints the figures of the README's benchmark table, each beside the bare C loop measured in
// this same run on this same machine. Timings take the best of several rounds, so a busy
// machine makes them slower, never faster. Usage: bench-summary [--quick]

let quick = CommandLine.arguments.contains("--quick")
let rounds = quick ? 3 : 7

func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }

/// Nanoseconds per call of `body` over the corpus, best of `rounds`.
func nanosecondsPerQuestion(_ inputs: [String], repeats: Int, _ body: (String) -> Void) -> Double {
  var best = Double.infinity
  for _ in 0..<rounds {
    let start = now()
    for _ in 0..<repeats {
      for input in inputs { body(input) }
    }
    let elapsed = Double(now() - start) / Double(repeats * inputs.count)
    best = min(best, elapsed)
  }
  return best
}

/// Runs the binary with the given input file; returns the wall time in nanoseconds.
func runBinary(_ arguments: [String], input: URL) -> Double {
  let nanos = Spawn.run(Corpus.binary, arguments, input: input.path)
  guard nanos >= 0 else { fatalError("cannot run \(Corpus.binary)") }
  return nanos
}

func writeInput(_ lines: [String]) -> URL {
  let url = FileManager.default.temporaryDirectory
    .appendingPathComponent("perfection-bench-\(UUID().uuidString).txt")
  FileManager.default.createFile(
    atPath: url.path, contents: Data((lines.joined(separator: "\n") + "\n").utf8))
  return url
}

guard FileManager.default.isExecutableFile(atPath: Corpus.binary) else {
  print("build the release binary first: swift build -c release (make bench does it)")
  exit(1)
}

let repeats = quick ? 200 : 2_000
let patterns = Corpus.patterns
let cLoop = CLoop(patterns: patterns)
let cNanos = nanosecondsPerQuestion(Corpus.normalized, repeats: repeats) {
  _ = cLoop.allMatches($0)
}

let cAlternation = CAlternation(patterns: patterns)
let alternationParts = cAlternation.parts
let alternationNanos = nanosecondsPerQuestion(Corpus.normalized, repeats: repeats) {
  _ = cAlternation.match($0)
}

let matcher = IntentMatcher(library: Corpus.library)
let matcherNanos = nanosecondsPerQuestion(Corpus.normalized, repeats: repeats) { question in
  _ = matcher.match(normalized: question, exhaustive: false)
}

let manager = DialogueManager(
  library: Corpus.library, options: DialogueManager.Options(defaultConsent: .ending))
let replyNanos = nanosecondsPerQuestion(Corpus.questions, repeats: repeats) {
  _ = manager.respond(to: $0, session: "bench")
}

// serve, end to end, through the release binary.
let lineCount = quick ? 20_000 : 100_000
var textLines: [String] = []
var jsonOne: [String] = []
var jsonMany: [String] = []
for index in 0..<lineCount {
  let question = Corpus.questions[index % Corpus.questions.count]
  textLines.append(question)
  let escaped = question.replacingOccurrences(of: "\"", with: "\\\"")
  jsonOne.append(#"{"session":"one","text":"\#(escaped)"}"#)
  jsonMany.append(#"{"session":"user\#(index % 10_000)","text":"\#(escaped)"}"#)
}
let textFile = writeInput(textLines)
let oneFile = writeInput(jsonOne)
let manyFile = writeInput(jsonMany)
defer {
  for file in [textFile, oneFile, manyFile] { try? FileManager.default.removeItem(at: file) }
}
func bestRun(_ arguments: [String], _ file: URL) -> Double {
  (0..<(quick ? 1 : 3)).map { _ in runBinary(arguments, input: file) }.min() ?? 0
}
let serveTextNanos =
  bestRun(["serve", "--format", "text", "--spoilers", "ending"], textFile) / Double(lineCount)
let serveOneNanos =
  bestRun(["serve", "--format", "jsonl", "--spoilers", "ending"], oneFile) / Double(lineCount)
let serveManyNanos =
  bestRun(["serve", "--format", "jsonl", "--spoilers", "ending"], manyFile) / Double(lineCount)

// Process start to first reply.
let emptyInput = writeInput(["who plays charlotte?"])
let startNanos = (0..<(quick ? 5 : 21)).map { _ in
  runBinary(["serve", "--format", "text"], input: emptyInput)
}.sorted()
let startMedian = startNanos[startNanos.count / 2]

// Compile time of every intent.
var compileNanos = Double.infinity
for _ in 0..<(quick ? 3 : 10) {
  let start = now()
  _ = try? IntentLoader.load(paths: [Corpus.root + "/Intents"])
  compileNanos = min(compileNanos, Double(now() - start))
}

// Memory per idle session.
let store = InMemorySessionStore(capacity: 200_000)
let sessions = DialogueManager(library: Corpus.library, store: store)
let before = Corpus.heapInUse()
for index in 0..<100_000 { sessions.setConsent(.plot, session: "user-\(index)") }
let bytesPerSession = Double(Corpus.heapInUse() - before) / 100_000

func format(_ value: Double, _ digits: Int = 0) -> String {
  String(format: "%.\(digits)f", value)
}
func perSecond(_ nanos: Double) -> String {
  let value = Int(1e9 / nanos)
  var text = String(value)
  var index = text.count - 3
  while index > 0 {
    text.insert(",", at: text.index(text.startIndex, offsetBy: index))
    index -= 3
  }
  return text
}

let riveScriptPerSecond = 3_100.0
/// A target's mark, computed from the measured figure: never written by hand.
func mark(_ met: Bool) -> String { met ? "✓" : "✗" }
print(
  "perfection benchmarks: \(Corpus.questions.count) questions, \(patterns.count) patterns (\(Corpus.library.concepts.count) concepts, the rest in \(Corpus.library.intents.count) intents)"
)
print("")
print("| measure | replies/s | ns per reply | × C loop | target |")
print("|---|---:|---:|---:|---|")
print(
  "| naive C loop: `pcre2_jit_match` on every concept and intent pattern once | \(perSecond(cNanos)) | \(format(cNanos)) | 1.0 | |"
)
print(
  "| C alternation: the same patterns as \(alternationParts) JIT-compiled `(*MARK)` alternation\(alternationParts == 1 ? "" : "s") (as few as PCRE2 compiles), one pass each (finds one pattern, not every concept) | \(perSecond(alternationNanos)) | \(format(alternationNanos)) | \(format(alternationNanos / cNanos, 2)) | |"
)
print(
  "| matcher alone (`IntentMatcher`, reply mode) | \(perSecond(matcherNanos)) | \(format(matcherNanos)) | \(format(matcherNanos / cNanos, 1)) | |"
)
print(
  "| whole reply through the engine (normalize, match, consent, render) | \(perSecond(replyNanos)) | \(format(replyNanos)) | \(format(replyNanos / cNanos, 1)) | ≤ 1.5 \(mark(replyNanos / cNanos <= 1.5)) |"
)
print(
  "| `serve --format text`, end to end | \(perSecond(serveTextNanos)) | \(format(serveTextNanos)) | \(format(serveTextNanos / cNanos, 1)) | ≤ 2 \(mark(serveTextNanos / cNanos <= 2)) |"
)
print(
  "| `serve --format jsonl`, 1 session | \(perSecond(serveOneNanos)) | \(format(serveOneNanos)) | \(format(serveOneNanos / cNanos, 1)) | |"
)
print(
  "| `serve --format jsonl`, 10,000 sessions | \(perSecond(serveManyNanos)) | \(format(serveManyNanos)) | \(format(serveManyNanos / cNanos, 1)) | |"
)
print("")
print("| measure | value | target |")
print("|---|---:|---|")
print(
  "| whole reply ÷ the C alternation's pass | \(format(replyNanos / alternationNanos, 1)) × | |"
)
print(
  "| process start to first reply (median) | \(format(startMedian / 1e6, 1)) ms | < 5 ms \(mark(startMedian < 5e6)) |"
)
print(
  "| whole replies per second ÷ RiveScript's 3,100 (a quoted figure, not measured here) | \(format(1e9 / replyNanos / riveScriptPerSecond)) × | ≥ 100 × \(mark(1e9 / replyNanos / riveScriptPerSecond >= 100)) |"
)
print(
  "| memory per idle session | \(format(bytesPerSession)) bytes | < 512 bytes \(mark(bytesPerSession < 512)) |"
)
print("| load and compile every intent | \(format(compileNanos / 1e6, 1)) ms | |")

// Session stores: `serve --format jsonl` over each store, in this same run. Throughput feeds
// a file of lines; latency drives one request at a time, as a bridge waiting for each reply.
let storeLines = quick ? 4_000 : 20_000
let latencyLines = quick ? 500 : 2_000
let postgresURL = ProcessInfo.processInfo.environment["PERFECTION_TEST_POSTGRES"]
var stores: [(name: String, url: String)] = [("memory", "memory")]
let sqliteFolder = FileManager.default.temporaryDirectory
  .appendingPathComponent("perfection-bench-sqlite-\(UUID().uuidString)").path
stores.append(("SQLite", "sqlite:" + sqliteFolder + "/sessions.sqlite"))
if let postgresURL { stores.append(("PostgreSQL", postgresURL)) }
defer { try? FileManager.default.removeItem(atPath: sqliteFolder) }

print("")
print("| store | sessions | replies/s | p50 | p99 | × memory |")
print("|---|---:|---:|---:|---:|---:|")
var memoryPerSecond: [Int: Double] = [:]
for sessionCount in [1, 10_000] {
  for (name, url) in stores {
    // Fresh session names per run, so that no store starts warm from an earlier one.
    let run = UUID().uuidString.prefix(8)
    func line(_ index: Int) -> String {
      let question = Corpus.questions[index % Corpus.questions.count]
        .replacingOccurrences(of: "\"", with: "\\\"")
      return #"{"session":"\#(run)-\#(index % sessionCount)","text":"\#(question)"}"#
    }
    let file = writeInput((0..<storeLines).map(line))
    defer { try? FileManager.default.removeItem(at: file) }
    let arguments = ["serve", "--format", "jsonl", "--spoilers", "ending", "--session-store", url]
    let nanos = bestRun(arguments, file) / Double(storeLines)
    let perSecondValue = 1e9 / nanos
    if name == "memory" { memoryPerSecond[sessionCount] = perSecondValue }
    let times = RoundTrips.latencies(
      Corpus.binary, arguments, lines: (0..<latencyLines).map { line($0 + storeLines) })
    let ratio = (memoryPerSecond[sessionCount] ?? perSecondValue) / perSecondValue
    print(
      "| \(name) | \(sessionCount == 1 ? "1" : "10,000") | \(perSecond(nanos)) | \(format(RoundTrips.percentile(times, 0.5) / 1e3)) µs | \(format(RoundTrips.percentile(times, 0.99) / 1e3)) µs | \(format(ratio, 1)) |"
    )
  }
}
if postgresURL == nil {
  print("")
  print("PostgreSQL not measured: run through `make bench` (scripts/with-postgres starts one).")
}
