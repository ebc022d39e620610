import Foundation

/// Runs the built `perfection` binary, the way a user or a chat bridge would.
enum Binary {
  /// The built binary, beside this test bundle in the build folder.
  static let url: URL = {
    let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
    return executable.deletingLastPathComponent().appendingPathComponent("perfection")
  }()

  /// A state folder of its own for each run (`XDG_STATE_HOME`), so that `chat`'s remembered
  /// consent never leaks from one test to another, nor into the tester's home.
  static func freshStateHome() -> String {
    FileManager.default.temporaryDirectory
      .appendingPathComponent("perfection-state-\(UUID().uuidString)").path
  }

  struct Output {
    let status: Int32
    let stdout: String
    let stderr: String
    var lines: [String] {
      stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
    }
  }

  /// A started binary and the pipes to its standard streams.
  struct Running {
    let process: Process
    let input: Pipe
    let output: Pipe
    let errors: Pipe
  }

  /// Starts the binary with its standard streams on pipes.
  ///
  /// A binary copied just now can fail to start with "Text file busy" (ETXTBSY) while
  /// another test's child, forked in the meantime, still holds the copy's write descriptor
  /// until it execs: that start is tried again, a few times, after a short wait.
  static func start(
    _ arguments: [String], directory: String? = nil, environment: [String: String] = [:],
    executable: URL = url
  ) throws -> Running {
    var attempt = 1
    while true {
      do {
        return try startOnce(
          arguments, directory: directory, environment: environment, executable: executable)
      } catch let error as NSError where attempt < 20 && isTextFileBusy(error) {
        attempt += 1
        usleep(50_000)
      }
    }
  }

  private static func isTextFileBusy(_ error: NSError) -> Bool {
    let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError
    return [error, underlying].contains {
      $0?.domain == NSPOSIXErrorDomain && $0?.code == Int(ETXTBSY)
    }
  }

  private static func startOnce(
    _ arguments: [String], directory: String?, environment: [String: String], executable: URL
  ) throws -> Running {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
    var env = ProcessInfo.processInfo.environment
    env["XDG_STATE_HOME"] = freshStateHome()
    env.merge(environment) { $1 }
    process.environment = env
    let running = Running(process: process, input: Pipe(), output: Pipe(), errors: Pipe())
    process.standardInput = running.input
    process.standardOutput = running.output
    process.standardError = running.errors
    try process.run()
    return running
  }

  /// Runs the binary with arguments and standard input, and waits for it.
  static func run(
    _ arguments: [String], stdin: Data = Data(), directory: String? = nil,
    environment: [String: String] = [:], executable: URL = url
  ) throws -> Output {
    let running = try start(
      arguments, directory: directory, environment: environment, executable: executable)
    let (process, input, output, errors) = (
      running.process, running.input, running.output, running.errors
    )
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
