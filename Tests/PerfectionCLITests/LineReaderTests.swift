import Foundation
import Testing

@testable import PerfectionCLI

@Suite("LineReader")
struct LineReaderTests {
  /// Reads every line of `input` through a pipe with the given limit.
  static func lines(_ input: [UInt8], limit: Int) throws -> [LineReader.Line] {
    let pipe = Pipe()
    let writer = pipe.fileHandleForWriting
    let thread = Thread {
      try? writer.write(contentsOf: Data(input))
      try? writer.close()
    }
    thread.start()
    let reader = LineReader(
      descriptor: pipe.fileHandleForReading.fileDescriptor, maximumBytes: limit)
    var lines: [LineReader.Line] = []
    while let line = reader.next() { lines.append(line) }
    return lines
  }

  @Test func splitsLinesAndDropsCarriageReturns() throws {
    let lines = try Self.lines(Array("one\r\ntwo\n\nlast".utf8), limit: 100)
    #expect(
      lines == [
        .text(Array("one".utf8)), .text(Array("two".utf8)), .text([]), .text(Array("last".utf8)),
      ])
  }

  @Test(arguments: [16, 100, 70_000])
  func aLineOverTheLimitIsCountedAndTheNextOneKept(_ limit: Int) throws {
    var input = [UInt8](repeating: 0x61, count: limit * 3 + 7)
    input += Array("\nshort\n".utf8)
    input += [UInt8](repeating: 0x62, count: limit + 1)
    input += Array("\nend".utf8)
    let lines = try Self.lines(input, limit: limit)
    #expect(
      lines == [
        .tooLong(limit * 3 + 7), .text(Array("short".utf8)), .tooLong(limit + 1),
        .text(Array("end".utf8)),
      ])
  }

  @Test func aLineOfExactlyTheLimitIsKept() throws {
    let line = [UInt8](repeating: 0x63, count: 64)
    #expect(try Self.lines(line + [0x0A], limit: 64) == [.text(line)])
    #expect(try Self.lines(line, limit: 64) == [.text(line)])
  }

  @Test(arguments: [16, 70_000])
  func aCRLFLineExactlyAtTheLimitIsKept(_ limit: Int) throws {
    var input = [UInt8](repeating: 0x61, count: limit) + [13, 10]
    input += [UInt8](repeating: 0x62, count: limit + 1) + [13, 10]
    let lines = try Self.lines(input, limit: limit)
    #expect(lines.count == 2)
    // Compared by count, so that a failure does not print seventy thousand bytes.
    guard case .text(let first)? = lines.first else {
      Issue.record("the line at the limit was refused")
      return
    }
    #expect(first.count == limit && first.last == 0x61)
    guard case .tooLong? = lines.last else {
      Issue.record("the line over the limit was kept")
      return
    }
  }
}
