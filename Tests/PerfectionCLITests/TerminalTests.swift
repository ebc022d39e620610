import Foundation
import Testing

@testable import PerfectionCLI

@Suite("Terminal")
struct TerminalTests {
  @Test func wrapsAtWordBoundariesWithinTheWidth() {
    let text = "Charlotte Willmore is played by Allison Williams, whom you may know from Get Out."
    let wrapped = Terminal.wrap(text, width: 30)
    let lines = wrapped.split(separator: "\n")
    #expect(lines.count == 3)
    #expect(lines.allSatisfy { $0.count <= 30 })
    #expect(wrapped.replacingOccurrences(of: "\n", with: " ") == text)
  }

  @Test func keepsParagraphsAndNeverGoesBelowTwentyColumns() {
    #expect(Terminal.wrap("one\ntwo", width: 80) == "one\ntwo")
    #expect(Terminal.wrap("aaaa bbbb cccc dddd eeee", width: 5).split(separator: "\n").count == 2)
  }
}
