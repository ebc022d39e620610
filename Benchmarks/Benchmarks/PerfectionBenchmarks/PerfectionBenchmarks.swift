import Benchmark
import BenchmarkCorpus
import Foundation
import PerfectionBot

// Statistical benchmarks (ordo-one/benchmark): one iteration runs every corpus question once,
// so throughput × questions is replies per second. `bench-summary` prints the ratios to the
// C loop; `make bench` runs both.

let benchmarks: @Sendable () -> Void = {
  Benchmark.defaultConfiguration = .init(
    metrics: [.wallClock, .throughput, .mallocCountTotal],
    warmupIterations: 10,
    maxDuration: .seconds(3),
    maxIterations: 100_000
  )

  let questions = Corpus.questions
  let normalized = Corpus.normalized
  let library = Corpus.library

  let cLoop = CLoop(patterns: Corpus.patterns)
  Benchmark("Naive C loop: pcre2_jit_match on every concept and intent pattern") { benchmark in
    for _ in benchmark.scaledIterations {
      for question in normalized { blackHole(cLoop.allMatches(question)) }
    }
  }

  let matcher = IntentMatcher(library: library)
  Benchmark("Matcher, reply mode (reads captures of the winner only)") { benchmark in
    for _ in benchmark.scaledIterations {
      for question in normalized {
        blackHole(matcher.match(normalized: question, exhaustive: false))
      }
    }
  }

  Benchmark("Matcher, exhaustive (every pattern, for explain and lint)") { benchmark in
    for _ in benchmark.scaledIterations {
      for question in normalized { blackHole(matcher.match(normalized: question)) }
    }
  }

  let manager = DialogueManager(
    library: library, options: DialogueManager.Options(defaultConsent: .ending))
  Benchmark("Whole reply: normalize, match, consent, render") { benchmark in
    for _ in benchmark.scaledIterations {
      for question in questions { blackHole(manager.respond(to: question, session: "bench")) }
    }
  }

  Benchmark(
    "Load and compile every intent",
    configuration: .init(metrics: [.wallClock, .mallocCountTotal], maxIterations: 200)
  ) { benchmark in
    for _ in benchmark.scaledIterations {
      blackHole(try? IntentLoader.load(paths: [Corpus.root + "/Intents"]))
    }
  }

  Benchmark(
    "100,000 idle sessions",
    configuration: .init(
      metrics: [.wallClock, .memoryLeaked, .peakMemoryResident], maxIterations: 5)
  ) { benchmark in
    for _ in benchmark.scaledIterations {
      let store = InMemorySessionStore(capacity: 200_000)
      let sessions = DialogueManager(library: library, store: store)
      for index in 0..<100_000 { blackHole(sessions.consent(of: "user-\(index)")) }
      blackHole(store.count)
    }
  }

  let input = FileManager.default.temporaryDirectory.appendingPathComponent("perfection-start.txt")
  FileManager.default.createFile(atPath: input.path, contents: Data("who plays charlotte?\n".utf8))
  Benchmark(
    "Process start to first reply (serve, one line)",
    configuration: .init(metrics: [.wallClock], maxDuration: .seconds(3), maxIterations: 100)
  ) { benchmark in
    for _ in benchmark.scaledIterations {
      blackHole(Spawn.run(Corpus.binary, ["serve", "--format", "text"], input: input.path))
    }
  }
}
