import Foundation
import PackagePlugin

/// Embeds the package's `Intents/` folder into the `DefaultIntents` target at build time, so that
/// the built binary answers from any working directory, even after it is moved.
///
/// SwiftPM plans build commands once and reuses the plan until the package graph changes, so
/// a plan listing today's intent files would miss a file added tomorrow. The command therefore
/// names the folder as an input (adding or removing a file changes it), the tool lists the
/// folder itself on every run, and it rewrites the generated Swift file only when its content
/// changes, so an unchanged folder recompiles nothing.
@main
struct EmbedIntentsPlugin: BuildToolPlugin {
  func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
    let intents = context.package.directoryURL.appending(path: "Intents")
    let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedIntents.swift")
    let files =
      (try? FileManager.default.contentsOfDirectory(atPath: intents.path(percentEncoded: false)))?
      .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.map { intents.appending(path: $0) }
      ?? []
    return [
      .buildCommand(
        displayName: "Embedding the intent files",
        executable: try context.tool(named: "EmbedIntents").url,
        arguments: [output.path(percentEncoded: false), intents.path(percentEncoded: false)],
        inputFiles: [intents] + files,
        outputFiles: [output]
      )
    ]
  }
}
