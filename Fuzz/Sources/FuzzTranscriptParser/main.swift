import FuzzSupport
import TestSupport

// libFuzzer entry: any bytes as a transcript parse, or fail with an error naming its line.
@_cdecl("LLVMFuzzerTestOneInput")
func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
  if let violation = Properties.transcriptParser(buffer(data, size)) { fatalError(violation) }
  return 0
}

fuzz(testOneInput)
