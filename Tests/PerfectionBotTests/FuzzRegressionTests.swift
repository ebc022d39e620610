import Foundation
import TestSupport
import Testing

@testable import PerfectionBot

/// Replays the fuzzers' seeds and the inputs kept in Fuzz/Regressions through the same
/// properties the libFuzzer targets check, so that what once broke stays fixed.
@Suite("Fuzz regressions")
struct FuzzRegressionTests {
  /// A kept input, shown by its file name.
  struct Input: CustomTestStringConvertible, Sendable {
    let target: String
    let path: String
    var testDescription: String { "\(target)/\(URL(fileURLWithPath: path).lastPathComponent)" }
  }

  static let inputs: [Input] = {
    var inputs: [Input] = []
    for folder in ["Corpus", "Regressions"] {
      for target in ["FuzzIntentLoader", "FuzzTranscriptParser", "FuzzReply"] {
        let directory = Fixtures.root + "/Fuzz/\(folder)/\(target)"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        for name in names.sorted() {
          inputs.append(Input(target: target, path: directory + "/" + name))
        }
      }
    }
    return inputs
  }()

  @Test func thereAreInputsForEveryTarget() {
    let targets = Set(Self.inputs.map(\.target))
    #expect(targets == ["FuzzIntentLoader", "FuzzTranscriptParser", "FuzzReply"])
  }

  @Test(arguments: FuzzRegressionTests.inputs)
  func propertiesHold(_ input: Input) throws {
    let data = try Data(contentsOf: URL(fileURLWithPath: input.path))
    let violation = data.withUnsafeBytes { raw in
      let bytes = raw.bindMemory(to: UInt8.self)
      switch input.target {
      case "FuzzIntentLoader": return Properties.intentLoader(bytes)
      case "FuzzTranscriptParser": return Properties.transcriptParser(bytes)
      default: return Properties.replies(bytes, library: Fixtures.library)
      }
    }
    #expect(violation == nil, "\(violation ?? "")")
  }
}
