import CPCRE2

/// Options that change how a pattern is compiled.
///
/// Each option sets exactly one PCRE2 compile flag, named in its documentation.
public struct CompileOptions: OptionSet, Sendable, Hashable {
  /// The PCRE2 compile flags, or-ed together.
  public let rawValue: UInt32

  /// Creates options from raw PCRE2 compile flags.
  public init(rawValue: UInt32) {
    self.rawValue = rawValue
  }

  /// Letters match regardless of case (`PCRE2_CASELESS`).
  public static let caseless = CompileOptions(rawValue: UInt32(PCRE2_CASELESS))

  /// Pattern and subject are UTF-8 strings, matched by character (`PCRE2_UTF`).
  public static let utf = CompileOptions(rawValue: UInt32(PCRE2_UTF))

  /// `\w`, `\d`, `\b` and POSIX classes use Unicode properties (`PCRE2_UCP`).
  public static let ucp = CompileOptions(rawValue: UInt32(PCRE2_UCP))

  /// Unescaped white space and `#` comments in the pattern are ignored (`PCRE2_EXTENDED`).
  public static let extended = CompileOptions(rawValue: UInt32(PCRE2_EXTENDED))

  /// `.` also matches a newline (`PCRE2_DOTALL`).
  public static let dotAll = CompileOptions(rawValue: UInt32(PCRE2_DOTALL))

  /// `^` and `$` match at internal newlines too (`PCRE2_MULTILINE`).
  public static let multiline = CompileOptions(rawValue: UInt32(PCRE2_MULTILINE))

  /// Caseless matching of Unicode text: caseless, UTF and UCP.
  ///
  /// With UCP, `\w` and `\b` know every script's letters. The default for `Pattern`.
  public static let caselessUnicode: CompileOptions = [.caseless, .utf, .ucp]
}
