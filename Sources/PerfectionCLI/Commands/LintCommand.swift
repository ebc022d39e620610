import ArgumentParser
import Foundation
import PerfectionBot

/// `perfection lint`: validate intent files.
struct LintCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "lint",
    abstract: "Check intent files: errors stop a load, warnings point at likely mistakes.",
    discussion: """
      Errors (exit 65): YAML syntax, unknown keys, duplicate ids, missing answers, unknown \
      spoiler levels, bad patterns, template slots no pattern captures. Warnings: an intent's \
      example question that another intent's pattern takes first (shadowing), or that \
      matches nothing. Each line is FILE:LINE:COL: error|warning: message.

      Examples:
        perfection lint
        perfection lint Intents/ --strict
      """)

  @Argument(
    help:
      "Intent files or folders (default: Intents/, or the built-in intents when there is none).",
    completion: .file())
  var paths: [String] = []

  @Flag(help: "Exit non-zero on warnings too.")
  var strict = false

  /// `--intents DIR`, as every command takes it: linted with the paths.
  @OptionGroup var intentOptions: IntentOptions

  func run() throws {
    let paths = self.paths + (intentOptions.intents.map { [$0] } ?? [])
    let library: IntentLibrary
    if paths.isEmpty, !FileManager.default.fileExists(atPath: "Intents") {
      // Outside a checkout: lint what the binary carries.
      library = try EmbeddedLibrary.shared.library()
    } else {
      do {
        library = try IntentLoader.load(paths: paths.isEmpty ? ["Intents"] : paths)
      } catch {
        throw CLIError(error)
      }
    }
    let warnings = IntentLinter.warnings(for: library)
    for warning in warnings {
      OutputSink.standardError.line(warning.description)
    }
    let count = library.intents.count
    OutputSink.standardOutput.line(
      "\(count) intents, \(library.characters.count) characters: no errors, \(warnings.count) warning\(warnings.count == 1 ? "" : "s")"
    )
    if strict && !warnings.isEmpty { throw CLIError.warnings(warnings.count) }
  }
}
