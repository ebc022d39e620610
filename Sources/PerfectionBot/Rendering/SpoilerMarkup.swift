/// How a chat platform hides spoiler text until a reader clicks it.
public enum SpoilerMarkup: String, Sendable, CaseIterable {
  /// No markup: the text as it is.
  case none
  /// Discord: `||spoiler||`.
  case discord
  /// Reddit: `>!spoiler!<`.
  case reddit
  /// HTML: `<details><summary>…</summary>spoiler</details>`.
  case html

  /// The reply's text, with each answer part above level `none` wrapped on its own.
  public func apply(to reply: Reply) -> String {
    reply.parts.map(apply).joined(separator: " ")
  }

  private func apply(to part: Reply.Part) -> String {
    guard let level = part.spoiler, level > .none else {
      return self == .html ? Self.escapeHTML(part.text) : part.text
    }
    switch self {
    case .none: return part.text
    case .discord: return "||\(part.text.replacingAll("||", with: "| |"))||"
    case .reddit: return ">!\(part.text.replacingAll("!<", with: "! <"))!<"
    case .html:
      return
        "<details><summary>Spoiler (\(level.name))</summary>\(Self.escapeHTML(part.text))</details>"
    }
  }

  /// Escapes `&`, `<`, `>` and `"` for HTML.
  public static func escapeHTML(_ text: String) -> String {
    var output = ""
    output.reserveCapacity(text.utf8.count)
    for character in text {
      switch character {
      case "&": output += "&amp;"
      case "<": output += "&lt;"
      case ">": output += "&gt;"
      case "\"": output += "&quot;"
      default: output.append(character)
      }
    }
    return output
  }
}

extension String {
  fileprivate func replacingAll(_ target: String, with replacement: String) -> String {
    split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
  }
}
