/// Whether a pattern is compiled to machine code by PCRE2's JIT.
public enum JITMode: Sendable, Hashable {
  /// Always use the interpreter (`pcre2_match`).
  case never
  /// Use the JIT when PCRE2 supports it on this machine, else the interpreter.
  case ifAvailable
  /// Require the JIT: compiling fails when it is not available.
  case always
  /// Use the interpreter for now; `Pattern.compileJIT()` switches to the JIT later, safely
  /// while other threads match (so that a program can start before its patterns are JITted).
  case deferred
}
