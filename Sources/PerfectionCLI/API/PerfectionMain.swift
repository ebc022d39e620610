import ArgumentParser

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The program's entry point: runs a command and turns every error into text and an exit code.
public enum PerfectionMain {
  /// Parses the process's arguments, runs the command, and exits.
  public static func main() -> Never {
    OutputSink.ignoreBrokenPipe()
    // Most commands answer from the built-in intents: load them while the arguments are
    // parsed, on the second core. Not when other intents are named: their load reports errors.
    if !CommandLine.arguments.contains(where: { $0 == "--intents" || $0.hasPrefix("--intents=") }) {
      EmbeddedLibrary.shared.prefetch()
    }
    do {
      var command = try PerfectionCommand.parseAsRoot()
      try command.run()
      exit(0)
    } catch let error as CLIError {
      if !error.message.isEmpty { OutputSink.standardError.line(error.message) }
      exit(error.exitCode)
    } catch {
      PerfectionCommand.exit(withError: error)
    }
  }
}
