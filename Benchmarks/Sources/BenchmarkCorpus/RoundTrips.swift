import Foundation

/// Drives a `serve --format jsonl` process one request at a time, as a chat bridge waiting
/// for each reply does, and records how long each reply took.
public enum RoundTrips {
  /// Each line's time from write to its reply, in nanoseconds; empty when the process failed.
  public static func latencies(_ path: String, _ arguments: [String], lines: [String])
    -> [Double]
  {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = arguments
    let input = Pipe()
    let output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    do { try process.run() } catch { return [] }
    let reader = output.fileHandleForReading
    var buffer: [UInt8] = []
    var times: [Double] = []
    times.reserveCapacity(lines.count)
    for line in lines {
      let start = DispatchTime.now().uptimeNanoseconds
      input.fileHandleForWriting.write(Data((line + "\n").utf8))
      while !buffer.contains(0x0A) {
        let more = reader.availableData
        if more.isEmpty { return [] }
        buffer += more
      }
      if let end = buffer.firstIndex(of: 0x0A) { buffer.removeFirst(end + 1) }
      times.append(Double(DispatchTime.now().uptimeNanoseconds - start))
    }
    try? input.fileHandleForWriting.close()
    process.waitUntilExit()
    return times
  }

  /// The value below which `fraction` of the sorted values fall.
  public static func percentile(_ values: [Double], _ fraction: Double) -> Double {
    guard !values.isEmpty else { return .nan }
    let sorted = values.sorted()
    return sorted[min(sorted.count - 1, Int(Double(sorted.count) * fraction))]
  }
}
