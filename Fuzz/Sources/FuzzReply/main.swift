import FuzzSupport
import TestSupport

// libFuzzer entry: any messages get replies within consent and free of control characters.
@_cdecl("LLVMFuzzerTestOneInput")
func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
  if let violation = Properties.replies(buffer(data, size), library: Fixtures.library) {
    fatalError(violation)
  }
  return 0
}

fuzz(testOneInput)
