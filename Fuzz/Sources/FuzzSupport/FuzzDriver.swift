#if canImport(Glibc)
import Glibc
#endif

/// libFuzzer's driver (linked in by `-sanitize=fuzzer`): runs `callback` on generated inputs
/// with the process's command line as libFuzzer options.
@_silgen_name("LLVMFuzzerRunDriver")
private func runDriver(
  _ argc: UnsafeMutablePointer<Int32>,
  _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
  _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
) -> Int32

/// Starts libFuzzer with this process's arguments and exits with its status.
public func fuzz(_ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32) -> Never {
  var argc = CommandLine.argc
  var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
  exit(runDriver(&argc, &argv, callback))
}

/// The bytes libFuzzer passes, as a buffer (empty for a null pointer).
public func buffer(_ data: UnsafePointer<UInt8>?, _ size: Int) -> UnsafeBufferPointer<UInt8> {
  UnsafeBufferPointer(start: data, count: data == nil ? 0 : size)
}
