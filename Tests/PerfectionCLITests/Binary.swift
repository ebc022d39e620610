import Foundation

/// Runs the built `perfection` binary, the way a user or a chat bridge would.
enum Binary {
  /// The built binary, beside this test bundle in the build folder.
  static let url: URL = {
    let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
    return executable.deletingLastPathComponent().appendingPathComponent("perfection")
  }()

  struct Output {
    let status: Int32
    let stdout: String
    let stderr: String
    var lines: [String] {
      stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
    }
  }

  /// Runs the binary with arguments and standard input, and waits for it.
  static func run(
    _ arguments: [String], stdin: Data = Data(), directory: String? = nil,
    environment: [String: String] = [:], executable: URL = url
  ) throws -> Output {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
    var env = ProcessInfo.processInfo.environment
    env.merge(environment) { $1 }
    process.environment = env
    let input = Pipe()
    let output = Pipe()
    let errors = Pipe()
    process.standardInput = input
    process.standardOutput = output
    process.standardError = errors
    try process.run()
    // Read both pipes while writing, so that a large output cannot block the child.
    let group = DispatchGroup()
    nonisolated(unsafe) var outData = Data()
    nonisolated(unsafe) var errData = Data()
    DispatchQueue.global().async(group: group) {
      outData = output.fileHandleForReading.readDataToEndOfFile()
    }
    DispatchQueue.global().async(group: group) {
      errData = errors.fileHandleForReading.readDataToEndOfFile()
    }
    try? input.fileHandleForWriting.write(contentsOf: stdin)
    try? input.fileHandleForWriting.close()
    group.wait()
    process.waitUntilExit()
    return Output(
      status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
      stderr: String(decoding: errData, as: UTF8.self))
  }

  /// Runs the binary with lines of text on stdin.
  static func run(_ arguments: [String], lines: [String]) throws -> Output {
    try run(arguments, stdin: Data((lines.joined(separator: "\n") + "\n").utf8))
  }
}
