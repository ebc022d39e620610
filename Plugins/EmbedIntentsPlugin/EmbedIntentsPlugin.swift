import Foundation
import PackagePlugin

/// Embeds the package's `Intents/` folder into the `DefaultIntents` target at build time, so that
/// the built binary answers from any working directory, even after it is moved.
@main
struct EmbedIntentsPlugin: BuildToolPlugin {
  func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
    let intents = context.package.directoryURL.appending(path: "Intents")
    let names =
      (try? FileManager.default.contentsOfDirectory(atPath: intents.path(percentEncoded: false)))
      ?? []
    let inputs = names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted().map {
      intents.appending(path: $0)
    }
    let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedIntents.swift")
    return [
      .buildCommand(
        displayName: "Embedding \(inputs.count) intent files",
        executable: try context.tool(named: "EmbedIntents").url,
        arguments: [output.path(percentEncoded: false)]
          + inputs.map { $0.path(percentEncoded: false) },
        inputFiles: inputs,
        outputFiles: [output]
      )
    ]
  }
}
