import FuzzSupport
import TestSupport

// libFuzzer entry: any bytes as an intent file load, or fail with located diagnostics.
@_cdecl("LLVMFuzzerTestOneInput")
func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
  if let violation = Properties.intentLoader(buffer(data, size)) { fatalError(violation) }
  return 0
}

fuzz(testOneInput)
