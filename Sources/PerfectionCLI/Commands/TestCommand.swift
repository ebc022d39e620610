import ArgumentParser
import Foundation
import PerfectionBot
import TranscriptKit

/// `perfection test`: run transcripts.
struct TestCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "test",
    abstract: "Run scripted transcript tests (.t files).",
    discussion: """
      Each failure shows FILE:LINE, the user turn, and expected against actual as a diff. The \
      last line is "N passed, N failed", one count per transcript file.

      Examples:
        perfection test
        perfection test Transcripts/consent.t --update
        perfection test --coverage
      """)

  @OptionGroup var intentOptions: IntentOptions

  @Argument(help: "Transcript files or folders (default: Transcripts/).", completion: .file())
  var paths: [String] = []

  @Flag(help: "Rewrite the expected replies of failing turns from the actual replies.")
  var update = false

  @Flag(help: "List the intents no transcript answers, and the share covered.")
  var coverage = false

  func run() throws {
    let library = try intentOptions.loadLibrary()
    let suite = TranscriptSuite(library: library)
    let files: [String]
    do {
      files = try TranscriptSuite.files(at: paths.isEmpty ? ["Transcripts"] : paths)
    } catch {
      let hint =
        paths.isEmpty
        ? "; run it in the project folder, or pass transcript files or folders: perfection test PATH…"
        : ""
      throw CLIError.noInput(path: error.file, reason: error.message + hint)
    }
    var results: [TranscriptResult] = []
    var failed = 0
    for file in files {
      let transcript: Transcript
      do {
        transcript = try TranscriptSuite.load(file)
      } catch {
        OutputSink.standardOutput.line(error.description)
        failed += 1
        continue
      }
      let result = suite.runner.run(transcript)
      results.append(result)
      if result.passed { continue }
      failed += 1
      for failure in result.failures { OutputSink.standardOutput.line(failure.report) }
      if update, let text = result.updatedText {
        do {
          try text.write(toFile: file, atomically: true, encoding: .utf8)
          OutputSink.standardOutput.line("\(file): updated expected replies")
        } catch {
          throw CLIError.output("\(file): \(error)")
        }
      }
    }
    if coverage {
      let missing = suite.uncovered(by: results)
      let total = library.intents.count
      let covered = total - missing.count
      for id in missing { OutputSink.standardOutput.line("not covered: \(id)") }
      let share = total == 0 ? 100.0 : Double(covered) * 100 / Double(total)
      OutputSink.standardOutput.line(
        "coverage: \(covered) of \(total) intents (\(String(format: "%.1f", share))%)")
    }
    OutputSink.standardOutput.line("\(files.count - failed) passed, \(failed) failed")
    if failed > 0 { throw CLIError.testsFailed(failed) }
  }
}
