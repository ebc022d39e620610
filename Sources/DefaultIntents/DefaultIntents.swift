/// The intent files shipped in the repository's `Intents/` folder, embedded at build time.
public enum DefaultIntents {
  /// Each embedded file's name (`Intents/NAME.yaml`) and its text, sorted by name.
  public static var files: [(name: String, text: String)] { embedded }
  /// What loading `files` derives, computed at build time, for
  /// `IntentLoader.load(sources:precomputed:)`; `nil` when the files did not load.
  public static var precomputed: String? { derived }
}
