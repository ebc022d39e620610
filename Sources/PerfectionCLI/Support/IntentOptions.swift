import ArgumentParser
import DefaultIntents
import PerfectionBot

/// The `--intents DIR` option every command shares, and loading the library it names.
struct IntentOptions: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(
      "Folder (or file) of intent YAML files to answer from.",
      discussion: "Without it, the intents built into the binary are used.",
      valueName: "dir"),
    completion: .directory)
  var intents: String?

  /// Loads the library: from `--intents`, or from the files embedded at build time.
  func loadLibrary() throws(CLIError) -> IntentLibrary {
    do {
      if let intents {
        return try IntentLoader.load(paths: [intents])
      }
      return try IntentLoader.load(
        sources: DefaultIntents.files.map { IntentSource(name: $0.name, text: $0.text) })
    } catch {
      throw CLIError(error)
    }
  }
}
