import ArgumentParser
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
  ///
  /// The patterns start on PCRE2's interpreter and move to the JIT in the background, so the
  /// first reply does not wait for the JIT.
  func loadLibrary() throws(CLIError) -> IntentLibrary {
    let library: IntentLibrary
    do {
      if let intents {
        library = try IntentLoader.load(paths: [intents])
      } else {
        library = try EmbeddedLibrary.shared.library()
      }
    } catch {
      throw CLIError(error)
    }
    library.compileJITInBackground()
    return library
  }
}
