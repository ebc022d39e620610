/// How a chat platform hides spoiler text until a reader clicks it.
public enum SpoilerMarkup: String, Sendable, CaseIterable, Codable {
  /// No markup: the text as it is.
  case none
  /// Discord: `||spoiler||`.
  case discord
  /// Reddit: `>!spoiler!<`.
  case reddit
  /// HTML: `<details><summary>…</summary>spoiler</details>`.
  case html
  /// Telegram MarkdownV2: `||spoiler||`, with every MarkdownV2 special character escaped.
  case telegram
  /// Matrix: an HTML body with `<span data-mx-spoiler="twist">spoiler</span>`; its plain
  /// `body` (see `plainBody(for:)`) leaves the spoiler out, since clients that cannot render
  /// spoilers show it.
  case matrix

  /// The reply's text, with each answer part above level `none` wrapped on its own.
  public func apply(to reply: Reply) -> String {
    reply.parts.map(apply).joined(separator: " ")
  }

  /// The plain-text body for platforms that send one beside the markup (Matrix): every
  /// answer part above level `none` is left out and named by its level only.
  public func plainBody(for reply: Reply) -> String {
    reply.parts.map { part in
      guard let level = part.spoiler, level > .none else { return part.text }
      return "[spoiler hidden: \(level.phrase)]"
    }.joined(separator: " ")
  }

  /// One part of a reply with its markup.
  func apply(to part: Reply.Part) -> String {
    guard let level = part.spoiler, level > .none else {
      switch self {
      case .html, .matrix: return Self.escapeHTML(part.text)
      case .telegram: return Self.escapeMarkdownV2(part.text)
      case .none, .discord, .reddit: return part.text
      }
    }
    switch self {
    case .none: return part.text
    case .discord: return "||\(part.text.replacingAll("||", with: "| |"))||"
    case .reddit: return ">!\(part.text.replacingAll("!<", with: "! <"))!<"
    case .html:
      return
        "<details><summary>Spoiler (\(level.name))</summary>\(Self.escapeHTML(part.text))</details>"
    case .telegram: return "||\(Self.escapeMarkdownV2(part.text))||"
    case .matrix:
      return "<span data-mx-spoiler=\"\(level.name)\">\(Self.escapeHTML(part.text))</span>"
    }
  }

  /// Escapes every character Telegram's MarkdownV2 reserves, with a backslash.
  public static func escapeMarkdownV2(_ text: String) -> String {
    var output = ""
    output.reserveCapacity(text.utf8.count)
    for character in text {
      if "_*[]()~`>#+-=|{}.!\\".contains(character) { output.append("\\") }
      output.append(character)
    }
    return output
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
