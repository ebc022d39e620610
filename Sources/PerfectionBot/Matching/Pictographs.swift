/// Emoji and other pictographs in a question, read as the nothing they ask.
///
/// "thanks 😭", "bye 👋" and "spoil the twist for me 😭" had fallen back: the patterns that
/// end a question allow only spaces and punctuation after its words, and a pictograph is
/// neither. No pattern reads one, so they are left out before any pattern runs; the dialogue
/// keeps the gestures that answer a prompt ("👍").
enum Pictographs {
  /// The text without its pictographs, except those in `kept`, and without the spaces they
  /// leave; the text as it was when it holds none.
  static func dropping(_ text: String, keeping kept: Set<Unicode.Scalar> = []) -> String {
    // Every pictograph is at U+2000 or above, so its UTF-8 lead byte is 0xE2 or more: most
    // questions hold no such byte and are not copied at all.
    guard text.utf8.contains(where: { $0 >= 0xE2 }) else { return text }
    var scalars = String.UnicodeScalarView()
    var changed = false
    for scalar in text.unicodeScalars {
      if isPictograph(scalar), !kept.contains(scalar) {
        changed = true
        continue
      }
      scalars.append(scalar)
    }
    guard changed else { return text }
    return String(scalars).split(separator: " ").joined(separator: " ")
  }

  /// Whether a scalar is an emoji, a part of one (a skin tone, the joiner, the emoji
  /// variation selector, the keycap) or another pictograph: none at or below U+1FFF, so
  /// letters, digits and "#" stay.
  static func isPictograph(_ scalar: Unicode.Scalar) -> Bool {
    guard scalar.value >= 0x2000 else { return false }
    switch scalar.value {
    case 0x200D, 0x20E3, 0xFE0F: return true
    default: return scalar.properties.isEmoji
    }
  }
}
